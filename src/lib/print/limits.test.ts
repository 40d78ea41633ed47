import { describe, expect, it } from 'vitest';
import { buildPage, NUMBER_LIMIT, TABLE_LIMIT, tableHeading, tableNote } from './content.ts';
import { defaultLayers } from '../domain/layers.ts';
import { addDays } from '../domain/dates.ts';
import { theme } from '../theme/theme.ts';
import { incident } from '../domain/test/make-incident.ts';
import type { PrintMap } from './map-image.ts';
import { printSetOf } from './test/print-set.ts';

const map: PrintMap = {
  dataUrl: '',
  widthPx: 1,
  heightPx: 1,
  center: [69, 34],
  zoom: 6,
  bearing: 0,
  pitch: 0,
  rendered: [],
  extent: [
    [60, 40],
    [75, 40],
    [75, 28],
    [60, 28],
    [60, 40],
  ],
};
/** `inside` incidents in the printed area, `outside` beyond it, one a day from 1 Jan 2020. */
function incidents(inside: number, outside: number) {
  return Array.from({ length: inside + outside }, (_, k) =>
    incident({ id: `i${k}`, date: addDays('2020-01-01', k) }, k < inside ? [65, 33] : [80, 20]),
  );
}
const page = (filtered: ReturnType<typeof incidents>, set = printSetOf(filtered)) =>
  buildPage({
    paper: 'a4',
    orientation: 'landscape',
    title: 't',
    subtitle: 's',
    map,
    layers: defaultLayers(),
    set,
    countries: [],
    theme,
    permalink: 'http://localhost/',
    now: new Date(0),
  });

describe('a print of many incidents', () => {
  it('lists the first 500, those on the map first, and says where the rest are', () => {
    const big = page(incidents(200, 1000));
    expect(TABLE_LIMIT).toBe(500);
    expect(big.rows).toHaveLength(500);
    expect(big.total).toBe(1200);
    expect(big.rows[0]!.id).toBe('i0');
    expect(big.rows[200]!.id).toBe('i200'); // the first outside the printed area follows the map's
    expect(tableHeading(big)).toBe('Incidents: 1,200 (200 on the map, 1,000 outside the printed area)');
    expect(tableNote(big)).toContain('first 500 of 1,200 matching incidents');
    expect(tableNote(big)).toContain('CSV');
    expect(big.numbered).toBe(true);
    expect(big.rows[199]!.n).toBe(200);
  });
  it('stops numbering the map beyond the limit and says so', () => {
    const crowded = page(incidents(NUMBER_LIMIT + 1, 0));
    expect(crowded.numbered).toBe(false);
    expect(crowded.rows.every((r) => r.n === undefined)).toBe(true);
    expect(tableNote(crowded)).toContain('too many to number');
  });
  it('says nothing when nothing is left out', () => {
    const small = page(incidents(3, 2));
    expect(small.rows).toHaveLength(5);
    expect(tableNote(small)).toBe('');
  });
  it('reads only the incidents its table lists: the rest are counted from the store', () => {
    const list = incidents(200, 1000);
    const read = new Set<number>();
    const watched = new Proxy(list, {
      get(target, key, receiver) {
        if (typeof key === 'string' && /^\d+$/.test(key)) read.add(Number(key));
        return Reflect.get(target, key, receiver) as unknown;
      },
    });
    const set = printSetOf(watched);
    read.clear(); // the store read each one once, to make its columns
    const big = page(list, set);
    expect(big.total).toBe(1200);
    expect(big.counted).toBe(1200);
    expect([...read].sort((a, b) => a - b)).toEqual(Array.from({ length: 500 }, (_, k) => k));
  });
});
