/**
 * Points within a radius of a centre, nearest first, by great-circle distance (haversine, the
 * same as turf's). Points come as two columns (the store's lng and lat, NaN where there is no
 * point), so a detail panel at 100k incidents scans numbers and reads no incident.
 */
import type { Position } from 'geojson';
import { haversineKm } from './haversine.ts';

export interface Near {
  /** The point's index in the columns. */
  index: number;
  km: number;
}

export function withinRadius(lng: Float64Array, lat: Float64Array, centre: Position, km: number): Near[] {
  const [x, y] = [centre[0]!, centre[1]!];
  const out: Near[] = [];
  for (let i = 0; i < lng.length; i++) {
    if (Number.isNaN(lng[i]!)) continue;
    const d = haversineKm(x, y, lng[i]!, lat[i]!);
    if (d <= km) out.push({ index: i, km: d });
  }
  return out.sort((a, b) => a.km - b.km);
}
