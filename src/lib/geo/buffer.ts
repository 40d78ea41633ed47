/**
 * The border buffer for drawing: turf's buffer of the line, simplified. @turf/buffer brings JSTS
 * (~67 KB gzip), so it is loaded only when someone asks for a buffer. Which incidents lie inside
 * is decided by their distance to the line (exact and fast), not by this drawn polygon.
 */
import { simplify } from '@turf/turf';
import type { Feature, LineString, MultiPolygon, Polygon } from 'geojson';

export async function borderBuffer(
  line: Feature<LineString>,
  km: number,
): Promise<Feature<Polygon | MultiPolygon>> {
  if (!(km > 0)) throw new Error(`buffer distance must be positive, got ${km}`);
  const { buffer } = await import('@turf/buffer');
  const zone = buffer(line, km, { units: 'kilometers', steps: 16 });
  if (!zone) throw new Error('turf buffer returned nothing');
  // ~0.5% of the distance: invisible at any zoom that shows the whole zone.
  return simplify(zone, { tolerance: Math.max(0.002, (km / 111) * 0.005), highQuality: false }) as Feature<
    Polygon | MultiPolygon
  >;
}
