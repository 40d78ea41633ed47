import { distance } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import { PointIndex } from './point-index.ts';
import { mulberry32, randomPoints } from './random.ts';

// Parachinar, Peshawar (~140 km east), Kabul (~130 km north-west), Khost (~50 km south-west), and one without a place.
const names = ['peshawar', 'kabul', 'khost', 'none'];
const lng = Float64Array.of(71.578, 69.172, 69.92, NaN);
const lat = Float64Array.of(34.008, 34.528, 33.34, NaN);
const parachinar: [number, number] = [70.1, 33.9];
const named = (near: { index: number }[]) => near.map((n) => names[n.index]);

describe('PointIndex over columns', () => {
  const index = new PointIndex({ lng, lat });
  it('finds what lies within the radius, nearest first, with distances', () => {
    const near = index.within(parachinar, 150);
    expect(named(near)).toEqual(['khost', 'kabul', 'peshawar']);
    expect(near[0]!.km).toBeCloseTo(distance(parachinar, [69.92, 33.34]), 6);
  });
  it('excludes points beyond the radius and those without a place', () => {
    expect(named(index.within(parachinar, 80))).toEqual(['khost']);
    expect(named(index.within(parachinar, 20_000))).toEqual(['khost', 'kabul', 'peshawar']);
  });
  it('includes a point exactly at the centre', () => {
    const one = new PointIndex({ lng: Float64Array.of(70.1), lat: Float64Array.of(33.9) });
    expect(one.within(parachinar, 0)).toEqual([{ index: 0, km: 0 }]);
  });
  it('gives points at the same distance in the columns’ order', () => {
    const same = new PointIndex({
      lng: Float64Array.of(71, NaN, 71, 70, 71),
      lat: Float64Array.of(34, 0, 34, 34, 34),
    });
    expect(same.within([71, 34], 10).map((n) => n.index)).toEqual([0, 2, 4]);
  });
  it('indexes nothing when no point has a place', () => {
    expect(
      new PointIndex({ lng: Float64Array.of(NaN), lat: Float64Array.of(NaN) }).within([0, 0], 1e5),
    ).toEqual([]);
  });
});

describe('PointIndex.within', () => {
  const points = randomPoints(5000, 99);
  const index = new PointIndex(points);
  const rand = mulberry32(5);
  for (let q = 0; q < 12; q++) {
    const centre: [number, number] = [60 + rand() * 16, 24 + rand() * 14];
    const km = [1, 20, 50, 150, 400][q % 5]!;
    it(`agrees with turf over every point: ${km} km around ${centre.map((v) => v.toFixed(2))}`, () => {
      const brute = points
        .map((p, i) => ({ index: i, km: distance(centre, p) }))
        .filter((n) => n.km <= km)
        .sort((a, b) => a.km - b.km)
        .map((n) => n.index);
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
