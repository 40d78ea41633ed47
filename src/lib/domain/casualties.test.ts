import { describe, expect, it } from 'vitest';
import type { Claim } from '../data/incidents.ts';
import { claimKind, conservativeDeaths, formatFigure } from './casualties.ts';
import { sortIncidents } from './sort.ts';
import { incident } from './test/make-incident.ts';

type Row = [Claim['figure'], string, string?];
const claims = (list: Row[]): Claim[] =>
  list.map(([figure, what, side]) => ({
    figure,
    what,
    claimed_by: 'x',
    source: 'reuters',
    ...(side ? { side } : {}),
  }));
const deaths = (list: Row[]) => conservativeDeaths(incident({ id: 'a', claims: claims(list) }));

describe('conservativeDeaths (ACLED: the most conservative figure any source gives)', () => {
  it('takes the lowest of conflicting figures for the same group, not the largest', () => {
    expect(
      deaths([
        [58, 'soldiers killed'],
        [23, 'soldiers killed'],
      ]),
    ).toBe(23);
  });
  it('takes a range by its low end, and an estimate by its low', () => {
    expect(deaths([[[20, 25], 'militants killed']])).toBe(20);
    const estimate: Claim = {
      figure: 12,
      low: 9,
      high: 15,
      what: 'killed',
      claimed_by: 'UCDP',
      source: 'ucdp',
    };
    expect(conservativeDeaths(incident({ id: 'e', claims: [estimate] }))).toBe(9);
  });
  it('adds up the groups different claims count', () => {
    const list: Row[] = [
      [58, 'Pakistani soldiers killed', 'Pakistani armed forces'],
      [23, 'Pakistani soldiers killed', 'Pakistani armed forces'],
      [200, 'Taliban fighters killed', 'Afghan Taliban forces'],
      [9, 'Taliban fighters killed', 'Afghan Taliban forces'],
    ];
    expect(deaths(list)).toBe(32);
  });
  it('ignores wounded, homes, sites and figures with no number', () => {
    expect(
      deaths([
        [550, 'injured'],
        [1200, 'homes demolished'],
        [7, 'TTP locations struck'],
        [null, 'killed'],
      ]),
    ).toBe(0);
  });
  it('reads what a claim counts', () => {
    expect(claimKind({ what: 'civilians killed' })).toBe('deaths');
    expect(claimKind({ what: 'dead in a week of bombing' })).toBe('deaths');
    expect(claimKind({ what: 'people wounded' })).toBe('injured');
    expect(claimKind({ what: 'Afghans repatriated' })).toBe('other');
  });
});

describe('formatFigure', () => {
  const base = { what: 'killed', claimed_by: 'x', source: 's' };
  it('keeps the source’s wording', () => {
    expect(formatFigure({ ...base, figure: 17, qualifier: 'at least' })).toBe('at least 17');
    expect(formatFigure({ ...base, figure: 50, qualifier: '-odd' })).toBe('50-odd');
    expect(formatFigure({ ...base, figure: [20, 25] })).toBe('20–25');
    expect(formatFigure({ ...base, figure: 1500000 })).toBe('1,500,000');
    expect(formatFigure({ ...base, figure: null })).toBe('not stated');
    expect(formatFigure({ ...base, figure: null, wording: 'several' })).toBe('several');
  });
  it('shows an estimate’s best guess and range', () => {
    expect(formatFigure({ ...base, figure: 12, best: 12, low: 10, high: 15 })).toBe(
      '12 (best estimate 12, 10–15)',
    );
  });
});

describe('sortIncidents', () => {
  const killed = (n: number) => claims([[n, 'killed']]);
  const a = incident({
    id: 'a',
    date: '2025-10-17',
    type: 'talks',
    location_name: 'Doha',
    claims: killed(3),
  });
  const b = incident({
    id: 'b',
    date: '2024-12-25',
    type: 'airstrike',
    location_name: 'Barmal',
    claims: killed(25),
  });
  const c = incident({
    id: 'c',
    date: '2025-10',
    date_precision: 'month',
    type: 'deportation',
    location_name: 'Pakistan',
  });
  const order = (key: Parameters<typeof sortIncidents>[1], dir: 'asc' | 'desc') =>
    sortIncidents([a, b, c], key, dir).map((i) => i.properties.id);
  it('sorts by date, type, place and deaths both ways', () => {
    expect(order('date', 'asc')).toEqual(['b', 'c', 'a']);
    expect(order('date', 'desc')).toEqual(['a', 'c', 'b']);
    expect(order('type', 'asc')).toEqual(['b', 'c', 'a']);
    expect(order('place', 'asc')).toEqual(['b', 'a', 'c']);
    expect(order('casualties', 'desc')).toEqual(['b', 'a', 'c']);
  });
  it('sorts by the conservative figure, not the largest claim', () => {
    const big = incident({
      id: 'big',
      claims: claims([
        [500, 'killed'],
        [2, 'killed'],
      ]),
    });
    const mid = incident({ id: 'mid', claims: killed(10) });
    expect(sortIncidents([big, mid], 'casualties', 'desc').map((i) => i.properties.id)).toEqual([
      'mid',
      'big',
    ]);
  });
});

describe('sorting by distance to the border', () => {
  const a = incident({ id: 'a' }),
    b = incident({ id: 'b' }),
    c = incident({ id: 'c' }, null);
  const km: Record<string, number> = { a: 40, b: 3 };
  const order = (dir: 'asc' | 'desc') =>
    sortIncidents([a, b, c], 'border', dir, (i) => km[i.properties.id]).map((i) => i.properties.id);
  it('puts the nearest first (or last), and incidents without a distance at the end', () => {
    expect(order('asc')).toEqual(['b', 'a', 'c']);
    expect(order('desc')).toEqual(['a', 'b', 'c']);
  });
});
