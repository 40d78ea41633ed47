/**
 * Where along a line a label that names no place of its own (the border badge) covers the least
 * data: of the points at `fractions` of the line's length that lie within `bounds`, the one whose
 * nearest obstacle is farthest away (great-circle km). Ties go to the earlier fraction.
 */
import type { Feature, LineString, Position } from 'geojson';
import { pointsAlong } from './label-points.ts';
import { haversineKm } from './haversine.ts';

/** [west, south, east, north] in degrees. */
export type Bounds = [number, number, number, number];

export function quietestAlong(
  line: Feature<LineString>,
  fractions: number[],
  obstacles: readonly Position[],
  bounds: Bounds,
): Position | undefined {
  const [west, south, east, north] = bounds;
  let best: Position | undefined;
  let bestKm = -1;
  for (const { geometry } of pointsAlong(line, fractions).features) {
    const [lng, lat] = geometry.coordinates as [number, number];
    if (lng < west || lng > east || lat < south || lat > north) continue;
    let nearest = Infinity;
    for (const [x, y] of obstacles) nearest = Math.min(nearest, haversineKm(lng, lat, x!, y!));
    if (nearest > bestKm) [best, bestKm] = [[lng, lat], nearest];
  }
  return best;
}
