/**
 * The grammar of each fragment key, as seeded generators of one `key=value` part: valid (the value
 * the codec must decode) or near-valid (what it must refuse with a notice naming the key, or clamp
 * where documented). Expected values come from what was generated, never from the codec.
 */
import { INCIDENT_TYPES, LOCATION_PRECISIONS } from '../../data/incidents.ts';
import { SIDES } from '../../domain/filters.ts';
import { KEYS, part, type Gen, type Key, type Part } from './grammar-part.ts';
import {
  LIMITS,
  nearDay,
  nearId,
  nearNumber,
  pctSome,
  textCase,
  validDay,
  validId,
  validNumber,
  writeText,
} from './grammar-values.ts';
import { actor, layers, list, measure } from './list-grammar.ts';

export { KEYS, type Key, type Part };

const map: Gen = (r, near) => {
  const ranges = [LIMITS.zoom, LIMITS.lat, LIMITS.lng, LIMITS.bearing, LIMITS.pitch];
  const full = r.chance(0.5);
  const nums = ranges.slice(0, full ? 5 : 3).map((range) => validNumber(r, range));
  const texts = nums.map((n) => n.text);
  if (!near) {
    const [zoom, lat, lng, bearing, pitch] = nums.map((n) => n.value);
    const camera = { zoom: zoom!, lat: lat!, lng: lng!, bearing: bearing ?? 0, pitch: pitch ?? 0 };
    return part('map', texts.join('/'), near, full ? 'zoom/lat/lng/bearing/pitch' : 'zoom/lat/lng', {
      value: camera,
    });
  }
  if (r.chance(0.25)) {
    const three = texts.slice(0, 3);
    const [raw, tag] = r.pick<[string | null, string]>([
      [three.slice(0, 2).join('/'), 'two-parts'],
      [[...three, '0'].join('/'), 'four-parts'],
      [[...three, '0', '0', '0'].join('/'), 'six-parts'],
      [`${three[0]}//${three[1]}/${three[2]}`, 'empty-part'],
      [`/${three.join('/')}`, 'leading-separator'],
      [`${three.join('/')}/`, 'trailing-separator'],
      [three.join(','), 'comma-separators'],
      [three.join('%2F'), 'percent-encoded-separators'],
      [r.pick(['', null]), 'empty'],
    ]);
    return part('map', raw, near, `structure-${tag}`, { notes: 1 });
  }
  // One field past its limit or malformed (zoom and latitude most often); bearing and pitch need 5 parts.
  const i = r.pick([0, 0, 1, 1, 2, 3, 4]);
  const all = [...texts, ...ranges.slice(texts.length).map((range) => validNumber(r, range).text)];
  const bad = nearNumber(r, ranges[i]!);
  all[i] = bad.text;
  const raw = (i < 3 && !full ? all.slice(0, 3) : all).join('/');
  return part('map', raw, near, `${['zoom', 'lat', 'lng', 'bearing', 'pitch'][i]}-${bad.tag}`, {
    notes: 1,
  });
};

const day =
  (key: 'from' | 'to'): Gen =>
  (r, near) => {
    if (near) {
      const bad = nearDay(r);
      return part(key, r.chance(0.05) ? null : bad.text, near, bad.tag, { notes: 1 });
    }
    const d = validDay(r);
    return part(key, r.chance(0.15) ? pctSome(r, d, 0.3) : d, near, 'valid', { value: d });
  };

const q: Gen = (r, near) => {
  const t = textCase(r, '', near);
  return part('q', t.raw, near, t.tag, { value: t.value ?? '', loose: t.loose, notes: t.notes });
};

const buf: Gen = (r, near) => {
  if (!near) {
    const n = validNumber(r, LIMITS.buf);
    return part('buf', n.text, near, 'valid', { value: n.value });
  }
  const bad = r.chance(0.2) ? { text: r.pick(['0', '-0', '0.0']), tag: 'zero' } : nearNumber(r, LIMITS.buf);
  return part('buf', bad.text, near, bad.tag, { notes: 1 });
};

/** `near=lng,lat,km[,label]`: numbers as written; the label decoded, or empty (shown as coordinates). */
const radius: Gen = (r, near) => {
  const ranges = [LIMITS.lng, LIMITS.pointLat, LIMITS.km];
  const [lng, lat, km] = ranges.map((range) => validNumber(r, range));
  const texts = [lng!.text, lat!.text, km!.text];
  let label = r.chance(0.6) ? textCase(r, '', false) : null;
  let tag = 'valid';
  let refused = false;
  if (near) {
    const what = r.int(0, 4);
    if (what <= 2) {
      const bad = nearNumber(r, ranges[what]!);
      texts[what] = bad.text;
      [tag, refused] = [`${['lng', 'lat', 'km'][what]}-${bad.tag}`, true];
    } else if (what === 3) {
      texts.pop();
      [tag, refused, label] = ['too-few-parts', true, null];
    } else {
      label = textCase(r, '', true);
      tag = `label-${label.tag}`;
    }
  }
  const raw = [...texts, ...(label ? [label.raw] : r.chance(0.3) ? [''] : [])].join(',');
  if (refused) return part('near', raw, near, tag, { notes: 1 });
  // No name: the centre is named by its coordinates when shown (radiusCentreName).
  const value = { lng: lng!.value, lat: lat!.value, km: km!.value, label: label?.value || '' };
  return part('near', raw, near, tag, { value, loose: label?.loose, notes: label?.notes ?? 0 });
};

const sel: Gen = (r, near) => {
  if (near) {
    const bad = r.chance(0.1) ? { text: `${validId(r)}%E0%A4%A`, tag: 'bad-percent-encoding' } : nearId(r);
    return part('sel', bad.text, near, bad.tag, { notes: 1 });
  }
  const id = validId(r);
  return part('sel', writeText(r, id, ''), near, 'valid', { value: id });
};

const choice =
  (key: Key, names: readonly string[], bad: readonly string[]): Gen =>
  (r, near) => {
    if (!near) {
      const v = r.pick(names);
      return part(key, v, near, 'valid', { value: v });
    }
    return part(key, r.chance(0.1) ? null : r.pick(bad), near, 'unknown', { notes: 1 });
  };

const shade: Gen = (r, near) => {
  if (!near)
    return r.chance(0.8) ? part('shade', '1', near, 'on', { value: true }) : part('shade', '0', near, 'off');
  return part('shade', r.pick(['2', 'true', 'yes', 'on', '', '-1', '1.0', null]), near, 'junk', { notes: 1 });
};

export const GRAMMAR: Record<Key, Gen> = {
  map,
  from: day('from'),
  to: day('to'),
  type: list('type', Object.keys(INCIDENT_TYPES)),
  actor,
  side: list('side', Object.keys(SIDES)),
  prec: list('prec', Object.keys(LOCATION_PRECISIONS)),
  q,
  buf,
  near: radius,
  sel,
  layers,
  base: choice('base', ['offline', 'online'], ['Online', 'ONLINE', 'onlin%65', 'satellite', '', 'online%20']),
  measure,
  play: choice(
    'play',
    ['cumulative', 'window'],
    ['Window', 'windows', 'cumul%61tive', 'loop', '', 'window,'],
  ),
  shade,
};
