/**
 * Cuts points into vector tiles, zoom by zoom. Points need no clipping or simplification (what
 * geojson-vt is for); what they need is thinning: a zoom-3 tile of a million incidents would be
 * tens of megabytes. Each tile below the deepest zoom keeps at most `maxPerTile` points, always
 * the same ones (lowest rank first), so a point kept at one zoom is kept at every deeper zoom;
 * the deepest zoom keeps every point and carries the whole incident. vt-pbf encodes the tiles.
 */
import { gzipSync } from 'node:zlib';
import { fromGeojsonVt, type TileFeature } from 'vt-pbf';
import { ARCHIVE_LAYER, type ArchiveProps } from '../../src/lib/domain/archive.ts';
import { worldXY } from '../../src/lib/geo/mercator.ts';
import type { ArchiveTile } from './pmtiles-writer.ts';

export interface TilePoint {
  lng: number;
  lat: number;
  /** A stable number in [0, 1): which points a thinned tile keeps. */
  rank: number;
  props: ArchiveProps;
  /** The whole incident as JSON, for the deepest zoom. */
  json: string;
}

export interface CutOptions {
  minZoom: number;
  maxZoom: number;
  maxPerTile: number;
}

export interface CutResult {
  tiles: ArchiveTile[];
  /** The shallowest zoom whose tiles left no point out. */
  completeFromZoom: number;
  /** The largest tile (the deepest zoom keeps every point: many at one spot make it heavy). */
  largest: { z: number; x: number; y: number; bytes: number };
}

const EXTENT = 4096;

export function cutTiles(points: TilePoint[], o: CutOptions): CutResult {
  const byRank = points.map((_, i) => i).sort((a, b) => points[a]!.rank - points[b]!.rank);
  const world = points.map((p) => worldXY(p.lng, p.lat));
  const tiles: ArchiveTile[] = [];
  let completeFromZoom = o.maxZoom;
  let largest = { z: 0, x: 0, y: 0, bytes: 0 };
  for (let z = o.maxZoom; z >= o.minZoom; z--) {
    const scale = 2 ** z;
    const deepest = z === o.maxZoom;
    const buckets = new Map<number, number[]>();
    let dropped = false;
    for (const i of byRank) {
      const [wx, wy] = world[i]!;
      const key =
        Math.min(scale - 1, Math.floor(wx * scale)) * scale + Math.min(scale - 1, Math.floor(wy * scale));
      let bucket = buckets.get(key);
      if (!bucket) buckets.set(key, (bucket = []));
      if (deepest || bucket.length < o.maxPerTile) bucket.push(i);
      else dropped = true;
    }
    if (!dropped && completeFromZoom === z + 1) completeFromZoom = z;
    for (const [key, rows] of buckets) {
      const x = Math.floor(key / scale);
      const y = key % scale;
      const features = rows.map((i): TileFeature => {
        const [wx, wy] = world[i]!;
        const point: [number, number] = [
          Math.round((wx * scale - x) * EXTENT),
          Math.round((wy * scale - y) * EXTENT),
        ];
        const p = points[i]!;
        const tags: Record<string, string | number> = deepest ? { ...p.props, json: p.json } : { ...p.props };
        return { type: 1, geometry: [point], tags };
      });
      const pbf = fromGeojsonVt({ [ARCHIVE_LAYER]: { features } }, { version: 2, extent: EXTENT });
      const data = gzipSync(pbf);
      if (data.length > largest.bytes) largest = { z, x, y, bytes: data.length };
      tiles.push({ z, x, y, data });
    }
  }
  return { tiles, completeFromZoom, largest };
}
