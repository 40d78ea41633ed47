import type { GeoJSON } from 'geojson';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { SourceData } from './source-data.ts';

/** A map with GeoJSON sources that count what they are sent, and 'style.load' to fire. */
function fakeMap(ids: string[]) {
  const sent = new Map<string, GeoJSON[]>(ids.map((id) => [id, []]));
  let sources = new Map(ids.map((id) => [id, { setData: (d: GeoJSON) => sent.get(id)!.push(d) }]));
  const loads: (() => void)[] = [];
  const map = {
    getSource: (id: string) => sources.get(id),
    on: (_: string, f: () => void) => loads.push(f),
    off: (_: string, f: () => void) => loads.splice(loads.indexOf(f), 1),
  };
  /** A new style: with `keep`, MapLibre's diff keeps the same source objects. */
  const newStyle = (keep: boolean) => {
    if (!keep) sources = new Map([...sources].map(([id]) => [id, { setData: (d) => sent.get(id)!.push(d) }]));
    for (const f of [...loads]) f();
  };
  return { map: map as unknown as MapLibreMap, sent, newStyle, loads };
}
const point = (x: number): GeoJSON => ({ type: 'Point', coordinates: [x, 0] });

describe('SourceData', () => {
  it('sends data a source does not hold, by key, and not what it holds already', () => {
    const { map, sent } = fakeMap(['a']);
    const data = new SourceData();
    const blank = point(0);
    expect(data.set(map, 'a', blank, blank, blank)).toBe(false);
    expect(data.set(map, 'a', point(1), 'one')).toBe(true);
    expect(data.set(map, 'a', point(1), 'one')).toBe(false);
    expect(data.set(map, 'missing', point(1))).toBe(false);
    expect(sent.get('a')).toEqual([point(1)]);
  });

  it('sends again after a new style, whether its sources are new or kept by a diff', () => {
    const { map, sent, newStyle, loads } = fakeMap(['a']);
    const data = new SourceData();
    const stop = data.follow(map);
    data.set(map, 'a', point(1), 'one');
    newStyle(true);
    expect(data.set(map, 'a', point(1), 'one')).toBe(true);
    newStyle(false);
    expect(data.set(map, 'a', point(1), 'one')).toBe(true);
    expect(sent.get('a')).toHaveLength(3);
    stop();
    expect(loads).toHaveLength(0);
  });
});
