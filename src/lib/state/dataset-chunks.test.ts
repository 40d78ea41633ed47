/**
 * Cutting a dataset into chunks (three incidents a chunk here): a change writes only the chunks
 * it touches, an incident stays in its chunk, and the chunks one after another are the dataset.
 */
import { describe, expect, it } from 'vitest';
import { incident } from '../domain/test/make-incident.ts';
import { planChunks, sameData, type Chunk } from './dataset-chunks.ts';

const one = (id: string) => incident({ id });
const ids = (chunks: readonly Chunk[]) => chunks.map((c) => [c.no, c.incidents.map((i) => i.properties.id)]);
const numbers = (chunks: readonly Chunk[]) => chunks.map((c) => c.no);

// Seven incidents saved as chunks 0 [a b c], 1 [d e f], 2 [g].
const [a, b, c, d, e, f, g] = [one('a'), one('b'), one('c'), one('d'), one('e'), one('f'), one('g')];
const saved: Chunk[] = [
  { no: 0, incidents: [a, b, c] },
  { no: 1, incidents: [d, e, f] },
  { no: 2, incidents: [g] },
];

describe('chunks of a dataset', () => {
  it('cuts a dataset not kept in chunks yet into runs, all written', () => {
    const plan = planChunks([], [a, b, c, d, e, f, g], 3);
    expect(ids(plan.chunks)).toEqual([
      [0, ['a', 'b', 'c']],
      [1, ['d', 'e', 'f']],
      [2, ['g']],
    ]);
    expect(numbers(plan.put)).toEqual([0, 1, 2]);
    expect(plan.gone).toEqual([]);
  });

  it('writes nothing when nothing changed, even for copies read back from storage', () => {
    expect(numbers(planChunks(saved, [a, b, c, d, e, f, g], 3).put)).toEqual([]);
    const copies = [a, b, c, d, e, f, g].map((i) => structuredClone(i));
    expect(numbers(planChunks(saved, copies, 3).put)).toEqual([]);
  });

  it('writes only the chunk of an incident replaced in place', () => {
    const edited = incident({ id: 'e', summary: 'Corrected: the strike hit a market.' });
    const plan = planChunks(saved, [a, b, c, d, edited, f, g], 3);
    expect(numbers(plan.put)).toEqual([1]);
    expect(plan.put[0]?.incidents[1]).toBe(edited);
  });

  it('writes the chunk an edit left and the last, where the atlas puts the edited incident', () => {
    const edited = incident({ id: 'b', summary: 'Corrected.' });
    const plan = planChunks(saved, [a, c, d, e, f, g, edited], 3);
    expect(ids(plan.chunks)).toEqual([
      [0, ['a', 'c']],
      [1, ['d', 'e', 'f']],
      [2, ['g', 'b']],
    ]);
    expect(numbers(plan.put)).toEqual([0, 2]);
  });

  it('leaves a gap where an incident was deleted, without moving later ones', () => {
    const plan = planChunks(saved, [a, b, c, d, f, g], 3);
    expect(ids(plan.chunks)).toEqual([
      [0, ['a', 'b', 'c']],
      [1, ['d', 'f']],
      [2, ['g']],
    ]);
    expect(numbers(plan.put)).toEqual([1]);
  });

  it('drops a chunk left empty', () => {
    const plan = planChunks(saved, [a, b, c, g], 3);
    expect(numbers(plan.chunks)).toEqual([0, 2]);
    expect(numbers(plan.put)).toEqual([]);
    expect(plan.gone).toEqual([1]);
  });

  it('adds a new incident to the last chunk, and starts a new chunk once that is full', () => {
    const [h, i, j] = [one('h'), one('i'), one('j')];
    const plan = planChunks(saved, [a, b, c, d, e, f, g, h, i, j], 3);
    expect(ids(plan.chunks)).toEqual([
      [0, ['a', 'b', 'c']],
      [1, ['d', 'e', 'f']],
      [2, ['g', 'h', 'i']],
      [3, ['j']],
    ]);
    expect(numbers(plan.put)).toEqual([2, 3]);
    const full: Chunk[] = [saved[0]!, saved[1]!];
    expect(numbers(planChunks(full, [a, b, c, d, e, f, h], 3).put)).toEqual([2]);
  });

  it('keeps any order given, moving incidents only where the order asks', () => {
    const reversed = [g, f, e, d, c, b, a];
    const plan = planChunks(saved, reversed, 3);
    expect(plan.chunks.flatMap((ch) => ch.incidents.map((i) => i.properties.id))).toEqual([
      'g',
      'f',
      'e',
      'd',
      'c',
      'b',
      'a',
    ]);
    expect(ids(plan.chunks)).toEqual([
      [2, ['g', 'f', 'e']],
      [3, ['d', 'c', 'b']],
      [4, ['a']],
    ]);
    expect(plan.gone).toEqual([0, 1]);
  });
});

describe('the same data', () => {
  it('compares field by field, arrays in order', () => {
    expect(sameData({ a: [1, { b: 'x' }] }, { a: [1, { b: 'x' }] })).toBe(true);
    expect(sameData({ a: [1, 2] }, { a: [2, 1] })).toBe(false);
    expect(sameData({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(sameData({ a: null }, { a: {} })).toBe(false);
    expect(sameData([], {})).toBe(false);
  });
});
