/**
 * Aggregated reports (UCDP event_clarity 2): an incident that sums up others, such as "the
 * 11–19 October clashes". It is listed, but never counted beside its parts: wherever a count
 * is made (totals, facets, the timeline, per-province tallies, the print table), an aggregate
 * counts only when none of its parts is among the incidents counted.
 */
import { isAggregate, type Incident } from '../data/incidents.ts';

/** Ids of the aggregates in `shown` that at least one of their parts, also in `shown`, stands for. */
export function coveredAggregates(shown: readonly Incident[]): Set<string> {
  const ids = new Set<string>();
  for (const i of shown) ids.add(i.properties.id);
  const covered = new Set<string>();
  for (const i of shown) {
    const p = i.properties;
    if (isAggregate(p) && p.parts?.some((part) => ids.has(part))) covered.add(p.id);
  }
  return covered;
}

/** The incidents to count: `shown` without the aggregates whose parts are shown too. */
export function countable(shown: readonly Incident[]): Incident[] {
  const covered = coveredAggregates(shown);
  return covered.size ? shown.filter((i) => !covered.has(i.properties.id)) : [...shown];
}

/** The aggregate each part belongs to, for "part of …" links. */
export function aggregateOf(incidents: readonly Incident[]): Map<string, Incident> {
  const owner = new Map<string, Incident>();
  for (const i of incidents) {
    if (isAggregate(i.properties)) for (const part of i.properties.parts ?? []) owner.set(part, i);
  }
  return owner;
}
