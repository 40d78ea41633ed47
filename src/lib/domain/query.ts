/**
 * Everything the panels, the map, the timeline and the print view show from the filters,
 * computed from one mask per row (query-masks.ts) in a few passes over typed columns
 * (query-scan.ts): the matching incidents, what each filter choice would show (facet counts),
 * the timeline's pool (every filter but the dates), the border buffer's sides, the radius hits,
 * the per-province tallies and what the map draws. An aggregate report is counted only where
 * none of its parts is counted with it. The answer without filters is kept per store, and the
 * timeline's pool is handed back unchanged when only the dates change (readers may compare).
 */
import type { Incident, IncidentType, LocationPrecision } from '../data/incidents.ts';
import { defaultFilters, isDefault, type Filters, type Side } from './filters.ts';
import type { IncidentStore } from './store.ts';
import { BIT, computeMasks, radiusHits } from './query-masks.ts';
import { BORDER, scan, type Drawn, type FacetCounts } from './query-scan.ts';
import { SIDE_CODES } from './store-columns.ts';
import { PRECISION_LIST, SIDE_LIST, TYPE_LIST } from './codes.ts';

export type { Drawn } from './query-scan.ts';

export interface Facets {
  types: Map<IncidentType, number>;
  actors: Map<string, number>;
  sides: Map<Side, number>;
  precisions: Map<LocationPrecision, number>;
  provinces: Map<string, number>;
  districts: Map<string, number>;
}

/**
 * The border buffer's answer in groups: surely within it (by side of the line), placed only
 * "along the border", and possibly within (only a province, district or country is known, and
 * part of it lies in the buffer).
 */
export interface BufferTally {
  within: { AFG: number; PAK: number; other: number };
  alongBorder: number;
  possibly: number;
}

/** A row within the radius and its great-circle distance from the centre. */
export interface RadiusHit {
  row: number;
  km: number;
}

export interface QueryResult {
  /** Rows matching every filter, in store order, and the incidents themselves. */
  rows: number[];
  filtered: Incident[];
  /** The same without aggregates whose parts are shown: what every count counts. */
  counted: Incident[];
  /** The rows of `counted`, in store order. */
  countedRows: number[];
  /** Countable incidents in the whole store, for "14 of 34". */
  total: number;
  facets: Facets;
  /** Rows matching every filter but the dates (the timeline's bars), countable. */
  timelineRows: number[];
  /** With a border buffer: how the countable matches lie in it. */
  buffer: BufferTally | null;
  /**
   * With a radius query: the located matches within it as rows, nearest first (a reader reads only
   * the incidents it shows), and the count without it.
   */
  radius: { hits: RadiusHit[]; withoutRadius: number } | null;
  /** Countable matches per province (by index into the store's areas); unlocated and outside apart. */
  areas: { counts: number[]; outside: number; unlocated: number };
  /** What the map draws of the countable matches (the legend's types, the border badge), as counts. */
  drawn: Drawn;
}

const passes = (mask: number, ignore = 0) => (mask & ~ignore) === 0;

/**
 * Rows of aggregates that must not count in a set: those with a part in the same set. `member`
 * says whether a row is in the set.
 */
export function coveredRows(store: IncidentStore, member: (row: number) => boolean): number[] {
  const out: number[] = [];
  for (const [row, parts] of store.partsOf) if (member(row) && parts.some(member)) out.push(row);
  return out;
}

/** Every row of the store that counts: all but the aggregates whose parts it holds. */
export function countableRows(store: IncidentStore): number[] {
  const skip = new Set(coveredRows(store, () => true));
  const rows: number[] = [];
  for (let row = 0; row < store.size; row++) if (!skip.has(row)) rows.push(row);
  return rows;
}

/**
 * The last timeline pool per store: when a change leaves it as it was (a change of dates alone: a
 * drag, playback, "Clear dates"), the same array is handed back, so whatever is derived from it
 * (the timeline's bars) need not be made again.
 */
const lastPool = new WeakMap<IncidentStore, number[]>();
/**
 * The answer without filters per store: the costliest (every row matches) and the one most
 * returned to (a box unticked, dates or filters cleared). It is made with a store's first answer,
 * whatever that one's filters (a link may open on filtered dates), and handed back as it is.
 */
