/**
 * The grammar of the list-shaped keys (type, side, prec, actor, layers, measure): valid lists,
 * lists with a bad item, extra separators, and lists past their item limit.
 */
import type { Position } from 'geojson';
import { defaultLayers, LAYER_KEYS, type LayerKey } from '../../domain/layers.ts';
import { MAX_LIST_ITEMS, MAX_MEASURE_POINTS } from '../view-state.ts';
import { part, type Gen, type Key } from './grammar-part.ts';
import { LIMITS, nearNumber, textCase, validNumber, writeText } from './grammar-values.ts';

const UNKNOWN = ['Airstrike', 'AIRSTRIKE', 'air strike', 'airstrikes', 'afg', 'Pak', 'Border', 'x', '0'];
const PROTO = ['<script>', '__proto__', 'constructor', 'toString', 'hasOwnProperty'];

/** `type`, `side`, `prec`: comma lists of known names, each decoded and trimmed; the first 60 count. */
export const list =
  (key: Key, allowed: readonly string[]): Gen =>
  (r, near) => {
    const picked = r.shuffle(allowed).slice(0, r.chance(0.1) ? allowed.length : r.int(1, 5));
    const write = (v: string) => (r.chance(0.1) ? `%20${writeText(r, v, ',')}` : writeText(r, v, ','));
    const items = picked.map((v) => ({ text: write(v), ok: v as string | null }));
    const at = () => r.int(0, items.length);
    let tag = 'valid';
    if (!near && r.chance(0.15)) {
      const v = r.pick(picked);
      items.splice(at(), 0, { text: write(v), ok: v });
      tag = 'duplicates';
    }
    if (near) {
      tag = r.pick(['unknown-item', 'empty-item', 'bad-percent-encoding', 'empty', 'list-overflow']);
      const bad = (text: string) => items.splice(at(), 0, { text, ok: null });
      if (tag === 'unknown-item') {
        const unknown = [...UNKNOWN, ...PROTO].filter((u) => !allowed.includes(u));
        for (let k = r.int(1, 3); k > 0; k--) bad(writeText(r, r.pick(unknown), ','));
      } else if (tag === 'empty-item') bad('');
      else if (tag === 'bad-percent-encoding') bad(`${picked[0]}%E0%A4%A`);
      else if (tag === 'empty') items.splice(0, items.length, { text: '', ok: null });
      else {
        // 60 copies of one name, then names the codec reads no more.
        const rest = items.slice(1);
        items.splice(0, items.length, ...Array.from({ length: MAX_LIST_ITEMS }, () => items[0]!), ...rest);
        const other = allowed.find((a) => a !== picked[0])!;
        if (!rest.length) items.push({ text: other, ok: other });
      }
    }
    const head = items.slice(0, MAX_LIST_ITEMS);
    const bare = tag === 'empty' && r.chance(0.3);
    const overflow = items.length > MAX_LIST_ITEMS;
    return part(key, bare ? null : items.map((i) => i.text).join(','), near, tag, {
      value: overflow ? undefined : [...new Set(head.flatMap((i) => (i.ok ? [i.ok] : [])))],
      loose: overflow,
      notes: head.filter((i) => !i.ok).length + (overflow ? 1 : 0),
    });
  };

/** `actor`: ;-separated texts; empty ones are dropped without a notice. */
export const actor: Gen = (r, near) => {
  const items = Array.from({ length: r.int(1, 4) }, () => textCase(r, ';', false));
  let tag = 'valid';
  if (near) {
    tag = r.pick(['text', 'text', 'empty-item', 'list-overflow']);
    if (tag === 'text') {
      const t = textCase(r, ';', true);
      tag = t.tag;
      items.splice(r.int(0, items.length), 0, t);
    } else if (tag === 'empty-item') {
      items.splice(r.int(0, items.length), 0, { raw: '', tag, value: '', notes: 0 });
    } else {
      const n = r.int(MAX_LIST_ITEMS + 1, MAX_LIST_ITEMS + 6);
      const short = (_: unknown, i: number) => ({ raw: `a${i}`, tag, value: `a${i}`, notes: 0 });
      items.splice(0, items.length, ...Array.from({ length: n }, short));
    }
  }
  const head = items.slice(0, MAX_LIST_ITEMS);
  const overflow = items.length > MAX_LIST_ITEMS;
  return part('actor', items.map((t) => t.raw).join(';'), near, tag, {
    value: head.flatMap((t) => (t.value ? [t.value] : [])),
    loose: overflow || head.some((t) => t.loose),
    notes: head.reduce((n, t) => n + t.notes, 0) + (overflow ? 1 : 0),
  });
};

