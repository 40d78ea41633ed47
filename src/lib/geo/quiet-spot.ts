/**
 * Where along a line a label that names no place of its own (the border badge) covers the least
 * data: of the points at `fractions` of the line's length that `fits` keeps (on the page, clear of
 * its edges), the one whose nearest obstacle is farthest away (great-circle km). Ties go to the
 * earlier fraction.
 */
import type { Feature, LineString, Position } from 'geojson';
import { pointsAlong } from './label-points.ts';
import { haversineKm } from './haversine.ts';

export function quietestAlong(
  line: Feature<LineString>,
  fractions: number[],
  obstacles: readonly Position[],
  fits: (point: Position) => boolean,
): Position | undefined {
  let best: Position | undefined;
  let bestKm = -1;
  for (const { geometry } of pointsAlong(line, fractions).features) {
    const [lng, lat] = geometry.coordinates as [number, number];
    if (!fits([lng, lat])) continue;
    let nearest = Infinity;
    for (const [x, y] of obstacles) nearest = Math.min(nearest, haversineKm(lng, lat, x!, y!));
    if (nearest > bestKm) [best, bestKm] = [[lng, lat], nearest];
  }
  return best;
}
