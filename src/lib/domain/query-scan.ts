/**
 * The hot part of a query at 100,000 rows, over the masks (query-masks.ts) and typed columns
 * only: the matching rows, the counted rows, the timeline's pool, every facet's counts, the
 * per-province tallies and what the map draws, in three passes over typed arrays (one to size
 * the lists, one for the facets, one to fill the lists). No Set, closure or allocation per row.
 */
import type { IncidentType, LocationPrecision } from '../data/incidents.ts';
import { BIT } from './query-masks.ts';
import type { IncidentStore } from './store.ts';
import { PRECISION_LIST, SIDE_LIST, TYPE_LIST } from './codes.ts';

/** Per row, the sets an aggregate is not counted in (one of its parts is counted there). */
const SKIP_COUNTED = 1;
const SKIP_POOL = 2;
const ALL_BUT_DATE = ~BIT.date;
/** The precision code of "along the border". */
export const BORDER = PRECISION_LIST.indexOf('border');

/**
 * Whether each row has a point, once per store. A distance to the line means a point; only rows
 * without one (or a store measured without the line) are looked up in the incidents, whose
 * objects are slow to walk at 100,000.
 */
const locatedCache = new WeakMap<IncidentStore, Uint8Array>();
export function locatedRows(store: IncidentStore): Uint8Array {
  let out = locatedCache.get(store);
  if (!out) {
    out = new Uint8Array(store.size);
    for (let row = 0; row < store.size; row++)
      out[row] = !Number.isNaN(store.borderKm[row]) || store.point(row) ? 1 : 0;
    locatedCache.set(store, out);
  }
  return out;
}

/** The aggregates not counted among the matches or in the timeline's pool, as flags per row. */
function skipsOf(store: IncidentStore, masks: Uint16Array): Uint8Array {
  const skip = new Uint8Array(store.size);
  for (const [row, parts] of store.partsOf) {
    const m = masks[row]!;
    if (m === 0 && parts.some((p) => masks[p] === 0)) skip[row]! |= SKIP_COUNTED;
    if ((m & ALL_BUT_DATE) === 0 && parts.some((p) => (masks[p]! & ALL_BUT_DATE) === 0))
      skip[row]! |= SKIP_POOL;
  }
  return skip;
}

/** Counts by code per facet, in the order of `Facets` (query.ts): type, actor, side, precision, province, district. */
export type FacetCounts = [Int32Array, Int32Array, Int32Array, Int32Array, Int32Array, Int32Array];
const FACET_BITS = [BIT.type, BIT.actor, BIT.side, BIT.precision, BIT.province, BIT.district];

/** Counts by code for each facet: rows that fail no filter, or only that facet's own. */
function facetCounts(store: IncidentStore, masks: Uint16Array): FacetCounts {
  const c = store.codes;
  const sizes = [TYPE_LIST, c.actors, SIDE_LIST, PRECISION_LIST, c.provinces, c.districts];
  const counts = sizes.map((names) => new Int32Array(names.length)) as FacetCounts;
  const [types, actors, sides, precisions, provinces, districts] = counts;
  const { type, side, precision, province, district, actorStart, actorList } = c;
  for (let row = 0; row < masks.length; row++) {
    const m = masks[row]!;
    if (m === 0) {
      types[type[row]!]!++;
      sides[side[row]!]!++;
      precisions[precision[row]!]!++;
      if (province[row]! >= 0) provinces[province[row]!]!++;
      if (district[row]! >= 0) districts[district[row]!]!++;
      for (let k = actorStart[row]!, e = actorStart[row + 1]!; k < e; k++) actors[actorList[k]!]!++;
    } else if ((m & (m - 1)) === 0) {
      // One filter failed: the row counts for that facet alone.
      if (m === BIT.type) types[type[row]!]!++;
      else if (m === BIT.side) sides[side[row]!]!++;
      else if (m === BIT.precision) precisions[precision[row]!]!++;
      else if (m === BIT.province && province[row]! >= 0) provinces[province[row]!]!++;
      else if (m === BIT.district && district[row]! >= 0) districts[district[row]!]!++;
      else if (m === BIT.actor)
        for (let k = actorStart[row]!, e = actorStart[row + 1]!; k < e; k++) actors[actorList[k]!]!++;
    }
  }
  uncountAggregates(store, masks, counts);
  return counts;
}

