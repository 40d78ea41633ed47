/**
 * Whole fragments from the per-key grammar: one key, or several in any order, with duplicated
 * keys, unknown keys, empty parts and overlong links; each with the view state and the notices
 * it must decode to. Seeded: the same seed gives the same corpus.
 */
import { defaultViewState, MAX_LINK_CHARS, type ViewState } from '../view-state.ts';
import { rng, type Rng } from './grammar-values.ts';
import { GRAMMAR, KEYS, type Key, type Part } from './key-grammar.ts';

export { KEYS, type Key, type Part };

/** A notice the decoder must give: for a key, for `from` after `to`, or for the whole link. */
export interface Note {
  key: Key | 'link';
  tag: string;
}

export interface Case {
  hash: string;
  /** The first occurrence of each key in the fragment (the one the codec reads). */
  parts: Part[];
  expected: ViewState;
  /** Keys whose value is not pinned (known codec bugs). */
  loose: Set<Key>;
  notes: Note[];
}

/** Each key's field of the view state. */
export const FIELD: Record<Key, (s: ViewState) => unknown> = {
  map: (s) => s.camera,
  from: (s) => s.filters.from,
  to: (s) => s.filters.to,
  type: (s) => s.filters.types,
  actor: (s) => s.filters.actors,
  side: (s) => s.filters.sides,
  prec: (s) => s.filters.precisions,
  q: (s) => s.filters.search,
  buf: (s) => s.filters.borderKm,
  near: (s) => s.filters.radius,
  sel: (s) => s.selected,
  layers: (s) => s.layers,
  base: (s) => s.basemap,
  measure: (s) => s.measure,
  play: (s) => s.playMode,
  shade: (s) => s.choropleth,
};

const FILTER: Partial<Record<Key, keyof ViewState['filters']>> = {
  from: 'from',
  to: 'to',
  type: 'types',
  actor: 'actors',
  side: 'sides',
  prec: 'precisions',
  q: 'search',
  buf: 'borderKm',
  near: 'radius',
};
const TOP: Partial<Record<Key, keyof ViewState>> = {
  map: 'camera',
  sel: 'selected',
  layers: 'layers',
  base: 'basemap',
  measure: 'measure',
  play: 'playMode',
  shade: 'choropleth',
};

function setField(s: ViewState, key: Key, value: unknown): void {
  const f = FILTER[key];
  if (f) (s.filters as unknown as Record<string, unknown>)[f] = value;
  else (s as unknown as Record<string, unknown>)[TOP[key]!] = value;
}

/** Unknown keys and empty parts: skipped silently. */
const JUNK = [
  '',
  '',
  'zoom=3',
  'lat=129',
  'MAP=7/33/70',
  'm%61p=1/2/3',
  'x',
  '=5',
  'utm_source=mail',
  'buf%3D5',
];

const write = (p: Part | string) =>
  typeof p === 'string' ? p : p.raw === null ? p.key : `${p.key}=${p.raw}`;

/** The state and notices a fragment body must decode to, from its parts. */
function expectation(pieces: (Part | string)[], body: string): Omit<Case, 'hash'> {
  const expected = defaultViewState();
  const firsts = new Map<Key, Part>();
  for (const p of pieces) if (typeof p !== 'string' && !firsts.has(p.key)) firsts.set(p.key, p);
  const parts = [...firsts.values()];
  if (body.length > MAX_LINK_CHARS) {
    return { parts, expected, loose: new Set(), notes: [{ key: 'link', tag: 'link-too-long' }] };
  }
  const loose = new Set<Key>();
  const notes: Note[] = [];
  for (const p of parts) {
    if (p.value !== undefined) setField(expected, p.key, structuredClone(p.value));
    if (p.loose) loose.add(p.key);
    for (let i = 0; i < p.notes; i++) notes.push({ key: p.key, tag: p.tag });
  }
  const f = expected.filters;
  if (f.from && f.to && f.from > f.to) {
    notes.push({ key: 'from', tag: 'from-after-to' });
    f.from = f.to = null;
  }
  return { parts, expected, loose, notes };
}

/** Mostly ordered days when both are valid, so that both reach the state. */
function orderDays(r: Rng, pieces: (Part | string)[]): void {
  const first = (k: Key) => pieces.find((p): p is Part => typeof p !== 'string' && p.key === k);
  const [from, to] = [first('from'), first('to')];
  if (!from || !to || from.near || to.near || !r.chance(0.8)) return;
  if ((from.value as string) > (to.value as string)) {
    [from.raw, to.raw] = [to.raw, from.raw];
    [from.value, to.value] = [to.value, from.value];
  }
}

function pieces(r: Rng): (Part | string)[] {
  const gen = (k: Key, pNear: number) => GRAMMAR[k](r, r.chance(pNear));
  const roll = r();
  if (roll < 0.4) return [gen(r.pick(KEYS), 0.5)];
  if (roll < 0.9) {
    const keys = r.shuffle(KEYS).slice(0, r.int(2, 7));
    if (r.chance(0.25)) keys.push(...(['from', 'to'] as const).filter((k) => !keys.includes(k)));
    const out: (Part | string)[] = keys.map((k) => gen(k, 0.3));
    // A repeated key: the first occurrence wins, wherever it stands.
    if (r.chance(0.2)) out.splice(r.int(0, out.length), 0, gen(r.pick(keys), 0.5));
    for (let k = r.chance(0.3) ? r.int(1, 2) : 0; k > 0; k--)
      out.splice(r.int(0, out.length), 0, r.pick(JUNK));
    if (r.chance(0.05)) out.push('');
    return out;
  }
  const key = r.pick(KEYS);
  switch (r.int(0, 3)) {
    case 0:
      return [gen(key, 0.5), gen(key, 0.5), ...(r.chance(0.3) ? [gen(key, 0.5)] : [])];
    case 1:
      return Array.from({ length: r.int(1, 5) }, () => r.pick([...JUNK, '=', '==', '&', '%', '#']));
    default: {
      // A link at the length limit, or one character past it.
      const p = gen(key, 0);
      const pad = MAX_LINK_CHARS - write(p).length - '&pad='.length + r.int(0, 1);
      return r.chance(0.5) ? [p, `pad=${'x'.repeat(pad)}`] : [`pad=${'x'.repeat(pad)}`, p];
    }
  }
}

export function generateCase(r: Rng): Case {
  const ps = pieces(r);
  orderDays(r, ps);
  const body = ps.map(write).join('&');
  return { hash: `${r.pick(['#', '#', '#', '', '##'])}${body}`, ...expectation(ps, body) };
}

/** `n` fragments, the same for the same seed. */
export function generateCorpus(seed: number, n: number): Case[] {
  const r = rng(seed);
  return Array.from({ length: n }, () => generateCase(r));
}
