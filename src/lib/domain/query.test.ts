/**
 * The one-pass query against the plain per-incident filters (the reference): same ids, same
 * counts, same facets, for seeded random incidents and filters.
 */
import { describe, expect, it } from 'vitest';
import { distance } from '@turf/turf';
import { countable } from './aggregates.ts';
import { applyFilters, defaultFilters, facetCounts, sideOf, type FilterContext } from './filters.ts';
import { runQuery } from './query.ts';
import { IncidentStore } from './store.ts';
import { computeColumns } from './store-columns.ts';
import { lazyArray } from './lazy-array.ts';
import { randomFilters, randomIncidents, testBorder } from './test/random-incidents.ts';

const border = testBorder();
const incidents = randomIncidents(400, 7);
const store = new IncidentStore({ incidents, border });
// The reference: a point is one distance, a country its whole area, "along the border" is on it.
const ctx: FilterContext = {
  borderRange: (i) => {
    const p = i.properties;
    if (p.location_precision === 'border') return [0, 0];
    if (p.location_precision === 'country' && (p.country === 'AFG' || p.country === 'PAK')) {
      return border.countryRange(p.country);
    }
    const km = i.geometry ? border.kmToLine(i.geometry.coordinates) : undefined;
    return km === undefined ? undefined : [km, km];
  },
};
const ids = (list: { properties: { id: string } }[]) => list.map((i) => i.properties.id);
const sorted = (m: Map<string, number>) => [...m].filter(([, n]) => n > 0).sort();

describe('runQuery matches the plain filters', () => {
  for (let seed = 1; seed <= 60; seed++) {
    const f = randomFilters(seed);
    it(`filters drawn with seed ${seed}`, () => {
      const reference = applyFilters(incidents, f, ctx);
      const result = runQuery(store, f);
      expect(ids(result.filtered)).toEqual(ids(reference));
      expect(ids(result.counted)).toEqual(ids(countable(reference)));
      expect(sorted(result.facets.types)).toEqual(
        sorted(facetCounts(incidents, f, (i) => i.properties.type, { types: [] }, ctx)),
      );
      expect(sorted(result.facets.actors)).toEqual(
        sorted(facetCounts(incidents, f, (i) => i.properties.actors, { actors: [] }, ctx)),
      );
      expect(sorted(result.facets.sides)).toEqual(
        sorted(facetCounts(incidents, f, sideOf, { sides: [] }, ctx)),
      );
      const admin1 = (i: (typeof incidents)[number]) => (i.properties.admin1 ? [i.properties.admin1] : []);
      const admin2 = (i: (typeof incidents)[number]) => (i.properties.admin2 ? [i.properties.admin2] : []);
      expect(sorted(result.facets.provinces)).toEqual(
        sorted(facetCounts(incidents, f, admin1, { provinces: [] }, ctx)),
      );
      expect(sorted(result.facets.districts)).toEqual(
        sorted(facetCounts(incidents, f, admin2, { districts: [] }, ctx)),
      );
      const pool = countable(applyFilters(incidents, { ...f, from: null, to: null }, ctx));
      expect(ids(result.timelineRows.map((r) => store.incidents[r]!))).toEqual(ids(pool));
      if (f.borderKm !== null) {
        const counted = countable(reference);
        const along = counted.filter((i) => i.properties.location_precision === 'border').length;
        const possibly = counted.filter(
          (i) => i.properties.location_precision !== 'border' && ctx.borderRange(i)![1] > f.borderKm!,
        ).length;
        expect(result.buffer?.alongBorder).toBe(along);
        expect(result.buffer?.possibly).toBe(possibly);
        const within = result.buffer!.within;
        expect(within.AFG + within.PAK + within.other).toBe(counted.length - along - possibly);
      }
      if (f.radius) {
        const outside = countable(applyFilters(incidents, { ...f, radius: null }, ctx));
        expect(result.radius?.withoutRadius).toBe(outside.length);
        // The hits: the located countable matches, nearest first, as turf measures them.
        const centre = [f.radius.lng, f.radius.lat];
        const near = countable(reference)
          .filter((i) => i.geometry)
          .map((i) => ({ id: i.properties.id, km: distance(centre, i.geometry!.coordinates) }))
          .sort((a, b) => a.km - b.km);
        const hits = result.radius!.hits;
        expect(hits.map((h) => store.incidents[h.row]!.properties.id)).toEqual(near.map((h) => h.id));
        hits.forEach((h, k) => expect(h.km).toBeCloseTo(near[k]!.km, 6));
      }
    });
  }
  it('draws filters that reach every filter at least once', () => {
    const drawn = Array.from({ length: 60 }, (_, i) => randomFilters(i + 1));
    for (const key of ['from', 'to', 'search', 'borderKm', 'radius'] as const) {
      expect(
        drawn.some((f) => f[key] !== null && f[key] !== ''),
        key,
      ).toBe(true);
    }
    for (const key of ['types', 'actors', 'sides', 'precisions', 'provinces', 'districts'] as const) {
      expect(
        drawn.some((f) => f[key].length > 0),
        key,
      ).toBe(true);
    }
    expect(incidents.some((i) => i.properties.clarity === 'aggregate')).toBe(true);
  });
  it('answers a radius question without reading an incident', () => {
    let reads = 0;
    const counting = lazyArray(incidents.length, (row) => (reads++, incidents[row]!));
    const lazy = new IncidentStore({ incidents: counting, border }, computeColumns({ incidents, border }));
    const f = { ...defaultFilters(), radius: { lng: 69, lat: 32, km: 400, label: '' } };
    const result = runQuery(lazy, f);
    expect(result.radius!.hits.length).toBeGreaterThan(20);
    expect(reads).toBe(0);
  });
  it('counts the whole store without covered aggregates', () => {
    expect(runQuery(store, randomFilters(0)).total).toBe(countable(incidents).length);
  });
});
