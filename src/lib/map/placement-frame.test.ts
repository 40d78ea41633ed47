import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { dropStalePlacementFrame, type PlacementInternals } from './placement-frame.ts';

/** A map after a frame that placed new symbol tiles: MapLibre would draw once more. */
interface Over {
  fade?: number;
  done?: boolean;
  full?: boolean;
  stale?: boolean;
  dirty?: boolean;
}
function afterNewTiles(over: Over = {}) {
  const { fade = 0, done = true, full = true, stale = true, dirty = true } = over;
  const pauseablePlacement = { isDone: () => done, _forceFullPlacement: full };
  return {
    _placementDirty: dirty,
    _fadeDuration: fade,
    style: { placement: { stale, fadeDuration: fade }, pauseablePlacement },
  } satisfies PlacementInternals;
}

describe('dropStalePlacementFrame', () => {
  it('drops the frame asked only to place a full placement again', () => {
    const map = afterNewTiles();
    expect(dropStalePlacementFrame(map)).toBe(true);
    expect(map._placementDirty).toBe(false);
    expect(map.style.placement.stale).toBe(false);
  });

  it('keeps the frame while labels fade, while placing is spread over frames, or when not stale', () => {
    for (const over of [{ fade: 300 }, { done: false }, { full: false }, { stale: false }]) {
      const map = afterNewTiles(over);
      expect(dropStalePlacementFrame(map)).toBe(false);
      expect(map._placementDirty).toBe(true);
    }
  });

  it('changes nothing when MapLibre no longer has the fields it reads', () => {
    const map: PlacementInternals = { _placementDirty: true, style: {} };
    expect(dropStalePlacementFrame(map)).toBe(false);
    expect(map._placementDirty).toBe(true);
  });

  it('reads fields the bundled MapLibre still has, in the order the skipped frame depends on', () => {
    const require = createRequire(import.meta.url);
    const main = require.resolve('maplibre-gl/dist/maplibre-gl.mjs');
    const source = readFileSync(main, 'utf8');
    const fields = [
      '_placementDirty',
      '_fadeDuration',
      'pauseablePlacement',
      '_forceFullPlacement',
      'setStale()',
    ];
    for (const field of fields) expect(source, field).toContain(field);
    // 'render' is fired after placing and before the map decides to draw again from the flag.
    // If this fails after an upgrade, read Map._render and Style._updatePlacement again.
    const placed = source.indexOf('this._placementDirty=this.style?._updatePlacement(');
    const render = source.indexOf('(`render`)', placed);
    const decided = source.indexOf('this._styleDirty||this._placementDirty||', render);
    expect(placed).toBeGreaterThan(0);
    expect(render).toBeGreaterThan(placed);
    expect(decided).toBeGreaterThan(render);
    expect(decided - render).toBeLessThan(500);
  });
});
