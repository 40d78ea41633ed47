/**
 * Everything the panels, the map, the timeline and the print view show from the filters,
 * computed in one pass over the store: the matching incidents, what each filter choice would
 * show (facet counts), the timeline's pool (every filter but the dates), the border buffer's
 * sides, the radius hits and the per-province tallies. An aggregate report is counted only
 * where none of its parts is counted with it.
 */
import type { Incident, IncidentType, LocationPrecision } from '../data/incidents.ts';
import { haversineKm } from '../geo/haversine.ts';
import { fold, type Filters, type Side } from './filters.ts';
import { dayNumber, type IncidentStore } from './store.ts';

/** One bit per filter: a row's mask says which filters it fails. */
const BIT = {
  date: 1,
  type: 2,
  actor: 4,
  side: 8,
  precision: 16,
  buffer: 32,
  radius: 64,
  search: 128,
  province: 256,
  district: 512,
} as const;
type Facet = 'type' | 'actor' | 'side' | 'precision' | 'province' | 'district';

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
  /** Countable incidents in the whole store, for "14 of 34". */
  total: number;
  facets: Facets;
  /** Rows matching every filter but the dates (the timeline's bars), countable. */
  timelinePool: Incident[];
  /** With a border buffer: how the countable matches lie in it. */
  buffer: BufferTally | null;
  /** With a radius query: the located matches within it, nearest first, and the count without it. */
  radius: { hits: { incident: Incident; km: number }[]; withoutRadius: number } | null;
  /** Countable matches per province (by index into the store's areas); unlocated and outside apart. */
  areas: { counts: number[]; outside: number; unlocated: number };
}

function failMask(
  store: IncidentStore,
  row: number,
  f: Filters,
  words: string[],
  from: number,
  to: number,
): number {
  let mask = 0;
  if (store.end[row]! < from || store.start[row]! > to) mask |= BIT.date;
  const p = store.incidents[row]!.properties;
  if (f.types.length && !f.types.includes(p.type)) mask |= BIT.type;
  if (f.actors.length && !p.actors.some((a) => f.actors.includes(a))) mask |= BIT.actor;
  if (f.sides.length && !f.sides.includes(store.side[row]!)) mask |= BIT.side;
  if (f.precisions.length && !f.precisions.includes(p.location_precision)) mask |= BIT.precision;
  if (f.provinces.length && !f.provinces.includes(p.admin1 ?? '')) mask |= BIT.province;
  if (f.districts.length && !f.districts.includes(p.admin2 ?? '')) mask |= BIT.district;
  // The buffer keeps what may lie within it (NaN, no place at all, never does).
  if (f.borderKm !== null && !(store.kmMin[row]! <= f.borderKm)) mask |= BIT.buffer;
  if (f.radius) {
    const at = store.point(row);
    if (!at || haversineKm(f.radius.lng, f.radius.lat, at[0]!, at[1]!) > f.radius.km) mask |= BIT.radius;
  }
  if (words.length && !words.every((w) => store.search[row]!.includes(w))) mask |= BIT.search;
  return mask;
}

/** Facet values of a row. */
function valuesOf(store: IncidentStore, row: number, facet: Facet): string[] {
  const p = store.incidents[row]!.properties;
  if (facet === 'type') return [p.type];
  if (facet === 'actor') return p.actors;
  if (facet === 'side') return [store.side[row]!];
  if (facet === 'province') return p.admin1 ? [p.admin1] : [];
  if (facet === 'district') return p.admin2 ? [p.admin2] : [];
  return [p.location_precision];
}

const passes = (mask: number, ignore = 0) => (mask & ~ignore) === 0;
const inc = <K>(m: Map<K, number>, k: K, by = 1) => m.set(k, (m.get(k) ?? 0) + by);

/**
 * Rows of aggregates that must not count in a set: those with a part in the same set. `member`
 * says whether a row is in the set (for facets: passes the other filters and has the value).
 */
function covered(store: IncidentStore, member: (row: number) => boolean): number[] {
  const out: number[] = [];
  for (const [row, parts] of store.partsOf) if (member(row) && parts.some(member)) out.push(row);
  return out;
}

export function runQuery(store: IncidentStore, f: Filters): QueryResult {
  const words = fold(f.search).split(/\s+/).filter(Boolean);
  const from = f.from ? dayNumber(f.from) : -Infinity;
  const to = f.to ? dayNumber(f.to) : Infinity;
  const masks = new Uint16Array(store.size);
  for (let row = 0; row < store.size; row++) masks[row] = failMask(store, row, f, words, from, to);
  const rows: number[] = [];
  for (let row = 0; row < store.size; row++) if (masks[row] === 0) rows.push(row);
  const skip = new Set(covered(store, (r) => masks[r] === 0));
  const countedRows = rows.filter((r) => !skip.has(r));
  const poolSkip = new Set(covered(store, (r) => passes(masks[r]!, BIT.date)));
  const pool: Incident[] = [];
  for (let row = 0; row < store.size; row++) {
    if (passes(masks[row]!, BIT.date) && !poolSkip.has(row)) pool.push(store.incidents[row]!);
  }
  const allSkip = covered(store, () => true).length;
  return {
    rows,
    filtered: rows.map((r) => store.incidents[r]!),
    counted: countedRows.map((r) => store.incidents[r]!),
    total: store.size - allSkip,
    facets: facetsOf(store, masks),
    timelinePool: pool,
    buffer: f.borderKm === null ? null : bufferOf(store, countedRows, f.borderKm),
    radius: f.radius ? radiusOf(store, f.radius, countedRows, masks) : null,
    areas: areasOf(store, countedRows),
  };
}

function facetCount<K extends string>(
  store: IncidentStore,
  masks: Uint16Array,
  facet: Facet,
): Map<K, number> {
  const bit = BIT[facet];
  const counts = new Map<K, number>();
  for (let row = 0; row < store.size; row++) {
    if (!passes(masks[row]!, bit)) continue;
    for (const v of valuesOf(store, row, facet)) inc(counts, v as K);
  }
  // An aggregate under a value is not counted when one of its parts has that value too.
  for (const [row, parts] of store.partsOf) {
    if (!passes(masks[row]!, bit)) continue;
    const mine = valuesOf(store, row, facet);
    const shared = new Set(
      parts.filter((p) => passes(masks[p]!, bit)).flatMap((p) => valuesOf(store, p, facet)),
    );
    for (const v of mine) if (shared.has(v)) inc(counts, v as K, -1);
  }
  return counts;
}

function facetsOf(store: IncidentStore, masks: Uint16Array): Facets {
  return {
    types: facetCount(store, masks, 'type'),
    actors: facetCount(store, masks, 'actor'),
    sides: facetCount(store, masks, 'side'),
    precisions: facetCount(store, masks, 'precision'),
    provinces: facetCount(store, masks, 'province'),
    districts: facetCount(store, masks, 'district'),
  };
}

function bufferOf(store: IncidentStore, rows: number[], km: number): BufferTally {
  const out: BufferTally = { within: { AFG: 0, PAK: 0, other: 0 }, alongBorder: 0, possibly: 0 };
  for (const row of rows) {
    if (store.incidents[row]!.properties.location_precision === 'border') out.alongBorder++;
    else if (store.kmMax[row]! > km) out.possibly++;
    else out.within[store.borderFacts[row]?.side ?? 'other']++;
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
