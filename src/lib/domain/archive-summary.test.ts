import { describe, expect, it } from 'vitest';
import type { ArchiveProps } from './archive.ts';
import { archiveCount, readSummary, SummaryBuilder } from './archive-summary.ts';
import { dayNumber } from './dates.ts';
import { defaultFilters, type Filters } from './filters.ts';

const incident = (t: string, sd: ArchiveProps['sd'], day: string, a = '|A|', last = day): ArchiveProps => ({
  id: `${t}-${day}`,
  s: dayNumber(day),
  e: dayNumber(last),
  t,
  sd,
  p: 'town',
  a,
  pl: 'x',
  dt: day,
  dp: 'day',
});
const zooms = { unplaced: 4, minZoom: 3, maxZoom: 12, completeFromZoom: 9, maxPerTile: 2000 };

function summaryOf(list: ArchiveProps[]) {
  const builder = new SummaryBuilder();
  list.forEach((p) => builder.add(p));
  return builder.finish(zooms);
}
const summary = summaryOf([
  incident('shelling', 'AFG', '2024-01-05', '|TTP|Pakistan Army|'),
  incident('shelling', 'AFG', '2024-01-20'),
  incident('shelling', 'PAK', '2024-02-01'),
  incident('airstrike', 'AFG', '2024-03-31', '|Pakistan Air Force|'),
  incident('protest', 'border', '2023-12-31', '|TTP|'),
  { ...incident('shelling', 'AFG', '2024-01-01', '|TTP|'), ag: 1 },
]);
const filters = (f: Partial<Filters>): Filters => ({ ...defaultFilters(), ...f });

describe('SummaryBuilder', () => {
  it('counts by type, side and month, and the actors', () => {
    expect(summary).toMatchObject({
      count: 5,
      aggregates: 1,
      unplaced: 4,
      first: dayNumber('2023-12-31'),
      last: dayNumber('2024-03-31'),
      types: ['airstrike', 'protest', 'shelling'],
      sides: ['AFG', 'PAK', 'border'],
      months: ['2023-12', '2024-01', '2024-02', '2024-03'],
      actors: [
        ['A', 2],
        ['TTP', 2],
        ['Pakistan Air Force', 1],
        ['Pakistan Army', 1],
      ],
      actorTotal: 4,
      completeFromZoom: 9,
    });
    // Shelling (2) on the Afghan side (0) from and to January 2024 (1, 1): two incidents.
    expect(summary.cube.join(',')).toContain('2,0,1,1,2');
    expect(summary.cube).toHaveLength(4 * 5);
  });
});

describe('archiveCount', () => {
  it('counts every incident with no filter, exactly', () => {
    expect(archiveCount(summary, filters({}))).toMatchObject({
      total: 5,
      matching: 5,
      approximate: false,
      uncounted: [],
    });
  });
  it('counts types and sides from the cube, with type facets that leave the type filter out', () => {
    const count = archiveCount(summary, filters({ types: ['shelling'], sides: ['AFG'] }));
    expect(count.matching).toBe(2);
    expect(Object.fromEntries(count.byType)).toEqual({ shelling: 2, airstrike: 1 });
  });
  it('counts whole months under a date filter and says it is approximate', () => {
    const count = archiveCount(summary, filters({ from: '2024-01-15', to: '2024-02-10' }));
    expect(count.matching).toBe(3); // both January incidents (one before the 15th) and February's
    expect(count.approximate).toBe(true);
  });
  it('names the filters it cannot count', () => {
    const count = archiveCount(summary, filters({ actors: ['TTP'], borderKm: 20 }));
    expect(count.matching).toBe(5);
    expect(count.uncounted).toEqual(['actors', 'borderKm']);
    expect(count.atMost).toBe(true);
  });
  it('counts an incident under every month its span overlaps', () => {
    const spanning = summaryOf([incident('shelling', 'PAK', '2024-02-20', '|A|', '2024-03-05')]);
    expect(archiveCount(spanning, filters({ from: '2024-03-01' })).matching).toBe(1);
    expect(archiveCount(spanning, filters({ to: '2024-02-01' })).matching).toBe(1);
    expect(archiveCount(spanning, filters({ from: '2024-04-01' })).matching).toBe(0);
  });
});

describe('readSummary', () => {
  const good = { durandAtlas: summary };
  it('takes a summary the tiles script wrote', () => {
    expect(readSummary(JSON.parse(JSON.stringify(good)))).toEqual(summary);
  });
  it.each([
    [null, 'its metadata has no Durand Atlas summary (made by another tool?)'],
    [{ name: 'x' }, 'its metadata has no Durand Atlas summary (made by another tool?)'],
    [
      { durandAtlas: { ...summary, version: 9 } },
      'its summary is durand-atlas-tiles 9, not durand-atlas-tiles 1',
    ],
    [
      { durandAtlas: { ...summary, count: '5' } },
      "its summary's “count” is not what it should be (integer ≥ 0)",
    ],
    [
      { durandAtlas: { ...summary, types: 'shelling' } },
      "its summary's “types” is not what it should be (string[])",
    ],
    [
      { durandAtlas: { ...summary, cube: [0, 0, 0] } },
      "its summary's “cube” is not what it should be (integer[5n])",
    ],
    [
      { durandAtlas: { ...summary, cube: [0, 9, 0, 0, 1] } },
      "its summary's cube cell 1 points past its lists",
    ],
    [{ durandAtlas: { ...summary, completeFromZoom: 999 } }, "its summary's zooms are out of order"],
    [
      { durandAtlas: { ...summary, actors: [['<b>x</b>', -1]] } },
      "its summary's “actors” is not what it should be ([string, integer][])",
    ],
  ])('refuses %j', (metadata, message) => {
    expect(readSummary(metadata)).toBe(message);
  });
});
