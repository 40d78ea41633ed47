/**
 * Incidents per province by point in polygon (our own data carries `admin1`, but imported data
 * may not). Unlocated incidents are counted apart, never guessed into a province.
 */
import { booleanPointInPolygon } from '@turf/turf';
import type { Feature, MultiPolygon, Point, Polygon } from 'geojson';

export interface AreaCount {
  name: string;
  country: string;
  focus: boolean;
  count: number;
}

export type AreaFeature = Feature<Polygon | MultiPolygon, { name: string; country: string; focus: boolean }>;
type Area = AreaFeature;

export function countByArea(
  points: Feature<Point | null>[],
  areas: Area[],
): { areas: AreaCount[]; outside: number; unlocated: number } {
  const counts = areas.map((a) => ({
    name: a.properties.name,
    country: a.properties.country,
    focus: a.properties.focus,
    count: 0,
  }));
  let outside = 0;
  let unlocated = 0;
  for (const p of points) {
    if (!p.geometry) {
      unlocated++;
      continue;
    }
    const i = areas.findIndex((a) => booleanPointInPolygon(p.geometry!, a));
    if (i < 0) outside++;
    else counts[i]!.count++;
  }
  counts.sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
  return { areas: counts, outside, unlocated };
}
