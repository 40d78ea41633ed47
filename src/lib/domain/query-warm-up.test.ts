/**
 * The warm-up runs the query's code ahead and must leave every answer as it was: the same
 * answers as the plain per-incident filters after it, the answer without filters the same object,
 * a search typed after it narrowing correctly.
 */
import { describe, expect, it } from 'vitest';
import { applyFilters, defaultFilters, type Filters } from './filters.ts';
import { runQuery } from './query.ts';
import { warmUpFilters, warmUpQueries, warmUpSearch } from './query-warm-up.ts';
import { IncidentStore } from './store.ts';
import { randomIncidents, testBorder } from './test/random-incidents.ts';

const border = testBorder();
// Summaries read "Synthetic incident i with word{i % 13} and token{i % 7} for search.".
const incidents = randomIncidents(300, 5);
const ids = (list: readonly { properties: { id: string } }[]) => list.map((i) => i.properties.id);
const expectPlain = (store: IncidentStore, f: Filters) =>
  expect(ids(runQuery(store, f).filtered), JSON.stringify(f)).toEqual(ids(applyFilters(incidents, f)));

describe('query warm-up', () => {
  it('filters by a type, an actor with dates, and precision, side and dates', () => {
    const store = new IncidentStore({ incidents, border });
    const [byType, byActor, byPlace] = warmUpFilters(store);
    expect(byType!.types).toEqual([incidents[0]!.properties.type]);
    expect(byActor!.actors).toHaveLength(1);
    expect(byActor!.to).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(byPlace).toMatchObject({ precisions: ['exact'], sides: ['AFG'] });
    expect(byPlace!.from).toBe(byActor!.to);
    // Each one narrows the set, so the loops that run for a filter run.
    for (const f of warmUpFilters(store)) expect(applyFilters(incidents, f).length).toBeLessThan(300);
  });

  it('runs each filter once, changes no answer, and stops when the store is replaced', async () => {
    const store = new IncidentStore({ incidents, border });
    const none = runQuery(store, defaultFilters());
    const dated = { ...defaultFilters(), from: '2025-01-01', types: ['airstrike' as const] };
    const pool = runQuery(store, dated).timelineRows;
    expect(await warmUpQueries(store, () => true)).toBe(3);
    // The last pool is still the page's: a change of dates alone hands the same array back.
    expect(runQuery(store, { ...dated, from: '2025-03-01' }).timelineRows).toBe(pool);
    expect(runQuery(store, defaultFilters())).toBe(none);
    expectPlain(store, dated);
    expectPlain(store, { ...dated, from: '2025-06-01' });
    let wanted = true;
    const stopped = warmUpQueries(store, () => wanted);
    wanted = false;
    expect(await stopped).toBe(0);
  });

  it('rehearses a search once per store, and later searches still narrow right', async () => {
    const store = new IncidentStore({ incidents, border });
    expectPlain(store, { ...defaultFilters(), search: 'word1' });
    expect(await warmUpSearch(store, () => true)).toBe(true);
    expect(await warmUpSearch(store, () => true)).toBe(false);
    for (const search of ['word12', 'word12 token', 'ord'])
      expectPlain(store, { ...defaultFilters(), search });
    expect(await warmUpSearch(new IncidentStore({ incidents: [], border }), () => true)).toBe(false);
    // Typing began before a quiet moment: no rehearsal.
    expect(await warmUpSearch(new IncidentStore({ incidents, border }), () => false)).toBe(false);
  });
});
