import { describe, expect, it } from 'vitest';
import { featureFilter, type Feature } from '@maplibre/maplibre-gl-style-spec';
import type { ArchiveProps } from '../domain/archive.ts';
import { dayNumber } from '../domain/dates.ts';
import { defaultFilters, type Filters } from '../domain/filters.ts';
import { worldXY } from '../geo/mercator.ts';
import { archiveIgnores, archiveProps } from '../domain/archive.ts';
import { archiveFilter } from './archive-filter.ts';

const base: ArchiveProps = {
  id: 'a',
  s: dayNumber('2024-03-01'),
  e: dayNumber('2024-03-31'),
  t: 'shelling',
  sd: 'PAK',
  p: 'district',
  a1: 'Khyber Pakhtunkhwa',
  a: '|Pakistan Army|TTP|',
  km: 12.5,
  pl: 'Kurram',
  dt: '2024-03',
  dp: 'month',
};
/** The fields archiveProps reads, for an incident built in a test. */
const incidentLike = {
  id: 'b',
  date: '2024-03',
  date_precision: 'month',
  type: 'shelling',
  country: 'PAK',
  admin1: 'Khyber Pakhtunkhwa',
  location_name: 'Kurram',
  location_precision: 'district',
};
const Z = 10;
/** The filter's verdict on a point feature of a zoom-10 tile, as MapLibre's worker decides it. */
function passes(f: Partial<Filters>, props: Partial<ArchiveProps> = {}, at: [number, number] = [70.1, 33.9]) {
  const { filter } = featureFilter(archiveFilter({ ...defaultFilters(), ...f }), 'filter');
  const [wx, wy] = worldXY(...at);
  const [x, y] = [Math.floor(wx * 2 ** Z), Math.floor(wy * 2 ** Z)];
  const point = { x: Math.round((wx * 2 ** Z - x) * 8192), y: Math.round((wy * 2 ** Z - y) * 8192) };
  const feature = { type: 1, properties: { ...base, ...props }, geometry: [[point]] } as unknown as Feature;
  return filter({ zoom: Z }, feature, { z: Z, x, y } as Parameters<typeof filter>[2]);
}

describe('archiveFilter', () => {
  it('passes everything with no filter', () => {
    expect(archiveFilter(defaultFilters())).toEqual(['all']);
    expect(passes({})).toBe(true);
  });
  it('keeps incidents whose span overlaps the dates', () => {
    expect(passes({ from: '2024-03-31' })).toBe(true);
    expect(passes({ from: '2024-04-01' })).toBe(false);
    expect(passes({ to: '2024-03-01' })).toBe(true);
    expect(passes({ to: '2024-02-29' })).toBe(false);
  });
  it('matches types, sides, precisions, provinces and districts from their lists', () => {
    expect(passes({ types: ['airstrike', 'shelling'] })).toBe(true);
    expect(passes({ types: ['airstrike'] })).toBe(false);
    expect(passes({ sides: ['AFG'] })).toBe(false);
    expect(passes({ precisions: ['district'], provinces: ['Khyber Pakhtunkhwa'] })).toBe(true);
    expect(passes({ districts: ['Kurram'] })).toBe(false); // this one has no district field
  });
  it('matches any chosen actor by its whole name', () => {
    expect(passes({ actors: ['Afghan Army', 'TTP'] })).toBe(true);
    expect(passes({ actors: ['Pakistan'] })).toBe(false);
  });
  it('keeps a bar inside an actor’s name from splitting it', () => {
    const props = archiveProps(
      {
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [70.1, 33.9] },
        properties: { ...incidentLike, actors: ['Lashkar|East', 'TTP'] },
      } as never,
      { start: base.s, end: base.e, kmMin: 3 },
    );
    expect(passes({ actors: ['Lashkar|East'] }, props)).toBe(true);
    expect(passes({ actors: ['Lashkar'] }, props)).toBe(false);
    expect(passes({ actors: ['East'] }, props)).toBe(false);
  });
  it('keeps the border buffer on the nearest km the place allows, never an unknown one', () => {
    expect(passes({ borderKm: 12.5 })).toBe(true);
    expect(passes({ borderKm: 10 })).toBe(false);
    expect(passes({ borderKm: 500 }, { km: undefined })).toBe(false);
  });
  it('keeps points within the radius', () => {
    // Parachinar (70.10°E 33.90°N): 40 km east is about 70.53°E.
    const radius = { lng: 70.1, lat: 33.9, km: 40, label: 'Parachinar' };
    expect(passes({ radius }, {}, [70.5, 33.9])).toBe(true);
    expect(passes({ radius }, {}, [70.6, 33.9])).toBe(false);
  });
  it('says when the text search is not applied', () => {
    expect(archiveIgnores({ ...defaultFilters(), search: ' kurram ' })).toBe(true);
    expect(archiveIgnores(defaultFilters())).toBe(false);
  });
});