/** An aggregate under a value is not counted when one of its parts, counted too, has that value. */
function uncountAggregates(store: IncidentStore, masks: Uint16Array, counts: FacetCounts): void {
  const c = store.codes;
  const { actorStart, actorList } = c;
  const columns = [c.type, null, c.side, c.precision, c.province, c.district];
  const hasActor = (row: number, code: number) => {
    for (let k = actorStart[row]!; k < actorStart[row + 1]!; k++) if (actorList[k] === code) return true;
    return false;
  };
  FACET_BITS.forEach((bit, facet) => {
    const ignored = ~bit;
    const column = columns[facet];
    for (const [row, parts] of store.partsOf) {
      if ((masks[row]! & ignored) !== 0) continue;
      const counted = parts.filter((p) => (masks[p]! & ignored) === 0);
      if (!counted.length) continue;
      if (column) {
        const code = column[row]!;
        if (code >= 0 && counted.some((p) => column[p] === code)) counts[facet]![code]!--;
        continue;
      }
      for (let k = actorStart[row]!; k < actorStart[row + 1]!; k++) {
        const code = actorList[k]!;
        if (counted.some((p) => hasActor(p, code))) counts[1][code]!--;
      }
    }
  });
}

/** What the map draws of the counted matches: for the legend and the border badge. */
export interface Drawn {
  /** Counted matches with a point, and those placed only "along the border". */
  located: number;
  alongBorder: number;
  /** Types and precisions among the located ones, in the order of the schema's lists. */
  types: IncidentType[];
  precisions: LocationPrecision[];
}

export interface Scan {
  rows: number[];
  countedRows: number[];
  pool: number[];
  facets: FacetCounts;
  areas: { counts: number[]; outside: number; unlocated: number };
  drawn: Drawn;
}

/** Everything the masks give without a filter's own extra work (buffer and radius are apart). */
export function scan(store: IncidentStore, masks: Uint16Array): Scan {
  const n = store.size;
  const skip = skipsOf(store, masks);
  let matching = 0;
  let countable = 0;
  let pooled = 0;
  for (let row = 0; row < n; row++) {
    const m = masks[row]!;
    if (m === 0) {
      matching++;
      if ((skip[row]! & SKIP_COUNTED) === 0) countable++;
    }
    if ((m & ALL_BUT_DATE) === 0 && (skip[row]! & SKIP_POOL) === 0) pooled++;
  }
  // Lists of the exact length, filled in place: faster than growing them at 100,000 rows.
  const rows = new Array<number>(matching);
  const countedRows = new Array<number>(countable);
  const pool = new Array<number>(pooled);
  const { area, codes } = store;
  const located = locatedRows(store);
  const perArea = new Int32Array(store.areas.length);
  const types = new Uint8Array(TYPE_LIST.length);
  const precisions = new Uint8Array(PRECISION_LIST.length);
  let outside = 0;
  let unlocated = 0;
  let alongBorder = 0;
  for (let row = 0, i = 0, j = 0, k = 0; row < n; row++) {
    const m = masks[row]!;
    if ((m & ALL_BUT_DATE) === 0 && (skip[row]! & SKIP_POOL) === 0) pool[k++] = row;
    if (m !== 0) continue;
    rows[i++] = row;
    if ((skip[row]! & SKIP_COUNTED) !== 0) continue;
    countedRows[j++] = row;
    if (codes.precision[row] === BORDER) alongBorder++;
    if (!located[row]) {
      unlocated++;
      continue;
    }
    types[codes.type[row]!] = 1;
    precisions[codes.precision[row]!] = 1;
    if (area[row]! < 0) outside++;
    else perArea[area[row]!]!++;
  }
  return {
    rows,
    countedRows,
    pool,
    facets: facetCounts(store, masks),
    areas: { counts: Array.from(perArea), outside, unlocated },
    drawn: {
      located: countable - unlocated,
      alongBorder,
      types: TYPE_LIST.filter((_, code) => types[code]),
      precisions: PRECISION_LIST.filter((_, code) => precisions[code]),
    },
  };
}
