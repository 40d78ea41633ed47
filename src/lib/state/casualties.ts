/**
 * The largest casualty figure anyone claims for an incident: it sizes the map symbol and sorts
 * the list. Only claims counting people killed, dead, wounded or injured count; "homes
 * demolished" or "locations struck" do not.
 */
import type { Claim, Incident } from '../data/incidents.ts';

const CASUALTY = /\b(killed|dead|died|wounded|injured)\b/i;

export function isCasualtyClaim(c: Claim): boolean {
  return CASUALTY.test(c.what);
}

/** Largest figure (a range counts as its upper end); 0 when no casualty figure is claimed. */
export function maxCasualties(i: Incident): number {
  let max = 0;
  for (const c of i.properties.claims) {
    if (!isCasualtyClaim(c) || c.figure === null) continue;
    max = Math.max(max, Array.isArray(c.figure) ? c.figure[1] : c.figure);
  }
  return max;
}

/** "20–25", "at least 17", "not stated" */
export function formatFigure(c: Claim): string {
  const n = (x: number) => x.toLocaleString('en-GB');
  if (c.figure === null) return 'not stated';
  const value = Array.isArray(c.figure) ? `${n(c.figure[0])}–${n(c.figure[1])}` : n(c.figure);
  return c.qualifier ? `${c.qualifier} ${value}` : value;
}
