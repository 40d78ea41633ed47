import { distance, length } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import { formatKm, measure } from './measure.ts';

describe('measure', () => {
  const kabul = [69.17233, 34.52813], peshawar = [71.57849, 34.008], parachinar = [70.10012, 33.89968], quetta = [67.00141, 30.18414];
  it('gives per-leg great-circle km and their total', () => {
    const m = measure([kabul, parachinar, peshawar]);
    expect(m.legs[0]).toBeCloseTo(distance(kabul, parachinar), 9);
    expect(m.legs[1]).toBeCloseTo(distance(parachinar, peshawar), 9);
    expect(m.total).toBeCloseTo(m.legs[0]! + m.legs[1]!, 9);
  });
  it('draws a path whose turf length matches the total', () => {
    const m = measure([kabul, quetta, peshawar]);
    expect(length(m.path!)).toBeCloseTo(m.total, 0);
    expect(Math.abs(length(m.path!) - m.total) / m.total).toBeLessThan(0.001);
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
