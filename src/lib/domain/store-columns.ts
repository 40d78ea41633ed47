/**
 * The facts every query needs, one typed column per fact and one row per incident, computed
 * once from the incidents (in a worker for large sets: see state/store-loader.ts). Plain typed
 * arrays and strings, so they cross to the page by transfer instead of copying.
 */
import type { Incident } from '../data/incidents.ts';
import type { BorderAnalysis } from '../geo/border.ts';
import { AreaLookup } from '../geo/area-lookup.ts';
import type { AreaFeature } from '../geo/area-counts.ts';
import { conservativeDeaths } from './casualties.ts';
import { dayNumber } from './dates.ts';
import { incidentSpan, searchText } from './filters.ts';
import { encode, type Codes } from './codes.ts';
import type { Source } from '../data/schema.ts';
import { citedSources } from './cited-sources.ts';

export interface StoreInput {
  incidents: readonly Incident[];
  /** The line and the two countries, for distances and sides (absent in some tests). */
  border?: BorderAnalysis;
  /** Provinces for the per-province tallies. */
  areas?: readonly AreaFeature[];
  /** Per row, the colour number of the imported dataset it comes from (-1 or absent: bundled). */
  rings?: readonly number[];
}

/** A side of the line as a code: 0 where the incident has no point. */
export const SIDE_CODES = [undefined, 'AFG', 'PAK', 'other'] as const;

export interface StoreColumns {
  /** Each row's incident id: the store finds rows by id without reading the incidents. */
  ids: string[];
  /** The incident's point (NaN, NaN: none), for the map without reading the incidents. */
  lng: Float64Array;
  lat: Float64Array;
  /** First and last day covered, as day numbers. */
  start: Int32Array;
  end: Int32Array;
  /** Facet values as codes (codes.ts). */
  codes: Codes;
  /** Great-circle km to the Durand Line (NaN without a point), its nearest point, and the side. */
  borderKm: Float64Array;
  nearest: Float64Array;
  side: Uint8Array;
  /**
   * Where the incident could be, as km from the line: a point gives one number; a province,
   * district or country gives the nearest and farthest km of its area (NaN: no place at all).
   */
  kmMin: Float64Array;
  kmMax: Float64Array;
  /** Index into the store's areas of the province holding the point, or -1. */
  area: Int16Array;
  deaths: Float64Array;
  /** Every row's folded search text, one after another, each starting at searchStart[row]. */
  searchText: string;
  searchStart: Uint32Array;
  /** For each aggregate's row, the rows of its parts present in the store. */
  partsOf: Map<number, number[]>;
  /** Each article the rows cite, once, newest first (cited-sources.ts): the About box's list. */
  sources: Source[];
  /**
   * Readies searchText ahead of a search, where it is read lazily (a payload's: payload.ts); a
   * search box calls it on focus.
   */
  warmSearch?: () => Promise<void>;
}

/** The columns holding one value (two for `nearest`) per row, in the order they are stored. */
export const ROW_COLUMNS = [
  'lng',
  'lat',
  'start',
  'end',
  'borderKm',
  'nearest',
  'side',
  'kmMin',
  'kmMax',
  'area',
  'deaths',
] as const satisfies readonly (keyof StoreColumns)[];

/** Every typed column of the store itself, and of its codes: what a worker moves, what a payload holds. */
export const TYPED_COLUMNS = [...ROW_COLUMNS, 'searchStart'] as const;
export const CODE_COLUMNS = [
  'type',
  'precision',
  'side',
  'actorStart',
  'actorList',
  'province',
  'district',
  'place',
] as const satisfies readonly (keyof Codes)[];

/** Between two rows' texts: never in folded text, so no word can match across it. */
export const SEARCH_GAP = '\u0001';

