/**
 * What the incident tiles (incident-tiles.ts) must be sent to show a set of rows. Each store's
 * incidents go to the tile worker once, as columns; after that a filter change sends only a mask
 * of the located rows counted. MapLibre's own GeoJSON source cloned every feature it was sent into
 * its worker: at 100k incidents that held the page for half a second on every filter change.
 */
import type { Feature, FeatureCollection, Point } from 'geojson';
import type { Incident } from '../data/incidents.ts';
import { conservativeDeaths } from '../domain/casualties.ts';
import { PRECISION_LIST, TYPE_LIST } from '../domain/codes.ts';
import type { IncidentStore } from '../domain/store.ts';
import { fillFor } from '../theme/symbols.ts';
import { DATASET_COLOURS } from '../theme/theme.ts';
import { sameMask, type MapColumns } from './incident-tiles-core.ts';

export interface IncidentMapProps {
  id: string;
  type: string;
  fill: string;
  cas: number;
  /** The colour of the imported dataset it belongs to; absent for the bundled data. */
  ring?: string;
}
export type MapFeature = Feature<Point, IncidentMapProps>;

/** One incident as the flat feature MapLibre draws (it cannot filter on nested arrays), or null. */
export function mapFeature(incident: Incident, ring = -1): MapFeature | null {
  if (!incident.geometry) return null;
  const p = incident.properties;
  return {
    type: 'Feature',
    properties: {
      id: p.id,
      type: p.type,
      fill: fillFor(p.location_precision),
      cas: conservativeDeaths(incident),
      ...(ring >= 0 ? { ring: DATASET_COLOURS[ring % DATASET_COLOURS.length] } : {}),
    },
    geometry: incident.geometry,
  };
}

/** Located incidents as a collection (for a whole set and for tests). */
export function toMapFeatures(incidents: readonly Incident[]): FeatureCollection<Point, IncidentMapProps> {
  return {
    type: 'FeatureCollection',
    features: incidents.map((i) => mapFeature(i)).filter((f) => f !== null),
  };
}

/**
 * What the tile worker makes each row's feature from (incident-tiles-core.ts: MapColumns), read
 * from the store's columns: the same properties as mapFeature without reading the incidents.
 */
export function mapColumns(store: IncidentStore): MapColumns {
  const size = store.size;
  const hollow = PRECISION_LIST.map((p) => (fillFor(p) === 'hollow' ? 1 : 0));
  const columns: MapColumns = {
    ids: store.ids,
    // Copies: the tile worker is sent these buffers, and the store keeps its own.
    lng: store.lng.slice(),
    lat: store.lat.slice(),
    type: store.codes.type.slice(),
    typeNames: [...TYPE_LIST],
    hollow: Uint8Array.from(store.codes.precision, (code) => hollow[code] ?? 0),
    cas: store.deaths.slice(),
    ring: new Int16Array(size).fill(-1),
    ringColours: [...DATASET_COLOURS],
  };
  store.rings.forEach((ring, row) => {
    if (ring >= 0) columns.ring[row] = ring % DATASET_COLOURS.length;
  });
  return columns;
}

/** One step for the tile worker: a new store's columns (with its first mask), or a new mask. */
export type FeedStep = { columns?: MapColumns; mask: Uint8Array };

/** Turns the counted rows into the mask of located rows to show; says when nothing changed. */
export class LocatedMask {
  private store: IncidentStore | null = null;
  /** 1 where the row has a point. */
  private located = new Uint8Array(0);
  /** The mask last sent (the worker holds the sent one: masks are moved, not copied). */
  private shown = new Uint8Array(0);

  /** The step to show `rows` of `store`, or null: the same rows as last time. */
  next(store: IncidentStore, rows: readonly number[]): FeedStep | null {
    let columns: MapColumns | undefined;
    if (store !== this.store) {
      this.store = store;
      columns = mapColumns(store);
      this.located = Uint8Array.from(columns.lng, (lng) => (Number.isNaN(lng) ? 0 : 1));
    }
    const mask = new Uint8Array(store.size);
    for (const row of rows) mask[row] = this.located[row]!;
    if (!columns && sameMask(mask, this.shown)) return null;
    this.shown = mask.slice();
    return columns ? { columns, mask } : { mask };
  }
}
