/** Sorting rows by the store's columns gives the same order as sorting the incidents themselves. */
import { describe, expect, it } from 'vitest';
import { sortIncidents, sortRows, type SortKey } from './sort.ts';
import { IncidentStore } from './store.ts';
import { computeColumns } from './store-columns.ts';
import { lazyArray } from './lazy-array.ts';
import { randomIncidents, testBorder } from './test/random-incidents.ts';
import { INCIDENT_TYPES } from '../data/incidents.ts';
import { speaking } from '../i18n/test/speaking.ts';

const border = testBorder();
const incidents = randomIncidents(500, 11);
const store = new IncidentStore({ incidents, border });
const rows = incidents.map((_, i) => i).filter((i) => i % 3 !== 0);

describe('sortRows', () => {
  for (const key of ['date', 'type', 'place', 'casualties', 'border'] as SortKey[]) {
    for (const dir of ['asc', 'desc'] as const) {
      it(`sorts by ${key} ${dir} as sortIncidents does`, () => {
        const km = (i: (typeof incidents)[number]) => {
          const r = store.rowOf.get(i.properties.id)!;
          return Number.isNaN(store.kmMin[r]!) ? undefined : store.kmMin[r]!;
        };
        const expected = sortIncidents(
          rows.map((r) => incidents[r]!),
          key,
          dir,
          km,
        ).map((i) => i.properties.id);
        expect(sortRows(store, rows, key, dir).map((r) => incidents[r]!.properties.id)).toEqual(expected);
      });
    }
  }

  it('sorts by every key without reading an incident', () => {
    let reads = 0;
    const counting = lazyArray(incidents.length, (row) => (reads++, incidents[row]!));
    const lazy = new IncidentStore({ incidents: counting, border }, computeColumns({ incidents, border }));
    for (const key of ['date', 'type', 'place', 'casualties', 'border'] as SortKey[]) {
      expect(sortRows(lazy, rows, key, 'asc')).toEqual(sortRows(store, rows, key, 'asc'));
    }
    expect(reads).toBe(0);
  });

  it('orders incidents of one day by id as localeCompare does, before 1970 too', () => {
    // Ids whose collator order is neither their row order nor their code-unit order.
    const ids = ['b-2', 'B-10', 'a10', 'a9', 'A-1', 'b-10', 'a-2', 'Z', 'a'];
    const days = ['1965-03-01', '2024-05-06', '2024-05-06', '1965-03-01'];
    const same = randomIncidents(ids.length * 2, 5).map((incident, k) => ({
      ...incident,
      properties: {
        ...incident.properties,
        id: `${ids[k % ids.length]}${k < ids.length ? '' : '-x'}`,
        date: days[k % days.length]!,
        date_precision: 'day' as const,
        end_date: undefined,
      },
    }));
    const tied = new IncidentStore({ incidents: same, border });
    const all = same.map((_, row) => row);
    for (const dir of ['asc', 'desc'] as const) {
      const expected = sortIncidents(same, 'date', dir).map((i) => i.properties.id);
      expect(sortRows(tied, all, 'date', dir).map((r) => same[r]!.properties.id)).toEqual(expected);
      const byType = sortIncidents(same, 'type', dir).map((i) => i.properties.id);
      expect(sortRows(tied, all, 'type', dir, 'en').map((r) => same[r]!.properties.id)).toEqual(byType);
    }
    // The day of 1965 first, its ids in the collator's order (case and hyphens weigh little).
    const first = sortRows(tied, all, 'date', 'asc').slice(0, 4);
    expect(first.map((r) => same[r]!.properties.id)).toEqual(['a', 'A-1', 'a-2-x', 'a10-x']);
  });

  it('sorts a later filter of the same store from the order kept for it', () => {
    const first = sortRows(store, rows, 'place', 'desc');
    const others = incidents.map((_, i) => i).filter((i) => i % 5 === 1);
    const expected = sortIncidents(
      others.map((r) => incidents[r]!),
      'place',
      'desc',
    ).map((i) => i.properties.id);
    expect(sortRows(store, others, 'place', 'desc').map((r) => incidents[r]!.properties.id)).toEqual(
      expected,
    );
    expect(first.length).toBe(rows.length);
    expect(sortRows(store, [], 'place', 'desc')).toEqual([]);
  });

  it("sorts types by their names in the reader's language, again after a switch", () => {
    const namesIn = (locale: 'en' | 'fa-AF') =>
      speaking(locale, () =>
        sortRows(store, rows, 'type', 'asc', locale).map(
          (r) => INCIDENT_TYPES[incidents[r]!.properties.type],
        ),
      );
    const inOrder = (names: string[], locale: string) =>
      names.every((name, k) => k === 0 || new Intl.Collator(locale).compare(names[k - 1]!, name) <= 0);
    const dari = namesIn('fa-AF');
    expect(inOrder(dari, 'fa-AF')).toBe(true);
    expect(dari[0]).toMatch(/^[\u0600-\u06ff]/);
    const english = namesIn('en');
    // Kept from the Dari sort, the order would not be English alphabetical.
    expect(inOrder(english, 'en')).toBe(true);
  });
});
