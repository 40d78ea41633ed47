/**
 * Seeded synthetic incidents in our schema (v2), realistic enough to load the app the way real data
 * would: ~40-word summaries, several actors, claims citing shared sources, dates 2015–2025 (more
 * recent ones more often) to the day, span, week, month or year, points in 60–76°E 24–38°N (mostly
 * near the Durand Line and the towns), some with no point, district and province precision at
 * their seat or capital with admin1 from geodata/provinces.geojson, and about 1 in 200 aggregates.
 * Files are written in chunks (500k incidents make more JSON than one string can hold) and cached.
 */
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Feature, LineString, MultiPolygon, Point, Polygon } from 'geojson';
import type { Claim, Incident, IncidentProps, Source } from '../src/lib/data/schema.ts';
import { PolygonIndex } from '../src/lib/geo/polygon-index.ts';
import { mulberry32 } from '../src/lib/geo/random.ts';
import { addDays } from '../src/lib/domain/dates.ts';
import * as W from './synthetic-words.ts';

/** Bump when the generator changes, so cached files are made again. */
export const VERSION = 4;
const BOX = [60, 24, 76, 38] as const;

const geodata = <T>(f: string): T =>
  JSON.parse(readFileSync(new URL(`../geodata/${f}`, import.meta.url), 'utf8')) as T;
type Area = Feature<Polygon | MultiPolygon, { name: string; country?: string; iso_a3?: string }>;
type Place = Feature<Point, { name: string; country: string; admin1: string; rank: number }>;

/** The geography, read once: border vertices, towns, countries and provinces as point-in-polygon. */
function loadGeography() {
  const line = geodata<{ features: Feature<LineString>[] }>('durand-line.geojson').features[0]!;
  const places = geodata<{ features: Place[] }>('places.geojson').features;
  const polys = (features: Area[], key: (a: Area) => string) =>
    features
      .filter((f) => f.geometry.type !== ('Point' as string))
      .map((f) => ({ name: key(f), country: f.properties.country ?? '', index: new PolygonIndex(f) }));
  const countries = polys(
    geodata<{ features: Area[] }>('countries.geojson').features,
    (f) => f.properties.iso_a3!,
  );
  const provinces = polys(
    geodata<{ features: Area[] }>('provinces.geojson').features,
    (f) => f.properties.name,
  );
  return {
    vertices: line.geometry.coordinates,
    towns: places.filter((p) => p.properties.rank >= 2),
    capitals: places.filter((p) => p.properties.rank === 2 && ['AFG', 'PAK'].includes(p.properties.country)),
    seats: places.filter((p) => p.properties.rank === 3),
    countries,
    provinces,
  };
}
type Geography = ReturnType<typeof loadGeography>;

/** District seats (rank-3 places) and the district each stands for. */
const DISTRICT_OF: Record<string, string> = {
  Parachinar: 'Kurram',
  Miranshah: 'North Waziristan',
  'Datta Khel': 'North Waziristan',
  Wana: 'South Waziristan',
  'Landi Kotal': 'Khyber',
  Chitral: 'Lower Chitral',
  Bannu: 'Bannu',
  Hangu: 'Hangu',
  Kohat: 'Kohat',
  Tank: 'Tank',
  Zhob: 'Zhob',
  Chaman: 'Chaman',
  'Spin Boldak': 'Spin Boldak',
  Sperah: 'Sperah',
  Urgun: 'Urgun',
};

function makeRandom(seed: number) {
  const rand = mulberry32(seed);
  const int = (n: number) => Math.floor(rand() * n);
  const pick = <T>(list: readonly T[]): T => list[int(list.length)]!;
  const weighted = <T>(list: readonly [T, number][]): T => {
    let r = rand() * list.reduce((s, [, w]) => s + w, 0);
    for (const [v, w] of list) if ((r -= w) < 0) return v;
    return list[list.length - 1]![0];
  };
  const gauss = () => Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand());
  return { rand, int, pick, weighted, gauss };
}
type Random = ReturnType<typeof makeRandom>;

const YEAR_WEIGHTS: [number, number][] = [
  2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025,
].map((y, i) => [y, [2, 2, 2, 2, 2, 2, 3, 4, 6, 9, 12][i]!]);
const ACTOR_WEIGHTS: [string, number][] = W.ACTORS.map((a, i) => [a, 1 / (i + 1)]);

/** A date, an end date and their precision, as the schema's rules want them. */
function makeDate(r: Random): Pick<IncidentProps, 'date' | 'end_date' | 'date_precision'> {
  const year = r.weighted(YEAR_WEIGHTS);
  const day = addDays(`${year}-01-01`, r.int(365));
  const p = r.rand();
  if (p < 0.6)
    return r.rand() < 0.08
      ? { date: day, end_date: addDays(day, 1 + r.int(4)), date_precision: 'day' }
      : { date: day, date_precision: 'day' };
  if (p < 0.68) return { date: day, end_date: addDays(day, 1 + r.int(6)), date_precision: 'span' };
  if (p < 0.73) return { date: day, date_precision: 'week' };
  if (p < 0.96) return { date: day.slice(0, 7), date_precision: 'month' };
  return { date: String(year), date_precision: 'year' };
}

