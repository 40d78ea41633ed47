import { describe, expect, it } from 'vitest';
import { formatFigure, maxCasualties } from './casualties.ts';
import { sortIncidents } from './sort.ts';
import { incident } from './test/make-incident.ts';

const claims = (list: [number | [number, number] | null, string][]) => list.map(([figure, what]) => ({ figure, what, claimed_by: 'x', source: 'Reuters' }));

describe('maxCasualties', () => {
  it('takes the largest casualty figure, a range by its top', () => {
    expect(maxCasualties(incident({ id: 'a', claims: claims([[8, 'killed'], [[20, 25], 'militants killed'], [null, 'dead (dozens)']]) }))).toBe(25);
  });
  it('ignores figures that do not count people hurt', () => {
    expect(maxCasualties(incident({ id: 'b', claims: claims([[1200, 'homes and shops demolished'], [7, 'TTP locations struck']]) }))).toBe(0);
  });
  it('formats figures with their wording', () => {
    expect(formatFigure({ figure: 17, qualifier: 'at least', what: 'killed', claimed_by: 'UN', source: 's' })).toBe('at least 17');
    expect(formatFigure({ figure: [20, 25], what: 'killed', claimed_by: 'x', source: 's' })).toBe('20–25');
    expect(formatFigure({ figure: 1500000, what: 'returned', claimed_by: 'x', source: 's' })).toBe('1,500,000');
    expect(formatFigure({ figure: null, what: 'killed', claimed_by: 'x', source: 's' })).toBe('not stated');
  });
});

describe('sortIncidents', () => {
  const a = incident({ id: 'a', date: '2025-10-17', type: 'talks', location_name: 'Doha', claims: claims([[3, 'killed']]) });
  const b = incident({ id: 'b', date: '2024-12-25', type: 'airstrike', location_name: 'Barmal', claims: claims([[25, 'killed']]) });
  const c = incident({ id: 'c', date: '2025-10', date_precision: 'month', type: 'deportation', location_name: 'Pakistan' });
  const order = (key: Parameters<typeof sortIncidents>[1], dir: 'asc' | 'desc') => sortIncidents([a, b, c], key, dir).map((i) => i.properties.id);
  it('sorts by date, type, place and casualties both ways', () => {
    expect(order('date', 'asc')).toEqual(['b', 'c', 'a']);
    expect(order('date', 'desc')).toEqual(['a', 'c', 'b']);
    expect(order('type', 'asc')).toEqual(['b', 'c', 'a']);
    expect(order('place', 'asc')).toEqual(['b', 'a', 'c']);
    expect(order('casualties', 'desc')).toEqual(['b', 'a', 'c']);
  });
});

describe('sorting by distance to the border', () => {
  const a = incident({ id: 'a' }), b = incident({ id: 'b' }), c = incident({ id: 'c' }, null);
  const km: Record<string, number> = { a: 40, b: 3 };
  const order = (dir: 'asc' | 'desc') => sortIncidents([a, b, c], 'border', dir, (i) => km[i.properties.id]).map((i) => i.properties.id);
  it('puts the nearest first (or last), and incidents without a distance at the end', () => {
    expect(order('asc')).toEqual(['b', 'a', 'c']);
    expect(order('desc')).toEqual(['a', 'b', 'c']);
  });
});
