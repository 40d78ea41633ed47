import { lineString } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import { quietestAlong, type Bounds } from './quiet-spot.ts';

// Along the equator from 0° to 10° E: a fraction f of it lies at f × 10° E.
const line = lineString([
  [0, 0],
  [10, 0],
]);
const WORLD: Bounds = [-180, -90, 180, 90];
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
      WORLD,
    )!;
    expect(spot[0]).toBeCloseTo(8, 6);
    expect(spot[1]).toBeCloseTo(0, 6);
  });

  it('keeps to the bounds, and the first point where all are as quiet', () => {
    const westOf5: Bounds = [-1, -1, 5, 1];
    expect(quietestAlong(line, FRACTIONS, [[9, 0]], westOf5)![0]).toBeCloseTo(2, 6);
    expect(quietestAlong(line, FRACTIONS, [], WORLD)![0]).toBeCloseTo(2, 6);
  });

  it('gives nothing when no point lies within the bounds', () => {
    expect(quietestAlong(line, FRACTIONS, [], [20, -1, 30, 1])).toBeUndefined();
  });
});