/** The columns of a set of incidents; `progress` hears the share done, 0 to 1, now and then. */
export function computeColumns(
  { incidents, border, areas = [] }: StoreInput,
  progress?: (done: number) => void,
): StoreColumns {
  const n = incidents.length;
  const c: StoreColumns = {
    ids: incidents.map((incident) => incident.properties.id),
    lng: new Float64Array(n).fill(NaN),
    lat: new Float64Array(n).fill(NaN),
    start: new Int32Array(n),
    end: new Int32Array(n),
    codes: encode(incidents),
    borderKm: new Float64Array(n).fill(NaN),
    nearest: new Float64Array(2 * n).fill(NaN),
    side: new Uint8Array(n),
    kmMin: new Float64Array(n).fill(NaN),
    kmMax: new Float64Array(n).fill(NaN),
    area: new Int16Array(n).fill(-1),
    deaths: new Float64Array(n),
    searchText: '',
    searchStart: new Uint32Array(n + 1),
    partsOf: new Map(),
    sources: citedSources(incidents),
  };
  const lookup = new AreaLookup(areas);
  const areaOf = new Map(areas.map((a) => [`${a.properties.country}:${a.properties.name}`, a]));
  const texts: string[] = [];
  let length = 0;
  const step = Math.max(1, Math.ceil(n / 20));
  incidents.forEach((incident, row) => {
    const [first, last] = incidentSpan(incident);
    c.start[row] = dayNumber(first);
    c.end[row] = dayNumber(last);
    c.deaths[row] = conservativeDeaths(incident);
    const text = searchText(incident).replaceAll(SEARCH_GAP, ' ') + SEARCH_GAP;
    texts.push(text);
    c.searchStart[row] = length;
    length += text.length;
    const point = incident.geometry?.coordinates;
    if (point) {
      [c.lng[row], c.lat[row]] = point as [number, number];
      c.area[row] = lookup.find(point);
      const facts = border?.facts(point);
      if (facts) {
        c.borderKm[row] = facts.km;
        c.nearest.set(facts.nearest, 2 * row);
        c.side[row] = SIDE_CODES.indexOf(facts.side);
      }
    }
    const range = border && rangeOf(incident, c.borderKm[row]!, border, areaOf);
    if (range) [c.kmMin[row], c.kmMax[row]] = range;
    if (progress && row % step === step - 1) progress((row + 1) / n);
  });
  c.searchStart[n] = length;
  c.searchText = texts.join('');
  c.partsOf = linkAggregates(incidents);
  return c;
}

/** The km range an incident's place allows (see kmMin). */
function rangeOf(
  incident: Incident,
  km: number,
  border: BorderAnalysis,
  areaOf: Map<string, AreaFeature>,
): [number, number] | undefined {
  const p = incident.properties;
  if (p.location_precision === 'border') return [0, 0];
  if (p.location_precision === 'country' && (p.country === 'AFG' || p.country === 'PAK')) {
    return border.countryRange(p.country);
  }
  if (Number.isNaN(km)) return undefined;
  // A district without an outline could be anywhere in its province: the province's range holds it.
  if (p.location_precision === 'province' || p.location_precision === 'district') {
    const key = `${p.country}:${p.admin1}`;
    const area = areaOf.get(key);
    if (area) return border.range(key, area.geometry);
  }
  return [km, km];
}

/** For each summary report's row, the rows of its parts present in `incidents`. */
export function linkAggregates(incidents: readonly Incident[]): Map<number, number[]> {
  const rowOf = new Map(incidents.map((incident, row) => [incident.properties.id, row]));
  const partsOf = new Map<number, number[]>();
  incidents.forEach((incident, row) => {
    const p = incident.properties;
    if (p.clarity !== 'aggregate') return;
    const rows = (p.parts ?? []).map((id) => rowOf.get(id)).filter((r) => r !== undefined);
    partsOf.set(row, rows);
  });
  return partsOf;
}

/** The columns made only when something reads them: a search's text, the About box's articles. */
export type DeferredColumn = 'searchText' | 'sources';

/**
 * Columns whose deferred ones `make` makes on their first read, once each: getters that the
 * store keeps (it copies descriptors), so a first load need not inflate, parse or join them.
 */
export function withDeferredColumns(
  columns: Omit<StoreColumns, DeferredColumn>,
  make: { [K in DeferredColumn]: () => StoreColumns[K] },
): StoreColumns {
  let text: string | undefined;
  let sources: Source[] | undefined;
  return Object.defineProperties(columns, {
    searchText: { enumerable: true, get: () => (text ??= make.searchText()) },
    sources: { enumerable: true, get: () => (sources ??= make.sources()) },
  }) as StoreColumns;
}

/** The columns' buffers, to transfer rather than copy from a worker. */
export function columnBuffers(c: StoreColumns): ArrayBuffer[] {
  const arrays = [...TYPED_COLUMNS.map((k) => c[k]), ...CODE_COLUMNS.map((k) => c.codes[k])];
  return arrays.map((a) => a.buffer as ArrayBuffer);
}
