import { describe, expect, it } from 'vitest';
import { band, dayAtOffset, dayAtX, keyMove, offsetOfDay, pointerOffset, xOfDay, type Axis } from './axis.ts';

// Ten days, 1–10 January, across 100 px with no margin: each day is 10 px wide.
const SPAN = ['2025-01-01', '2025-01-10'] as const;
const ltr: Axis = { span: SPAN, width: 100, pad: 0, dir: 'ltr' };
const rtl: Axis = { ...ltr, dir: 'rtl' };

describe('day to x', () => {
  it('puts the first day at the left edge in LTR and at the right edge in RTL', () => {
    expect(xOfDay(ltr, '2025-01-01')).toBeCloseTo(0);
    expect(xOfDay(rtl, '2025-01-01')).toBeCloseTo(100);
  });

  it('mirrors every day: x in RTL is 100 − x in LTR', () => {
    expect(xOfDay(ltr, '2025-01-06')).toBeCloseTo(50);
    expect(xOfDay(rtl, '2025-01-06')).toBeCloseTo(50);
    expect(xOfDay(ltr, '2025-01-10')).toBeCloseTo(90);
    expect(xOfDay(rtl, '2025-01-10')).toBeCloseTo(10);
    // The end of the last day: the right edge in LTR, the left edge in RTL.
    expect(xOfDay(ltr, '2025-01-11')).toBeCloseTo(100);
    expect(xOfDay(rtl, '2025-01-11')).toBeCloseTo(0);
  });

  it('keeps the margin at both ends', () => {
    const padded: Axis = { span: SPAN, width: 120, pad: 10, dir: 'ltr' };
    expect(xOfDay(padded, '2025-01-01')).toBeCloseTo(10);
    expect(xOfDay({ ...padded, dir: 'rtl' }, '2025-01-01')).toBeCloseTo(110);
    expect(xOfDay({ ...padded, dir: 'rtl' }, '2025-01-11')).toBeCloseTo(10);
    // The offset from the start edge does not depend on the direction.
    expect(offsetOfDay({ ...padded, dir: 'rtl' }, '2025-01-06')).toBeCloseTo(60);
  });
});

describe('x to day', () => {
  it('reads the day from the start edge: the left in LTR, the right in RTL', () => {
    expect(dayAtX(ltr, 0)).toBe('2025-01-01');
    expect(dayAtX(ltr, 100)).toBe('2025-01-10');
    expect(dayAtX(rtl, 100)).toBe('2025-01-01');
    expect(dayAtX(rtl, 0)).toBe('2025-01-10');
    // 50 px along 9 day-steps is 4.5, rounded to 5: the 6th, in the middle either way.
    expect(dayAtX(ltr, 50)).toBe('2025-01-06');
    expect(dayAtX(rtl, 50)).toBe('2025-01-06');
    // 20 px from the left is 80 px from the right: 0.8 × 9 = 7.2 → the 8th.
    expect(dayAtX(rtl, 20)).toBe('2025-01-08');
    expect(dayAtX(ltr, 20)).toBe('2025-01-03');
  });

  it('clamps outside the plot', () => {
    expect(dayAtOffset(ltr, -30)).toBe('2025-01-01');
    expect(dayAtOffset(ltr, 130)).toBe('2025-01-10');
  });

  it('measures the pointer from the right edge in RTL', () => {
    const rect = { left: 200, right: 300 };
    expect(pointerOffset(230, rect, 'ltr')).toBe(30);
    expect(pointerOffset(230, rect, 'rtl')).toBe(70);
    // A pointer 20 px in from the right edge is on the 3rd in RTL and on the 8th in LTR.
    expect(dayAtOffset(rtl, pointerOffset(280, rect, 'rtl'))).toBe('2025-01-03');
    expect(dayAtOffset(ltr, pointerOffset(280, rect, 'ltr'))).toBe('2025-01-08');
  });
});

describe('band', () => {
  it('draws days 1–3 at the left in LTR and mirrored at the right in RTL', () => {
    // 30 px, less the 1 px gap between bars.
    expect(band(ltr, '2025-01-01', '2025-01-03', 1, 1)).toEqual({ x: 0, width: 29 });
    expect(band(rtl, '2025-01-01', '2025-01-03', 1, 1)).toEqual({ x: 71, width: 29 });
    expect(band(ltr, '2025-01-09', '2025-01-10')).toEqual({ x: 80, width: 20 });
    expect(band(rtl, '2025-01-09', '2025-01-10')).toEqual({ x: 0, width: 20 });
  });

  it('keeps its least width, still mirrored', () => {
    const narrow: Axis = { span: SPAN, width: 10, pad: 0, dir: 'ltr' };
    expect(band(narrow, '2025-01-01', '2025-01-01', 1, 1)).toEqual({ x: 0, width: 1 });
    expect(band({ ...narrow, dir: 'rtl' }, '2025-01-01', '2025-01-01', 1, 1)).toEqual({ x: 9, width: 1 });
    expect(band({ ...narrow, dir: 'rtl' }, '2025-01-01', '2025-01-01', 0, 2)).toEqual({ x: 8, width: 2 });
  });
});

describe('keys on a handle', () => {
  it('moves the way the arrow points: → later in LTR, ← later in RTL', () => {
    expect(keyMove('ArrowRight', 'ltr', 'week')).toEqual({ by: 1 });
    expect(keyMove('ArrowLeft', 'ltr', 'week')).toEqual({ by: -1 });
    expect(keyMove('ArrowLeft', 'rtl', 'week')).toEqual({ by: 1 });
    expect(keyMove('ArrowRight', 'rtl', 'week')).toEqual({ by: -1 });
  });

  it('keeps ↑ later and ↓ earlier in both directions', () => {
    for (const dir of ['ltr', 'rtl'] as const) {
      expect(keyMove('ArrowUp', dir, 'week')).toEqual({ by: 1 });
      expect(keyMove('ArrowDown', dir, 'week')).toEqual({ by: -1 });
    }
  });

  it('steps a week for monthly bars and 30 days with Shift', () => {
    expect(keyMove('ArrowLeft', 'rtl', 'month')).toEqual({ by: 7 });
    expect(keyMove('ArrowRight', 'ltr', 'month')).toEqual({ by: 7 });
    expect(keyMove('ArrowLeft', 'rtl', 'week', true)).toEqual({ by: 30 });
    expect(keyMove('ArrowLeft', 'ltr', 'month', true)).toEqual({ by: -30 });
  });

  it('keeps Home, End, PageUp and PageDown in time order in both directions', () => {
    for (const dir of ['ltr', 'rtl'] as const) {
      expect(keyMove('Home', dir, 'week')).toEqual({ to: 'first' });
      expect(keyMove('End', dir, 'week')).toEqual({ to: 'last' });
      expect(keyMove('PageUp', dir, 'month')).toEqual({ by: 30 });
      expect(keyMove('PageDown', dir, 'month')).toEqual({ by: -30 });
    }
  });

  it('leaves other keys alone', () => {
    expect(keyMove('Tab', 'rtl', 'week')).toBeUndefined();
    expect(keyMove('a', 'ltr', 'week')).toBeUndefined();
  });
});
