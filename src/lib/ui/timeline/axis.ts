/**
 * The timeline's axis, without the drawing: where a day sits across the plot and which day lies
 * under the pointer, and what a key does to a handle. Time runs in the reading direction: left to
 * right in English, right to left in Dari, Pashto and Urdu, where the axis is the left-to-right one
 * seen in a mirror (x' = width − x) and the pointer is measured from the plot's right edge.
 */
import { addDays } from '../../domain/dates.ts';
import { dateAt, positionOf, type BinUnit } from '../../domain/timeline.ts';

export type Direction = 'ltr' | 'rtl';

export interface Axis {
  /** First and last day shown (inclusive). */
  span: readonly [string, string];
  /** Width of the plot in px, and the margin kept empty at either end. */
  width: number;
  pad: number;
  dir: Direction;
}

/** How far along the axis a day begins, in px from the edge where time starts (0..width). */
export function offsetOfDay(axis: Axis, day: string): number {
  const { span, width, pad } = axis;
  return pad + positionOf(span[0], addDays(span[1], 1), day) * (width - 2 * pad);
}

/** The day at a distance (px) from the edge where time starts. */
export function dayAtOffset(axis: Axis, offset: number): string {
  const { span, width, pad } = axis;
  return dateAt(span[0], span[1], (offset - pad) / (width - 2 * pad));
}

/** Drawing x (from the plot's left edge) where a day begins: its right-hand side in RTL. */
export function xOfDay(axis: Axis, day: string): number {
  const offset = offsetOfDay(axis, day);
  return axis.dir === 'rtl' ? axis.width - offset : offset;
}

/** The day at a drawing x (from the plot's left edge). */
export function dayAtX(axis: Axis, x: number): string {
  return dayAtOffset(axis, axis.dir === 'rtl' ? axis.width - x : x);
}

/** A pointer's distance from the edge where time starts: the left edge, or the right in RTL. */
export function pointerOffset(
  clientX: number,
  rect: { left: number; right: number },
  dir: Direction,
): number {
  return dir === 'rtl' ? rect.right - clientX : clientX - rect.left;
}

/**
 * The rectangle drawing the days `first`..`last` (inclusive): `gap` px left off its later end
 * (between bars), at least `min` px wide. In RTL it is the left-to-right one mirrored.
 */
export function band(
  axis: Axis,
  first: string,
  last: string,
  gap = 0,
  min = 0,
): { x: number; width: number } {
  const start = offsetOfDay(axis, first);
  const width = Math.max(min, offsetOfDay(axis, addDays(last, 1)) - start - gap);
  return { x: axis.dir === 'rtl' ? axis.width - start - width : start, width };
}

/** What a key does to a handle: move it by some days (+ later), or to the first or last day. */
export type KeyMove = { by: number } | { to: 'first' | 'last' };

/**
 * The move a key asks of a slider handle. The arrows follow the eye: → is later in English and
 * earlier in right-to-left languages (← later); ↑ is always later, ↓ earlier. Home and End go to
 * the first and last day, PageUp and PageDown 30 days later and earlier, in either direction.
 * A step is a day for weekly bars, a week for monthly bars, 30 days with Shift.
 */
export function keyMove(key: string, dir: Direction, unit: BinUnit, shift = false): KeyMove | undefined {
  const step = shift ? 30 : unit === 'week' ? 1 : 7;
  const later = dir === 'rtl' ? 'ArrowLeft' : 'ArrowRight';
  const earlier = dir === 'rtl' ? 'ArrowRight' : 'ArrowLeft';
  switch (key) {
    case later:
    case 'ArrowUp':
      return { by: step };
    case earlier:
    case 'ArrowDown':
      return { by: -step };
    case 'PageUp':
      return { by: 30 };
    case 'PageDown':
      return { by: -30 };
    case 'Home':
      return { to: 'first' };
    case 'End':
      return { to: 'last' };
    default:
      return undefined;
  }
}