const BAD_LAYERS = ['Incidents', 'roads', '--incidents', '+incidents', '%2Dincidents', 'incident%73', '-'];

/** `layers`: k shows a layer, -k hides it, later items win; the first 12 count. */
export const layers: Gen = (r, near) => {
  const item = () => {
    const k = r.pick(LAYER_KEYS);
    const on = r.chance(0.4);
    return { text: on ? k : `-${k}`, set: [k, on] as [LayerKey, boolean] | null };
  };
  const items = Array.from({ length: r.int(1, 6) }, item);
  let tag = 'valid';
  if (near) {
    tag = r.pick(['unknown-item', 'empty-item', 'padded-item', 'list-overflow']);
    const bad = (text: string) => items.splice(r.int(0, items.length), 0, { text, set: null });
    if (tag === 'unknown-item') bad(r.pick(BAD_LAYERS));
    else if (tag === 'empty-item') bad('');
    else if (tag === 'padded-item') bad(`%20${r.pick(LAYER_KEYS)}`);
    else while (items.length <= LAYER_KEYS.length * 2) items.push(item());
  }
  const head = items.slice(0, LAYER_KEYS.length * 2);
  const overflow = items.length > head.length;
  const value = defaultLayers();
  for (const { set } of head) if (set) value[set[0]] = set[1];
  return part('layers', items.map((i) => i.text).join(','), near, tag, {
    value: overflow ? undefined : value,
    loose: overflow,
    notes: head.filter((i) => !i.set).length + (overflow ? 1 : 0),
  });
};

/** `measure=lng,lat;lng,lat…`: up to 100 points; one bad point refuses the whole path. */
export const measure: Gen = (r, near) => {
  const point = () => {
    const [x, y] = [validNumber(r, LIMITS.lng), validNumber(r, LIMITS.pointLat)];
    return { text: `${x.text},${y.text}`, p: [x.value, y.value] as Position | null, extra: false };
  };
  const n = r.chance(0.1) ? MAX_MEASURE_POINTS : r.chance(0.1) ? r.int(50, 99) : r.int(1, 8);
  const items = Array.from({ length: n }, point);
  let tag = 'valid';
  if (near) {
    tag = r.pick([
      'too-many-points',
      'bad-point',
      'bad-point',
      'extra-coordinate',
      'trailing-separator',
      'empty',
    ]);
    const i = r.int(0, items.length - 1);
    const [lng, lat] = items[i]!.text.split(',');
    if (tag === 'too-many-points') while (items.length <= MAX_MEASURE_POINTS) items.push(point());
    else if (tag === 'bad-point') {
      const which = r.int(0, 2);
      const bad = which < 2 ? nearNumber(r, which ? LIMITS.pointLat : LIMITS.lng).text : '';
      const text = which === 0 ? `${bad},${lat}` : which === 1 ? `${lng},${bad}` : r.pick(['', `${lng}`]);
      items[i] = { text, p: null, extra: false };
    } else if (tag === 'extra-coordinate') {
      items[i] = { text: `${lng},${lat},${r.pick(['0', '12.5', ''])}`, p: null, extra: true };
    } else if (tag === 'trailing-separator') items.push({ text: '', p: null, extra: false });
    else items.splice(0, items.length, { text: '', p: null, extra: false });
  }
  const head = items.slice(0, MAX_MEASURE_POINTS);
  const over = items.length > head.length ? 1 : 0;
  const extra = head.some((i) => i.extra);
  const ok = head.every((i) => i.p);
  return part('measure', items.map((i) => i.text).join(';'), near, tag, {
    value: ok ? head.map((i) => i.p) : undefined,
    loose: extra,
    notes: over + (ok ? 0 : 1),
  });
};
