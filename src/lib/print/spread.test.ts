import { describe, expect, it } from 'vitest';
import { spreadOut } from './spread.ts';

const closest = (ps: { x: number; y: number }[]) => {
  let min = Infinity;
  for (let i = 0; i < ps.length; i++)
    for (let j = i + 1; j < ps.length; j++)
      min = Math.min(min, Math.hypot(ps[i]!.x - ps[j]!.x, ps[i]!.y - ps[j]!.y));
  return min;
};

describe('spreadOut', () => {
  it('leaves symbols that do not overlap where they are', () => {
    const out = spreadOut(
      [
        { x: 0, y: 0 },
        { x: 100, y: 0 },
      ],
      16,
    );
    expect(out.map((p) => [p.x, p.y, p.moved])).toEqual([
      [0, 0, false],
      [100, 0, false],
    ]);
  });
  it('spreads symbols on one spot (four at Paktika) at least a gap apart, around that spot', () => {
    const out = spreadOut(
      Array.from({ length: 4 }, () => ({ x: 50, y: 50 })),
      16,
    );
    expect(out.every((p) => p.moved)).toBe(true);
    expect(closest(out)).toBeGreaterThanOrEqual(16 - 1e-9);
    // On a ring around the spot: 16 / (2 sin 45°) = 11.31 px from it.
    for (const p of out) expect(Math.hypot(p.x - 50, p.y - 50)).toBeCloseTo(11.31, 2);
  });
  it('spreads a crowd of twelve without overlaps, numbers facing outward', () => {
    const out = spreadOut(
      Array.from({ length: 12 }, (_, i) => ({ x: 200 + i, y: 200 })),
      16,
    );
    expect(closest(out)).toBeGreaterThanOrEqual(16 * 0.99);
    // Numbers face away from the crowd: those well left of its centre read to their left.
    const centre = 205.5;
    for (const p of out) if (p.x < centre - 10) expect(p.side).toBe('right');
    for (const p of out) if (p.x > centre + 10) expect(p.side).toBe('left');
  });
});
