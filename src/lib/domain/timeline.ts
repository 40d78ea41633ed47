/**
 * The timeline's numbers: bins by week or month (chosen by the span shown), a histogram where an
 * incident dated only to a month (or spanning days) is spread over the days it covers instead of
 * pinned to its first day, and the playback steps.
 */
import type { Incident } from '../data/incidents.ts';
import { addDays, addMonths, dayNumber, dayOfNumber, daysBetween, fromTime, toTime } from './dates.ts';
import { countableRows } from './query.ts';
import type { IncidentStore } from './store.ts';
import { incidentSpan } from './filters.ts';
import { countable } from './aggregates.ts';

export type BinUnit = 'week' | 'month';

export interface Bin {
  /** First and last day, inclusive. */
  start: string;
  end: string;
  /** Incidents dated to one day. */
  exact: number;
  /** Share of incidents spread over several days (month precision, or a span) falling in the bin. */
  spread: number;
}

/** Weeks up to about half a year, months beyond. */
export function chooseUnit(from: string, to: string): BinUnit {
  return daysBetween(from, to) <= 190 ? 'week' : 'month';
}

/** The days a store's rows cover (all of them by default), read from its day columns: nothing parsed. */
export function storeDomain(store: IncidentStore, rows?: readonly number[]): [string, string] | undefined {
  const n = rows ? rows.length : store.size;
  if (!n) return undefined;
  let min = Infinity;
  let max = -Infinity;
  for (let k = 0; k < n; k++) {
    const row = rows ? rows[k]! : k;
    if (store.start[row]! < min) min = store.start[row]!;
    if (store.end[row]! > max) max = store.end[row]!;
  }
  return [dayOfNumber(min), dayOfNumber(max)];
}

/** Monday of the week holding `day`. */
function weekStart(day: string): string {
  const dow = (new Date(toTime(day)).getUTCDay() + 6) % 7;
  return addDays(day, -dow);
}

export function binStart(day: string, unit: BinUnit): string {
  return unit === 'week' ? weekStart(day) : `${day.slice(0, 7)}-01`;
}

export function nextBin(start: string, unit: BinUnit): string {
  return unit === 'week' ? addDays(start, 7) : addMonths(start, 1);
}

export function makeBins(from: string, to: string, unit: BinUnit): Bin[] {
  const bins: Bin[] = [];
  for (let s = binStart(from, unit); s <= to; s = nextBin(s, unit))
    bins.push({ start: s, end: addDays(nextBin(s, unit), -1), exact: 0, spread: 0 });
  return bins;
}

/**
 * Fill bins from spans of day numbers (rows of `start` and `end`, or every one where `rows` is
 * absent): a one-day span counts 1 in its bin; a longer one adds the share of its days in each
 * bin (month-dated incidents spread over their month). A table from day to bin replaces a search
 * per row, and the sums go to typed arrays in row order (the same sums as adding to the bins).
 */
function fill(
  bins: Bin[],
  start: ArrayLike<number>,
  end: ArrayLike<number>,
  rows?: readonly number[],
): Bin[] {
  if (!bins.length) return bins;
  const starts = Int32Array.from(bins, (b) => dayNumber(b.start));
  const ends = Int32Array.from(bins, (b) => dayNumber(b.end));
  const first = starts[0]!;
  const last = ends[ends.length - 1]!;
  const binOf = new Int32Array(last - first + 1);
  for (let b = 0; b < bins.length; b++) binOf.fill(b, starts[b]! - first, ends[b]! - first + 1);
  const exact = new Float64Array(bins.length);
  const spread = new Float64Array(bins.length);
  const count = rows ? rows.length : start.length;
  for (let k = 0; k < count; k++) {
    const row = rows ? rows[k]! : k;
    const s = start[row]!;
    const e = end[row]!;
    if (e < first || s > last) continue;
    const days = e - s + 1;
    if (days === 1) {
      exact[binOf[s - first]!]! += 1;
      continue;
    }
    for (let b = binOf[Math.max(s, first) - first]!; b < bins.length && starts[b]! <= e; b++) {
      const overlap = Math.min(e, ends[b]!) - Math.max(s, starts[b]!) + 1;
      if (overlap > 0) spread[b]! += overlap / days;
    }
  }
  bins.forEach((bin, b) => {
    bin.exact += exact[b]!;
    bin.spread += spread[b]!;
  });
  return bins;
}

/** Bins for incidents; an aggregate report whose parts are among them is not counted again. */
export function histogram(incidents: readonly Incident[], from: string, to: string, unit: BinUnit): Bin[] {
  const counted = countable(incidents);
  const start = new Int32Array(counted.length);
  const end = new Int32Array(counted.length);
  counted.forEach((i, k) => {
    const [s, e] = incidentSpan(i);
    start[k] = dayNumber(s);
    end[k] = dayNumber(e);
  });
  return fill(makeBins(from, to, unit), start, end);
}

/** The last bins made for a list of rows, with the store, range and unit they were made for. */
const madeFor = new WeakMap<readonly number[], { store: IncidentStore; key: string; bins: Bin[] }>();

