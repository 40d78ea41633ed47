/**
 * The articles a set of incidents cites, each once, newest first: what the About box lists and
 * a print's source list. A store keeps its list (store-columns.ts), made once per set, so the
 * About box reads no incident.
 */
import type { Incident } from '../data/incidents.ts';
import type { Source } from '../data/schema.ts';

const newestFirst = (a: Source, b: Source) =>
  b.date.localeCompare(a.date) || a.outlet.localeCompare(b.outlet);

/** Each article cited by the incidents, once (the last copy of an id wins), newest first. */
export function citedSources(incidents: Iterable<Incident>): Source[] {
  const seen = new Map<string, Source>();
  for (const i of incidents) for (const s of i.properties.sources) seen.set(s.id, s);
  return [...seen.values()].sort(newestFirst);
}

/** Several sets' lists as one, as citedSources gives for their incidents in that order. */
export function joinCitedSources(lists: readonly (readonly Source[])[]): Source[] {
  const seen = new Map<string, Source>();
  for (const list of lists) for (const s of list) seen.set(s.id, s);
  return [...seen.values()].sort(newestFirst);
}
