import type { Feature, Point, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { countByArea } from './area-counts.ts';

const square = (
  name: string,
  x: number,
  focus = false,
): Feature<Polygon, { name: string; country: string; focus: boolean }> => ({
  type: 'Feature',
  properties: { name, country: 'AFG', focus },
  geometry: {
    type: 'Polygon',
    coordinates: [
      [
        [x, 0],
        [x + 1, 0],
        [x + 1, 1],
        [x, 1],
        [x, 0],
      ],
    ],
  },
});
const pt = (c: [number, number] | null): Feature<Point | null> => ({
  type: 'Feature',
  properties: {},
  geometry: c ? { type: 'Point', coordinates: c } : null,
});

describe('countByArea', () => {
  it('counts points per area by point in polygon, with outside and unlocated apart', () => {
    const r = countByArea(
      [pt([0.5, 0.5]), pt([0.2, 0.9]), pt([1.5, 0.5]), pt([5, 5]), pt(null)],
      [square('A', 0, true), square('B', 1), square('C', 2)],
    );
    expect(r.areas).toEqual([
      { name: 'A', country: 'AFG', focus: true, count: 2 },
      { name: 'B', country: 'AFG', focus: false, count: 1 },
      { name: 'C', country: 'AFG', focus: false, count: 0 },
    ]);
    expect(r.outside).toBe(1);
    expect(r.unlocated).toBe(1);
  });
});
