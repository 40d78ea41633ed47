import { describe, expect, it } from 'vitest';
import { lazyArray } from './lazy-array.ts';

/** A lazy array of `n` items ({ i }) that records each index it was asked to make. */
function recorded(n: number) {
  const made: number[] = [];
  const items = lazyArray(n, (i) => (made.push(i), { i }));
  return { items, made };
}

describe('lazyArray', () => {
  it('makes an item only when first read, once, and keeps the same object', () => {
    const { items, made } = recorded(1000);
    expect(items.length).toBe(1000);
    expect(made).toEqual([]);
    const first = items[700];
    expect(first).toEqual({ i: 700 });
    expect(items[700]).toBe(first);
    expect(made).toEqual([700]);
  });

  it('behaves as the array it stands for under loops, methods, spreads and JSON', () => {
    const { items } = recorded(5);
    const plain = [0, 1, 2, 3, 4].map((i) => ({ i }));
    expect([...items]).toEqual(plain);
    expect(items.map((x) => x.i * 2)).toEqual([0, 2, 4, 6, 8]);
    expect(items.filter((x) => x.i % 2)).toEqual([{ i: 1 }, { i: 3 }]);
    expect(items.slice(3)).toEqual([{ i: 3 }, { i: 4 }]);
    expect(JSON.stringify(items)).toBe(JSON.stringify(plain));
    expect(Object.keys(items)).toEqual(['0', '1', '2', '3', '4']);
    expect(Array.isArray(items)).toBe(true);
    expect(items).toEqual(plain);
    let sum = 0;
    for (const x of items) sum += x.i;
    expect(sum).toBe(10);
  });

  it('reads no further than a search needs', () => {
    const { items, made } = recorded(100);
    expect(items.find((x) => x.i === 2)).toEqual({ i: 2 });
    expect(made).toEqual([0, 1, 2]);
    expect(2 in items && 99 in items && !(100 in items)).toBe(true);
    expect(made).toEqual([0, 1, 2]);
  });

  it('takes only whole indexes below the length as items', () => {
    const { items, made } = recorded(3);
    const loose = items as unknown as Record<string, unknown>;
    expect([loose['01'], loose['-1'], loose['1.5'], loose['3']]).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
    expect(made).toEqual([]);
  });

  it('refuses writes: the incidents are read-only', () => {
    const { items } = recorded(3);
    expect(() => ((items as { i: number }[])[0] = { i: 9 })).toThrow(TypeError);
    expect(() => (items as { i: number }[]).push({ i: 9 })).toThrow(TypeError);
    expect(items.length).toBe(3);
  });
});