/**
 * Bins for rows of a store (already countable): its day columns, no dates parsed. The rows are
 * read as never changing (as a query's lists are): the same list, range and unit give the same
 * bins again, the same array, without counting (a query hands back its pool unchanged when only
 * the dates change, and its answer without filters is kept).
 */
export function histogramRows(
  store: IncidentStore,
  rows: readonly number[],
  from: string,
  to: string,
  unit: BinUnit,
): Bin[] {
  const key = `${from} ${to} ${unit}`;
  const made = madeFor.get(rows);
  if (made?.store === store && made.key === key) return made.bins;
  const bins = fill(makeBins(from, to, unit), store.start, store.end, rows);
  madeFor.set(rows, { store, key, bins });
  return bins;
}

export type PlayMode = 'cumulative' | 'window';

/** Whether a stretch of days holds incidents (playback passes over empty ones). */
export type HasIncidents = (start: string, end: string) => boolean;

const prevBin = (start: string, unit: BinUnit) =>
  unit === 'week' ? addDays(start, -7) : addMonths(start, -1);

/** How many bins a range covers (at least one). */
export function binsIn(range: [string, string], unit: BinUnit): number {
  let n = 1;
  for (let s = nextBin(binStart(range[0], unit), unit); s <= range[1]; s = nextBin(s, unit)) n++;
  return n;
}

/** The window of `width` whole bins (calendar weeks or months) ending with the bin holding `end`. */
function windowEnding(end: string, width: number, unit: BinUnit, domain: [string, string]): [string, string] {
  let start = binStart(end, unit);
  for (let k = 1; k < width; k++) start = prevBin(start, unit);
  return [start < domain[0] ? domain[0] : start, end];
}

/**
 * The date range after one playback step: the cursor moves to the next bin holding incidents
 * (empty stretches are passed over); cumulative mode shows everything from the domain's start,
 * window mode keeps as many whole calendar bins. `undefined` at the end.
 */
export function playStep(
  range: [string, string],
  domain: [string, string],
  unit: BinUnit,
  mode: PlayMode,
  hasIncidents: HasIncidents = () => true,
): [string, string] | undefined {
  const width = binsIn(range, unit);
  let end = range[1];
  for (;;) {
    if (end >= domain[1]) return undefined;
    const start = nextBin(binStart(end, unit), unit);
    const last = addDays(nextBin(start, unit), -1);
    end = last > domain[1] ? domain[1] : last;
    if (hasIncidents(start, end)) break;
  }
  return mode === 'cumulative' ? [domain[0], end] : windowEnding(end, width, unit, domain);
}

/**
 * Where playback starts: up to the first bin holding incidents (cumulative from the domain's
 * start), or a window of `width` bins ending there.
 */
export function playStart(
  domain: [string, string],
  unit: BinUnit,
  mode: PlayMode,
  width = 1,
  hasIncidents: HasIncidents = () => true,
): [string, string] {
  const bins = makeBins(domain[0], domain[1], unit);
  const first = bins.find((b) => hasIncidents(b.start, b.end)) ?? bins[0]!;
  const end = first.end > domain[1] ? domain[1] : first.end;
  return mode === 'cumulative' ? [domain[0], end] : windowEnding(end, width, unit, domain);
}

/** A date at a 0..1 position of a range (for brushing), rounded to the day. */
export function dateAt(from: string, to: string, t: number): string {
  const a = toTime(from),
    b = toTime(to);
  return fromTime(a + Math.round(((b - a) * Math.min(1, Math.max(0, t))) / 86_400_000) * 86_400_000);
}

/** Position 0..1 of a day in a range. */
export function positionOf(from: string, to: string, day: string): number {
  const span = daysBetween(from, to);
  return span <= 0 ? 0 : daysBetween(from, day) / span;
}

/**
 * The busy period the timeline opens on: the shortest run of whole months holding at least half
 * of the incidents (widened to three months at least), with a month either side. Undefined when the whole
 * span is short enough to read (18 months or less).
 */
export function busiestSpan(store: IncidentStore, full: [string, string]): [string, string] | undefined {
  const months = histogramRows(store, countableRows(store), full[0], full[1], 'month');
  if (months.length <= 18) return undefined;
  const weight = months.map((b) => b.exact + b.spread);
  const total = weight.reduce((a, b) => a + b, 0);
  let best: [number, number] = [0, months.length - 1];
  for (let i = 0; i < months.length; i++) {
    let sum = 0;
    for (let j = i; j < months.length; j++) {
      sum += weight[j]!;
      if (sum >= total / 2) {
        if (j - i < best[1] - best[0]) best = [i, j];
        break;
      }
    }
  }
  // Three months at least, widened evenly; then a month of context either side.
  let [from, to] = best;
  while (to - from < 2) [from, to] = [from - 1, to + 1];
  const first = months[Math.max(0, from - 1)]!;
  const last = months[Math.min(months.length - 1, to + 1)]!;
  return [first.start, last.end];
}
