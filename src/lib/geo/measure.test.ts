import { length } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import { formatKm, measure } from './measure.ts';

describe('measure', () => {
  const kabul = [69.17233, 34.52813],
    peshawar = [71.57849, 34.008],
    parachinar = [70.10012, 33.89968],
    quetta = [67.00141, 30.18414];
  // Expected km worked out apart (haversine, mean Earth radius 6371.0088 km), not by measure().
  it('gives per-leg great-circle km and their total', () => {
    const m = measure([kabul, parachinar, peshawar]);
    expect(m.legs[0]).toBeCloseTo(110.278, 2);
    expect(m.legs[1]).toBeCloseTo(136.887, 2);
    expect(m.total).toBeCloseTo(247.165, 2);
  });
  it('draws a path along the great circles, as long as the legs', () => {
    const m = measure([kabul, quetta, peshawar]);
    expect(m.total).toBeCloseTo(524.266 + 605.402, 1);
    // Bent into several points per long leg, its length stays the great-circle total.
    expect(m.path!.geometry.coordinates.length).toBeGreaterThan(3);
    expect(Math.abs(length(m.path!) - 1129.668) / 1129.668).toBeLessThan(0.001);
  });
  it('measures antipodal points without throwing: half the circumference', () => {
    const m = measure([
      [0, 0],
      [180, 0],
    ]);
    // π × 6371.0088 km
    expect(m.total).toBeCloseTo(20015.1, 0);
    expect(m.path?.geometry.coordinates.length).toBeGreaterThanOrEqual(2);
  });
  it('has no path and zero total under two points', () => {
    expect(measure([kabul])).toEqual({ legs: [], total: 0, path: undefined });
    expect(measure([]).total).toBe(0);
  });
  it('formats distances', () => {
    expect(formatKm(0.85)).toBe('850 m');
    expect(formatKm(12.34)).toBe('12.3 km');
    expect(formatKm(1234.4)).toBe('1,234 km');
  });
});
