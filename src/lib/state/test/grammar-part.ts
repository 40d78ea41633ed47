/** One generated `key=value` part of a fragment, and the keys a fragment may hold. */
import type { Rng } from './grammar-values.ts';

export const KEYS = [
  'map',
  'from',
  'to',
  'type',
  'actor',
  'side',
  'prec',
  'q',
  'buf',
  'near',
  'sel',
  'layers',
  'base',
  'measure',
  'play',
  'shade',
] as const;
export type Key = (typeof KEYS)[number];

export interface Part {
  key: Key;
  /** What follows `key=`; null: the bare key, without `=`. */
  raw: string | null;
  near: boolean;
  /** The grammar production, named in violations. */
  tag: string;
  /** The key's decoded field; undefined: it keeps its default. */
  value?: unknown;
  /** The value is not pinned (a known codec bug); limits and notices are still checked. */
  loose?: boolean;
  /** How many notices naming the key this part must cause. */
  notes: number;
}

export type Gen = (r: Rng, near: boolean) => Part;
export const part = (
  key: Key,
  raw: string | null,
  near: boolean,
  tag: string,
  rest: Partial<Part> = {},
): Part => ({
  key,
  raw,
  near,
  tag,
  notes: 0,
  ...rest,
});