/** One article, the same record wherever its id is cited: everything follows from the id. */
function makeSource(outlet: number, date: string, k: number): Source {
  const [slug, name] = W.OUTLETS[outlet]!;
  const id = `${slug}-${date}-${k}`;
  const r = makeRandom([...id].reduce((h, c) => Math.imul(h ^ c.charCodeAt(0), 16777619), 2166136261));
  const source: Source = {
    id,
    outlet: name,
    headline: `${r.pick(W.VILLAGES)}: ${r.pick(W.CONTEXT).split(' ').slice(0, 7).join(' ')}`,
    date,
  };
  if (r.rand() < 0.6) source.author = r.pick(W.AUTHORS);
  if (r.rand() < 0.5) source.url = `https://example.org/${slug}/${date}/${k}`;
  return source;
}

function makeClaim(r: Random, parties: string[], sources: Source[]): Claim {
  const claim: Claim = {
    figure: r.int(60),
    what: r.pick(W.CLAIM_WHATS),
    claimed_by: r.rand() < 0.5 ? r.pick(W.CLAIMANTS) : r.pick(parties),
    source: r.pick(sources).id,
  };
  const p = r.rand();
  if (p < 0.15) claim.figure = [claim.figure as number, (claim.figure as number) + 1 + r.int(20)];
  else if (p < 0.25) {
    claim.figure = null;
    claim.wording = r.pick(W.WORDINGS);
  } else if (p < 0.45) claim.qualifier = r.pick(['at least', 'more than', 'about', 'up to'] as const);
  if (r.rand() < 0.6) claim.side = r.pick([...parties, 'civilians', 'unknown']);
  return claim;
}

function placeOf(r: Random, geo: Geography, precision: IncidentProps['location_precision']) {
  const inside = (list: Geography['countries'], x: number, y: number) =>
    list.find((a) => a.index.contains([x, y]));
  if (precision === 'border' || precision === 'country' || precision === 'unknown') {
    const country = precision === 'border' ? null : r.pick(['AFG', 'PAK', 'AFG', 'PAK', null]);
    const name =
      precision === 'border' ? 'Along the Durand Line' : country ? `Somewhere in ${country}` : 'Not given';
    return { point: null, country, admin1: null, name };
  }
  if (precision === 'province' || precision === 'district') {
    const place = r.pick(precision === 'province' ? geo.capitals : geo.seats);
    const { admin1, country, name } = place.properties;
    const district = DISTRICT_OF[name];
    return {
      point: place.geometry.coordinates as [number, number],
      country,
      admin1,
      name: district ? `${district} district` : `${admin1} province`,
      ...(district ? { admin2: district } : {}),
    };
  }
  for (;;) {
    const t = r.rand();
    let x: number, y: number;
    if (t < 0.55) {
      const [vx, vy] = r.pick(geo.vertices) as [number, number];
      [x, y] = [vx + 0.4 * r.gauss(), vy + 0.4 * r.gauss()];
    } else if (t < 0.8) {
      const [tx, ty] = r.pick(geo.towns).geometry.coordinates as [number, number];
      [x, y] = [tx + 0.15 * r.gauss(), ty + 0.15 * r.gauss()];
    } else [x, y] = [BOX[0] + r.rand() * (BOX[2] - BOX[0]), BOX[1] + r.rand() * (BOX[3] - BOX[1])];
    if (x < BOX[0] || x > BOX[2] || y < BOX[1] || y > BOX[3]) continue;
    const country = inside(geo.countries, x, y)?.name;
    if (!country) continue; // at sea
    const admin1 = ['AFG', 'PAK'].includes(country)
      ? (geo.provinces.find((p) => p.country === country && p.index.contains([x, y]))?.name ?? null)
      : null;
    const near = geo.towns.reduce((a, b) => {
      const d = (p: Place) => (p.geometry.coordinates[0]! - x) ** 2 + (p.geometry.coordinates[1]! - y) ** 2;
      return d(b) < d(a) ? b : a;
    }).properties.name;
    const name =
      precision === 'town' ? `${r.pick(W.VILLAGES)} near ${near}` : `${r.pick(W.VILLAGES)} village`;
    const round = (v: number) => Math.round(v * 1e5) / 1e5;
    return { point: [round(x), round(y)] as [number, number], country, admin1, name };
  }
}

