/**
 * Everything the panels, the map, the timeline and the print view show from the filters,
 * computed in one pass over the store: the matching incidents, what each filter choice would
 * show (facet counts), the timeline's pool (every filter but the dates), the border buffer's
 * sides, the radius hits and the per-province tallies. An aggregate report is counted only
 * where none of its parts is counted with it.
 */
import type { Incident, IncidentType, LocationPrecision } from '../data/incidents.ts';
import { haversineKm } from '../geo/haversine.ts';
import type { Filters, Side } from './filters.ts';
import type { IncidentStore } from './store.ts';
import { BIT, computeMasks } from './query-masks.ts';
import { SIDE_CODES } from './store-columns.ts';
import { PRECISION_LIST, SIDE_LIST, TYPE_LIST } from './codes.ts';

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
  /** With a radius query: the located matches within it, nearest first, and the count without it. */
  radius: { hits: { incident: Incident; km: number }[]; withoutRadius: number } | null;
  /** Countable matches per province (by index into the store's areas); unlocated and outside apart. */
  areas: { counts: number[]; outside: number; unlocated: number };
}

type Facet = 'type' | 'actor' | 'side' | 'precision' | 'province' | 'district';

/** The code column of a single-valued facet. */
function columnOf(store: IncidentStore, facet: Exclude<Facet, 'actor'>): Uint8Array | Int32Array {
  const c = store.codes;
  return { type: c.type, side: c.side, precision: c.precision, province: c.province, district: c.district }[
    facet
  ];
}

/** A row's codes for a facet. */
function codesFor(store: IncidentStore, row: number, facet: Facet): number[] {
  const c = store.codes;
  if (facet === 'actor') return Array.from(c.actorList.subarray(c.actorStart[row], c.actorStart[row + 1]));
  const code = columnOf(store, facet)[row]!;
  return code < 0 ? [] : [code];
}

const passes = (mask: number, ignore = 0) => (mask & ~ignore) === 0;

/**
 * Rows of aggregates that must not count in a set: those with a part in the same set. `member`
 * says whether a row is in the set (for facets: passes the other filters and has the value).
 */
function covered(store: IncidentStore, member: (row: number) => boolean): number[] {
  const out: number[] = [];
  for (const [row, parts] of store.partsOf) if (member(row) && parts.some(member)) out.push(row);
  return out;
}

/** Every row of the store that counts: all but the aggregates whose parts it holds. */
export function countableRows(store: IncidentStore): number[] {
  const skip = new Set(covered(store, () => true));
  const rows: number[] = [];
  for (let row = 0; row < store.size; row++) if (!skip.has(row)) rows.push(row);
  return rows;
}

export function runQuery(store: IncidentStore, f: Filters): QueryResult {
  const masks = computeMasks(store, f);
  const rows: number[] = [];
  for (let row = 0; row < store.size; row++) if (masks[row] === 0) rows.push(row);
  const skip = new Set(covered(store, (r) => masks[r] === 0));
  const countedRows = rows.filter((r) => !skip.has(r));
  const poolSkip = new Set(covered(store, (r) => passes(masks[r]!, BIT.date)));
  const pool: number[] = [];
  for (let row = 0; row < store.size; row++) {
    if (passes(masks[row]!, BIT.date) && !poolSkip.has(row)) pool.push(row);
  }
  const allSkip = covered(store, () => true).length;
  return {
    rows,
    filtered: rows.map((r) => store.incidents[r]!),
    counted: countedRows.map((r) => store.incidents[r]!),
    countedRows,
    total: store.size - allSkip,
    facets: facetsOf(store, masks),
    timelineRows: pool,
    buffer: f.borderKm === null ? null : bufferOf(store, countedRows, f.borderKm),
    radius: f.radius ? radiusOf(store, f.radius, countedRows, masks) : null,
    areas: areasOf(store, countedRows),
  };
}

const BIT_OF: Record<Facet, number> = {
  type: BIT.type,
  actor: BIT.actor,
  side: BIT.side,
  precision: BIT.precision,
  province: BIT.province,
  district: BIT.district,
};

/** What choosing each value of a facet would show: counts by code, then by name. */
function facetCount<K extends string>(
  store: IncidentStore,
  masks: Uint16Array,
  facet: Facet,
  names: readonly K[],
) {
  const bit = BIT_OF[facet];
  const counts = new Int32Array(names.length);
  const c = store.codes;
  const column = facet === 'actor' ? null : columnOf(store, facet);
  for (let row = 0; row < store.size; row++) {
    if (!passes(masks[row]!, bit)) continue;
    if (column) {
      const code = column[row]!;
      if (code >= 0) counts[code]!++;
    } else {
      for (let k = c.actorStart[row]!; k < c.actorStart[row + 1]!; k++) counts[c.actorList[k]!]!++;
    }
  }
  // An aggregate under a value is not counted when one of its parts has that value too.
  for (const [row, parts] of store.partsOf) {
    if (!passes(masks[row]!, bit)) continue;
    const shared = new Set(
      parts.filter((p) => passes(masks[p]!, bit)).flatMap((p) => codesFor(store, p, facet)),
    );
    for (const code of codesFor(store, row, facet)) if (shared.has(code)) counts[code]!--;
  }
  const out = new Map<K, number>();
  counts.forEach((n, code) => n > 0 && out.set(names[code]!, n));
  return out;
}

function facetsOf(store: IncidentStore, masks: Uint16Array): Facets {
  return {
    types: facetCount(store, masks, 'type', TYPE_LIST),
    actors: facetCount(store, masks, 'actor', store.codes.actors),
    sides: facetCount(store, masks, 'side', SIDE_LIST),
    precisions: facetCount(store, masks, 'precision', PRECISION_LIST),
    provinces: facetCount(store, masks, 'province', store.codes.provinces),
    districts: facetCount(store, masks, 'district', store.codes.districts),
  };
}

function bufferOf(store: IncidentStore, rows: number[], km: number): BufferTally {
  const out: BufferTally = { within: { AFG: 0, PAK: 0, other: 0 }, alongBorder: 0, possibly: 0 };
  for (const row of rows) {
    if (store.incidents[row]!.properties.location_precision === 'border') out.alongBorder++;
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
  const hits: { incident: Incident; km: number }[] = [];
  for (const row of rows) {
    const at = store.point(row);
    if (at) hits.push({ incident: store.incidents[row]!, km: haversineKm(q.lng, q.lat, at[0]!, at[1]!) });
  }
  hits.sort((a, b) => a.km - b.km);
  const inside = (r: number) => passes(masks[r]!, BIT.radius);
  let withoutRadius = 0;
  for (let row = 0; row < store.size; row++) if (inside(row)) withoutRadius++;
  return { hits, withoutRadius: withoutRadius - covered(store, inside).length };
}

function areasOf(store: IncidentStore, rows: number[]): QueryResult['areas'] {
  const counts = new Array<number>(store.areas.length).fill(0);
  let outside = 0;
  let unlocated = 0;
  for (const row of rows) {
    if (!store.point(row)) unlocated++;
    else if (store.area[row]! < 0) outside++;
    else counts[store.area[row]!]!++;
  }
  return { counts, outside, unlocated };
}
