/** Sorting the incident list. Ties keep date order so the list never jumps about. */
import type { Incident } from '../data/incidents.ts';
import { INCIDENT_TYPES } from '../data/incidents.ts';
import { conservativeDeaths } from './casualties.ts';
import { incidentSpan } from './filters.ts';
import type { IncidentStore } from './store.ts';
import { TYPE_LIST } from './codes.ts';
import { currentLocale } from '../i18n/current.ts';

export type SortKey = 'date' | 'type' | 'place' | 'casualties' | 'border';
export type SortDir = 'asc' | 'desc';

/** Distance to the border for sorting; incidents without one sort last either way. */
export type BorderKmOf = (i: Incident) => number | undefined;

const compare: Record<Exclude<SortKey, 'border' | 'date'>, (a: Incident, b: Incident) => number> = {
  type: (a, b) => INCIDENT_TYPES[a.properties.type].localeCompare(INCIDENT_TYPES[b.properties.type]),
  place: (a, b) => a.properties.location_name.localeCompare(b.properties.location_name),
  casualties: (a, b) => conservativeDeaths(a) - conservativeDeaths(b),
};

export function sortIncidents(
  list: Incident[],
  key: SortKey,
  dir: SortDir,
  borderKm?: BorderKmOf,
): Incident[] {
  const sign = dir === 'asc' ? 1 : -1;
  // Each start date is worked out once, not inside the comparison (a print of 100,000 rows).
  const starts = new Map(list.map((i) => [i, incidentSpan(i)[0]]));
  const byDate = (a: Incident, b: Incident) =>
    starts.get(a)!.localeCompare(starts.get(b)!) || a.properties.id.localeCompare(b.properties.id);
  if (key === 'border') {
    const kms = new Map(list.map((i) => [i, borderKm?.(i)]));
    return [...list].sort((a, b) => {
      const ka = kms.get(a),
        kb = kms.get(b);
      if (ka === undefined || kb === undefined) return ka === kb ? byDate(a, b) : ka === undefined ? 1 : -1;
      return sign * (ka - kb) || byDate(a, b);
    });
  }
  if (key === 'date') return [...list].sort((a, b) => sign * byDate(a, b));
  return [...list].sort((a, b) => sign * compare[key](a, b) || byDate(a, b));
}

/** A rank per row for a text key (sorted once in `locale`'s order), for sorting by numbers. */
function ranks(texts: readonly string[], locale?: string): Int32Array {
  const collator = new Intl.Collator(locale);
  const order = texts.map((_, i) => i).sort((a, b) => collator.compare(texts[a]!, texts[b]!));
  const out = new Int32Array(texts.length);
  let rank = 0;
  order.forEach((row, k) => {
    // Equal texts share a rank, so ties fall to the date, as they do in sortIncidents.
    if (k > 0 && collator.compare(texts[row]!, texts[order[k - 1]!]!) !== 0) rank = k;
    out[row] = rank;
  });
  return out;
}

const rankCache = new WeakMap<IncidentStore, Record<string, Int32Array>>();

/**
 * Ranks per row by place or type; types by their names in `locale`, in its order. Both come
 * from the store's columns: each ranks its few names and each row takes its name's rank, so no
 * sort reads an incident.
 */
function rankOf(store: IncidentStore, key: 'place' | 'type', locale?: string): Int32Array {
  const cached = rankCache.get(store) ?? {};
  rankCache.set(store, cached);
  const byCode = (codes: ArrayLike<number>, names: readonly string[], locale?: string) => {
    const rank = ranks(names, locale);
    return Int32Array.from(codes, (code) => rank[code]!);
  };
  const make = () =>
    key === 'place'
      ? byCode(store.codes.place, store.codes.places)
      : byCode(
          store.codes.type,
          TYPE_LIST.map((type) => INCIDENT_TYPES[type]),
          locale,
        );
  return (cached[key === 'type' ? `type ${locale}` : key] ??= make());
}

/** Each row's place in date order: by start day, then id as `localeCompare` orders them. */
const dateRankCache = new WeakMap<IncidentStore, Int32Array>();

/**
 * Rows by start day through a numeric sort of (day, row) packed into one number; only the rows
 * that share a day are then ordered by id with the collator (at 100,000 rows a day holds about
 * 25), instead of ranking every id against every other (0.3 s in Node).
 */
