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

/**
 * The row of the summary report each part belongs to, by the part's id, for "part of …" links:
 * from the store's links (store-columns.ts: partsOf), so no incident is read to find them.
 */
export function reportRowOf(
  partsOf: ReadonlyMap<number, readonly number[]>,
  ids: readonly string[],
): Map<string, number> {
  const owner = new Map<string, number>();
  for (const [report, parts] of partsOf) for (const part of parts) owner.set(ids[part]!, report);
  return owner;
}
