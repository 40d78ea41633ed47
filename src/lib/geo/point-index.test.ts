import { describe, expect, it } from 'vitest';
import { withinRadius } from './nearby.ts';
import { PointIndex } from './point-index.ts';
import { mulberry32, randomPoints } from './random.ts';

describe('PointIndex.within', () => {
  const points = randomPoints(5000, 99);
  const lng = Float64Array.from(points, (p) => p[0]!);
  const lat = Float64Array.from(points, (p) => p[1]!);
  const index = new PointIndex(points);
  const rand = mulberry32(5);
  for (let q = 0; q < 12; q++) {
    const centre: [number, number] = [60 + rand() * 16, 24 + rand() * 14];
    const km = [1, 20, 50, 150, 400][q % 5]!;
    it(`agrees with a brute-force scan: ${km} km around ${centre.map((v) => v.toFixed(2))}`, () => {
      const brute = withinRadius(lng, lat, centre, km).map((n) => n.index);
      const ours = index.within(centre, km);
      expect(ours.map((o) => o.index)).toEqual(brute);
      for (let k = 1; k < ours.length; k++) expect(ours[k]!.km).toBeGreaterThanOrEqual(ours[k - 1]!.km);
    });
  }
  it('works near the poles and with no points', () => {
    expect(new PointIndex([]).within([0, 0], 100)).toEqual([]);
    expect(
      new PointIndex([
        [10, 89.9],
        [-170, 89.9],
      ]).within([0, 90], 50).length,
    ).toBe(2);
  });
});
