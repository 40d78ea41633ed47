import { lineString } from '@turf/turf';
import type { Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { quietestAlong } from './quiet-spot.ts';

// Along the equator from 0° to 10° E: a fraction f of it lies at f × 10° E.
const line = lineString([
  [0, 0],
  [10, 0],
]);
const anywhere = () => true;
const FRACTIONS = [0.2, 0.4, 0.6, 0.8];

describe('quietestAlong', () => {
  it('picks the point farthest from every obstacle', () => {
    // Obstacles at 2° and 4° E: 8° E is 4° from the nearest, 6° E only 2°.
    const spot = quietestAlong(
      line,
      FRACTIONS,
      [
        [2, 0.1],
        [4, -0.1],
      ],
      anywhere,
    )!;
    expect(spot[0]).toBeCloseTo(8, 6);
    expect(spot[1]).toBeCloseTo(0, 6);
  });

  it('keeps to the points that fit, and to the first where all are as quiet', () => {
    // Near an obstacle at 1° E the quietest is 8° E; kept west of 5° E, it is 4° E.
    const westOf5 = ([lng]: Position) => lng! < 5;
    expect(quietestAlong(line, FRACTIONS, [[1, 0]], anywhere)![0]).toBeCloseTo(8, 6);
    expect(quietestAlong(line, FRACTIONS, [[1, 0]], westOf5)![0]).toBeCloseTo(4, 6);
    expect(quietestAlong(line, FRACTIONS, [], anywhere)![0]).toBeCloseTo(2, 6);
  });

  it('asks the test with each point in turn, as longitude and latitude', () => {
    // A line climbing north-east: 0.2 of it is (2°, 2°) give or take the earth's curve.
    const climbing = lineString([
      [0, 0],
      [10, 10],
    ]);
    const asked: Position[] = [];
    const southOf5 = (point: Position) => (asked.push(point), point[1]! < 5);
    const spot = quietestAlong(climbing, FRACTIONS, [[0, 0]], southOf5)!;
    expect(asked).toHaveLength(4);
    expect(spot[1]).toBeGreaterThan(3.5);
    expect(spot[1]).toBeLessThan(5);
  });

  it('gives nothing when no point fits', () => {
    expect(quietestAlong(line, FRACTIONS, [], () => false)).toBeUndefined();
  });
});