function dateRank(store: IncidentStore): Int32Array {
  const known = dateRankCache.get(store);
  if (known) return known;
  const n = store.size;
  const rows = byDay(store.start, n);
  const collator = new Intl.Collator();
  const byId = (a: number, b: number) => collator.compare(store.ids[a]!, store.ids[b]!);
  for (let from = 0; from < n;) {
    let to = from + 1;
    while (to < n && store.start[rows[to]!] === store.start[rows[from]!]) to++;
    if (to - from > 1) {
      // Written back one by one: a day of 100k rows spread as arguments would overflow the stack.
      const day = rows.slice(from, to).sort(byId);
      for (let k = 0; k < day.length; k++) rows[from + k] = day[k]!;
    }
    from = to;
  }
  const rank = new Int32Array(n);
  rows.forEach((row, k) => (rank[row] = k));
  dateRankCache.set(store, rank);
  return rank;
}

/** Rows sorted by day, rows of one day in row order. */
function byDay(start: Int32Array, n: number): number[] {
  const rowBits = 2 ** Math.ceil(Math.log2(n + 1));
  // Day × rowBits + row stays an exact integer below 2^53 for any Int32 day below 4M rows.
  const keys = new Float64Array(n);
  for (let row = 0; row < n; row++) keys[row] = start[row]! * rowBits + row;
  keys.sort();
  return Array.from(keys, (key) => key - Math.floor(key / rowBits) * rowBits);
}

/** Every row of the store in one order, sorted once per store, key and direction. */
function fullOrder(store: IncidentStore, key: SortKey, dir: SortDir, locale: string): Int32Array {
  const sign = dir === 'asc' ? 1 : -1;
  const date = dateRank(store);
  const tie = (a: number, b: number) => date[a]! - date[b]!;
  if (key === 'date') {
    // The date rank is a total order: descending is ascending read backwards.
    const order = new Int32Array(store.size);
    date.forEach((k, row) => (order[dir === 'asc' ? k : store.size - 1 - k] = row));
    return order;
  }
  const all = Array.from({ length: store.size }, (_, row) => row);
  if (key === 'border') {
    const km = store.kmMin;
    return Int32Array.from(
      all.sort((a, b) => {
        const ka = km[a]!;
        const kb = km[b]!;
        if (Number.isNaN(ka) || Number.isNaN(kb))
          return Number.isNaN(ka) === Number.isNaN(kb) ? tie(a, b) : Number.isNaN(ka) ? 1 : -1;
        return sign * (ka - kb) || tie(a, b);
      }),
    );
  }
  const value: Record<Exclude<SortKey, 'border' | 'date'>, () => ArrayLike<number>> = {
    type: () => rankOf(store, 'type', locale),
    place: () => rankOf(store, 'place'),
    casualties: () => store.deaths,
  };
  const v = value[key]();
  return Int32Array.from(all.sort((a, b) => sign * (v[a]! - v[b]!) || tie(a, b)));
}

const orderCache = new WeakMap<IncidentStore, Map<string, Int32Array>>();
/** The last order made for a list of rows (a query's lists never change), with its store and key. */
const sortedFor = new WeakMap<readonly number[], { store: IncidentStore; name: string; out: number[] }>();

/**
 * Rows sorted by a column of the store: the same order as sortIncidents (ties by date, then id).
 * The store's rows are sorted once per key and direction; a filter then only walks that order
 * and keeps its rows, so a change of filters at 100,000 rows sorts nothing. The rows are read as
 * never changing: the same list sorted the same way again gives the same array back.
 */
export function sortRows(
  store: IncidentStore,
  rows: readonly number[],
  key: SortKey,
  dir: SortDir,
  locale: string = currentLocale(),
): number[] {
  // Types sort by their names in the reader's language: a switch sorts them again.
  const name = key === 'type' ? `${key} ${dir} ${locale}` : `${key} ${dir}`;
  const last = sortedFor.get(rows);
  if (last?.store === store && last.name === name) return last.out;
  const orders = orderCache.get(store) ?? new Map<string, Int32Array>();
  orderCache.set(store, orders);
  const order = orders.get(name) ?? fullOrder(store, key, dir, locale);
  orders.set(name, order);
  const kept = new Uint8Array(store.size);
  let count = 0;
  for (const row of rows) {
    if (kept[row] !== 0) continue;
    kept[row] = 1;
    count++;
  }
  // An array of the exact length, filled in place (faster than growing one at 100,000 rows).
  const out = new Array<number>(count);
  for (let k = 0, at = 0; at < count; k++) if (kept[order[k]!]) out[at++] = order[k]!;
  sortedFor.set(rows, { store, name, out });
  return out;
}
