/**
 * The URL codec's properties, checked on one generated case at a time; each check returns the
 * violations it finds rather than throwing, so a test can also show that a broken codec fails.
 */
import { INCIDENT_TYPES, LOCATION_PRECISIONS } from '../../data/incidents.ts';
import { SIDES } from '../../domain/filters.ts';
import { LAYER_KEYS } from '../../domain/layers.ts';
import { decodeViewState, encodeViewState, type Decoded } from '../url-codec.ts';
import {
  defaultViewState,
  MAX_LINK_CHARS,
  MAX_LIST_ITEMS,
  MAX_MEASURE_POINTS,
  MAX_TEXT_CHARS,
  type ViewState,
} from '../view-state.ts';
import { FIELD, KEYS, type Case, type Key, type Note } from './fragment-grammar.ts';
import { LIMITS } from './grammar-values.ts';

export interface Codec {
  decode(hash: string): Decoded;
  encode(state: ViewState): string;
}
export const realCodec: Codec = { decode: decodeViewState, encode: encodeViewState };

export interface Violation {
  /** `value:map`, `limit:zoom`, `missing-note:buf:above-max`, `stable:near`… */
  rule: string;
  hash: string;
  detail: string;
}
type Fail = (rule: string, detail: string) => void;

/** A notice names its key in its first words. */
const NOTE: Record<Note['key'], RegExp> = {
  map: /^(map|zoom|latitude|longitude|bearing\/pitch) /,
  from: /^from /,
  to: /^to /,
  type: /^type /,
  actor: /^actor /,
  side: /^side /,
  prec: /^precision /,
  q: /^search text /,
  buf: /^buffer /,
  near: /^radius (search|label) /,
  sel: /^selection /,
  layers: /^layers? /,
  base: /^basemap /,
  measure: /^measure /,
  play: /^playback mode /,
  shade: /^(shade|shading|province shading) /,
  link: /^the link is longer /,
};

/** Deep equality, numbers within tol (so -0 equals 0). */
export function same(a: unknown, b: unknown, tol = 1e-9): boolean {
  if (typeof a === 'number' && typeof b === 'number') return Math.abs(a - b) <= tol || a === b;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return a === b;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  return ka.length === kb.length && ka.every((k) => k in rb && same(ra[k], rb[k], tol));
}

const json = (v: unknown) => {
  const s = JSON.stringify(v) ?? String(v);
  return s.length > 160 ? `${s.slice(0, 160)}…` : s;
};
const inRange = (x: unknown, [lo, hi]: readonly [number, number]) =>
  typeof x === 'number' && Number.isFinite(x) && x >= lo && x <= hi;

