import { distance } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import { withinRadius } from './nearby.ts';

// Parachinar, Peshawar (~140 km east), Kabul (~130 km north-west), Khost (~50 km south-west), and one without a place.
const names = ['peshawar', 'kabul', 'khost', 'none'];
const lng = Float64Array.of(71.578, 69.172, 69.92, NaN);
const lat = Float64Array.of(34.008, 34.528, 33.34, NaN);
const parachinar: [number, number] = [70.1, 33.9];
const named = (near: { index: number }[]) => near.map((n) => names[n.index]);

describe('withinRadius', () => {
  it('finds what lies within the radius, nearest first, with distances', () => {
    const near = withinRadius(lng, lat, parachinar, 150);
    expect(named(near)).toEqual(['khost', 'kabul', 'peshawar']);
    expect(near[0]!.km).toBeCloseTo(distance(parachinar, [69.92, 33.34]), 6);
  });
  it('excludes points beyond the radius and those without a place', () => {
    expect(named(withinRadius(lng, lat, parachinar, 80))).toEqual(['khost']);
  });
  it('includes a point exactly at the centre', () => {
    expect(withinRadius(Float64Array.of(70.1), Float64Array.of(33.9), parachinar, 0)[0]!.km).toBe(0);
  });
});
