/**
 * The view state in a readable URL fragment, and back:
 *
 *   #map=7/33.6/70.1&from=2025-10-09&to=2025-10-19&type=airstrike,armed_clash&sel=2025-10-09-kabul-airstrike
 *
 * Defaults are left out so links stay short; coordinates carry the decimals their zoom needs.
 * Decoding never throws and never trusts: unknown keys are skipped, and a malformed value falls
 * back to the default for that part alone, named in `ignored` so the app can say what it dropped.
 * Nothing decoded here is ever inserted as HTML.
 */
import { isLocale } from '../i18n/locales.ts';
import type { Position } from 'geojson';
import {
  INCIDENT_TYPES,
  LOCATION_PRECISIONS,
  parseIsoDate,
  type IncidentType,
  type LocationPrecision,
} from '../data/incidents.ts';
import { SIDES, type RadiusQuery, type Side } from '../domain/filters.ts';
import { archiveHref } from '../domain/archive.ts';
import { LAYER_KEYS, type LayerKey } from '../domain/layers.ts';
import {
  defaultViewState,
  MAX_LINK_CHARS,
  MAX_LIST_ITEMS,
  MAX_MEASURE_POINTS,
  MAX_TEXT_CHARS,
  type Camera,
  type ViewState,
} from './view-state.ts';
import { m, n } from '../i18n/messages.ts';
import { show, tooMany, unknown, WHAT, type What } from './url-notices.ts';

/** Decimals that keep a point within about half a pixel at this zoom (as MapLibre's own hash). */
export function coordinateDecimals(zoom: number): number {
  return Math.max(0, Math.ceil((zoom * Math.LN2 + Math.log(512 / 360 / 0.5)) / Math.LN10));
}

const round = (x: number, decimals: number) => {
  const f = 10 ** decimals;
  return Math.round(x * f) / f;
};
const num = (x: number, decimals: number) => String(round(x, decimals));

/** Encode a value readably: keep , ; / : and spaces-as-%20 out of the way. */
function enc(value: string): string {
  return encodeURIComponent(value)
    .replace(/%2C/g, ',')
    .replace(/%3B/g, ';')
    .replace(/%2F/g, '/')
    .replace(/%3A/g, ':');
}

export function encodeViewState(s: ViewState): string {
  const d = defaultViewState();
  const parts: string[] = [];
  const put = (key: string, value: string) => parts.push(`${key}=${value}`);
  if (s.camera) {
    const c = s.camera;
    const p = coordinateDecimals(c.zoom);
    const cam = [num(c.zoom, 2), num(c.lat, p), num(c.lng, p)];
    if (c.bearing || c.pitch) cam.push(num(c.bearing, 1), num(c.pitch, 1));
    put('map', cam.join('/'));
  }
  const f = s.filters;
  if (f.from) put('from', f.from);
  if (f.to) put('to', f.to);
  if (f.types.length) put('type', f.types.join(','));
  // Actors are ;-separated, so a ; inside a name stays escaped.
  const names = (list: string[]) => list.map((a) => enc(a).replace(/;/g, '%3B')).join(';');
  if (f.actors.length) put('actor', names(f.actors));
  if (f.provinces.length) put('adm1', names(f.provinces));
  if (f.districts.length) put('adm2', names(f.districts));
  if (f.sides.length) put('side', f.sides.join(','));
  if (f.precisions.length) put('prec', f.precisions.join(','));
  if (f.search.trim()) put('q', enc(f.search.trim()));
  if (f.borderKm !== null) put('buf', num(f.borderKm, 1));
  if (f.radius)
    put(
      'near',
      [num(f.radius.lng, 4), num(f.radius.lat, 4), num(f.radius.km, 1), enc(f.radius.label)].join(','),
    );
  if (s.selected) put('sel', enc(s.selected));
  const hidden = LAYER_KEYS.filter((k) => s.layers[k] !== d.layers[k]).map((k) =>
    s.layers[k] ? k : `-${k}`,
  );
  if (hidden.length) put('layers', hidden.join(','));
  if (s.basemap !== d.basemap) put('base', s.basemap);
  if (s.measure.length) put('measure', s.measure.map((p) => `${num(p[0]!, 4)},${num(p[1]!, 4)}`).join(';'));
  if (s.playMode !== d.playMode) put('play', s.playMode);
  if (s.choropleth) put('shade', '1');
  if (s.datasets.length) put('data', names(s.datasets));
  if (s.archive) put('tiles', enc(s.archive));
  if (s.lang && s.lang !== 'en') put('lang', s.lang);
  return parts.length ? `#${parts.join('&')}` : '';
}

export interface Decoded {
  state: ViewState;
  /** What was dropped, in words: `zoom "abc" is not a number`. */
  ignored: string[];
}

function dec(value: string): string | undefined {
  try {
    return decodeURIComponent(value);
  } catch {
    return undefined;
  }
}

const finite = (s: string | undefined) =>
  s !== undefined && /^-?\d+(\.\d+)?$/.test(s.trim()) ? Number(s) : NaN;
