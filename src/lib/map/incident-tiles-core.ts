/**
 * The incident tiles, made by our own worker (incident-tiles.worker.ts) instead of MapLibre's
 * clustered GeoJSON source: MapLibre clones every feature it is sent into its worker and clusters
 * again, which at 100k incidents held the page for half a second per filter change. Here the
 * incidents arrive once per store as columns; a filter change sends only a mask of the rows to
 * show. Clustering is MapLibre's own (@maplibre/geojson-vt's index, with the options MapLibre
 * would derive from our source), and tiles go back as the same vector-tile bytes (@maplibre/vt-pbf).
 * The border badge rides in the same tiles (layer BADGE_LAYER): sent as a source of its own, its
 * change made the map draw a frame of its own before the incidents' (0.1 s through software WebGL).
 * Plain code, no Worker: the unit tests run it in Node.
 */
import { Supercluster } from '@maplibre/geojson-vt';
import { fromGeojsonVt } from '@maplibre/vt-pbf';
import type { GeoJSONVTFeaturePoint, GeoJSONVTTile } from '@maplibre/geojson-vt';
import type { Feature, Point } from 'geojson';
import { BADGE_LAYER, CLUSTER_MAX_ZOOM, CLUSTER_RADIUS, INCIDENT_LAYER } from './incident-source.ts';
import { worldXY } from '../geo/mercator.ts';

/** MapLibre's tile extent and tile size: how it turns a radius in pixels into tile units. */
const EXTENT = 8192;
const TILE_SIZE = 512;
/** Sets kept besides the whole one: turning a filter off again goes back to one of them. */
const RECENT_SETS = 3;
/** Versions a click on a cluster may come from (drawn a moment before a change). */
const KEPT_VERSIONS = 3;

/** One value per store row; `lng` is NaN where the incident has no point. */
export interface MapColumns {
  ids: string[];
  lng: Float64Array;
  lat: Float64Array;
  /** Index into `typeNames`. */
  type: Uint8Array;
  typeNames: string[];
  /** 1: hollow symbol (the place is vague), 0: filled. */
  hollow: Uint8Array;
  /** The fewest deaths any source reports (sizes the symbol). */
  cas: Float64Array;
  /** Index into `ringColours` of an imported dataset's colour, -1 for the bundled data. */
  ring: Int16Array;
  ringColours: string[];
}

export interface IncidentProps {
  id: string;
  type: string;
  fill: 'filled' | 'hollow';
  cas: number;
  ring?: string;
}
export type IncidentFeature = Feature<Point, IncidentProps>;

/** The badge on the Durand Line counting incidents placed only "along the border", and its words. */
export interface BorderBadge {
  lng: number;
  lat: number;
  count: number;
  label: string;
}

type Index = InstanceType<typeof Supercluster>;
interface Built {
  mask: Uint8Array;
  hash: number;
  index: Index;
}

/** FNV-1a over the bytes: a quick key, always checked against the mask itself. */
export function maskHash(mask: Uint8Array): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < mask.length; i++) h = Math.imul(h ^ mask[i]!, 16777619);
  return h >>> 0;
}

