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

/**
 * The row holding position `at` of the joined search text, at or after row `from`: a few steps
 * forward first (a short word is found in nearly every row, the next one), then by halves.
 */
function rowAt(starts: Uint32Array, at: number, from: number): number {
  for (let step = 0; step < 8; step++, from++) if (starts[from + 1]! > at) return from;
  let lo = from;
  let hi = starts.length - 2;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** A flag per row holding `word` in its text: one native search of the joined text. */
function flagHolding(store: IncidentStore, word: string): Uint8Array {
  const flags = new Uint8Array(store.size);
  const text = store.searchText;
  let row = 0;
  for (let at = text.indexOf(word); at >= 0;) {
    row = rowAt(store.searchStart, at, row);
    flags[row] = 1;
    // On to the next row: the word counts once per row.
    at = text.indexOf(word, store.searchStart[row + 1]);
  }
  return flags;
}

/**
 * Runs a search of the joined text once and drops it (query-warm-up.ts): its loop is then
 * optimised before the reader's first key. Returns how many rows hold an "a".
 */
export function rehearseSearch(store: IncidentStore): number {
  return flagCount(flagHolding(store, 'a'));
}

/** How many rows are flagged. */
function flagCount(flags: Uint8Array): number {
  let count = 0;
  for (let row = 0; row < flags.length; row++) count += flags[row]!;
  return count;
}

/**
 * Reading rows' own texts one by one costs up to twice their share of one search of the joined
 * text (measured at 100k synthetic rows): where a quarter of the rows or fewer are left, rows are
 * read one by one.
 */
const FEW = 0.25;

/** Clears the flag of each flagged row whose text does not hold `word`. */
function keepHolding(store: IncidentStore, flags: Uint8Array, word: string): void {
  if (flagCount(flags) > store.size * FEW) {
    const holding = flagHolding(store, word);
    for (let row = 0; row < flags.length; row++) flags[row]! &= holding[row]!;
    return;
  }
  const { searchText: text, searchStart: starts } = store;
  for (let row = 0; row < flags.length; row++)
    if (flags[row] && !text.slice(starts[row], starts[row + 1]).includes(word)) flags[row] = 0;
}

/**
 * The last search's words, and a flag per row holding them all, per store (a store's search text
 * never changes; a new load or import makes a new store). The flags are read, never changed.
 */
const lastSearch = new WeakMap<IncidentStore, { words: string[]; flags: Readonly<Uint8Array> }>();

/**
 * A flag per row holding every word. Typing narrows a search: where each of the last search's
 * words lies inside one of the new words, only the rows that held them all can hold the new
 * ones, only the words that are new are looked for, and where few rows are left only their own
 * texts are read. Otherwise the longest word (the fewest rows, as a rule) is found first, then
 * the other words among its rows.
 */
function flagWords(store: IncidentStore, words: string[]): Uint8Array {
  const last = lastSearch.get(store);
  if (last && last.words.join(' ') === words.join(' ')) return last.flags;
  const longestFirst = [...words].sort((a, b) => b.length - a.length);
  const narrows = last?.words.every((old) => words.some((word) => word.includes(old)));
  const flags = narrows ? last!.flags.slice() : flagHolding(store, longestFirst[0]!);
  // A word inside one of the last search's words is already held by every flagged row.
  const toFind = narrows
    ? longestFirst.filter((word) => !last!.words.some((old) => old.includes(word)))
    : longestFirst.slice(1);
  for (const word of toFind) keepHolding(store, flags, word);
  lastSearch.set(store, { words, flags });
  return flags;
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
    const found = flagWords(store, q.words);
    for (let row = 0; row < n; row++) if (!found[row]) masks[row]! |= BIT.search;
  }
  return masks;
}
