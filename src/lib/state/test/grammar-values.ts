/**
 * Seeded building blocks for URL-fragment test cases: numbers, days, texts and incident ids, each
 * either valid (inside every limit, often at an edge) or near-valid (one step outside), written as
 * they may appear in a link. Every value comes with what it stands for, so tests need no decoder.
 */
import { mulberry32 } from '../../geo/random.ts';

/** The limits a link's values must keep to, as the codec's notices state them. */
export const LIMITS = {
  zoom: [0, 22],
  lat: [-85, 85],
  lng: [-180, 180],
  bearing: [-180, 180],
  pitch: [0, 85],
  pointLat: [-90, 90],
  buf: [1, 200],
  km: [1, 1000],
} as const satisfies Record<string, readonly [number, number]>;

export interface Rng {
  (): number;
  /** An integer from lo to hi, both included. */
  int(lo: number, hi: number): number;
  chance(p: number): boolean;
  pick<T>(xs: readonly T[]): T;
  shuffle<T>(xs: readonly T[]): T[];
}

export function rng(seed: number): Rng {
  const next = mulberry32(seed);
  const r = (() => next()) as Rng;
  r.int = (lo, hi) => lo + Math.floor(next() * (hi - lo + 1));
  r.chance = (p) => next() < p;
  r.pick = (xs) => xs[Math.floor(next() * xs.length)]!;
  r.shuffle = (xs) => {
    const out = [...xs];
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [out[i], out[j]] = [out[j]!, out[i]!];
    }
    return out;
  };
  return r;
}

/** A value as written in a link, the grammar production it comes from, and what it stands for. */
export interface Written<T> {
  text: string;
  tag: string;
  value: T;
}

/** A decimal `-?\d+(\.\d+)?` from lo to hi: edges, zeros, leading zeros, 0 to 6 decimals. */
export function validNumber(r: Rng, [lo, hi]: readonly [number, number]): Written<number> {
  const roll = r();
  let text: string;
  if (roll < 0.15) text = String(r.pick([lo, hi]));
  else if (roll < 0.2) text = `${r.pick([lo, hi])}.${'0'.repeat(r.int(1, 3))}`;
  else if (roll < 0.25 && lo <= 0) text = r.pick(['0', '-0', '0.0', '-0.000']);
  else if (roll < 0.28) text = `0${r.int(Math.max(0, Math.ceil(lo)), Math.floor(hi))}`;
  else {
    text = (lo + r() * (hi - lo)).toFixed(r.int(0, 6));
    if (Number(text) < lo || Number(text) > hi) text = String(hi);
  }
  return { text, tag: 'valid', value: Number(text) };
}

/** Just past a limit, or not a number of the grammar at all (no separators: , ; / &). */
export function nearNumber(r: Rng, [lo, hi]: readonly [number, number]): Written<null> {
  const k = r.int(0, 4);
  const v = validNumber(r, [lo, hi]).text;
  const past: [string, string][] = [
    [(hi + 10 ** -k).toFixed(k), 'above-max'],
    [(lo - 10 ** -k).toFixed(k), 'below-min'],
  ];
  // One step past a limit half the time; the other half, not a number of the grammar.
  const [text, tag] = r.chance(0.5)
    ? r.pick(past)
    : r.pick<[string, string]>([
        [r.pick(['1000000000', '1e9', '-1000000000', '1e400', '9'.repeat(400)]), 'huge'],
        [r.pick(['NaN', 'Infinity', '-Infinity', 'null']), 'not-a-number'],
        ['', 'empty'],
        [r.pick([`+${v}`, `${v}.`, `.5`, `${v}e0`, '0x1F', `${v}km`, '٣', '１', `--${v}`]), 'malformed'],
        [v.replace(/\d/, (d) => `%3${d}`), 'percent-encoded'],
      ]);
  return { text, tag, value: null };
}

