import { describe, expect, it } from 'vitest';
import type { Source } from '../data/schema.ts';
import { citedSources, joinCitedSources } from './cited-sources.ts';
import { computeColumns } from './store-columns.ts';
import { joinColumns } from './column-join.ts';
import { incident } from './test/make-incident.ts';

const article = (id: string, date: string, outlet = 'Dawn'): Source => ({ id, outlet, headline: id, date });
const dawn = article('dawn-1', '2025-10-12');
const tolo = article('tolo-1', '2025-10-15', 'TOLOnews');
const bbc = article('bbc-1', '2025-10-12', 'BBC');
const older = article('old-1', '2024-03');

const bundled = [incident({ id: 'a', sources: [dawn, older] }), incident({ id: 'b', sources: [tolo, dawn] })];
const imported = [incident({ id: 'c', sources: [bbc, tolo] }, null)];

describe('citedSources / joinCitedSources', () => {
  it('lists each article once, newest first, same-day articles by outlet', () => {
    expect(citedSources(bundled).map((s) => s.id)).toEqual(['tolo-1', 'dawn-1', 'old-1']);
    expect(citedSources([...bundled, ...imported]).map((s) => s.id)).toEqual([
      'tolo-1',
      'bbc-1',
      'dawn-1',
      'old-1',
    ]);
  });

  it('joins two sets’ lists as one list of all their incidents', () => {
    const joined = joinCitedSources([citedSources(bundled), citedSources(imported)]);
    expect(joined.map((s) => s.id)).toEqual(['tolo-1', 'bbc-1', 'dawn-1', 'old-1']);
    // The later copy of an id wins, in both.
    const renamed = { ...dawn, headline: 'as the import gives it' };
    const again = [incident({ id: 'd', sources: [renamed] })];
    expect(joinCitedSources([citedSources(bundled), citedSources(again)])[1]).toEqual(renamed);
    expect(citedSources([...bundled, ...again])[1]).toEqual(renamed);
  });

  it('is a store column: computed with a set, joined only when read', () => {
    const one = computeColumns({ incidents: bundled });
    const two = computeColumns({ incidents: imported });
    expect(one.sources.map((s) => s.id)).toEqual(['tolo-1', 'dawn-1', 'old-1']);
    const joined = joinColumns([one, two], [...bundled, ...imported]);
    expect(Object.getOwnPropertyDescriptor(joined, 'sources')?.get).toBeTypeOf('function');
    expect(joined.sources.map((s) => s.id)).toEqual(['tolo-1', 'bbc-1', 'dawn-1', 'old-1']);
  });
});
