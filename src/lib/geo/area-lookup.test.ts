import { describe, expect, it } from 'vitest';
import type { Feature, Polygon } from 'geojson';
import { AreaLookup } from './area-lookup.ts';

const square = (w: number, s: number, size: number): Feature<Polygon> => ({
  type: 'Feature',
  properties: {},
  geometry: {
    type: 'Polygon',
    coordinates: [
      [
        [w, s],
        [w + size, s],
        [w + size, s + size],
        [w, s + size],
        [w, s],
      ],
    ],
  },
});

describe('AreaLookup', () => {
  const lookup = new AreaLookup([square(0, 0, 10), square(10, 0, 10), square(2, 2, 2)]);
  it('finds the area holding a point, the first given where areas overlap', () => {
    expect(lookup.find([5, 5])).toBe(0);
    expect(lookup.find([15, 5])).toBe(1);
    expect(lookup.find([3, 3])).toBe(0);
  });
  it('answers -1 outside every area', () => {
    expect(lookup.find([25, 5])).toBe(-1);
    expect(new AreaLookup([]).find([0, 0])).toBe(-1);
  });
});