function list<T extends string>(raw: string, allowed: readonly string[], what: What, ignored: string[]): T[] {
  const out: T[] = [];
  const items = raw.split(',');
  if (items.length > MAX_LIST_ITEMS) ignored.push(tooMany(what, MAX_LIST_ITEMS));
  for (const item of items.slice(0, MAX_LIST_ITEMS)) {
    const v = dec(item)?.trim() ?? '';
    if (allowed.includes(v)) {
      if (!out.includes(v as T)) out.push(v as T);
    } else ignored.push(unknown(what, v));
  }
  return out;
}

/** A list of names (actors, provinces, districts) separated by `;`, each as link text. */
function names(raw: string, what: What, ignored: string[]): string[] {
  const items = raw.split(';');
  if (items.length > MAX_LIST_ITEMS) ignored.push(tooMany(what, MAX_LIST_ITEMS));
  return items
    .slice(0, MAX_LIST_ITEMS)
    .map((a) => text(a, what, ignored))
    .filter((a): a is string => !!a && !!a.trim());
}

function camera(raw: string, ignored: string[]): Camera | null {
  const parts = raw.split('/');
  const [zoom, lat, lng, bearing = 0, pitch = 0] = parts.map(finite);
  if (parts.length !== 3 && parts.length !== 5)
    return (ignored.push(m.errors_link_map({ value: show(raw) })), null);
  if (!(zoom! >= 0 && zoom! <= 22))
    return (ignored.push(m.errors_link_zoom({ value: show(parts[0]!) })), null);
  if (!(lat! >= -85 && lat! <= 85))
    return (ignored.push(m.errors_link_latitude({ value: show(parts[1]!) })), null);
  if (!(lng! >= -180 && lng! <= 180))
    return (ignored.push(m.errors_link_longitude({ value: show(parts[2]!) })), null);
  if (!(bearing! >= -180 && bearing! <= 180) || !(pitch! >= 0 && pitch! <= 85))
    return (ignored.push(m.errors_link_bearing({ value: show(parts.slice(3).join('/')) })), null);
  return { zoom: zoom!, lat: lat!, lng: lng!, bearing: bearing!, pitch: pitch! };
}

/** `key` is the link's own key (from, to): syntax, named as it is written. */
function day(raw: string, key: 'from' | 'to', ignored: string[]): string | null {
  const v = dec(raw) ?? '';
  const d = parseIsoDate(v);
  if (d?.precision === 'day') return v;
  ignored.push(m.errors_link_date({ key, value: show(v) }));
  return null;
}

/** A CDN's signed address can be long; the link's own limit (MAX_LINK_CHARS) still holds. */
const MAX_ADDRESS_CHARS = 2000;

/** A tile archive's address: http(s), or a path on the atlas's own host; never another scheme. */
function archiveAddress(raw: string, ignored: string[]): string | null {
  const v = text(raw, 'archive', ignored, MAX_ADDRESS_CHARS);
  if (!v) return null;
  if (archiveHref(v, 'https://host.invalid/')) return v;
  return (ignored.push(m.tiles_link_not_address({ value: show(v) })), null);
}

