import { describe, expect, it } from 'vitest';
import { incident } from '../domain/test/make-incident.ts';
import { combine, newDataset, nextColour, takenIds, withoutTakenIds, type Dataset } from './datasets.ts';

const dataset = (key: string, ids: string[], over: Partial<Dataset> = {}): Dataset => ({
  key,
  name: `${key}.csv`,
  format: 'csv',
  importedAt: '2026-01-01T00:00:00Z',
  rows: ids.length,
  problems: [],
  colour: 0,
  visible: true,
  incidents: ids.map((id) => incident({ id })),
  ...over,
});

describe('datasets beside the bundled data', () => {
  const bundled = [incident({ id: 'b1' }), incident({ id: 'b2' })];

  it('joins the bundled rows first, then each visible dataset, with its ring colour', () => {
    const sets = [
      dataset('one', ['x1'], { colour: 1 }),
      dataset('two', ['y1'], { visible: false }),
      dataset('three', ['z1', 'z2'], { colour: 3 }),
    ];
    const { incidents, colours } = combine(bundled, sets);
    expect(incidents.map((i) => i.properties.id)).toEqual(['b1', 'b2', 'x1', 'z1', 'z2']);
    expect(colours).toEqual([-1, -1, 1, 3, 3]);
  });

  it('leaves out a record whose id is taken, naming who holds it', () => {
    const taken = takenIds(
      bundled.map((i) => i.properties.id),
      [dataset('one', ['x1'])],
    );
    const { kept, problems } = withoutTakenIds(
      [incident({ id: 'b2' }), incident({ id: 'x1' }), incident({ id: 'new' })],
      taken,
    );
    expect(kept.map((i) => i.properties.id)).toEqual(['new']);
    expect(problems.map((p) => p.message)).toEqual([
      'id "b2" is already used in the bundled data',
      'id "x1" is already used in “one.csv”',
    ]);
  });

  it('gives each new dataset a colour no other uses', () => {
    expect(nextColour([])).toBe(0);
    expect(nextColour([dataset('a', [], { colour: 0 }), dataset('b', [], { colour: 2 })])).toBe(1);
  });

  it('makes a new dataset visible, in the first free colour, under a key of its own', () => {
    const others = [dataset('a', [], { colour: 0 })];
    const fields = { name: 'b.csv', format: 'csv' as const, rows: 1, problems: [], incidents: [] };
    const made = newDataset(others, fields);
    expect(made).toMatchObject({ name: 'b.csv', colour: 1, visible: true });
    expect(made.key).toMatch(/^ds-[0-9a-z]+$/);
    expect(newDataset(others, fields).key).not.toBe(made.key);
    expect(Date.parse(made.importedAt)).not.toBeNaN();
    // A shared dataset keeps the time it was first imported.
    expect(newDataset(others, { ...fields, importedAt: '2025-10-12T08:00:00.000Z' }).importedAt).toBe(
      '2025-10-12T08:00:00.000Z',
    );
  });
});
