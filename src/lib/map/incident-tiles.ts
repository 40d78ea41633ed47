/**
 * The page's side of the incident tiles: one worker (incident-tiles.worker.ts) per page, the
 * `atlas://` protocol MapLibre asks for tiles through, and the version each mask is shown as.
 * The incidents go to the worker once per store as columns (transferred, not copied); a filter
 * change sends a mask, a change of the border badge alone (which rides in the tiles) sends the
 * badge, and the source's address names the new version so MapLibre asks again.
 */
import { addProtocol, type Map as MapLibreMap, type VectorTileSource } from 'maplibre-gl';
import type { BorderBadge, IncidentFeature, MapColumns } from './incident-tiles-core.ts';
import { incidentTileUrl } from './incident-layers.ts';
import { TILE_MAX_ZOOM } from './incident-source.ts';
import { worldXY } from '../geo/mercator.ts';

const TILE_ADDRESS = /^atlas:\/\/incidents\/(\d+)\/(\d+)\/(\d+)\?v=\d+$/;
/** How often a version's tiles are asked for again when MapLibre kept stale ones (see `draw`). */
const DRAW_TRIES = 3;

export type TileRequest =
  | { kind: 'columns'; columns: MapColumns }
  | { kind: 'mask'; mask: Uint8Array; v: number; badge: BorderBadge | null }
  | { kind: 'badge'; v: number; badge: BorderBadge | null }
  | { kind: 'tile'; id: number; z: number; x: number; y: number }
  | { kind: 'cluster'; id: number; clusterId: number; v: number }
  | { kind: 'features'; id: number };

export type TileAnswer =
  | { id: number; data: ArrayBuffer; v: number }
  | { id: number; cluster: { zoom: number; ids: string[] } | null }
  | { id: number; features: IncidentFeature[] };

/** A question for the worker, before it has its number. */
type Asked = TileRequest extends infer R ? (R extends { id: number } ? Omit<R, 'id'> : never) : never;

export class IncidentTiles {
  readonly #worker = new Worker(new URL('./incident-tiles.worker.ts', import.meta.url), { type: 'module' });
  readonly #waiting = new Map<number, (answer: TileAnswer) => void>();
  #asked = 0;
  /** The version last sent (0: nothing yet). */
  version = 0;
  /** The border badge last sent (it rides in the tiles). */
  badge: BorderBadge | null = null;
  /** The version the first tile answered came from: 0 only if a tile was answered empty. */
  firstAnswered: number | undefined;
  /** Per tile ("z/x/y"), the version its last answer came from. */
  readonly #served = new Map<string, number>();
  #maskSent!: () => void;
  /** Resolves once the first mask is sent. */
  readonly #firstMask = new Promise<void>((resolve) => (this.#maskSent = resolve));