function text(raw: string, what: What, ignored: string[], max = MAX_TEXT_CHARS): string | null {
  const v = dec(raw);
  if (v === undefined) return (ignored.push(m.errors_link_bad_text({ what: WHAT[what]() })), null);
  if (v.length > max)
    return (ignored.push(m.errors_link_long_text({ what: WHAT[what](), max: n(max) })), null);
  // Control characters (C0, DEL, C1) and bidi controls, which reorder what follows, have no
  // business in a link's text.
  // eslint-disable-next-line no-control-regex -- matching control characters is the point here
  return v.replace(/[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, ' ').trim();
}

function radius(raw: string, ignored: string[]): RadiusQuery | null {
  const [lng, lat, km, ...label] = raw.split(',');
  const x = finite(lng),
    y = finite(lat),
    r = finite(km);
  if (!(x >= -180 && x <= 180 && y >= -90 && y <= 90 && r >= 1 && r <= 1000))
    return (ignored.push(m.errors_link_radius({ value: show(raw) })), null);
  const name = text(label.join(','), 'radiusLabel', ignored) ?? '';
  return { lng: x, lat: y, km: r, label: name.trim() };
}

function path(raw: string, ignored: string[]): Position[] {
  const out: Position[] = [];
  const points = raw.split(';');
  if (points.length > MAX_MEASURE_POINTS)
    ignored.push(m.errors_link_measure_many({ max: n(MAX_MEASURE_POINTS) }));
  for (const p of points.slice(0, MAX_MEASURE_POINTS)) {
    const parts = p.split(',');
    const [lng, lat] = parts.map(finite);
    if (parts.length === 2 && lng! >= -180 && lng! <= 180 && lat! >= -90 && lat! <= 90)
      out.push([lng!, lat!]);
    else return (ignored.push(m.errors_link_measure_point({ value: show(p) })), []);
  }
  return out;
}

/** Read a fragment (with or without its #). Never throws; every bad part is named in `ignored`. */
export function decodeViewState(fragment: string): Decoded {
  const state = defaultViewState();
  const ignored: string[] = [];
  let hash = typeof fragment === 'string' ? fragment : '';
  hash = hash.replace(/^#+/, '');
  if (!hash) return { state, ignored };
  if (hash.length > MAX_LINK_CHARS)
    return { state, ignored: [m.errors_link_too_long({ max: n(MAX_LINK_CHARS) })] };
  const f = state.filters;
  const seen = new Set<string>();
  for (const part of hash.split('&')) {
    if (!part) continue;
    const eq = part.indexOf('=');
    const key = eq < 0 ? part : part.slice(0, eq);
    const raw = eq < 0 ? '' : part.slice(eq + 1);
    if (seen.has(key)) continue; // the first of a repeated key wins
    seen.add(key);
    switch (key) {
      case 'map':
        state.camera = camera(raw, ignored);
        break;
      case 'from':
        f.from = day(raw, 'from', ignored);
        break;
      case 'to':
        f.to = day(raw, 'to', ignored);
        break;
      case 'type':
        f.types = list<IncidentType>(raw, Object.keys(INCIDENT_TYPES), 'type', ignored);
        break;
      case 'data':
        state.datasets = names(raw, 'dataset', ignored);
        break;
      case 'tiles':
        state.archive = archiveAddress(raw, ignored);
        break;
      case 'actor':
        f.actors = names(raw, 'actor', ignored);
        break;
      case 'adm1':
        f.provinces = names(raw, 'province', ignored);
        break;
      case 'adm2':
        f.districts = names(raw, 'district', ignored);
        break;
      case 'side':
        f.sides = list<Side>(raw, Object.keys(SIDES), 'side', ignored);
        break;
      case 'prec':
        f.precisions = list<LocationPrecision>(raw, Object.keys(LOCATION_PRECISIONS), 'precision', ignored);
        break;
      case 'q':
        f.search = text(raw, 'search', ignored) ?? '';
        break;
      case 'buf': {
        const km = finite(raw);
        if (km >= 1 && km <= 200) f.borderKm = km;
        else ignored.push(m.errors_link_buffer({ value: show(raw) }));
        break;
      }
      case 'near':
        f.radius = radius(raw, ignored);
        break;
      case 'sel': {
        const id = dec(raw) ?? '';
        if (/^[a-z0-9][a-z0-9_-]{0,159}$/i.test(id)) state.selected = id;
        else ignored.push(m.errors_link_selection({ value: show(id) }));
        break;
      }
      case 'layers':
        if (raw.split(',').length > LAYER_KEYS.length * 2)
          ignored.push(tooMany('layers', LAYER_KEYS.length * 2));
        for (const item of raw.split(',').slice(0, LAYER_KEYS.length * 2)) {
          const off = item.startsWith('-');
          const k = (off ? item.slice(1) : item) as LayerKey;
          if (LAYER_KEYS.includes(k)) state.layers[k] = !off;
          else ignored.push(unknown('layer', dec(item) ?? item));
        }
        break;
      case 'base':
        if (raw === 'offline' || raw === 'online') state.basemap = raw;
        else ignored.push(unknown('basemap', dec(raw) ?? raw));
        break;
      case 'measure':
        state.measure = path(raw, ignored);
        break;
      case 'play':
        if (raw === 'cumulative' || raw === 'window') state.playMode = raw;
        else ignored.push(unknown('playback', dec(raw) ?? raw));
        break;
      case 'shade':
        if (raw === '1' || raw === '0') state.choropleth = raw === '1';
        else ignored.push(m.errors_link_shade({ value: show(dec(raw) ?? raw) }));
        break;
      case 'lang':
        if (isLocale(raw)) state.lang = raw;
        else ignored.push(m.errors_link_language({ value: show(dec(raw) ?? raw) }));
        break;
      default:
        break; // unknown keys: links from newer versions, or junk
    }
  }
  if (f.from && f.to && f.from > f.to) {
    ignored.push(m.errors_link_dates_order({ from: f.from, to: f.to }));
    f.from = f.to = null;
  }
  return { state, ignored };
}

export type LinkResult = { ok: true; hash: string } | { ok: false; message: string };

/** The full link to a view from a page address (origin and path): what Copy link and the printed page give. */
export function shareUrl(
  s: ViewState,
  base: string,
): { ok: true; url: string } | { ok: false; message: string } {
  const link = linkFragment(s);
  return link.ok ? { ok: true, url: `${base}${link.hash}` } : link;
}

/** The fragment for a link, or a message when the state is too large to share as one. */
export function linkFragment(s: ViewState): LinkResult {
  const hash = encodeViewState(s);
  if (hash.length > MAX_LINK_CHARS) {
    return {
      ok: false,
      message: m.errors_link_view_too_large({ length: n(hash.length), max: n(MAX_LINK_CHARS) }),
    };
  }
  return { ok: true, hash };
}
