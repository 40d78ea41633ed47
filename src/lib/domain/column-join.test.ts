import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Incident } from '../data/incidents.ts';
import { joinColumns } from './column-join.ts';
import { lazyArray } from './lazy-array.ts';
import { computeColumns } from './store-columns.ts';
import { incident } from './test/make-incident.ts';
import { randomIncidents, testBorder } from './test/random-incidents.ts';

const bundled = JSON.parse(
  readFileSync(new URL('../../../geodata/incidents.geojson', import.meta.url), 'utf8'),
).features as Incident[];

describe('joinColumns', () => {
  it('renumbers actor, province and district codes into one dictionary, in order of first use', () => {
    const a = [incident({ id: 'a', actors: ['TTP'], admin1: 'Khost' })];
    const b = [
      incident({ id: 'b', actors: ['Kabul police', 'TTP'], admin1: 'Kabul', admin2: 'Paghman' }),
      incident({ id: 'c', actors: [], admin1: 'Khost' }),
    ];
    const joined = joinColumns(
      [computeColumns({ incidents: a }), computeColumns({ incidents: b })],
      [...a, ...b],
    );
    expect(joined.codes.actors).toEqual(['TTP', 'Kabul police']);
    expect(Array.from(joined.codes.actorStart)).toEqual([0, 1, 3, 3]);
    expect(Array.from(joined.codes.actorList)).toEqual([0, 1, 0]);
    expect(joined.codes.provinces).toEqual(['Khost', 'Kabul']);
    expect(Array.from(joined.codes.province)).toEqual([0, 1, 0]);
    expect(Array.from(joined.codes.district)).toEqual([-1, 0, -1]);
  });

  it('links a summary report to parts in another set', () => {
    const a = [incident({ id: 'part' })];
    const b = [incident({ id: 'sum', clarity: 'aggregate', parts: ['part'] }, null)];
    const joined = joinColumns(
      [computeColumns({ incidents: a }), computeColumns({ incidents: b })],
      [...a, ...b],
    );
    expect(joined.partsOf.get(1)).toEqual([0]);
    // Only the report itself is read: the bundled incidents can stay unparsed.
    const read: number[] = [];
    const lazy = lazyArray(2, (row) => (read.push(row), [...a, ...b][row]!));
    joinColumns([computeColumns({ incidents: a }), computeColumns({ incidents: b })], lazy);
    expect(read).toEqual([1]);
  });

  it('equals the columns of all the incidents measured together (bundled and seeded sets)', () => {
    const border = testBorder();
    const sets = [bundled.slice(0, 12), randomIncidents(300, 5), bundled.slice(12), randomIncidents(40, 9)];
    // Seeded sets reuse ids; give each set its own.
    const distinct = sets.map((set, s) =>
      set.map((i) => ({ ...i, properties: { ...i.properties, id: `${s}-${i.properties.id}` } }) as Incident),
    );
    const all = distinct.flat();
    const joined = joinColumns(
      distinct.map((incidents) => computeColumns({ incidents, border })),
      all,
    );
    const { warmSearch, ...rest } = joined;
    expect(warmSearch).toBeTypeOf('function');
    expect(rest).toEqual(computeColumns({ incidents: all, border }));
  });

  it("leaves a set's deferred search text unread until a search reads the joined one", async () => {
    const a = [incident({ id: 'a', location_name: 'Parachinar' })];
    const b = [incident({ id: 'b', location_name: 'Khost' })];
    const deferred = computeColumns({ incidents: a });
    const text = deferred.searchText;
    let reads = 0;
    let warmed = 0;
    Object.defineProperty(deferred, 'searchText', { get: () => (reads++, text) });
    deferred.warmSearch = async () => void warmed++;
    const joined = joinColumns([deferred, computeColumns({ incidents: b })], [...a, ...b]);
    await joined.warmSearch!();
    expect([reads, warmed]).toEqual([0, 1]);
    expect(joined.searchText).toContain('parachinar');
    expect(joined.searchText).toContain('khost');
    expect(reads).toBe(1);
  });
});