/** Whether two masks hold the same bytes (also the page's feed: incident-feed.ts). */
export function sameMask(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

export class IncidentTileIndex {
  #features: (IncidentFeature | null)[] = [];
  #whole: Built | null = null;
  #recent: Built[] = [];
  #versions = new Map<number, Built>();
  #latest = 0;
  #pending: { mask: Uint8Array; v: number } | null = null;
  #badge: BorderBadge | null = null;
  /** How many indexes were built (not reused): for tests and the bench. */
  builds = 0;

  /** A new store: its features, made once; every index of the one before is dropped. */
  load(columns: MapColumns): void {
    this.#features = columns.ids.map((id, row) => featureOf(columns, id, row));
    const all = Uint8Array.from(this.#features, (f) => (f ? 1 : 0));
    this.#recent = [];
    this.#versions.clear();
    this.#pending = null;
    this.#whole = this.#build(all);
  }

  /**
   * Version `v` shows the rows set in `mask` (rows without a point are left out anyway). Its index
   * is found or built when first asked for: during a drag, masks that a newer one replaces before
   * any tile is asked for are never clustered.
   */
  show(mask: Uint8Array, v: number, badge: BorderBadge | null = null): void {
    this.#pending = { mask, v };
    if (v >= this.#latest) this.#badge = badge;
    this.#latest = Math.max(this.#latest, v);
  }

  /** The pending mask's index, found among those kept or built, as its version's. */
  #settle(): void {
    if (!this.#pending) return;
    const { mask, v } = this.#pending;
    this.#pending = null;
    const hash = maskHash(mask);
    const same = (b: Built | null) => b !== null && b.hash === hash && sameMask(b.mask, mask);
    let built = [this.#whole, ...this.#recent].find(same) ?? null;
    if (!built) {
      built = this.#build(mask);
      this.#recent.push(built);
      if (this.#recent.length > RECENT_SETS) this.#recent.shift();
    }
    this.#keep(v, built);
  }

  #keep(v: number, built: Built): void {
    this.#versions.set(v, built);
    for (const old of this.#versions.keys())
      if (this.#versions.size > KEPT_VERSIONS) this.#versions.delete(old);
  }

  /**
   * Version `v` shows the same rows as the latest (a mask still pending included), with `badge`:
   * its words in another language, or a count of rows the mask leaves out anyway (those placed
   * only "along the border" have no point). The page sends it only after a first mask.
   */
  relabel(v: number, badge: BorderBadge | null): void {
    this.#settle();
    if (v < this.#latest) return;
    const built = this.#versions.get(this.#latest);
    if (built) this.#keep(v, built);
    this.#badge = badge;
    this.#latest = v;
  }

  get latest(): number {
    return this.#latest;
  }

  /**
   * Tile z/x/y of the latest version as vector-tile bytes (layer "incidents", and "badge" in the
   * one tile holding the badge's point; null: nothing there) and that version. Whatever version a
   * request names: one asked for before a change but answered after it is drawn with the change.
   */
  tile(z: number, x: number, y: number): { bytes: Uint8Array | null; v: number } {
    this.#settle();
    const v = this.#latest;
    const layers: Record<string, GeoJSONVTTile> = {};
    const tile = this.#versions.get(v)?.index.getTile(z, x, y);
    if (tile?.features.length) {
      // A cluster's id means something only in its own index: the version says which.
      for (const f of tile.features) if (f.tags?.cluster) f.tags.v = v;
      layers[INCIDENT_LAYER] = tile;
    }
    const badge = this.#badge && badgeIn(this.#badge, z, x, y);
    if (badge) layers[BADGE_LAYER] = { features: [badge] } as GeoJSONVTTile;
    if (!tile?.features.length && !badge) return { bytes: null, v };
    return { bytes: fromGeojsonVt(layers, { version: 2, extent: EXTENT }), v };
  }

  /** The zoom at which a cluster of version `v` splits, and the ids of its first `limit` incidents. */
  cluster(clusterId: number, v: number, limit = 100): { zoom: number; ids: string[] } | null {
    this.#settle();
    const index = this.#versions.get(v)?.index;
    if (!index) return null;
    const leaves = index.getLeaves(clusterId, limit, 0);
    return {
      zoom: index.getClusterExpansionZoom(clusterId),
      ids: leaves.map((l) => String(l.properties!.id)),
    };
  }

  /** The features the latest version shows, in store order. */
  features(): IncidentFeature[] {
    this.#settle();
    const mask = this.#versions.get(this.#latest)?.mask ?? this.#whole?.mask;
    return mask ? (this.#features.filter((f, row) => f && mask[row]) as IncidentFeature[]) : [];
  }

  #build(mask: Uint8Array): Built {
    const index = new Supercluster({
      maxZoom: CLUSTER_MAX_ZOOM,
      minPoints: 2,
      extent: EXTENT,
      radius: CLUSTER_RADIUS * (EXTENT / TILE_SIZE),
      log: false,
      generateId: false,
    });
    index.load(this.#features.filter((f, row) => f && mask[row]) as IncidentFeature[]);
    this.builds++;
    return { mask, hash: maskHash(mask), index };
  }
}

/** The badge as a point of tile z/x/y, in tile units; null if its point lies in another tile. */
function badgeIn(badge: BorderBadge, z: number, x: number, y: number): GeoJSONVTFeaturePoint | null {
  const n = 2 ** z;
  const [wx, wy] = worldXY(badge.lng, badge.lat);
  const [tx, ty] = [wx * n - x, wy * n - y];
  if (tx < 0 || tx >= 1 || ty < 0 || ty >= 1) return null;
  const tags = { count: badge.count, label: badge.label };
  return { type: 1, tags, geometry: [[Math.floor(tx * EXTENT), Math.floor(ty * EXTENT)]] };
}

function featureOf(c: MapColumns, id: string, row: number): IncidentFeature | null {
  const lng = c.lng[row]!;
  if (Number.isNaN(lng)) return null;
  const ring = c.ring[row]!;
  return {
    type: 'Feature',
    properties: {
      id,
      type: c.typeNames[c.type[row]!]!,
      fill: c.hollow[row] ? 'hollow' : 'filled',
      cas: c.cas[row]!,
      ...(ring >= 0 ? { ring: c.ringColours[ring] } : {}),
    },
    geometry: { type: 'Point', coordinates: [lng, c.lat[row]!] },
  };
}
