/**
 * V8 optimises a function only once it has run hot, so a store's first filtered answer runs the
 * query's loops cold: at 100,000 rows the first search key took 110–170 ms to its count, the
 * third 45–77 ms (the bench's set, 3 December). Once the first view is drawn, a few answers are
 * computed in the page's quiet moments, one at a time, and dropped: the reader's first filter
 * meets optimised code. `answer` records nothing, so no later answer differs (at most, where a
 * warm-up's timeline pool is the page's own array, the bars cached for it are made again once).
 * A search waits for its box to have focus (the store may read its text only then). The
 * filters cover types, actors, sides, precisions and dates, not places, buffer or radius.
 */
import { TYPE_LIST } from './codes.ts';
import { dayOfNumber } from './dates.ts';
import { defaultFilters, type Filters } from './filters.ts';
import { answer } from './query.ts';
import { rehearseSearch } from './query-masks.ts';
import type { IncidentStore } from './store.ts';
import { histogramRows, storeDomain } from './timeline.ts';
import { whenIdle } from './when-idle.ts';

/** Filters that run every loop the reader's first choices run: codes, actors, dates. */
export function warmUpFilters(store: IncidentStore): Filters[] {
  const c = store.codes;
  const middle = Math.floor(store.size / 2);
  const day = dayOfNumber(store.start[middle] ?? 0);
  return [
    { ...defaultFilters(), types: [TYPE_LIST[c.type[0] ?? 0]!] },
    { ...defaultFilters(), actors: c.actors.slice(0, 1), to: day },
    { ...defaultFilters(), precisions: ['exact'], sides: ['AFG'], from: day },
  ];
}

/**
 * Computes the warm-up answers and their timeline bars, each in a quiet moment; stops when
 * `wanted` turns false (another store was loaded). Resolves with how many were computed.
 */
export async function warmUpQueries(store: IncidentStore, wanted: () => boolean): Promise<number> {
  const domain = storeDomain(store);
  let done = 0;
  for (const filters of warmUpFilters(store)) {
    await whenIdle(5000, 200);
    if (!wanted() || store.size === 0) break;
    const { timelineRows } = answer(store, filters);
    if (domain) histogramRows(store, timelineRows, domain[0], domain[1], done % 2 ? 'week' : 'month');
    done++;
  }
  return done;
}

/** Stores whose search has been rehearsed. */
const rehearsed = new WeakSet<IncidentStore>();

/**
 * A search is coming (its box has focus): once the store's text is ready and the page is quiet,
 * one search is run and dropped (the first key at 100k: about 80 ms of query, 30 ms of it the
 * search's loop running cold). Not once the reader has typed (`wanted` false): the real search
 * has run that code, and a rehearsal would only take time between keys. Once per store; resolves
 * with whether it ran.
 */
export async function warmUpSearch(store: IncidentStore, wanted: () => boolean): Promise<boolean> {
  if (rehearsed.has(store) || store.size === 0) return false;
  rehearsed.add(store);
  await store.warmSearch?.();
  await whenIdle(2000, 200);
  if (!wanted()) return false;
  rehearseSearch(store);
  return true;
}
