/**
 * The fused scan behind runQuery (query-scan.ts) and what is kept between answers, against the
 * plain per-incident functions on seeded random sets: the per-province tallies, every facet
 * (precisions too), what the map draws, the timeline's bars and the list's order; and the
 * answers handed back again are equal to answers made afresh.
 */
import type { Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { countByArea, type AreaFeature } from '../geo/area-counts.ts';
import { countable } from './aggregates.ts';
import { PRECISION_LIST, TYPE_LIST } from './codes.ts';
import { applyFilters, defaultFilters, facetCounts, type FilterContext } from './filters.ts';
import { runQuery } from './query.ts';
import { sortRows } from './sort.ts';
import { IncidentStore } from './store.ts';
import { dayNumber } from './dates.ts';
import { makeBins, histogram, histogramRows, type BinUnit } from './timeline.ts';
import { randomFilters, randomIncidents, testBorder } from './test/random-incidents.ts';

const border = testBorder();
const box = (w: number, s: number, e: number, n: number): Polygon => ({
  type: 'Polygon',
  coordinates: [
    [
      [w, s],
      [e, s],
      [e, n],
      [w, n],
      [w, s],
    ],
  ],
});
const areas: AreaFeature[] = [
  {
    type: 'Feature',
    properties: { name: 'West', country: 'AFG', focus: true },
    geometry: box(62, 28, 69, 36),
  },
  {
    type: 'Feature',
    properties: { name: 'East', country: 'PAK', focus: true },
    geometry: box(70, 28, 76, 32),
  },
];
const incidents = randomIncidents(500, 23);
const store = new IncidentStore({ incidents, border, areas });
const ctx: FilterContext = {
  borderRange: (i) => {
    const row = store.rowOf.get(i.properties.id)!;
    return Number.isNaN(store.kmMin[row]!) ? undefined : [store.kmMin[row]!, store.kmMax[row]!];
  },
};
const sorted = (m: Map<string, number>) => [...m].filter(([, n]) => n > 0).sort();
const ids = (list: { properties: { id: string } }[]) => list.map((i) => i.properties.id);

describe('the fused scan matches the plain functions', () => {
  for (let seed = 100; seed < 140; seed++) {
    const f = randomFilters(seed);
    it(`filters drawn with seed ${seed}`, () => {
      const result = runQuery(store, f);
      const reference = applyFilters(incidents, f, ctx);
      const counted = countable(reference);
      const tally = countByArea(counted, areas);
      expect(result.areas).toEqual({
        // countByArea sorts its areas by count; the query keeps the store's order.
        counts: areas.map((a) => tally.areas.find((t) => t.name === a.properties.name)!.count),
        outside: tally.outside,
        unlocated: tally.unlocated,
      });
      expect(sorted(result.facets.precisions)).toEqual(
        sorted(facetCounts(incidents, f, (i) => i.properties.location_precision, { precisions: [] }, ctx)),
      );
      const drawn = counted.filter((i) => i.geometry);
      expect(result.drawn).toEqual({
        located: drawn.length,
        alongBorder: counted.filter((i) => i.properties.location_precision === 'border').length,
        // The legend's own test: which types and precisions some drawn incident has.
        types: TYPE_LIST.filter((t) => drawn.some((i) => i.properties.type === t)),
        precisions: PRECISION_LIST.filter((p) => drawn.some((i) => i.properties.location_precision === p)),
      });
      // The counted rows are the plain filters' countable incidents, in row order.
      expect(result.countedRows).toEqual(counted.map((i) => store.rowOf.get(i.properties.id)));
      expect(ids(result.filtered)).toEqual(ids(reference));
    });
  }
});

describe('answers kept between changes', () => {
  it('hands back the answer without filters as it was, equal to one made afresh', () => {
    const first = runQuery(store, defaultFilters());
    runQuery(store, randomFilters(5));
    const again = runQuery(store, { ...defaultFilters(), search: '  ' });
    expect(again).toBe(first);
    const fresh = runQuery(new IncidentStore({ incidents, border, areas }), defaultFilters());
    expect({ ...again, filtered: ids(again.filtered), counted: ids(again.counted) }).toEqual({
      ...fresh,
      filtered: ids(fresh.filtered),
      counted: ids(fresh.counted),
    });
  });
  it('keeps the timeline pool when only the dates change', () => {
    const f = { ...defaultFilters(), types: ['airstrike' as const, 'talks' as const] };
    const pool = runQuery(store, f).timelineRows;
    expect(pool.length).toBeGreaterThan(0);
    const dated = runQuery(store, { ...f, from: '2024-03-01', to: '2024-09-30' });
    expect(dated.timelineRows).toBe(pool);
    const other = runQuery(store, { ...f, types: ['talks'] }).timelineRows;
    expect(other).not.toBe(pool);
    expect(other.length).toBeLessThan(pool.length);
  });
});

/** The bins by the definition: each span's share of days in each bin, summed in row order. */
function referenceBins(rows: readonly number[], from: string, to: string, unit: BinUnit) {
  const bins = makeBins(from, to, unit);
  for (const row of rows) {
    const [s, e] = [store.start[row]!, store.end[row]!];
    const days = e - s + 1;
    for (const bin of bins) {
      const overlap = Math.min(e, dayNumber(bin.end)) - Math.max(s, dayNumber(bin.start)) + 1;
      if (overlap <= 0) continue;
      if (days === 1) bin.exact += 1;
      else bin.spread += overlap / days;
    }
  }
  return bins;
}

describe('histogramRows', () => {
  const ranges: [string, string, BinUnit][] = [
    ['2024-01-01', '2025-12-31', 'month'],
    ['2024-02-10', '2024-07-20', 'week'],
    ['2024-06-03', '2024-06-03', 'week'],
    ['2026-01-01', '2026-03-31', 'month'],
  ];
  for (let seed = 1; seed <= 12; seed++) {
    it(`counts as the definition does, seed ${seed}`, () => {
      const rows = runQuery(store, randomFilters(seed)).timelineRows;
      for (const [from, to, unit] of ranges) {
        const bins = histogramRows(store, rows, from, to, unit);
        expect(bins).toEqual(referenceBins(rows, from, to, unit));
        expect(bins).toEqual(
          histogram(
            rows.map((r) => incidents[r]!),
            from,
            to,
            unit,
          ),
        );
      }
    });
  }
  it('gives the same bins again for the same rows, range and unit', () => {
    const rows = runQuery(store, randomFilters(4)).timelineRows;
    const bins = histogramRows(store, rows, '2024-01-01', '2025-12-31', 'month');
    expect(histogramRows(store, rows, '2024-01-01', '2025-12-31', 'month')).toBe(bins);
    expect(histogramRows(store, rows, '2024-01-01', '2025-12-31', 'week')).toEqual(
      referenceBins(rows, '2024-01-01', '2025-12-31', 'week'),
    );
  });
});

describe('sortRows kept per list', () => {
  it('gives the same order again for the same list, and a new one for another key', () => {
    const rows = runQuery(store, randomFilters(8)).rows;
    const byDate = sortRows(store, rows, 'date', 'desc');
    expect(sortRows(store, rows, 'date', 'desc')).toBe(byDate);
    const byPlace = sortRows(store, rows, 'place', 'asc');
    expect([...byPlace].sort((a, b) => a - b)).toEqual([...rows]);
    expect(sortRows(store, rows, 'date', 'desc')).toEqual(byDate);
  });
});
