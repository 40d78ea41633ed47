/**
 * Casualty figures. The map sizes each symbol and the list sorts by the most conservative death
 * toll any source gives (ACLED's rule): for each group a figure counts (one side's forces,
 * civilians, unknown), the lowest figure any claim gives; the groups then add up. A claim
 * with no number ("dozens") gives no figure. Wounded, homes and sites struck are not deaths.
 */
import type { Claim, Incident } from '../data/incidents.ts';
import { m, n } from '../i18n/messages.ts';

const DEATHS = /\b(killed|dead|died|deaths?|fatalities|lives)\b/i;
const INJURED = /\b(wounded|injured|hurt)\b/i;

export type ClaimKind = 'deaths' | 'injured' | 'other';

/** What a claim counts, read from its `what`: "soldiers killed" → deaths. Deaths win over injuries. */
export function claimKind(c: Pick<Claim, 'what'>): ClaimKind {
  if (DEATHS.test(c.what)) return 'deaths';
  if (INJURED.test(c.what)) return 'injured';
  return 'other';
}

/** The lowest number a claim allows: its `low`, a range's start, or the figure itself. */
export function lowestFigure(c: Claim): number | undefined {
  if (c.low !== undefined) return c.low;
  if (Array.isArray(c.figure)) return c.figure[0];
  if (c.figure !== null) return c.figure;
  return c.best;
}

/** Fewest deaths the sources allow, summed over the groups the claims count (0 when none). */
export function conservativeDeaths(i: Incident): number {
  const lowest = new Map<string, number>();
  for (const c of i.properties.claims) {
    if (claimKind(c) !== 'deaths') continue;
    const figure = lowestFigure(c);
    if (figure === undefined) continue;
    const group = c.side?.trim().toLowerCase() ?? '';
    lowest.set(group, Math.min(figure, lowest.get(group) ?? Infinity));
  }
  let total = 0;
  for (const figure of lowest.values()) total += figure;
  return total;
}

/** A figure with its qualifier, in the current language: the qualifier is a code, its words are not. */
const QUALIFIED: Record<NonNullable<Claim['qualifier']>, (value: string) => string> = {
  'at least': (value) => m.words_figure_at_least({ value }),
  'more than': (value) => m.words_figure_more_than({ value }),
  about: (value) => m.words_figure_about({ value }),
  'up to': (value) => m.words_figure_up_to({ value }),
  'fewer than': (value) => m.words_figure_fewer_than({ value }),
  '-odd': (value) => m.words_figure_odd({ value }),
};

function stated(c: Claim): string {
  // The source's own wording ("several", "dozens") is data: shown as it is.
  if (c.figure === null) return c.wording ?? m.words_figure_not_stated();
  const value = Array.isArray(c.figure) ? `${n(c.figure[0])}–${n(c.figure[1])}` : n(c.figure);
  if (!c.qualifier) return value;
  return QUALIFIED[c.qualifier]?.(value) ?? `${c.qualifier} ${value}`;
}

/** "at least 17", "20–25", "50-odd", "several", "not stated", "12 (best estimate 12, 10–15)" */
export function formatFigure(c: Claim): string {
  const figure = stated(c);
  const best = c.best === undefined ? undefined : n(c.best);
  const range =
    c.low !== undefined || c.high !== undefined
      ? `${c.low === undefined ? '?' : n(c.low)}–${c.high === undefined ? '?' : n(c.high)}`
      : undefined;
  if (best !== undefined && range !== undefined) return m.words_figure_best_range({ figure, best, range });
  if (best !== undefined) return m.words_figure_best({ figure, best });
  if (range !== undefined) return m.words_figure_range({ figure, range });
  return figure;
}
