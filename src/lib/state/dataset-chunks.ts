/**
 * How a dataset's incidents are cut into the chunks kept in the browser, so that a save after an
 * edit writes the chunk that changed, not 100k incidents. An incident stays in the chunk it was
 * saved in: a deleted one leaves a gap in its chunk, a new one joins the chunk of the incident
 * before it (the last chunk, for one added at the end), so no change shifts every later chunk.
 * Pure: the storage (dataset-db.ts) reads and writes what this plans.
 */
import type { Incident } from '../data/incidents.ts';

/** Incidents a new chunk holds at most: a few megabytes to write, a few dozen chunks at 100k. */
export const INCIDENTS_PER_CHUNK = 2000;

/** One chunk: its number (part of its storage key, never reused while it exists) and its rows. */
export interface Chunk {
  no: number;
  incidents: readonly Incident[];
}

export interface ChunkPlan {
  /** Every chunk after the save, in order: their incidents one after another are the dataset's. */
  chunks: Chunk[];
  /** The chunks to write: new ones, and those whose incidents differ from what was saved. */
  put: Chunk[];
  /** Numbers of saved chunks left empty, whose records go. */
  gone: number[];
}

/**
 * The chunks for `incidents`, given the chunks saved before (in order; none for a dataset not
 * yet kept in chunks). Each incident goes to the chunk it was saved in, unless that would put it
 * before an incident already placed; then (as a new incident) it joins the chunk of the one
 * before it. A chunk grown past `size` keeps its first `size` incidents and the rest start new
 * chunks after it. `same` says whether an incident is unchanged since it was saved.
 */
export function planChunks(
  before: readonly Chunk[],
  incidents: readonly Incident[],
  size: number = INCIDENTS_PER_CHUNK,
  same: (saved: Incident, now: Incident) => boolean = sameData,
): ChunkPlan {
  if (!before.length) {
    const chunks = pieces(incidents, size).map((part, no) => ({ no, incidents: part }));
    return { chunks, put: chunks, gone: [] };
  }
  const savedIn = new Map<string, number>();
  before.forEach((chunk, at) => chunk.incidents.forEach((i) => savedIn.set(i.properties.id, at)));
  const members: Incident[][] = before.map(() => []);
  let at = 0;
  for (const incident of incidents) {
    const was = savedIn.get(incident.properties.id);
    if (was !== undefined && was >= at) at = was;
    members[at]?.push(incident);
  }
  let next = Math.max(...before.map((c) => c.no)) + 1;
  const plan: ChunkPlan = { chunks: [], put: [], gone: [] };
  before.forEach((saved, at) => {
    const [first = [], ...rest] = pieces(members[at] ?? [], size);
    if (!first.length) return void plan.gone.push(saved.no);
    const kept = { no: saved.no, incidents: first };
    plan.chunks.push(kept);
    if (!sameRows(saved.incidents, first, same)) plan.put.push(kept);
    for (const part of rest) {
      const added = { no: next++, incidents: part };
      plan.chunks.push(added);
      plan.put.push(added);
    }
  });
  return plan;
}

/** `rows` cut into runs of at most `size`. */
function pieces(rows: readonly Incident[], size: number): Incident[][] {
  const runs: Incident[][] = [];
  for (let start = 0; start < rows.length; start += size) runs.push(rows.slice(start, start + size));
  return runs;
}

function sameRows(
  saved: readonly Incident[],
  now: readonly Incident[],
  same: (saved: Incident, now: Incident) => boolean,
): boolean {
  return saved.length === now.length && saved.every((incident, at) => same(incident, now[at] as Incident));
}

/**
 * Whether two values read from JSON or from storage hold the same data: the same object at once,
 * else field by field. A field set to undefined on one side only counts as a difference, which at
 * worst writes a chunk that had not changed.
 */
export function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const aKeys = Object.keys(a);
  if (aKeys.length !== Object.keys(b).length) return false;
  const aFields = a as Record<string, unknown>;
  const bFields = b as Record<string, unknown>;
  return aKeys.every((k) => Object.hasOwn(bFields, k) && sameData(aFields[k], bFields[k]));
}
