/**
 * How a new version's address reaches the incident source: at once through `refreshTiles` on a
 * loaded source (no frame asked for, but one when no tile reloads, so that 'idle' follows), and
 * through `setTiles` while its tile manager is paused or it has not loaded. Stand-in map and source.
 */
import { describe, expect, it } from 'vitest';
import type { Map as MapLibreMap, VectorTileSource } from 'maplibre-gl';
import { retarget } from './incident-tiles.ts';

const URL = 'atlas://incidents/{z}/{x}/{y}?v=7';

function standIns(state: { loaded: boolean; paused: boolean | undefined; reloading: boolean }) {
  const calls: string[] = [];
  const source = {
    id: 'incidents',
    tiles: ['old'],
    _options: { tiles: ['old'] },
    loaded: () => state.loaded,
    setTiles: (tiles: string[]) => calls.push(`setTiles ${tiles[0]}`),
  };
  const map = {
    style: { tileManagers: { incidents: state.paused === undefined ? {} : { _paused: state.paused } } },
    refreshTiles: (id: string) => calls.push(`refreshTiles ${id}`),
    isSourceLoaded: () => !state.reloading,
    triggerRepaint: () => calls.push('triggerRepaint'),
  };
  retarget(map as unknown as MapLibreMap, source as unknown as VectorTileSource, URL);
  return { calls, source };
}

describe('retarget', () => {
  it('reloads a loaded source at once, asking for no frame while its tiles reload', () => {
    const { calls, source } = standIns({ loaded: true, paused: false, reloading: true });
    expect(calls).toEqual(['refreshTiles incidents']);
    expect(source.tiles).toEqual([URL]);
    expect(source._options.tiles).toEqual([URL]);
  });

  it('asks for a frame when no tile reloads, so that the map goes idle again', () => {
    expect(standIns({ loaded: true, paused: false, reloading: false }).calls).toEqual([
      'refreshTiles incidents',
      'triggerRepaint',
    ]);
  });

  it('uses setTiles while the tile manager is paused, before the source loads, or on an unknown MapLibre', () => {
    for (const state of [
      { loaded: true, paused: true, reloading: false },
      { loaded: false, paused: false, reloading: false },
      { loaded: true, paused: undefined, reloading: false },
    ])
      expect(standIns(state).calls, JSON.stringify(state)).toEqual([`setTiles ${URL}`]);
  });
});
