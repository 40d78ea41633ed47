/**
 * A measured path: great-circle km per leg and in total, and the path drawn along great circles
 * (turf greatCircle) so a long leg bends as it does on the globe.
 */
import { distance, greatCircle } from '@turf/turf';
import type { Feature, LineString, Position } from 'geojson';
import { m, n } from '../i18n/messages.ts';

export interface Measurement {
  legs: number[];
  total: number;
  /** The path for drawing; undefined under two points. */
  path?: Feature<LineString>;
}

/**
 * The great circle from a to b as points. Antipodal points have no single great circle (turf
 * throws): the leg is then drawn straight, its length is still the half circumference.
 */
function arcBetween(a: Position, b: Position, km: number): Position[] {
  try {
    return greatCircle(a, b, { npoints: Math.min(64, Math.ceil(km / 25)) }).geometry
      .coordinates as Position[];
  } catch {
    return [a, b];
  }
}

export function measure(points: Position[]): Measurement {
  const legs: number[] = [];
  const coords: Position[] = [];
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1]!,
      b = points[i]!;
    legs.push(distance(a, b, { units: 'kilometers' }));
    const km = legs[legs.length - 1]!;
    // Short legs are straight enough; long ones follow the great circle.
    const arc = km < 50 || (a[0] === b[0] && a[1] === b[1]) ? [a, b] : arcBetween(a, b, km);
    coords.push(...(i === 1 ? arc : arc.slice(1)));
  }
  const total = legs.reduce((s, d) => s + d, 0);
  return {
    legs,
    total,
    path:
      points.length >= 2
        ? { type: 'Feature', properties: {}, geometry: { type: 'LineString', coordinates: coords } }
        : undefined,
  };
}

/** "1,234 km", "12.3 km", "850 m" */
export function formatKm(km: number): string {
  if (km < 1) return m.words_metres({ value: n(Math.round(km * 1000), { useGrouping: false }) });
  if (km < 100) return m.words_km({ value: n(km, { minimumFractionDigits: 1, maximumFractionDigits: 1 }) });
  return m.words_km({ value: n(Math.round(km)) });
}
