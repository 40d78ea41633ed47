/**
 * Deliberately broken codecs, for showing that the properties catch real breaks. Each wraps the
 * real codec and patches its output as a plausible bug would (a limit raised, a check removed),
 * without touching url-codec.ts.
 */
import type { Camera } from '../view-state.ts';
import { MAX_LINK_CHARS } from '../view-state.ts';
import { realCodec, type Codec } from './codec-properties.ts';
import type { Decoded } from '../url-codec.ts';

/** The raw value of the first `key=` part (the one the codec reads). */
function param(hash: string, key: string): string | undefined {
  for (const part of hash.replace(/^#+/, '').split('&')) {
    const eq = part.indexOf('=');
    if ((eq < 0 ? part : part.slice(0, eq)) === key) return eq < 0 ? '' : part.slice(eq + 1);
  }
  return undefined;
}
const num = (s: string | undefined) => (s !== undefined && /^-?\d+(\.\d+)?$/.test(s) ? Number(s) : NaN);
const dec = (s: string) => {
  try {
    return decodeURIComponent(s);
  } catch {
    return undefined;
  }
};

/** The real decoder, then `patch` on its output (links over the length limit left alone). */
function patched(patch: (hash: string, d: Decoded) => void): Codec {
  return {
    encode: realCodec.encode,
    decode(hash) {
      const d = realCodec.decode(hash);
      if (hash.replace(/^#+/, '').length <= MAX_LINK_CHARS) patch(hash, d);
      return d;
    },
  };
}
const unnote = (d: Decoded, re: RegExp) => void (d.ignored = d.ignored.filter((m) => !re.test(m)));

/** A camera read with other zoom and latitude limits. */
function camera(raw: string | undefined, maxZoom: number, maxLat: number): Camera | null {
  const parts = (raw ?? '').split('/');
  const [zoom, lat, lng, bearing = 0, pitch = 0] = parts.map(num);
  const ok =
    (parts.length === 3 || parts.length === 5) &&
    zoom! >= 0 &&
    zoom! <= maxZoom &&
    Math.abs(lat!) <= maxLat &&
    Math.abs(lng!) <= 180 &&
    Math.abs(bearing) <= 180 &&
    pitch >= 0 &&
    pitch <= 85;
  return ok ? { zoom: zoom!, lat: lat!, lng: lng!, bearing, pitch } : null;
}

export const MUTANTS: Record<string, Codec> = {
  'zoom limit raised to 1e9': patched((h, d) => {
    const c = camera(param(h, 'map'), 1e9, 85);
    if (!c || d.state.camera) return;
    d.state.camera = c;
    unnote(d, /^zoom /);
  }),
  'latitude range check removed': patched((h, d) => {
    const c = camera(param(h, 'map'), 22, Infinity);
    if (!c || d.state.camera) return;
    d.state.camera = c;
    unnote(d, /^latitude /);
  }),
  'buffer limit raised to 1e9': patched((h, d) => {
    const km = num(param(h, 'buf'));
    if (!(km >= 1 && km <= 1e9)) return;
    d.state.filters.borderKm = km;
    unnote(d, /^buffer /);
  }),
  'control characters kept in the search text': patched((h, d) => {
    const v = dec(param(h, 'q') ?? '');
    if (v !== undefined && v.length <= 200) d.state.filters.search = v.trim();
  }),
  'search text length unchecked': patched((h, d) => {
    const v = dec(param(h, 'q') ?? '');
    // eslint-disable-next-line no-control-regex -- the codec's own clean-up, kept
    if (v !== undefined) d.state.filters.search = v.replace(/[\u0000-\u001f\u007f]/g, ' ').trim();
    unnote(d, /^search text is longer/);
  }),
  'impossible days accepted (any NN-NN)': patched((h, d) => {
    const v = dec(param(h, 'from') ?? '');
    if (!v || !/^\d{4}-\d{2}-\d{2}$/.test(v)) return;
    d.state.filters.from = v;
    unnote(d, /^from "/);
  }),
  'from after to kept': patched((h, d) => {
    if (!d.ignored.some((m) => / is after to /.test(m))) return;
    d.state.filters.from = dec(param(h, 'from') ?? '') ?? null;
    d.state.filters.to = dec(param(h, 'to') ?? '') ?? null;
    unnote(d, / is after to /);
  }),
  'unknown types kept': patched((h, d) => {
    const raw = param(h, 'type');
    if (raw === undefined) return;
    const items = raw.split(',').map((i) => dec(i)?.trim() ?? '');
    d.state.filters.types = [...new Set(items.filter(Boolean))] as typeof d.state.filters.types;
    unnote(d, /^type /);
  }),
  'notices for unknown layers dropped': patched((_, d) => unnote(d, /^layer /)),
  'measure keeps more than 100 points': patched((h, d) => {
    if (!d.ignored.some((m) => /^measure has more than/.test(m))) return;
    const points = (param(h, 'measure') ?? '').split(';').map((p) => p.split(',').map(num));
    if (points.every(([x, y]) => Math.abs(x!) <= 180 && Math.abs(y!) <= 90)) d.state.measure = points;
    unnote(d, /^measure has more than/);
  }),
  'the last of a repeated key wins': {
    encode: realCodec.encode,
    decode: (h) => realCodec.decode(h.replace(/^#+/, '').split('&').reverse().join('&')),
  },
  'throws on an empty part': {
    encode: realCodec.encode,
    decode(h) {
      if (/&&|&$|^#*&/.test(h)) throw new Error('empty part');
      return realCodec.decode(h);
    },
  },
  'encoder keeps two decimals at every zoom': {
    decode: realCodec.decode,
    encode: (s) =>
      realCodec.encode(s).replace(
        /map=([^&]*)/,
        (_, v: string) =>
          `map=${v
            .split('/')
            .map((x, i) => (i === 1 || i === 2 ? String(Math.round(Number(x) * 100) / 100) : x))
            .join('/')}`,
      ),
  },
};
