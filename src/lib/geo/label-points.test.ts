import { booleanPointInPolygon, distance, length, pointToLineDistance } from '@turf/turf';
import type { Feature, LineString, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { labelPoint, labelPoints, pointsAlong } from './label-points.ts';

// A C-shaped polygon whose centre of mass falls in the notch, outside the shape.
const cShape: Feature<Polygon> = {
  type: 'Feature',
  properties: { name: 'C' },
  geometry: {
    type: 'Polygon',
    coordinates: [
      [
        [0, 0],
        [3, 0],
        [3, 1],
        [1, 1],
        [1, 2],
        [3, 2],
        [3, 3],
        [0, 3],
        [0, 0],
      ],
    ],
  },
};
const square: Feature<Polygon> = {
  type: 'Feature',
  properties: { name: 'square' },
  geometry: {
    type: 'Polygon',
    coordinates: [
      [
        [0, 0],
        [2, 0],
        [2, 2],
        [0, 2],
        [0, 0],
      ],
    ],
  },
};

describe('labelPoint', () => {
  it('uses the centre of mass when it lies inside', () => {
    const p = labelPoint(square);
    expect(p.coordinates[0]).toBeCloseTo(1, 6);
    expect(p.coordinates[1]).toBeCloseTo(1, 6);
  });
  it('falls back to a point on the surface for concave shapes', () => {
    expect(booleanPointInPolygon(labelPoint(cShape), cShape)).toBe(true);
  });
  it('keeps properties and passes points through', () => {
    const point = {
      type: 'Feature' as const,
      properties: { name: 'p' },
      geometry: { type: 'Point' as const, coordinates: [5, 5] },
    };
    const out = labelPoints({ type: 'FeatureCollection', features: [cShape, point] });
    expect(out.features.map((f) => f.properties?.name)).toEqual(['C', 'p']);
    expect(out.features[1]!.geometry.coordinates).toEqual([5, 5]);
  });
});

describe('pointsAlong', () => {
  const line: Feature<LineString> = {
    type: 'Feature',
    properties: {},
    geometry: {
      type: 'LineString',
      coordinates: [
        [60, 30],
        [62, 31],
        [65, 34],
      ],
    },
  };
  it('puts points on the line at the given share of its length', () => {
    const pts = pointsAlong(line, [0, 0.5, 1]);
    expect(distance(pts.features[0]!, [60, 30])).toBeLessThan(0.001);
    expect(distance(pts.features[2]!, [65, 34])).toBeLessThan(0.001);
    expect(pointToLineDistance(pts.features[1]!, line)).toBeLessThan(0.01);
    const half = length(line) / 2;
    // Walking from the start to the middle point covers half the length (first leg is shorter than half).
    const firstLeg = distance([60, 30], [62, 31]);
    expect(firstLeg).toBeLessThan(half);
    expect(firstLeg + distance([62, 31], pts.features[1]!)).toBeCloseTo(half, 0);
  });
});