const unfiltered = new WeakMap<IncidentStore, QueryResult>();

/** The answer for the filters; the same object each time for no filters (its parts are never changed). */
export function runQuery(store: IncidentStore, f: Filters): QueryResult {
  let none = unfiltered.get(store);
  if (!none) {
    unfiltered.set(store, (none = answer(store, defaultFilters())));
    lastPool.set(store, none.timelineRows);
  }
  const result = isDefault(f) ? none : answer(store, f);
  lastPool.set(store, result.timelineRows);
  return result;
}

/** The answer for the filters, not recorded as the last one (query-warm-up.ts runs it). */
export function answer(store: IncidentStore, f: Filters): QueryResult {
  const masks = computeMasks(store, f);
  const s = scan(store, masks);
  const last = lastPool.get(store);
  const pool = last && sameRows(last, s.pool) ? last : s.pool;
  // The incidents themselves only when asked for: most readers want the rows or a count.
  let filtered: Incident[] | undefined;
  let counted: Incident[] | undefined;
  return {
    rows: s.rows,
    get filtered() {
      return (filtered ??= incidentsOf(store, s.rows));
    },
    get counted() {
      return (counted ??= incidentsOf(store, s.countedRows));
    },
    countedRows: s.countedRows,
    total: store.size - coveredRows(store, () => true).length,
    facets: facetsOf(store, s.facets),
    timelineRows: pool,
    buffer: f.borderKm === null ? null : bufferOf(store, s.countedRows, f.borderKm),
    radius: f.radius ? radiusOf(store, f.radius, s.countedRows, masks) : null,
    areas: s.areas,
    drawn: s.drawn,
  };
}

function incidentsOf(store: IncidentStore, rows: readonly number[]): Incident[] {
  const out = new Array<Incident>(rows.length);
  for (let k = 0; k < rows.length; k++) out[k] = store.incidents[rows[k]!]!;
  return out;
}

/** Whether two lists of rows are the same. */
function sameRows(a: readonly number[], b: readonly number[]): boolean {
  if (a.length !== b.length) return false;
  for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) return false;
  return true;
}

/** Counts by code as counts by name, the values nothing would show left out. */
function named<K extends string>(counts: Int32Array, names: readonly K[]): Map<K, number> {
  const out = new Map<K, number>();
  counts.forEach((n, code) => n > 0 && out.set(names[code]!, n));
  return out;
}

function facetsOf(store: IncidentStore, counts: FacetCounts): Facets {
  const [types, actors, sides, precisions, provinces, districts] = counts;
  return {
    types: named(types, TYPE_LIST),
    actors: named(actors, store.codes.actors),
    sides: named(sides, SIDE_LIST),
    precisions: named(precisions, PRECISION_LIST),
    provinces: named(provinces, store.codes.provinces),
    districts: named(districts, store.codes.districts),
  };
}

function bufferOf(store: IncidentStore, rows: number[], km: number): BufferTally {
  const out: BufferTally = { within: { AFG: 0, PAK: 0, other: 0 }, alongBorder: 0, possibly: 0 };
  for (const row of rows) {
    if (store.codes.precision[row] === BORDER) out.alongBorder++;
    else if (store.kmMax[row]! > km) out.possibly++;
    else out.within[SIDE_CODES[store.side[row]!] ?? 'other']++;
  }
  return out;
}

function radiusOf(
  store: IncidentStore,
  q: NonNullable<Filters['radius']>,
  rows: number[],
  masks: Uint16Array,
) {
  // The index's answer is nearest first (equal distances in the store's order): keep the counted.
  const counted = new Uint8Array(store.size);
  for (const row of rows) counted[row] = 1;
  const hits: RadiusHit[] = [];
  for (const near of radiusHits(store, q))
    if (counted[near.index]) hits.push({ row: near.index, km: near.km });
  const inside = (r: number) => passes(masks[r]!, BIT.radius);
  let withoutRadius = 0;
  for (let row = 0; row < store.size; row++) if (inside(row)) withoutRadius++;
  return { hits, withoutRadius: withoutRadius - coveredRows(store, inside).length };
}
