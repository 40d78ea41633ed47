/** Invariants of the committed layers in geodata/: what the app and the analysts rely on. */
import { readFileSync } from 'node:fs';
import { bbox, booleanPointInPolygon, distance, length, pointToPolygonDistance } from '@turf/turf';
import type { Feature, MultiPolygon, Point, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import {
  LAYERS,
  type AreaLabels,
  type Boundaries,
  type Countries,
  type DurandLine,
  type LayerFile,
  type Places,
  type Provinces,
} from './layers.ts';
import { formatIssues, validateFeatureCollection } from './validate.ts';

const read = <T>(file: string): T =>
  JSON.parse(readFileSync(new URL(`../../../geodata/${file}`, import.meta.url), 'utf8')) as T;

const durand = read<DurandLine>('durand-line.geojson');
const countries = read<Countries>('countries.geojson');
const provinces = read<Provinces>('provinces.geojson');
const places = read<Places>('places.geojson');

describe('every committed layer is valid', () => {
  for (const file of Object.keys(LAYERS) as LayerFile[]) {
    it(file, () => expect(formatIssues(validateFeatureCollection(read(file), file, LAYERS[file]))).toBe(''));
  }
});

describe('durand-line.geojson', () => {
  const line = durand.features[0]!;
  const coords = line.geometry.coordinates;
  it('is one LineString', () => {
    expect(durand.features).toHaveLength(1);
    expect(line.geometry.type).toBe('LineString');
  });
  it('runs from the Iran tripoint to the China tripoint', () => {
    expect(distance(coords[0]!, [60.85, 29.86])).toBeLessThan(5);
    expect(distance(coords[coords.length - 1]!, [74.54, 37.02])).toBeLessThan(5);
  });
  it('is between 2,000 and 2,900 km long', () => {
    const km = length(line, { units: 'kilometers' });
    expect(km).toBeGreaterThan(2000);
    expect(km).toBeLessThan(2900);
  });
  it('says Afghanistan does not recognise it', () => {
    expect(line.properties.status).toMatch(/Afghanistan has never recognised/);
  });
  it('ends on Iran and on China', () => {
    const iran = countries.features.find((c) => c.properties.iso_a3 === 'IRN')!;
    const china = countries.features.find((c) => c.properties.iso_a3 === 'CHN')!;
    expect(Math.abs(pointToPolygonDistance(coords[0]!, iran))).toBeLessThan(1);
    expect(Math.abs(pointToPolygonDistance(coords[coords.length - 1]!, china))).toBeLessThan(1);
  });
});

describe('countries.geojson', () => {
  it('holds Afghanistan and Pakistan as the subject and their neighbours as context', () => {
    const iso = countries.features.map((c) => c.properties.iso_a3);
    for (const code of ['AFG', 'PAK', 'IRN', 'CHN', 'IND', 'TJK', 'TKM', 'UZB']) expect(iso).toContain(code);
    expect(
      countries.features
        .filter((c) => c.properties.subject)
        .map((c) => c.properties.iso_a3)
        .sort(),
    ).toEqual(['AFG', 'PAK']);
  });
  it('is clipped to the region', () => {
    const [w, s, e, n] = bbox(countries);
    expect(w).toBeGreaterThanOrEqual(49.99);
    expect(e).toBeLessThanOrEqual(80.01);
    expect(s).toBeGreaterThanOrEqual(21.99);
    expect(n).toBeLessThanOrEqual(40.01);
  });
});

describe('provinces.geojson', () => {
  const afghan = provinces.features.filter((p) => p.properties.country === 'AFG');
  const named = (name: string) => provinces.features.find((p) => p.properties.name === name);
  it('has all 34 Afghan provinces, each once', () => {
    expect(afghan).toHaveLength(34);
    expect(new Set(afghan.map((p) => p.properties.name)).size).toBe(34);
    for (const name of ['Panjshir', 'Daykundi', 'Parwan', 'Uruzgan', 'Paktia', 'Helmand', 'Herat'])
      expect(named(name)?.properties.country).toBe('AFG');
  });
  it('names Pakistan as it is today: FATA merged into Khyber Pakhtunkhwa', () => {
    const pakistan = provinces.features
      .filter((p) => p.properties.country === 'PAK' && p.properties.level !== 'district')
      .map((p) => p.properties.name)
      .sort();
    expect(pakistan).toEqual([
      'Azad Jammu and Kashmir',
      'Balochistan',
      'Gilgit-Baltistan',
      'Islamabad Capital Territory',
      'Khyber Pakhtunkhwa',
      'Punjab',
      'Sindh',
    ]);
    expect(named('Khyber Pakhtunkhwa')?.properties.alt_names).toContain('F.A.T.A.');
  });
  it('marks exactly the five focus areas', () => {
    expect(
      provinces.features
        .filter((p) => p.properties.focus)
        .map((p) => p.properties.name)
        .sort(),
    ).toEqual(['Kabul', 'Kandahar', 'Khost', 'Kurram', 'Paktika']);
  });
  it('draws Kurram honestly: an outline from a supplied file, or its seat with boundary "not available"', () => {
    const kurram = named('Kurram')!;
    expect(kurram.properties).toMatchObject({
      level: 'district',
      parent: 'Khyber Pakhtunkhwa',
      seat: 'Parachinar',
    });
    if (kurram.geometry.type === 'Point') {
      expect(kurram.properties.boundary).toBe('not available');
      const kp = named('Khyber Pakhtunkhwa') as Feature<Polygon | MultiPolygon>;
      expect(booleanPointInPolygon(kurram.geometry, kp)).toBe(true);
      expect(distance(kurram.geometry, [70.1, 33.9])).toBeLessThan(5); // Parachinar
    } else {
      expect(kurram.properties.boundary).toMatch(/^geodata\/sources\//);
    }
  });
  it('places Kabul city inside Kabul province and Quetta inside Balochistan', () => {
    expect(booleanPointInPolygon([69.17, 34.53], named('Kabul') as Feature<Polygon>)).toBe(true);
    expect(booleanPointInPolygon([67.0, 30.18], named('Balochistan') as Feature<Polygon>)).toBe(true);
  });
});

describe('places.geojson', () => {
  const byName = new Map(places.features.map((p) => [p.properties.name, p]));
  it('has the capitals, Parachinar and the focus provinces’ towns', () => {
    expect(byName.get('Kabul')?.properties.rank).toBe(1);
    expect(byName.get('Islamabad')?.properties.rank).toBe(1);
    for (const name of ['Parachinar', 'Kandahar', 'Khost', 'Sharana', 'Peshawar', 'Karachi'])
      expect(byName.has(name), name).toBe(true);
  });
  it('lies in the province it names (except where the coast generalisation misses a port)', () => {
    for (const place of places.features) {
      const unit = provinces.features.find(
        (p) => p.properties.name === place.properties.admin1 && p.geometry.type !== 'Point',
      ) as Feature<Polygon | MultiPolygon> | undefined;
      expect(unit, `${place.properties.name}: no province "${place.properties.admin1}"`).toBeDefined();
      const inside = booleanPointInPolygon(place.geometry as Point, unit!);
      const km = inside ? 0 : Math.abs(pointToPolygonDistance(place.geometry as Point, unit!));
      expect(
        km,
        `${place.properties.name} is ${km.toFixed(1)} km outside ${place.properties.admin1}`,
      ).toBeLessThan(5);
    }
  });
  it('keeps spellings for search', () => {
    expect(byName.get('Parachinar')?.properties.alt_names).toContain('Para Chinar');
    expect(byName.get('Khost')?.properties.alt_names).toContain('Khowst');
  });
});

describe('boundaries.geojson', () => {
  const lines = read<Boundaries>('boundaries.geojson').features;
  const line = (id: string) => lines.find((l) => l.properties.id === id)!;
  const ends = (id: string) => {
    const c = line(id).geometry.coordinates;
    return [c[0]!, c[c.length - 1]!];
  };
  it('leaves the Durand Line to its own layer', () => {
    expect(lines.some((l) => l.properties.countries.join() === 'AFG,PAK')).toBe(false);
  });
  it('splits India–Pakistan into border, Working Boundary and Line of Control, end to end', () => {
    const ip = lines.filter((l) => l.properties.countries.join() === 'IND,PAK');
    expect(ip.map((l) => [l.properties.id, l.properties.kind])).toEqual([
      ['boundary-ind-pak', 'international'],
      ['boundary-ind-pak-line-of-control', 'de_facto'],
      ['boundary-ind-pak-siachen', 'de_facto'],
      ['boundary-ind-pak-working-boundary', 'de_facto'],
    ]);
    expect(ends('boundary-ind-pak')[1]).toEqual(ends('boundary-ind-pak-working-boundary')[0]);
    expect(ends('boundary-ind-pak-working-boundary')[1]).toEqual(ends('boundary-ind-pak-line-of-control')[0]);
    // The international border runs from the Arabian Sea to Punjab, never into Kashmir.
    for (const [, lat] of line('boundary-ind-pak').geometry.coordinates) expect(lat).toBeLessThan(32.6);
    // The Line of Control ends at Siachen, north of 34.5° N near 77° E.
    const [lng, lat] = ends('boundary-ind-pak-line-of-control')[1]!;
    expect(lat).toBeGreaterThan(34.5);
    expect(lng).toBeGreaterThan(76.5);
    const km = length(line('boundary-ind-pak-line-of-control'), { units: 'kilometers' });
    expect(km).toBeGreaterThan(500);
    expect(km).toBeLessThan(1000);
  });
  it('draws the India–China line as de facto, and the Afghan borders as international', () => {
    expect(line('boundary-chn-ind').properties.kind).toBe('de_facto');
    expect(line('boundary-chn-ind').properties.name).toMatch(/Line of Actual Control/);
    for (const id of ['boundary-afg-irn', 'boundary-afg-tjk', 'boundary-afg-chn', 'boundary-irn-pak']) {
      expect(line(id).properties.kind, id).toBe('international');
    }
  });
  it('stays inside the region', () => {
    const [w, s, e, n] = bbox({ type: 'FeatureCollection', features: lines });
    expect([w >= 49.99, s >= 21.99, e <= 80.01, n <= 40.01]).toEqual([true, true, true, true]);
  });
});

describe('kashmir-labels.geojson', () => {
  const labels = read<AreaLabels>('kashmir-labels.geojson').features;
  const at = (name: string) => labels.find((l) => l.properties.name === name)!.geometry;
  const unit = (name: string) =>
    provinces.features.find((p) => p.properties.name === name) as Feature<Polygon | MultiPolygon>;
  const country = (iso: string) => countries.features.find((c) => c.properties.iso_a3 === iso)!;
  it('puts each label inside the area it names', () => {
    const pak = at('Pakistan-administered Kashmir');
    const units = ['Gilgit-Baltistan', 'Azad Jammu and Kashmir'];
    expect(units.some((u) => booleanPointInPolygon(pak, unit(u)))).toBe(true);
    const ind = at('Indian-administered Kashmir');
    expect(booleanPointInPolygon(ind, country('IND'))).toBe(true);
    expect(ind.coordinates[1]).toBeGreaterThan(32.5);
    const aksai = at('Chinese-administered Aksai Chin');
    expect(booleanPointInPolygon(aksai, country('CHN'))).toBe(true);
    expect(aksai.coordinates[0]).toBeGreaterThan(78);
    expect(aksai.coordinates[0]).toBeLessThan(80.3);
  });
});
