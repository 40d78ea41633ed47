import { describe, expect, it } from 'vitest';
import type { Polygon } from 'geojson';
import { kmRange } from './area-range.ts';
import { LineIndex } from './line-index.ts';

// A meridian line at 70°E; one degree of longitude at the equator is 111.19 km (R = 6371.0088 km).
const line = new LineIndex([
  [70, -5],
  [70, 5],
]);
const square = (w: number, e: number): Polygon => ({
  type: 'Polygon',
  coordinates: [
    [
      [w, -1],
      [e, -1],
      [e, 1],
      [w, 1],
      [w, -1],
    ],
  ],
});

describe('kmRange', () => {
  it('spans the nearest and the farthest point of an area beside the line', () => {
    const [min, max] = kmRange(square(71, 72), line);
    expect(min).toBeCloseTo(111.2, 0);
    expect(max).toBeCloseTo(222.4, 0);
  });
  it('starts at 0 when the line crosses the area', () => {
    const [min, max] = kmRange(square(69, 71), line);
    expect(min).toBe(0);
    expect(max).toBeCloseTo(111.2, 0);
  });
});
