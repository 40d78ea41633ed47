import { actorTally, encode } from './codes.ts';
import { describe, expect, it } from 'vitest';
import {
  applyFilters,
  countLabel,
  defaultFilters,
  facetCounts,
  incidentSpan,
  isDefault,
  sideOf,
  type Filters,
} from './filters.ts';
import { incident } from './test/make-incident.ts';

const kabul = incident({
  id: 'kabul',
  summary: 'Blasts struck central Kabul in what officials called an air strike.',
});
const paktika = incident({
  id: 'paktika',
  date: '2025-10-17',
  admin1: 'Paktika',
  location_name: 'Paktika',
  location_precision: 'province',
  claims: [{ figure: 8, what: 'killed', claimed_by: 'Taliban', source: 'Reuters' }],
});
const month = incident(
  {
    id: 'month',
    date: '2025-10',
    date_precision: 'month',
    type: 'deportation',
    actors: ['Government of Pakistan'],
    country: 'PAK',
    admin1: null,
    location_name: 'Pakistan',
    location_precision: 'country',
  },
  null,
);
const border = incident(
  {
    id: 'border',
    date: '2025-10-11',
    end_date: '2025-10-19',
    type: 'armed_clash',
    actors: ['Pakistani armed forces', 'Afghan Taliban forces'],
    country: null,
    admin1: null,
    location_name: 'Along the border',
    location_precision: 'border',
  },
  null,
);
const doha = incident(
  { id: 'doha', date: '2025-10-19', type: 'ceasefire', country: 'QAT', admin1: null, location_name: 'Doha' },
  [51.53, 25.29],
);
const all = [kabul, paktika, month, border, doha];
const ids = (f: Partial<Filters>) =>
  applyFilters(all, { ...defaultFilters(), ...f }).map((i) => i.properties.id);

describe('applyFilters', () => {
  it('shows everything by default', () => {
    expect(ids({})).toEqual(['kabul', 'paktika', 'month', 'border', 'doha']);
    expect(isDefault(defaultFilters())).toBe(true);
  });
  it('keeps incidents whose span overlaps the date range', () => {
    expect(ids({ from: '2025-10-12', to: '2025-10-16' })).toEqual(['month', 'border']);
    expect(ids({ from: '2025-10-20' })).toEqual(['month']);
    expect(ids({ to: '2025-10-09' })).toEqual(['kabul', 'month']);
  });
  it('spans a month-precision incident over its whole month, not its 1st', () => {
    expect(incidentSpan(month)).toEqual(['2025-10-01', '2025-10-31']);
    expect(ids({ from: '2025-10-30', to: '2025-10-31' })).toEqual(['month']);
    expect(ids({ from: '2025-11-01' })).toEqual([]);
  });
  it('filters by type, actor, side and precision', () => {
    expect(ids({ types: ['airstrike'] })).toEqual(['kabul', 'paktika', 'doha'].filter((i) => i !== 'doha'));
    expect(ids({ types: ['airstrike', 'ceasefire'] })).toEqual(['kabul', 'paktika', 'doha']);
    expect(ids({ actors: ['Afghan Taliban forces'] })).toEqual(['border']);
    expect(ids({ sides: ['PAK'] })).toEqual(['month']);
    expect(ids({ sides: ['border', 'other'] })).toEqual(['border', 'doha']);
    expect(ids({ precisions: ['province', 'country'] })).toEqual(['paktika', 'month']);
  });
  it('searches summaries and places, folding case and accents, every word required', () => {
    expect(ids({ search: 'KABUL' })).toEqual(['kabul']);
    expect(ids({ search: 'central kābul' })).toEqual(['kabul']);
    expect(ids({ search: 'paktika' })).toEqual(['paktika']);
    expect(ids({ search: 'kabul paktika' })).toEqual([]);
    expect(ids({ search: '   ' })).toHaveLength(5);
  });
  it('combines filters with AND', () => {
    expect(ids({ types: ['airstrike'], from: '2025-10-10' })).toEqual(['paktika']);
  });
  it('does not mutate the incidents, however deep', () => {
    const copies = structuredClone(all) as typeof all;
    const before = JSON.stringify(copies);
    const freeze = (v: unknown): void => {
      if (v && typeof v === 'object') Object.values(Object.freeze(v)).forEach(freeze);
    };
    freeze(copies);
    const filters = { ...defaultFilters(), search: 'kabul', types: ['airstrike' as const], actors: ['TTP'] };
    expect(() => applyFilters(copies, filters)).not.toThrow();
    expect(() => facetCounts(copies, filters, (i) => i.properties.actors, { actors: [] })).not.toThrow();
    expect(JSON.stringify(copies)).toBe(before);
  });
});

