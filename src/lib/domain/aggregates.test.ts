/** An aggregate report is never counted beside its parts: totals, facets, timeline, provinces, print table. */
import { describe, expect, it } from 'vitest';
import type { Feature, Polygon } from 'geojson';
import type { IncidentProps } from '../data/incidents.ts';
import { countable, coveredAggregates, reportRowOf } from './aggregates.ts';
import { IncidentStore } from './store.ts';
import { facetCounts, defaultFilters } from './filters.ts';
import { histogram } from './timeline.ts';
import { countByArea, type AreaFeature } from '../geo/area-counts.ts';
import { buildPage, tableHeading } from '../print/content.ts';
import { defaultLayers } from './layers.ts';
import { theme } from '../theme/theme.ts';
import { incident } from './test/make-incident.ts';
import { printSetOf } from '../print/test/print-set.ts';

const clash = (id: string, date: string, props: Partial<IncidentProps> = {}) =>
  incident({ id, date, type: 'armed_clash', ...props });
const partA = clash('part-a', '2025-10-12');
const partB = clash('part-b', '2025-10-15', { type: 'airstrike' });
const whole = clash('whole', '2025-10-11', {
  end_date: '2025-10-19',
  clarity: 'aggregate',
  parts: ['part-a', 'part-b'],
});
const other = clash('other', '2025-10-13');

describe('countable', () => {
  it('drops an aggregate when one of its parts is shown, keeps it when none is', () => {
    expect([...coveredAggregates([partA, whole, other])]).toEqual(['whole']);
    expect(countable([partA, partB, whole, other]).map((i) => i.properties.id)).toEqual([
      'part-a',
      'part-b',
      'other',
    ]);
    expect(countable([whole, other]).map((i) => i.properties.id)).toEqual(['whole', 'other']);
  });
});

describe('facet counts', () => {
  it('counts what each choice would show, the aggregate not beside its parts', () => {
    const counts = facetCounts([partA, partB, whole, other], defaultFilters(), (i) => i.properties.type, {
      types: [],
    });
    // armed_clash: part-a, other (whole is covered by part-a); airstrike: part-b alone.
    expect(Object.fromEntries(counts)).toEqual({ armed_clash: 2, airstrike: 1 });
  });
});

describe('timeline', () => {
  it('adds nothing for an aggregate whose parts are in the bars', () => {
    const bins = histogram([partA, partB, whole, other], '2025-10-06', '2025-10-19', 'week');
    const total = bins.reduce((n, b) => n + b.exact + b.spread, 0);
    expect(total).toBeCloseTo(3, 6);
  });
});

describe('per-province tallies', () => {
  const box: Polygon = {
    type: 'Polygon',
    coordinates: [
      [
        [68, 34],
        [70, 34],
        [70, 35],
        [68, 35],
        [68, 34],
      ],
    ],
  };
  const kabul: AreaFeature = {
    type: 'Feature',
    properties: { name: 'Kabul', country: 'AFG', focus: true },
    geometry: box,
  };
  it('counts each incident once when given the countable set', () => {
    const located = clash('whole-located', '2025-10-11', { clarity: 'aggregate', parts: ['part-a'] });
    const tally = countByArea(countable([partA, located]), [kabul as Feature<Polygon> as AreaFeature]);
    expect(tally.areas[0]!.count).toBe(1);
  });
});

describe('print table', () => {
  it('counts the aggregate once through its parts and marks its row', () => {
    const map = {
      dataUrl: '',
      widthPx: 1,
      heightPx: 1,
      center: [69, 34] as [number, number],
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
    const unplaced = clash('whole', '2025-10-11', {
      clarity: 'aggregate',
      parts: ['part-a', 'part-b'],
      location_precision: 'border',
    });
    const page = buildPage({
      paper: 'a4',
      orientation: 'landscape',
      title: 't',
      subtitle: 's',
      map,
      layers: defaultLayers(),
      set: printSetOf([partA, partB, { ...unplaced, geometry: null }, other]),
      countries: [],
      theme,
      permalink: 'http://localhost/',
      now: new Date(0),
    });
    expect(page.rows).toHaveLength(4);
    expect(page.counted).toBe(3);
    const row = page.rows.find((r) => r.id === 'whole')!;
    expect(row.n).toBeUndefined();
    expect(row.precision).toContain('Summary report of 2 incidents listed here');
  });
});

describe('print table heading', () => {
  it('says how many are counted and that the summary is listed, not counted', () => {
    expect(tableHeading({ total: 4, offMap: 0, unlocated: 1, counted: 3 })).toBe(
      'Incidents: 3 (3 on the map, 1 with no place to draw; 1 summary report listed, not counted again)',
    );
    expect(tableHeading({ total: 4, offMap: 1, unlocated: 1, counted: 4 })).toBe(
      'Incidents: 4 (2 on the map, 1 outside the printed area, 1 with no place to draw)',
    );
    expect(tableHeading({ total: 4, offMap: 0, unlocated: 0, counted: 4 })).toBe('Incidents: 4');
  });
});

describe('reportRowOf', () => {
  it("finds each present part's summary report by the part's id, from the store's links", () => {
    const store = new IncidentStore({
      incidents: [
        incident({ id: 'p1' }),
        incident({ id: 'sum', clarity: 'aggregate', parts: ['p1', 'p2', 'absent'] }, null),
        incident({ id: 'p2' }),
        incident({ id: 'alone' }),
      ],
    });
    const owner = reportRowOf(store.partsOf, store.ids);
    expect([...owner].sort()).toEqual([
      ['p1', 1],
      ['p2', 1],
    ]);
  });
});
