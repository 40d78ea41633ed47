/**
 * Radius queries over many points: a Flatbush index narrows to a box that surely holds the
 * circle, then great-circle distance (haversine, the same as turf's) decides. Results nearest first.
 */
import Flatbush from 'flatbush';
import { haversineKm } from './haversine.ts';
import type { Position } from 'geojson';

const KM_PER_DEGREE = 110.5;

/** A point found within a radius. */
export interface Near {
  /** The caller's index of the point (its row in the columns, its place in the list). */
  index: number;
  km: number;
}

/** Points as two columns of longitudes and latitudes (NaN: no point), as the incident store keeps them. */
export interface PointColumns {
  lng: ArrayLike<number>;
  lat: ArrayLike<number>;
}

export class PointIndex {
  private readonly index: Flatbush;
  private readonly xy: Float64Array;
  /** The caller's index of each indexed point: points with no position are left out. */
  private readonly ids: Uint32Array;

  constructor(points: readonly Position[] | PointColumns) {
    const columns = 'lng' in points ? points : undefined;
    const list = columns ? undefined : (points as readonly Position[]);
    const n = columns ? columns.lng.length : list!.length;
    const x = (i: number) => (columns ? columns.lng[i]! : list![i]![0]!);
    const y = (i: number) => (columns ? columns.lat[i]! : list![i]![1]!);
    const ids: number[] = [];
    for (let i = 0; i < n; i++) if (!Number.isNaN(x(i)) && !Number.isNaN(y(i))) ids.push(i);
    this.ids = Uint32Array.from(ids);
    this.xy = new Float64Array(ids.length * 2);
    this.index = new Flatbush(Math.max(1, ids.length));
    ids.forEach((i, k) => {
      this.xy[2 * k] = x(i);
      this.xy[2 * k + 1] = y(i);
      this.index.add(x(i), y(i), x(i), y(i));
    });
    if (ids.length === 0) this.index.add(1e9, 1e9, 1e9, 1e9);
    this.index.finish();
  }

  /** The caller's indices of the points within `km` of `centre`, with their distances, nearest first. */
  within(centre: Position, km: number): Near[] {
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
    const out: Near[] = [];
    for (const k of hits) {
      if (k >= this.ids.length) continue;
      const d = haversineKm(x, y, this.xy[2 * k]!, this.xy[2 * k + 1]!);
      if (d <= km) out.push({ index: this.ids[k]!, km: d });
    }
    // Equal distances in the caller's order, as a scan would give them.
    return out.sort((a, b) => a.km - b.km || a.index - b.index);
  }
}