const leap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
function isDay(v: unknown): boolean {
  const m = typeof v === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(v) : null;
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const last = [31, leap(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][mo - 1];
  return last !== undefined && d >= 1 && d <= last;
}

// eslint-disable-next-line no-control-regex -- finding control characters is the point
const C0 = /[\u0000-\u001f\u007f]/;
const C1 = /[\u0080-\u009f]/;
const BIDI = /[\u202a-\u202e\u2066-\u2069]/;

function text(t: unknown, what: string, fail: Fail, nonEmpty: boolean): void {
  if (typeof t !== 'string') return fail('limit:text', `${what} is ${json(t)}`);
  if (t.length > MAX_TEXT_CHARS) fail('limit:text-length', `${what} has ${t.length} characters`);
  if (t !== t.trim() || (nonEmpty && !t)) fail('limit:text-trim', `${what} ${json(t)}`);
  if (C0.test(t)) fail('text-c0', `${what} ${json(t)}`);
  if (C1.test(t)) fail('text-c1', `${what} ${json(t)}`);
  if (BIDI.test(t)) fail('text-bidi', `${what} ${json(t)}`);
}

function names(xs: unknown, allowed: readonly string[], what: string, fail: Fail): void {
  const ok =
    Array.isArray(xs) &&
    xs.length <= MAX_LIST_ITEMS &&
    new Set(xs).size === xs.length &&
    xs.every((x) => allowed.includes(x as string));
  if (!ok) fail(`limit:${what}`, json(xs));
}

/** Whatever the fragment, the decoded state keeps to every limit. */
export function checkLimits(s: ViewState, fail: Fail): void {
  const c = s.camera;
  if (c) {
    for (const k of ['zoom', 'lat', 'lng', 'bearing', 'pitch'] as const)
      if (!inRange(c[k], LIMITS[k])) fail(`limit:${k}`, json(c));
  }
  const f = s.filters;
  for (const d of [f.from, f.to]) if (d !== null && !isDay(d)) fail('limit:date', json(d));
  if (f.from && f.to && f.from > f.to) fail('limit:date-order', `${f.from} > ${f.to}`);
  names(f.types, Object.keys(INCIDENT_TYPES), 'type', fail);
  names(f.sides, Object.keys(SIDES), 'side', fail);
  names(f.precisions, Object.keys(LOCATION_PRECISIONS), 'prec', fail);
  if (!Array.isArray(f.actors) || f.actors.length > MAX_LIST_ITEMS) fail('limit:actors', json(f.actors));
  else f.actors.forEach((a) => text(a, 'actor', fail, true));
  text(f.search, 'search', fail, false);
  if (f.borderKm !== null && !inRange(f.borderKm, LIMITS.buf)) fail('limit:buffer', json(f.borderKm));
  const r = f.radius;
  if (r) {
    if (!inRange(r.lng, LIMITS.lng) || !inRange(r.lat, LIMITS.pointLat) || !inRange(r.km, LIMITS.km))
      fail('limit:radius', json(r));
    text(r.label, 'radius label', fail, false); // empty: a point picked on the map
  }
  if (s.selected !== null && !/^[a-z0-9][a-z0-9_-]{0,159}$/i.test(s.selected))
    fail('limit:sel', json(s.selected));
  const layerKeys = Object.keys(s.layers);
  if (layerKeys.length !== LAYER_KEYS.length || !LAYER_KEYS.every((k) => typeof s.layers[k] === 'boolean'))
    fail('limit:layers', json(s.layers));
  if (!['offline', 'online'].includes(s.basemap)) fail('limit:base', json(s.basemap));
  if (!['cumulative', 'window'].includes(s.playMode)) fail('limit:play', json(s.playMode));
  if (typeof s.choropleth !== 'boolean') fail('limit:shade', json(s.choropleth));
  const m = s.measure;
  const point = (p: unknown) =>
    Array.isArray(p) && p.length === 2 && inRange(p[0], LIMITS.lng) && inRange(p[1], LIMITS.pointLat);
  if (!Array.isArray(m) || m.length > MAX_MEASURE_POINTS || !m.every(point)) fail('limit:measure', json(m));
}

/** How far one encode-decode may move a value: the precision the codec documents per key. */
function stableSame(key: Key, a: unknown, b: unknown): boolean {
  const eps = 1e-9;
  if (key === 'map' && a && b) {
    const [x, y] = [a as ViewState['camera'] & object, b as ViewState['camera'] & object];
    // Coordinates carry the decimals their zoom needs: within half a pixel of a 512-px world.
    const px = 180 / 512 / 2 ** x.zoom + eps;
    return (
      same(x.zoom, y.zoom, 0.005 + eps) &&
      same([x.lat, x.lng], [y.lat, y.lng], px) &&
      same([x.bearing, x.pitch], [y.bearing, y.pitch], 0.05 + eps)
    );
  }
  if (key === 'near' && a && b) {
    const [x, y] = [a as Record<string, unknown>, b as Record<string, unknown>];
    return (
      same([x.lng, x.lat], [y.lng, y.lat], 5e-5 + eps) && same(x.km, y.km, 0.05 + eps) && x.label === y.label
    );
  }
  return same(a, b, key === 'buf' ? 0.05 + eps : key === 'measure' ? 5e-5 + eps : eps);
}

/** Every property for one case; [] when it holds. */
export function checkCase(codec: Codec, c: Case): Violation[] {
  const out: Violation[] = [];
  const fail: Fail = (rule, detail) => void out.push({ rule, hash: c.hash.slice(0, 240), detail });
  let d: Decoded;
  try {
    d = codec.decode(c.hash);
  } catch (e) {
    fail('throws', String(e));
    return out;
  }
  const s = d.state;
  checkLimits(s, fail);
  // Valid parts decode to what was generated; near-valid ones leave the default (or the clamp).
  for (const k of KEYS) {
    if (c.loose.has(k)) continue;
    const [got, want] = [FIELD[k](s), FIELD[k](c.expected)];
    if (!same(got, want)) fail(`value:${k}`, `got ${json(got)}, want ${json(want)}`);
  }
  // Each refused part is named in a notice; valid ones cause none.
  const left = Array.isArray(d.ignored) ? [...d.ignored] : [];
  for (const n of c.notes) {
    const i = left.findIndex((m) => typeof m === 'string' && NOTE[n.key].test(m));
    if (i < 0) fail(`missing-note:${n.key}:${n.tag}`, json(d.ignored));
    else left.splice(i, 1);
  }
  for (const m of left) fail('spurious-note', json(m));
  checkStable(codec, s, fail);
  return out;
}

/** encode(decode(x)) decodes, without notices, to the same state (within encoding precision). */
function checkStable(codec: Codec, s: ViewState, fail: Fail): void {
  try {
    const hash = codec.encode(s);
    // A state too large for a link is refused by linkFragment, with a message: nothing to decode.
    if (hash.replace(/^#+/, '').length > MAX_LINK_CHARS) return;
    const again = codec.decode(hash);
    if (again.ignored.length) fail('stable-notes', `${hash.slice(0, 160)}: ${json(again.ignored)}`);
    for (const k of KEYS) {
      const [a, b] = [FIELD[k](s), FIELD[k](again.state)];
      if (!stableSame(k, a, b)) fail(`stable:${k}`, `${json(a)} came back as ${json(b)}`);
    }
    if (codec.encode(again.state) !== hash) fail('fixpoint', hash.slice(0, 160));
  } catch (e) {
    fail('throws', `re-encoding: ${String(e)}`);
  }
}

/** Violations on a corpus, but `skip`ped ones; stops after `max` (a broken codec needs only one). */
export function checkCorpus(
  codec: Codec,
  cases: readonly Case[],
  { max = Infinity, skip }: { max?: number; skip?: (v: Violation) => boolean } = {},
): Violation[] {
  const out: Violation[] = [];
  for (const c of cases) {
    out.push(...checkCase(codec, c).filter((v) => !skip?.(v)));
    if (out.length >= max) break;
  }
  return out;
}

/** One violation per rule broken: a readable failure. */
export function byRule(vs: readonly Violation[]): Violation[] {
  const seen = new Map<string, Violation>();
  for (const v of vs) if (!seen.has(v.rule)) seen.set(v.rule, v);
  return [...seen.values()];
}

/** Per key: fragments holding it, near-valid ones among them, and how many decode to a value. */
export function coverage(codec: Codec, cases: readonly Case[]) {
  const base = defaultViewState();
  const out = Object.fromEntries(KEYS.map((k) => [k, { group: 0, near: 0, decoded: 0 }])) as Record<
    Key,
    { group: number; near: number; decoded: number }
  >;
  for (const c of cases) {
    if (c.notes.some((n) => n.key === 'link')) continue;
    const s = codec.decode(c.hash).state;
    for (const p of c.parts) {
      const row = out[p.key];
      row.group++;
      if (p.near) row.near++;
      if (!same(FIELD[p.key](s), FIELD[p.key](base))) row.decoded++;
    }
  }
  return out;
}

/** Violations of codec bugs already reported (see url-codec.test.ts); each has an `it.fails`. */
export const KNOWN_BUGS = {
  c1Controls: /^text-c1$/,
  bidiControls: /^text-bidi$/,
  shadeJunkSilent: /^missing-note:shade:/,
  listOverflowSilent: /^missing-note:\w+:list-overflow$/,
  measureExtraCoordinate: /^missing-note:measure:extra-coordinate$/,
} as const;
export const isKnownBug = (v: Violation) => Object.values(KNOWN_BUGS).some((re) => re.test(v.rule));
