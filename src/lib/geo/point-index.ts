/**
 * Radius queries over many points: a Flatbush index narrows to a box that surely holds the
 * circle, then great-circle distance (haversine, the same as turf's) decides. Results nearest first.
 */
import Flatbush from 'flatbush';
import { haversineKm } from './haversine.ts';
import type { Position } from 'geojson';

const KM_PER_DEGREE = 110.5;

export class PointIndex {
  private readonly index: Flatbush;
  private readonly xy: Float64Array;

  constructor(points: Position[]) {
    this.xy = new Float64Array(points.length * 2);
    this.index = new Flatbush(Math.max(1, points.length));
    points.forEach((p, i) => {
      this.xy[2 * i] = p[0]!;
      this.xy[2 * i + 1] = p[1]!;
      this.index.add(p[0]!, p[1]!, p[0]!, p[1]!);
    });
    if (points.length === 0) this.index.add(1e9, 1e9, 1e9, 1e9);
    this.index.finish();
  }

  /** Indices of the points within `km` of `centre`, with their distances, nearest first. */
  within(centre: Position, km: number): { index: number; km: number }[] {
    const [x, y] = [centre[0]!, centre[1]!];
    const dLat = km / KM_PER_DEGREE;
    const maxLat = Math.abs(y) + dLat;
    // Near a pole every longitude may be in reach.
    const dLng =
      maxLat >= 89 ? 180 : Math.min(180, km / (KM_PER_DEGREE * Math.cos((maxLat * Math.PI) / 180)));
    const boxes: [number, number][] = [[x - dLng, x + dLng]];
    // A window across the antimeridian continues on the other side.
    if (x - dLng < -180) boxes.push([x - dLng + 360, 180]);
    if (x + dLng > 180) boxes.push([-180, x + dLng - 360]);
    const hits = new Set<number>();
    for (const [w, e] of boxes) for (const i of this.index.search(w, y - dLat, e, y + dLat)) hits.add(i);
    const out: { index: number; km: number }[] = [];
    for (const i of hits) {
      if (i >= this.xy.length / 2) continue;
      const d = haversineKm(x, y, this.xy[2 * i]!, this.xy[2 * i + 1]!);
      if (d <= km) out.push({ index: i, km: d });
    }
    return out.sort((a, b) => a.km - b.km);
  }
}
