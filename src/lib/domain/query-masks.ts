/**
 * The filters compiled against a store's codes, and each row's mask: one bit per filter it fails.
 * One pass over typed columns per filter that is on, no allocation per row; query-scan.ts reads
 * the answers from the masks.
 */
import type { Near } from '../geo/point-index.ts';
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
  actors: Chosen;
  provinces: Chosen;
  districts: Chosen;
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

/** The same for names looked up in a dictionary: a name the data does not hold matches nothing. */
function codeFlags(chosen: readonly string[], dictionary: readonly string[]): Chosen {
  if (!chosen.length) return null;
  const out = new Uint8Array(dictionary.length);
  for (const code of codesOf(chosen, dictionary)) out[code] = 1;
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
    actors: codeFlags(f.actors, c.actors),
    provinces: codeFlags(f.provinces, c.provinces),
    districts: codeFlags(f.districts, c.districts),
    borderKm: f.borderKm,
    radius: f.radius,
    words: fold(f.search).replaceAll(SEARCH_GAP, '').split(/\s+/).filter(Boolean),
  };
}

function anyActor(store: IncidentStore, row: number, chosen: Uint8Array): boolean {
  const c = store.codes;
  for (let k = c.actorStart[row]!; k < c.actorStart[row + 1]!; k++) if (chosen[c.actorList[k]!]) return true;
  return false;
}

/** The last radius question's answer per store: the masks and the radius list both read it. */
const lastRadius = new WeakMap<IncidentStore, { r: RadiusQuery; hits: Near[] }>();

/** The located rows within the radius, nearest first, through the store's point index. */
export function radiusHits(store: IncidentStore, r: RadiusQuery): Near[] {
  const last = lastRadius.get(store);
  if (last && last.r.lng === r.lng && last.r.lat === r.lat && last.r.km === r.km) return last.hits;
  const hits = store.pointIndex.within([r.lng, r.lat], r.km);
  lastRadius.set(store, { r, hits });
  return hits;
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

/** Sets `bit` in the mask of each row whose code is not chosen (a code of -1, none, never is). */
function markCodes(masks: Uint16Array, column: ArrayLike<number>, chosen: Chosen, bit: number): void {
  if (!chosen) return;
  for (let row = 0; row < masks.length; row++) if (chosen[column[row]!] !== 1) masks[row]! |= bit;
}

/**
 * Each row's failed filters as bits: one tight pass per filter that is on (typed columns only,
 * no allocation per row), and nothing at all for a filter that is off.
 */
export function computeMasks(store: IncidentStore, f: Filters): Uint16Array {
  const q = compile(store, f);
  const c = store.codes;
  const n = store.size;
  const masks = new Uint16Array(n);
  if (q.from !== -Infinity || q.to !== Infinity) {
    const { start, end } = store;
    for (let row = 0; row < n; row++) if (end[row]! < q.from || start[row]! > q.to) masks[row]! |= BIT.date;
  }
  markCodes(masks, c.type, q.types, BIT.type);
  markCodes(masks, c.side, q.sides, BIT.side);
  markCodes(masks, c.precision, q.precisions, BIT.precision);
  if (q.actors)
    for (let row = 0; row < n; row++) if (!anyActor(store, row, q.actors)) masks[row]! |= BIT.actor;
  markCodes(masks, c.province, q.provinces, BIT.province);
  markCodes(masks, c.district, q.districts, BIT.district);
  // The buffer keeps what may lie within it (NaN, no place at all, never does).
  if (q.borderKm !== null) {
    const km = q.borderKm;
    for (let row = 0; row < n; row++) if (!(store.kmMin[row]! <= km)) masks[row]! |= BIT.buffer;
  }
  const r = q.radius;
  if (r) {
    for (let row = 0; row < n; row++) masks[row]! |= BIT.radius;
    for (const { index } of radiusHits(store, r)) masks[index]! &= ~BIT.radius;
  }
  if (q.words.length) {
    const found = wordsFound(store, q.words);
    for (let row = 0; row < n; row++) if (found[row] !== q.words.length) masks[row]! |= BIT.search;
  }
  return masks;
}