const figureText = (c: Claim) =>
  Array.isArray(c.figure)
    ? `${c.figure[0]} to ${c.figure[1]}`
    : `${c.qualifier ? `${c.qualifier} ` : ''}${c.figure ?? `${c.wording} of`}`;

function makeIncident(r: Random, geo: Geography, i: number): Incident {
  const type = r.weighted(W.TYPE_WEIGHTS);
  const precision = r.weighted(W.PRECISION_WEIGHTS);
  const place = placeOf(r, geo, precision);
  const dated = makeDate(r);
  const actors = [...new Set(Array.from({ length: 1 + r.int(4) }, () => r.weighted(ACTOR_WEIGHTS)))];
  const published = dated.date_precision === 'year' ? `${dated.date}-12` : dated.date;
  const sources = [
    ...new Map(
      Array.from({ length: 1 + r.int(3) }, () =>
        makeSource(r.int(W.OUTLETS.length), published, r.int(3)),
      ).map((s) => [s.id, s]),
    ).values(),
  ];
  const target = r.rand() < 0.3 ? `Border post at ${r.pick(W.VILLAGES)}` : undefined;
  const parties = target ? [...actors, target] : actors;
  const claims = Array.from(
    {
      length: r.weighted([
        [0, 3],
        [1, 4],
        [2, 2],
        [3, 1],
      ] as [number, number][]),
    },
    () => makeClaim(r, parties, sources),
  );
  const outlet = sources[0]!.outlet;
  const summary = [
    `${outlet} reports that ${actors[0]} ${r.pick(W.VERBS[type])} ${place.name}`,
    `${actors.length > 1 ? `, with ${actors.slice(1).join(' and ')} also involved` : ''}.`,
    claims.length ? ` ${claims[0]!.claimed_by} spoke of ${figureText(claims[0]!)} ${claims[0]!.what}.` : '',
    ` ${r.pick(W.CONTEXT)} ${r.rand() < 0.5 ? r.pick(W.CONTEXT) : ''}`,
  ]
    .join('')
    .trim();
  const props: IncidentProps = {
    id: `syn-${i}`,
    ...dated,
    type,
    actors,
    ...(r.rand() < 0.7 ? { actor1: actors[0] } : {}),
    ...(actors.length > 1 && r.rand() < 0.5 ? { actor2: actors[1] } : {}),
    ...(['suicide_bombing', 'militant_attack', 'shelling'].includes(type) && r.rand() < 0.3
      ? { civilian_targeting: true }
      : {}),
    ...(target ? { target } : {}),
    country: place.country,
    admin1: place.admin1,
    ...('admin2' in place ? { admin2: place.admin2 } : {}),
    location_name: place.name,
    location_precision: precision,
    claims,
    summary,
    sources,
    ...(r.rand() < 0.05
      ? { notes: [`${W.CLAIMANTS[r.int(W.CLAIMANTS.length)]} gives a different date.`] }
      : {}),
  };
  return {
    type: 'Feature',
    geometry: place.point ? { type: 'Point', coordinates: place.point } : null,
    properties: props,
  };
}

/** `n` incidents, the same for the same seed; about 1 in 200 is an aggregate of 2–4 recent ones. */
export function* syntheticIncidents(n: number, seed = 20251019): Generator<Incident> {
  const geo = loadGeography();
  const r = makeRandom(seed);
  /** Recent single incidents not yet part of an aggregate. */
  const free: string[] = [];
  for (let i = 0; i < n; i++) {
    const incident = makeIncident(r, geo, i);
    if (free.length >= 8 && r.rand() < 0.005) {
      const parts = free.splice(free.length - 2 - r.int(3));
      Object.assign(incident.properties, { clarity: 'aggregate', parts });
    } else {
      free.push(incident.properties.id);
      if (free.length > 50) free.shift();
    }
    yield incident;
  }
}

/** Writes `n` synthetic incidents as a FeatureCollection, in chunks; returns the path (cached). */
export function syntheticFile(n: number, seed = 20251019): string {
  const dir = join(tmpdir(), 'durand-atlas-bench');
  const path = join(dir, `incidents-${n}-${seed}-v${VERSION}.geojson`);
  if (existsSync(path)) return path;
  mkdirSync(dir, { recursive: true });
  const fd = openSync(`${path}.part`, 'w');
  writeSync(fd, '{"type":"FeatureCollection","features":[\n');
  let chunk: string[] = [];
  let first = true;
  for (const incident of syntheticIncidents(n, seed)) {
    chunk.push(JSON.stringify(incident));
    if (chunk.length === 2000) {
      writeSync(fd, (first ? '' : ',\n') + chunk.join(',\n'));
      first = false;
      chunk = [];
    }
  }
  if (chunk.length) writeSync(fd, (first ? '' : ',\n') + chunk.join(',\n'));
  writeSync(fd, '\n]}\n');
  closeSync(fd);
  renameSync(`${path}.part`, path);
  return path;
}
