/**
 * Incidents within a radius of a point, nearest first, by great-circle distance (turf).
 * A plain scan: fine for hundreds of incidents; [4/8] adds an index for large sets.
 */
import { distance } from '@turf/turf';
import type { Feature, Point, Position } from 'geojson';

export interface Near<F> {
  feature: F;
  km: number;
}

export function withinRadius<F extends Feature<Point | null>>(
  features: F[],
  centre: Position,
  km: number,
): Near<F>[] {
  const out: Near<F>[] = [];
  for (const feature of features) {
    if (!feature.geometry) continue;
    const d = distance(centre, feature.geometry.coordinates, { units: 'kilometers' });
    if (d <= km) out.push({ feature, km: d });
  }
  return out.sort((a, b) => a.km - b.km);
}