  constructor() {
    this.#worker.onmessage = (e: MessageEvent<TileAnswer>) => {
      this.#waiting.get(e.data.id)?.(e.data);
      this.#waiting.delete(e.data.id);
    };
    addProtocol('atlas', async ({ url }, { signal }) => {
      // The address's version only makes MapLibre ask again: the worker answers with the latest.
      const [z, x, y] = TILE_ADDRESS.exec(url)!.slice(1).map(Number) as [number, number, number];
      // Tiles the first style asks for before the incidents are known wait for them: answered
      // empty, they would still be loading when the first version comes, and be kept (see
      // `draw`): a page load would draw the incidents only on a second round.
      if (this.version === 0) await this.#firstMask;
      // Tiles the map gave up on while waiting (the view moved) are not asked of the worker.
      if (signal.aborted) throw new DOMException('The map no longer needs this tile', 'AbortError');
      const answer = await this.#ask<{ data: ArrayBuffer; v: number }>({ kind: 'tile', z, x, y });
      this.#served.set(`${z}/${x}/${y}`, answer.v);
      this.firstAnswered ??= answer.v;
      return { data: answer.data };
    });
  }

  /** A new store's incidents: the columns move to the worker (the arrays are unusable here after). */
  setColumns(columns: MapColumns): void {
    const { lng, lat, type, hollow, cas, ring } = columns;
    const transfer = [lng, lat, type, hollow, cas, ring].map((a) => a.buffer as ArrayBuffer);
    this.#worker.postMessage({ kind: 'columns', columns } satisfies TileRequest, transfer);
  }

  /** Show the rows set in `mask` (moved to the worker) and `badge` as a new version (url()). */
  setMask(mask: Uint8Array, badge: BorderBadge | null): void {
    this.version++;
    this.badge = badge;
    const request: TileRequest = { kind: 'mask', mask, v: this.version, badge };
    this.#worker.postMessage(request, [mask.buffer as ArrayBuffer]);
    this.#maskSent();
  }

  /**
   * Show the same rows with `badge` (its words in another language, say) as a new version; a
   * badge the same as the last sent changes nothing.
   */
  setBadge(badge: BorderBadge | null): void {
    if (sameBadge(this.badge, badge)) return;
    this.version++;
    this.badge = badge;
    this.#worker.postMessage({ kind: 'badge', v: this.version, badge } satisfies TileRequest);
  }

  /** The address of the current version's tiles. */
  url(): string {
    return incidentTileUrl(this.version);
  }

  /**
   * Points `source` at the current version; true once the map has drawn it (false: a newer
   * version or style took over). MapLibre skips the fetch a new address asks for when a tile is
   * still loading or a layer of the source changed in the same frame (it parses the bytes it
   * has again), so once the map is idle, tiles in view answered for an older version are asked
   * for again.
   */
  async draw(map: MapLibreMap, source: VectorTileSource): Promise<boolean> {
    const v = this.version;
    for (let tries = 0; tries < DRAW_TRIES; tries++) {
      retarget(map, source, this.url());
      await new Promise((resolve) => map.once('idle', resolve));
      if (this.version !== v || map.getSource('incidents') !== source) return false;
      if (!this.#staleInView(map, v)) return true;
    }
    return true;
  }

  /** Whether a tile of the view was last answered for a version before `v`. */
  #staleInView(map: MapLibreMap, v: number): boolean {
    const z = Math.max(0, Math.min(TILE_MAX_ZOOM, Math.floor(map.getZoom())));
    const n = 2 ** z;
    const bounds = map.getBounds();
    // x is not clamped: a view across the antimeridian wraps round to the first tiles.
    const [west, north] = worldXY(bounds.getWest(), bounds.getNorth());
    const [east, south] = worldXY(bounds.getEast(), bounds.getSouth());
    const last = (at: number) => Math.min(n - 1, Math.floor(at * n));
    for (let tx = Math.floor(west * n); tx <= Math.floor(east * n); tx++)
      for (let ty = last(north); ty <= last(south); ty++) {
        const served = this.#served.get(`${z}/${((tx % n) + n) % n}/${ty}`);
        if (served !== undefined && served < v) return true;
      }
    return false;
  }

  /** Where a cluster drawn from version `v` splits, and its first 100 incidents' ids. */
  async cluster(clusterId: number, v: number): Promise<{ zoom: number; ids: string[] } | null> {
    type Found = { cluster: { zoom: number; ids: string[] } | null };
    return (await this.#ask<Found>({ kind: 'cluster', clusterId, v })).cluster;
  }

  /** The incidents the current version shows, as GeoJSON features. */
  async features(): Promise<IncidentFeature[]> {
    return (await this.#ask<{ features: IncidentFeature[] }>({ kind: 'features' })).features;
  }

  #ask<T extends Partial<TileAnswer>>(request: Asked): Promise<T> {
    const id = ++this.#asked;
    return new Promise((resolve) => {
      this.#waiting.set(id, resolve as (answer: TileAnswer) => void);
      this.#worker.postMessage({ ...request, id });
    });
  }
}

function sameBadge(a: BorderBadge | null, b: BorderBadge | null): boolean {
  if (a === null || b === null) return a === b;
  return a.count === b.count && a.label === b.label && a.lng === b.lng && a.lat === b.lat;
}

/**
 * Points `source` at `url`. `setTiles` waits for the next animation frame before it asks for any
 * tile (MapLibre's loadTileJson, even with no TileJSON to load): on a page drawing through
 * software WebGL that is a whole redraw, about 0.1 s, before the new tiles are even asked for.
 * Once the source has loaded, its addresses change at once and its tiles reload through
 * `refreshTiles`, which asks for no frame: the 'content' event setTiles fires after its frame
 * also makes the map draw the old tiles again (another 0.1 s) whenever the GPU lets that frame
 * come before the new tiles. The next frame is the one their arrival asks for; with no tile to
 * reload one is asked for here, so that 'idle' follows. Not while the source's tile manager is
 * paused (a layer of the source changed in this frame, as a hover ring's filter does): setTiles's
 * frame lets the pause end. A MapLibre without the private field read here gets setTiles too.
 */
export function retarget(map: MapLibreMap, source: VectorTileSource, url: string): void {
  type Managers = { tileManagers?: Record<string, { _paused?: boolean } | undefined> };
  const paused = (map.style as unknown as Managers | undefined)?.tileManagers?.[source.id]?._paused;
  if (!source.loaded() || paused !== false) {
    source.setTiles([url]);
    return;
  }
  source.tiles = [url];
  source._options.tiles = [url];
  map.refreshTiles(source.id);
  if (map.isSourceLoaded(source.id)) map.triggerRepaint();
}

let tiles: IncidentTiles | undefined;

/** The page's incident tiles, made (and the protocol added) on first use: before the map asks. */
export function incidentTiles(): IncidentTiles {
  return (tiles ??= new IncidentTiles());
}