const leap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const daysIn = (y: number, m: number) =>
  [31, leap(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]!;
const pad2 = (n: number) => String(n).padStart(2, '0');

/** A real day, YYYY-MM-DD: leap days, month ends, or any day from 1990 to 2035. */
export function validDay(r: Rng): string {
  if (r.chance(0.2)) return r.pick(['2024-02-29', '2000-02-29', '1996-02-29', '2025-12-31', '2025-01-01']);
  const y = r.int(1990, 2035);
  const m = r.int(1, 12);
  return `${y}-${pad2(m)}-${pad2(r.int(1, daysIn(y, m)))}`;
}

/** Days that do not exist, and dates in other forms. */
export function nearDay(r: Rng): Written<null> {
  const y = r.int(1990, 2035);
  const m = r.int(1, 12);
  const [text, tag] = r.pick<[string, string]>([
    [r.pick(['2025-02-29', '1900-02-29', '2100-02-29', '2023-02-29']), 'not-a-leap-year'],
    [`${y}-${pad2(m)}-${pad2(daysIn(y, m) + 1)}`, 'day-past-month-end'],
    [r.pick([`${y}-13-01`, `${y}-00-10`, `${y}-${pad2(m)}-00`]), 'month-or-day-zero-or-13'],
    [r.pick([`${y}-${m}-1`, `${y % 100}-01-01`, `${y}${pad2(m)}01`, `${y}/${pad2(m)}/01`]), 'other-form'],
    [r.pick([`${y}-${pad2(m)}`, `${y}`]), 'month-or-year-only'],
    [r.pick([`${y}-${pad2(m)}-01T00:00`, `+${y}-${pad2(m)}-01`, `${y}-${pad2(m)}-01-`]), 'extra-characters'],
    ['', 'empty'],
    [`${y}-${pad2(m)}-0%E0%A4%A`, 'bad-percent-encoding'],
  ]);
  return { text, tag, value: null };
}

/** Percent-encode one character whatever it is (upper- or lower-case hex). */
export function pct(r: Rng, c: string): string {
  const e = encodeURIComponent(c);
  const out = e !== c ? e : `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`;
  return r.chance(0.2) ? out.toLowerCase() : out;
}

/** Percent-encode each character with probability p. */
export const pctSome = (r: Rng, s: string, p: number) =>
  [...s].map((c) => (r.chance(p) ? pct(r, c) : c)).join('');

// eslint-disable-next-line no-control-regex -- controls are what must be encoded
const UNSAFE = /[\s&%\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/u;

/** Write text into a link: separators in `must`, & % spaces and controls always encoded; others sometimes. */
export function writeText(r: Rng, s: string, must: string): string {
  let out = '';
  for (const c of s) {
    const wide = c.charCodeAt(0) > 0x7e;
    out += UNSAFE.test(c) || must.includes(c) || r.chance(wide ? 0.5 : 0.1) ? pct(r, c) : c;
  }
  return out;
}

const ALNUM = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
const PUNCT = [...' ,;&=#%/?+<>"\'()*!~@$[]-_.:'];
const WIDE = ['é', 'ā', 'ک', 'پ', '—', '‘', '😀', '北'];

/** Plain text of min to max UTF-16 units, no edge spaces, no controls. */
export function plainText(r: Rng, min: number, max: number): string {
  const n = r.int(min, max);
  let s = '';
  while (s.length < n) {
    const x = r();
    let c = x < 0.6 ? ALNUM[r.int(0, ALNUM.length - 1)]! : x < 0.85 ? r.pick(PUNCT) : r.pick(WIDE);
    if (s.length + c.length > n || ((s.length === 0 || s.length === n - 1) && c === ' ')) c = 'x';
    s += c;
  }
  return s;
}

/**
 * A text value as written: `value` is what the link means after the codec's documented clean-up
 * (controls become spaces, edges trimmed); null when it must be refused with a notice.
 * `loose`: the value is not pinned (a known codec bug keeps what it should not).
 */
export interface TextCase {
  raw: string;
  tag: string;
  value: string | null;
  loose?: boolean;
  notes: number;
}

const C0 = (r: Rng) => String.fromCharCode(r.chance(0.05) ? 0x7f : r.int(0, 31));
const C1 = (r: Rng) => String.fromCharCode(r.int(0x80, 0x9f));
const BIDI = (r: Rng) =>
  r.pick(['\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2069']);

/** Insert 1 to 3 characters from `make` into s; returns the text and the same with those as spaces. */
function insert(r: Rng, s: string, make: (r: Rng) => string): [string, string] {
  const chars = [...s];
  const shown = [...s];
  for (let k = r.int(1, 3); k > 0; k--) {
    const i = r.int(0, chars.length);
    chars.splice(i, 0, make(r));
    shown.splice(i, 0, ' ');
  }
  return [chars.join(''), shown.join('')];
}

export function textCase(r: Rng, must: string, near: boolean): TextCase {
  const length = () => (r.chance(0.1) ? 200 : r.chance(0.1) ? r.int(150, 200) : r.int(1, 20));
  if (!near) {
    if (r.chance(0.85)) {
      const s = plainText(r, 1, length());
      return { raw: writeText(r, s, must), tag: 'valid', value: s, notes: 0 };
    }
    // Padding counts towards the length limit (checked before trimming): at most 4 characters.
    const s = plainText(r, 1, Math.min(length(), 196));
    const edge = () => r.pick(['%20', '%20%20', '%09', '%0A']);
    return { raw: `${edge()}${writeText(r, s, must)}${edge()}`, tag: 'padded', value: s, notes: 0 };
  }
  const base = plainText(r, 1, 40);
  switch (r.int(0, 4)) {
    case 0: {
      const [s, shown] = insert(r, base, C0);
      return { raw: writeText(r, s, must), tag: 'c0-control', value: shown.trim(), notes: 0 };
    }
    case 1:
      return {
        raw: writeText(r, insert(r, base, C1)[0], must),
        tag: 'c1-control',
        value: null,
        loose: true,
        notes: 0,
      };
    case 2:
      return {
        raw: writeText(r, insert(r, base, BIDI)[0], must),
        tag: 'bidi',
        value: null,
        loose: true,
        notes: 0,
      };
    case 3:
      return { raw: writeText(r, plainText(r, 201, 260), must), tag: 'too-long', value: null, notes: 1 };
    default: {
      const bad = r.pick(['%E0%A4%A', '%', '%G1', '%ED%A0%80', '%C3', '%FF']);
      const raw = writeText(r, base, must);
      return { raw: `${raw}${bad}`, tag: 'bad-percent-encoding', value: null, notes: 1 };
    }
  }
}

const ID = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-';
const idOf = (r: Rng, n: number) =>
  ALNUM[r.int(0, ALNUM.length - 1)]! +
  Array.from({ length: n - 1 }, () => ID[r.int(0, ID.length - 1)]).join('');

/** An incident id `[a-z0-9][a-z0-9_-]{0,159}` (any case): 1 or 160 characters, or realistic. */
export function validId(r: Rng): string {
  if (r.chance(0.3)) return `${validDay(r)}-${r.pick(['kabul', 'kurram', 'chaman'])}-airstrike`;
  return idOf(r, r.chance(0.1) ? 160 : r.chance(0.1) ? 1 : r.int(2, 40));
}

export function nearId(r: Rng): Written<null> {
  const id = validId(r);
  const [s, tag] = r.pick<[string, string]>([
    [idOf(r, 161), 'too-long'],
    [`${r.pick(['-', '_'])}${id}`, 'bad-first-character'],
    [`${id}${r.pick(['.json', ' x', 'é', '/', '<b>', '\u0000', '\u202e'])}`, 'bad-character'],
    ['<script>alert(1)</script>', 'markup'],
    ['', 'empty'],
  ]);
  return { text: writeText(r, s, ''), tag, value: null };
}
