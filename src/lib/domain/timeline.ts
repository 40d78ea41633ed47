/**
 * The timeline's numbers: bins by week or month (chosen by the span shown), a histogram where an
 * incident dated only to a month (or spanning days) is spread over the days it covers instead of
 * pinned to its first day, and the playback steps.
 */
import type { Incident } from '../data/incidents.ts';
import { addDays, addMonths, daysBetween, fromTime, toTime } from './dates.ts';
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

/** The domain covering every incident, widened to whole bins. */
export function domainOf(incidents: readonly Incident[]): [string, string] | undefined {
  if (!incidents.length) return undefined;
  let min = '9999-12-31';
  let max = '0000-01-01';
  for (const i of incidents) {
    const [s, e] = incidentSpan(i);
    if (s < min) min = s;
    if (e > max) max = e;
  }
  return [min, max];
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
 * Fill bins: a one-day incident counts 1 in its bin; a longer one adds the share of its days in
 * each bin. An aggregate report whose parts are among `incidents` is not counted again.
 */
export function histogram(incidents: readonly Incident[], from: string, to: string, unit: BinUnit): Bin[] {
  const bins = makeBins(from, to, unit);
  if (!bins.length) return bins;
  const index = (day: string) => {
    // Binary search: bins are sorted and contiguous.
    let lo = 0,
      hi = bins.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (bins[mid]!.start <= day) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  for (const i of countable(incidents)) {
    const [s, e] = incidentSpan(i);
    if (e < bins[0]!.start || s > bins[bins.length - 1]!.end) continue;
    const days = daysBetween(s, e) + 1;
    if (days === 1) {
      bins[index(s)]!.exact += 1;
      continue;
    }
    for (
      let b = index(s < bins[0]!.start ? bins[0]!.start : s);
      b < bins.length && bins[b]!.start <= e;
      b++
    ) {
      const bin = bins[b]!;
      const overlap = daysBetween(s > bin.start ? s : bin.start, e < bin.end ? e : bin.end) + 1;
      if (overlap > 0) bin.spread += overlap / days;
    }
  }
  return bins;
}

export type PlayMode = 'cumulative' | 'window';

/**
 * The date range after one playback step: the cursor moves one bin; cumulative mode shows
 * everything from the domain's start, window mode keeps the window's width. `undefined` at the end.
 */
export function playStep(
  range: [string, string],
  domain: [string, string],
  unit: BinUnit,
  mode: PlayMode,
): [string, string] | undefined {
  if (range[1] >= domain[1]) return undefined;
  const following = nextBin(binStart(range[1], unit), unit);
  const end = addDays(nextBin(following, unit), -1);
  const to = end > domain[1] ? domain[1] : end;
  if (mode === 'cumulative') return [domain[0], to];
  const width = daysBetween(range[0], range[1]);
  return [addDays(to, -width), to];
}

/** Where playback starts: the first bin (window) or the domain's start up to the first bin's end. */
export function playStart(
  domain: [string, string],
  unit: BinUnit,
  mode: PlayMode,
  width?: number,
): [string, string] {
  const first = makeBins(domain[0], domain[1], unit)[0]!;
  if (mode === 'cumulative') return [domain[0], first.end];
  const w = width ?? daysBetween(first.start, first.end);
  return [domain[0], addDays(domain[0], w)];
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