describe('sideOf', () => {
  it('tells the two countries, the border and elsewhere apart', () => {
    expect(all.map(sideOf)).toEqual(['AFG', 'AFG', 'PAK', 'border', 'other']);
  });
});

describe('counts', () => {
  it('labels counts', () => {
    expect(countLabel(14, 31)).toBe('14 of 31 incidents');
    expect(countLabel(31, 31)).toBe('31 incidents');
    expect(countLabel(1, 1)).toBe('1 incident');
    expect(countLabel(1_234, 100_040)).toBe('1,234 of 100,040 incidents');
  });
  it('lists actors by frequency, from the codes alone', () => {
    const tally = actorTally(encode(all));
    expect(tally[0]).toEqual({ actor: 'Pakistani armed forces', count: 4 });
    // Every naming counted once: as many as the incidents' actor lists hold.
    const named = all.reduce((sum, i) => sum + i.properties.actors.length, 0);
    expect(tally.reduce((sum, a) => sum + a.count, 0)).toBe(named);
    for (let k = 1; k < tally.length; k++) {
      const [a, b] = [tally[k - 1]!, tally[k]!];
      expect(a.count > b.count || (a.count === b.count && a.actor.localeCompare(b.actor) < 0)).toBe(true);
    }
  });
  it('counts facets with the facet’s own filter lifted', () => {
    const f = { ...defaultFilters(), types: ['airstrike' as const], from: '2025-10-10' };
    const counts = facetCounts(all, f, (i) => i.properties.type, { types: [] });
    expect(Object.fromEntries(counts)).toEqual({
      airstrike: 1,
      deportation: 1,
      armed_clash: 1,
      ceasefire: 1,
    });
  });
});

describe('spatial filters', () => {
  const near = incident({ id: 'near' }, [69.9, 33.9]);
  const far = incident({ id: 'far' }, [65.7, 31.6]);
  const along = incident({ id: 'along', location_precision: 'border' }, null);
  const none = incident({ id: 'none', location_precision: 'unknown' }, null);
  const province = incident({ id: 'province', location_precision: 'province' }, [68.7, 33.2]);
  const ranges: Record<string, [number, number]> = {
    near: [12, 12],
    far: [180, 180],
    along: [0, 0],
    province: [0, 150],
  };
  const ctx = { borderRange: (i: typeof near) => ranges[i.properties.id] };
  const list = [near, far, along, none, province];
  const run = (f: Partial<Filters>) =>
    applyFilters(list, { ...defaultFilters(), ...f }, ctx).map((i) => i.properties.id);
  it('keeps what may lie within the border buffer: points, "along the border", areas that reach it', () => {
    expect(run({ borderKm: 20 })).toEqual(['near', 'along', 'province']);
    expect(run({ borderKm: 200 })).toEqual(['near', 'far', 'along', 'province']);
  });
  it('never keeps an incident with no place in a buffer', () => {
    expect(run({ borderKm: 20_000 })).not.toContain('none');
  });
  it('keeps incidents within the radius, by great-circle distance', () => {
    // Parachinar: 'near' is ~19 km away, 'far' (Kandahar) ~470 km.
    expect(run({ radius: { lng: 70.1, lat: 33.9, km: 25, label: 'Parachinar' } })).toEqual(['near']);
    expect(run({ radius: { lng: 70.1, lat: 33.9, km: 15, label: 'Parachinar' } })).toEqual([]);
    expect(run({ radius: { lng: 70.1, lat: 33.9, km: 500, label: 'Parachinar' } })).toEqual([
      'near',
      'far',
      'province',
    ]);
  });
  it('counts a spatial filter as a filter', () => {
    expect(isDefault({ ...defaultFilters(), borderKm: 20 })).toBe(false);
  });
});
