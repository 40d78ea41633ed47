/**
 * The search as a person types it: each keystroke's answer against the plain per-incident
 * filter (the reference), whatever the last search was. The masks reuse the last answer where
 * typing narrows it (query-masks.ts), so a wrong shortcut shows here as a wrong id.
 */
import { describe, expect, it } from 'vitest';
import { applyFilters, defaultFilters } from './filters.ts';
import { runQuery } from './query.ts';
import { IncidentStore } from './store.ts';
import { randomIncidents, testBorder } from './test/random-incidents.ts';

const border = testBorder();
// Summaries read "Synthetic incident i with word{i % 13} and token{i % 7} for search.".
const incidents = randomIncidents(400, 11);
const ids = (list: readonly { properties: { id: string } }[]) => list.map((i) => i.properties.id);

/** Every prefix of `text`, as typed one key at a time. */
const typed = (text: string) => Array.from(text, (_, k) => text.slice(0, k + 1));
/** Every shorter prefix of `text`, as deleted one key at a time. */
const deleted = (text: string) => typed(text).reverse().slice(1);

function expectEachStep(store: IncidentStore, steps: string[]): void {
  for (const search of steps) {
    const f = { ...defaultFilters(), search };
    const reference = ids(applyFilters(incidents, f));
    expect(ids(runQuery(store, f).filtered), JSON.stringify(search)).toEqual(reference);
  }
}

describe('search while typing', () => {
  it('answers each key of one word, then of more words, then deleting them', () => {
    const store = new IncidentStore({ incidents, border });
    expectEachStep(store, [...typed('token3 word1'), ...deleted('token3 word1')]);
  });

  it('narrows a word into a longer one, and a part of a word into a new word', () => {
    const store = new IncidentStore({ incidents, border });
    // "word1" also holds word10–12; "word12" only one of them; "ord" lies inside "word".
    expectEachStep(store, ['word1', 'word12', 'ord', 'ord token', 'word token5', 'token5 word', 'token5']);
  });

  it('keeps words that every row holds, and words that no row holds', () => {
    const store = new IncidentStore({ incidents, border });
    expectEachStep(store, [
      ...typed('synthetic incident search'),
      'synthetic incident searches',
      'synthetic incident search',
      'search t',
      'search to',
      'zzz',
      'zzz search',
      'search',
    ]);
  });

  it('keeps each store’s last answer to itself', () => {
    const half = new IncidentStore({ incidents: incidents.slice(0, 200), border });
    const whole = new IncidentStore({ incidents, border });
    const f = (search: string) => ({ ...defaultFilters(), search });
    expect(runQuery(half, f('token2')).filtered.length).toBeGreaterThan(0);
    // "token2" on the whole set must not be read from the half set's answer.
    expect(ids(runQuery(whole, f('token2 word')).filtered)).toEqual(
      ids(applyFilters(incidents, f('token2 word'))),
    );
    expect(ids(runQuery(half, f('token2 word')).filtered)).toEqual(
      ids(applyFilters(incidents.slice(0, 200), f('token2 word'))),
    );
  });

  it('answers a search beside other filters the same whichever changes', () => {
    const store = new IncidentStore({ incidents, border });
    const steps = [
      { search: 'token4', types: ['shelling' as const] },
      { search: 'token4', types: [] },
      { search: 'token4 word', types: ['talks' as const] },
      { search: 'token4 word', types: [] },
    ];
    for (const step of steps) {
      const f = { ...defaultFilters(), ...step };
      expect(ids(runQuery(store, f).filtered)).toEqual(ids(applyFilters(incidents, f)));
    }
  });
});
