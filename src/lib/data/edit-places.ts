/**
 * The places the incident editor offers, each with the point and precision a pick gives: a town
 * at itself; a district at its seat; a province at its capital (ACLED's rule). Places with no
 * known capital or seat are not offered as areas.
 */
import type { PlaceEntry } from '../geo/place-search.ts';
import { PROVINCE_CAPITALS } from './capitals.ts';
import type { Places, ProvinceProps, Provinces } from './layers.ts';
import type { LocationPrecision } from './schema.ts';
import { m } from '../i18n/messages.ts';

export interface EditPlace extends PlaceEntry {
  precision: LocationPrecision;
  country: 'AFG' | 'PAK';
  admin1: string;
  admin2?: string;
}

export function editPlaces(places: Places, provinces: Provinces): EditPlace[] {
  const at = new Map(places.features.map((f) => [f.properties.name, f]));
  const out: EditPlace[] = places.features.map((f) => ({
    name: f.properties.name,
    alt: f.properties.alt_names,
    kind: 'place',
    detail: m.errors_data_place_town({ admin1: f.properties.admin1 }),
    position: f.geometry.coordinates as [number, number],
    rank: f.properties.rank,
    precision: 'town',
    country: f.properties.country,
    admin1: f.properties.admin1,
  }));
  for (const f of provinces.features) {
    const p = f.properties as ProvinceProps;
    const district = p.level === 'district';
    const centre = at.get(district ? (p.seat ?? '') : (PROVINCE_CAPITALS[p.name] ?? ''));
    if (!centre) continue;
    out.push({
      name: p.name,
      alt: p.alt_names,
      kind: district ? 'district' : 'province',
      detail: (district ? m.errors_data_place_district : m.errors_data_place_province)({
        centre: centre.properties.name,
      }),
      position: centre.geometry.coordinates as [number, number],
      rank: 0,
      precision: district ? 'district' : 'province',
      country: p.country,
      admin1: district ? (p.parent ?? centre.properties.admin1) : p.name,
      ...(district ? { admin2: p.name } : {}),
    });
  }
  return out;
}
