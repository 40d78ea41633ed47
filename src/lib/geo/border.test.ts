/**
 * Border distance and side, in the turf style: test/in/border-points.geojson holds the points
 * and the side each lies on (known, not computed); test/out/border-points.geojson holds turf's
 * own geodesic distances and nearest points (the reference, regenerated with REGEN=1 by turf,
 * never by the code under test), drawn with simplestyle colours for a visual diff.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { booleanPointInPolygon, distance, nearestPointOnLine, pointToLineDistance } from '@turf/turf';
import type { Feature, FeatureCollection, LineString, MultiPolygon, Point, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { BorderAnalysis } from './border.ts';
import { haversineKm as fastHaversineKm } from './haversine.ts';
import { LineIndex } from './line-index.ts';
import { PolygonIndex } from './polygon-index.ts';
import { randomPoints } from './random.ts';

const geodata = (f: string) =>
  JSON.parse(readFileSync(new URL(`../../../geodata/${f}`, import.meta.url), 'utf8'));
const line = geodata('durand-line.geojson').features[0] as Feature<LineString>;
const countries = geodata('countries.geojson').features as Feature<
  Polygon | MultiPolygon,
  { iso_a3: string }
>[];
const country = (iso: string) => countries.find((c) => c.properties.iso_a3 === iso)!;
const analysis = new BorderAnalysis(line, country('AFG'), country('PAK'));

const IN = new URL('./test/in/border-points.geojson', import.meta.url);
const OUT = new URL('./test/out/border-points.geojson', import.meta.url);
const input = JSON.parse(readFileSync(IN, 'utf8')) as FeatureCollection<
  Point,
  { name: string; side: string }
>;

// The reference: turf alone.
function reference(p: Feature<Point>) {
  const nearest = nearestPointOnLine(line, p, { units: 'kilometers' });
  return {
    km: pointToLineDistance(p, line, { units: 'kilometers' }),
    nearest: nearest.geometry.coordinates as [number, number],
  };
}
if (process.env.REGEN || !existsSync(OUT)) {
  const features: Feature[] = [];
  for (const p of input.features) {
    const r = reference(p);
    features.push({
      ...p,
      properties: {
        ...p.properties,
        km: +r.km.toFixed(3),
        'marker-color':
          p.properties.side === 'AFG' ? '#0072B2' : p.properties.side === 'PAK' ? '#009E73' : '#999',
      },
    });
    features.push({
      type: 'Feature',
      properties: { name: `${p.properties.name} → nearest point`, stroke: '#D55E00' },
      geometry: {
        type: 'LineString',
        coordinates: [p.geometry.coordinates, r.nearest.map((v) => +v.toFixed(6))],
      },
    });
  }
  writeFileSync(OUT, JSON.stringify({ type: 'FeatureCollection', features }, null, 1) + '\n');
}
const expected = JSON.parse(readFileSync(OUT, 'utf8')) as FeatureCollection;

// Haversine written out here, independently of turf, with the same mean Earth radius.
function haversineKm(a: number[], b: number[]): number {
  const R = 6371.0088,
    rad = Math.PI / 180;
  const dLat = (b[1]! - a[1]!) * rad,
    dLng = (b[0]! - a[0]!) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a[1]! * rad) * Math.cos(b[1]! * rad) * Math.sin(dLng / 2) ** 2;
  return 2 * R * Math.asin(Math.sqrt(h));
}

describe('great-circle distance (ours, for hot loops)', () => {
  it('Kabul–Peshawar is 228.54 km, as an independent haversine gives', () => {
    const kabul = [69.17233, 34.52813],
      peshawar = [71.57849, 34.008];
    const ours = fastHaversineKm(kabul[0]!, kabul[1]!, peshawar[0]!, peshawar[1]!);
    expect(ours).toBeCloseTo(haversineKm(kabul, peshawar), 6);
    expect(ours).toBeCloseTo(228.541, 2);
  });
});

describe('BorderAnalysis on fixtures', () => {
  for (const p of input.features) {
    it(p.properties.name, () => {
      const facts = analysis.facts(p.geometry.coordinates);
      const ref = expected.features.find(
        (f) => f.geometry.type === 'Point' && (f.properties as { name: string }).name === p.properties.name,
      )!;
      const refKm = (ref.properties as { km: number }).km;
      expect(facts.side).toBe(p.properties.side);
      expect(Math.abs(facts.km - refKm)).toBeLessThanOrEqual(Math.max(0.005 * refKm, 0.05));
    });
  }
});

describe('LineIndex', () => {
  const index = new LineIndex(line.geometry.coordinates);
  it('gives 0 for points on the line: its vertices and midpoints of its segments', () => {
    const coords = line.geometry.coordinates;
    for (const i of [0, 17, 290, 450, coords.length - 1])
      expect(index.nearest(coords[i]!).km).toBeLessThan(1e-6);
    const a = coords[100]!,
      b = coords[101]!;
    expect(index.nearest([(a[0]! + b[0]!) / 2, (a[1]! + b[1]!) / 2]).km).toBeLessThan(0.05);
  });
  it('is within 0.5% of turf on 150 seeded random points in the region', () => {
    for (const p of randomPoints(150, 42)) {
      const ref = pointToLineDistance(p, line, { units: 'kilometers' });
      const ours = index.nearest(p).km;
      expect(Math.abs(ours - ref), `at ${p}`).toBeLessThanOrEqual(Math.max(0.005 * ref, 0.05));
    }
  });
  it('returns a nearest point that lies on the line at the reported distance', () => {
    for (const p of randomPoints(30, 7)) {
      const { point, km } = index.nearest(p);
      expect(pointToLineDistance(point, line, { units: 'kilometers' })).toBeLessThan(0.01);
      expect(distance(p, point, { units: 'kilometers' })).toBeCloseTo(km, 9);
      expect(km).toBeLessThanOrEqual(pointToLineDistance(p, line, { units: 'kilometers' }) * 1.005 + 0.05);
    }
  });
  it('refuses a line of one point', () => {
    expect(() => new LineIndex([[1, 2]])).toThrow(/at least two/);
  });
});

describe('PolygonIndex', () => {
  it('agrees with turf booleanPointInPolygon on 3,000 seeded points', () => {
    for (const iso of ['AFG', 'PAK']) {
      const poly = new PolygonIndex(country(iso));
      for (const p of randomPoints(1500, iso === 'AFG' ? 1 : 2))
        expect(poly.contains(p), `${iso} ${p}`).toBe(booleanPointInPolygon(p, country(iso)));
    }
  });
  it('handles holes', () => {
    const ring = {
      type: 'Polygon' as const,
      coordinates: [
        [
          [0, 0],
          [10, 0],
          [10, 10],
          [0, 10],
          [0, 0],
        ],
        [
          [4, 4],
          [4, 6],
          [6, 6],
          [6, 4],
          [4, 4],
        ],
      ],
    };
    const poly = new PolygonIndex(ring);
    expect(poly.contains([2, 2])).toBe(true);
    expect(poly.contains([5, 5])).toBe(false);
    expect(poly.contains([11, 5])).toBe(false);
  });
});
