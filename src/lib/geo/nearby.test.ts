import { distance } from '@turf/turf';
import type { Feature, Point } from 'geojson';
import { describe, expect, it } from 'vitest';
import { withinRadius } from './nearby.ts';

const pt = (id: string, c: [number, number] | null): Feature<Point | null, { id: string }> => ({
  type: 'Feature',
  properties: { id },
  geometry: c ? { type: 'Point', coordinates: c } : null,
});
// Parachinar, Peshawar (~140 km east), Kabul (~130 km north-west), Khost (~50 km south-west), and one without a place.
const features = [
  pt('peshawar', [71.578, 34.008]),
  pt('kabul', [69.172, 34.528]),
  pt('khost', [69.92, 33.34]),
  pt('none', null),
];
const parachinar: [number, number] = [70.1, 33.9];

describe('withinRadius', () => {
  it('finds what lies within the radius, nearest first, with distances', () => {
    const near = withinRadius(features, parachinar, 150);
    expect(near.map((n) => n.feature.properties.id)).toEqual(['khost', 'kabul', 'peshawar']);
    expect(near[0]!.km).toBeCloseTo(distance(parachinar, [69.92, 33.34]), 6);
  });
  it('excludes points beyond the radius and those without a place', () => {
    expect(withinRadius(features, parachinar, 80).map((n) => n.feature.properties.id)).toEqual(['khost']);
  });
  it('includes a point exactly at the centre', () => {
    expect(withinRadius([pt('here', parachinar)], parachinar, 0)[0]!.km).toBe(0);
  });
});
