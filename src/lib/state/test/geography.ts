/** The bundled line, the two countries and the provinces, as the store measures against them. */
import { readFileSync } from 'node:fs';
import type { Feature, LineString, MultiPolygon, Polygon } from 'geojson';
import type { AreaFeature } from '../../geo/area-counts.ts';
import type { Geography } from '../incident-set.ts';

export const readGeodata = (file: string) =>
  JSON.parse(readFileSync(new URL(`../../../../geodata/${file}`, import.meta.url), 'utf8'));

const countries = readGeodata('countries.geojson').features as Feature<
  Polygon | MultiPolygon,
  { iso_a3: string }
>[];

export const geography: Geography = {
  line: readGeodata('durand-line.geojson').features[0] as Feature<LineString>,
  afg: countries.find((c) => c.properties.iso_a3 === 'AFG')!,
  pak: countries.find((c) => c.properties.iso_a3 === 'PAK')!,
  areas: readGeodata('provinces.geojson').features.filter(
    (f: Feature) => f.geometry.type !== 'Point',
  ) as AreaFeature[],
};
