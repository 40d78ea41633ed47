/**
 * The filters compiled against a store's codes, and each row's mask: one bit per filter it fails.
 * One pass over typed columns, no allocation per row; query.ts builds every answer from the masks.
 */
import { haversineKm } from '../geo/haversine.ts';
import { codesOf, PRECISION_LIST, SIDE_LIST, TYPE_LIST } from './codes.ts';
import { fold, type Filters, type RadiusQuery } from './filters.ts';
import { dayNumber, type IncidentStore } from './store.ts';
import { SEARCH_GAP } from './store-columns.ts';

export const BIT = {
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

/** A flag per code of the chosen values, or null where the filter is off. */
type Chosen = Uint8Array | null;

interface Compiled {
  from: number;
  to: number;
  types: Chosen;
  sides: Chosen;
  precisions: Chosen;
  actors: Set<number> | null;
  provinces: Set<number> | null;
  districts: Set<number> | null;
  borderKm: number | null;
  radius: RadiusQuery | null;
  words: string[];
}

function flags<T>(chosen: readonly T[], all: readonly T[]): Chosen {
  if (!chosen.length) return null;
  const out = new Uint8Array(all.length);
  for (const v of chosen) {
    const i = all.indexOf(v);
    if (i >= 0) out[i] = 1;
  }
  return out;
}

function compile(store: IncidentStore, f: Filters): Compiled {
  const c = store.codes;
  return {
    from: f.from ? dayNumber(f.from) : -Infinity,
    to: f.to ? dayNumber(f.to) : Infinity,
    types: flags(f.types, TYPE_LIST),
    sides: flags(f.sides, SIDE_LIST),
    precisions: flags(f.precisions, PRECISION_LIST),
    actors: f.actors.length ? codesOf(f.actors, c.actors) : null,
    provinces: f.provinces.length ? codesOf(f.provinces, c.provinces) : null,
    districts: f.districts.length ? codesOf(f.districts, c.districts) : null,
    borderKm: f.borderKm,
    radius: f.radius,
    words: fold(f.search).replaceAll(SEARCH_GAP, '').split(/\s+/).filter(Boolean),
  };
}

function anyActor(store: IncidentStore, row: number, chosen: Set<number>): boolean {
  const c = store.codes;
  for (let k = c.actorStart[row]!; k < c.actorStart[row + 1]!; k++)
    if (chosen.has(c.actorList[k]!)) return true;
  return false;
}

function outsideRadius(store: IncidentStore, row: number, r: RadiusQuery): boolean {
  const at = store.point(row);
  return !at || haversineKm(r.lng, r.lat, at[0]!, at[1]!) > r.km;
}

/** The row holding position `at` of the joined search text. */
function rowAt(starts: Uint32Array, at: number): number {
  let lo = 0;
  let hi = starts.length - 2;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * How many of the words each row's text holds: every occurrence of each word is found in the
 * joined text of all rows (one native search per word), not by testing each row.
 */
function wordsFound(store: IncidentStore, words: string[]): Uint8Array {
  const found = new Uint8Array(store.size);
  const text = store.searchText;
  words.forEach((word, k) => {
    for (let at = text.indexOf(word); at >= 0;) {
      const row = rowAt(store.searchStart, at);
      if (found[row] === k) found[row] = k + 1;
      // On to the next row: the word counts once per row.
      at = text.indexOf(word, store.searchStart[row + 1]);
    }
  });
  return found;
}

/** Each row's failed filters as bits. */
export function computeMasks(store: IncidentStore, f: Filters): Uint16Array {
  const q = compile(store, f);
  const c = store.codes;
  const masks = new Uint16Array(store.size);
  const found = q.words.length ? wordsFound(store, q.words) : null;
  for (let row = 0; row < store.size; row++) {
    let m = 0;
    if (store.end[row]! < q.from || store.start[row]! > q.to) m |= BIT.date;
    if (q.types && !q.types[c.type[row]!]) m |= BIT.type;
    if (q.sides && !q.sides[c.side[row]!]) m |= BIT.side;
    if (q.precisions && !q.precisions[c.precision[row]!]) m |= BIT.precision;
    if (q.actors && !anyActor(store, row, q.actors)) m |= BIT.actor;
    if (q.provinces && !q.provinces.has(c.province[row]!)) m |= BIT.province;
    if (q.districts && !q.districts.has(c.district[row]!)) m |= BIT.district;
    // The buffer keeps what may lie within it (NaN, no place at all, never does).
    if (q.borderKm !== null && !(store.kmMin[row]! <= q.borderKm)) m |= BIT.buffer;
    if (q.radius && outsideRadius(store, row, q.radius)) m |= BIT.radius;
    if (found && found[row] !== q.words.length) m |= BIT.search;
    masks[row] = m;
  }
  return masks;
}
