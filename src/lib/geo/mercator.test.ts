import { describe, expect, it } from 'vitest';
import { tileOf, worldXY } from './mercator.ts';

describe('worldXY', () => {
  it('places points in Web Mercator, 0 to 1 across the world', () => {
    expect(worldXY(-180, 0)).toEqual([0, 0.5]);
    expect(worldXY(90, 0)[0]).toBe(0.75);
    // 85.0511° is the edge of the Mercator square.
    expect(worldXY(0, 85.0511287798)[1]).toBeCloseTo(0, 6);
  });

  it('keeps x past the antimeridian (a wrapped view) and clamps y at the poles', () => {
    expect(worldXY(198, 0)[0]).toBe(1.05);
    expect(worldXY(-198, 0)[0]).toBeCloseTo(-0.05, 12);
    expect(worldXY(0, 90)[1]).toBe(0);
    expect(worldXY(0, -90)[1]).toBe(1);
  });
});

describe('tileOf', () => {
  it('finds the tile holding a point', () => {
    // Kabul (69.17°E 34.53°N) at zoom 6 is tile 44, 25 (as on any slippy-map tile calculator).
    expect(tileOf(69.17233, 34.52813, 6)).toEqual([44, 25]);
    expect(tileOf(180, -90, 2)).toEqual([3, 3]);
  });
});
