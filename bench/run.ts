/**
 * `npm run bench`: spatial queries on seeded synthetic incident sets (1k, 10k, 100k points in the
 * region), a naive turf scan against our indexed versions. The buffer and radius rows go through
 * the app's query (`runQuery` on an incident store, every filter and facet), and their answers are
 * checked against the naive ones. Prints a Markdown table with ratios.
 * Targets ([4/8]): per-query buffer and radius filters on 100k under 16 ms after setup and at
 * least 10× faster than the naive scan; distance to the border for 100k points under 1 s.
 *
 * Usage: npm run bench [-- --sizes 1000,10000,100000 --naive-sample 300]
 */
import { readFileSync } from 'node:fs';
import { booleanPointInPolygon, distance, pointToLineDistance } from '@turf/turf';
import type { Feature, LineString, MultiPolygon, Polygon } from 'geojson';
import { BorderAnalysis } from '../src/lib/geo/border.ts';
import { borderBuffer } from '../src/lib/geo/buffer.ts';
import { mulberry32, randomPoints } from '../src/lib/geo/random.ts';
import { defaultFilters } from '../src/lib/domain/filters.ts';
import { runQuery } from '../src/lib/domain/query.ts';
import { IncidentStore } from '../src/lib/domain/store.ts';
import { incident } from '../src/lib/domain/test/make-incident.ts';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1]! : fallback;
};
const SIZES = arg('sizes', '1000,10000,100000').split(',').map(Number);
// Naive distance-to-border costs ~4.5 ms a point: time a sample and scale it up.
const NAIVE_SAMPLE = Number(arg('naive-sample', '300'));
const QUERIES = 20;
const BUFFER_KM = 50;
const RADIUS_KM = 50;

const geodata = (f: string) => JSON.parse(readFileSync(new URL(`../geodata/${f}`, import.meta.url), 'utf8'));
const line = geodata('durand-line.geojson').features[0] as Feature<LineString>;
const countries = geodata('countries.geojson').features as Feature<
  Polygon | MultiPolygon,
  { iso_a3: string }
>[];
const country = (iso: string) => countries.find((c) => c.properties.iso_a3 === iso)!;

function time<T>(fn: () => T): { ms: number; value: T } {
  const t0 = performance.now();
  const value = fn();
  return { ms: performance.now() - t0, value };
}

interface Row {
  set: string;
  operation: string;
  naive: number;
  ours: number;
  note?: string;
}
const rows: Row[] = [];

/**
 * Where the drawn buffer (a polygon, what the map shows) and the distances (what the filter
 * uses) disagree: only points within a few hundred metres of the buffer's edge may, since the
 * polygon's arcs are cut into segments. More than that stops the bench.
 */
function compareBuffer(inPolygon: boolean[], rows: number[], points: number[][]): string {
  const inFilter = new Uint8Array(points.length);
  for (const row of rows) inFilter[row] = 1;
  const off: number[] = [];
  inPolygon.forEach((inside, i) => {
    if (inside !== (inFilter[i] === 1)) off.push(Math.abs(pointToLineDistance(points[i]!, line) - BUFFER_KM));
  });
  const worst = Math.max(0, ...off);
  if (off.length > points.length * 0.005 || worst > 1)
    throw new Error(
      `the buffer filter and the drawn buffer disagree on ${off.length} points (up to ${worst} km from the edge)`,
    );
  return off.length
    ? `${off.length} differ from the drawn buffer, ≤ ${worst.toFixed(2)} km from its edge`
    : 'as the drawn buffer';
}
const buffer = await borderBuffer(line, BUFFER_KM);

for (const n of SIZES) {
  const points = randomPoints(n, 20251019);
  const set = `${(n / 1000).toLocaleString('en-GB')}k`;

  // Distance to the border (and side) for every point.
  const sample = points.slice(0, Math.min(n, NAIVE_SAMPLE));
  const naiveSample = time(() => sample.map((p) => pointToLineDistance(p, line, { units: 'kilometers' })));
  const naiveAll = (naiveSample.ms / sample.length) * n;
  const setup = time(() => new BorderAnalysis(line, country('AFG'), country('PAK')));
  const ours = time(() => {
    const km = new Float64Array(n);
    for (let i = 0; i < n; i++) km[i] = setup.value.kmToLine(points[i]!);
    return km;
  });
  const sides = time(() => points.map((p) => setup.value.side(p)));
  rows.push({
    set,
    operation: 'distance to border, all points',
    naive: naiveAll,
    ours: ours.ms,
    note: n > sample.length ? `naive: ${sample.length} timed, scaled` : undefined,
  });
  rows.push({ set, operation: 'side (AFG/PAK) by polygons, all points', naive: NaN, ours: sides.ms });

  // The app's own path: a store of incidents at these points, asked through runQuery, which
  // checks every filter and counts every facet, not only the distance.
  const store = new IncidentStore({
    incidents: points.map((p, i) => incident({ id: `b${i}` }, p as [number, number])),
    border: setup.value,
  });
  runQuery(store, defaultFilters());

  // Buffer filter: naive point-in-polygon on the drawn buffer; ours compares the distances computed once.
  const naiveBuffer = time(() => points.map((p) => booleanPointInPolygon(p, buffer)));
  const oursBuffer = time(() => {
    let rows: number[] = [];
    // A different distance each query, as the slider moves; the last one is BUFFER_KM.
    for (let q = QUERIES - 1; q >= 0; q--)
      rows = runQuery(store, { ...defaultFilters(), borderKm: BUFFER_KM + q }).rows;
    return rows;
  });
  const disagree = compareBuffer(naiveBuffer.value, oursBuffer.value, points);
  rows.push({
    set,
    operation: `buffer filter (${BUFFER_KM} km), the app's query, per query`,
    naive: naiveBuffer.ms,
    ours: oursBuffer.ms / QUERIES,
    note: disagree,
  });

  // Radius query around random centres: the same incidents as turf's scan, or the bench stops.
  const rand = mulberry32(7);
  const centres = Array.from(
    { length: QUERIES },
    () => [62 + rand() * 12, 26 + rand() * 10] as [number, number],
  );
  const naiveRadius = time(() =>
    centres.map((c) =>
      points.flatMap((p, i) => (distance(c, p, { units: 'kilometers' }) <= RADIUS_KM ? [i] : [])),
    ),
  );
  const indexSetup = time(() => store.pointIndex);
  const indexAlone = time(() =>
    centres.map((c) => store.pointIndex.within(c, RADIUS_KM).map((n) => n.index)),
  );
  const oursRadius = time(() =>
    centres.map((c) => {
      const radius = { lng: c[0], lat: c[1], km: RADIUS_KM, label: '' };
      return runQuery(store, { ...defaultFilters(), radius }).rows;
    }),
  );
  const sorted = (lists: number[][]) => JSON.stringify(lists.map((l) => [...l].sort((a, b) => a - b)));
  if (
    sorted(naiveRadius.value) !== sorted(indexAlone.value) ||
    sorted(naiveRadius.value) !== sorted(oursRadius.value)
  )
    throw new Error(`radius results differ from turf's for ${set}`);
  rows.push({
    set,
    operation: `radius query (${RADIUS_KM} km), the point index alone, per query`,
    naive: naiveRadius.ms / QUERIES,
    ours: indexAlone.ms / QUERIES,
    note: 'the same incidents as turf',
  });
  rows.push({
    set,
    operation: `radius query (${RADIUS_KM} km), the app's query, per query`,
    naive: naiveRadius.ms / QUERIES,
    ours: oursRadius.ms / QUERIES,
    note: 'the same incidents as turf',
  });
  rows.push({
    set,
    operation: 'setup: segment and polygon indexes / point index',
    naive: NaN,
    ours: setup.ms + indexSetup.ms,
  });
}

const fmt = (ms: number) =>
  Number.isNaN(ms)
    ? '—'
    : ms >= 1000
      ? `${(ms / 1000).toFixed(2)} s`
      : ms >= 10
        ? `${ms.toFixed(0)} ms`
        : `${ms.toFixed(2)} ms`;
console.log(
  `Durand Atlas spatial benchmark · node ${process.version} · ${new Date().toISOString().slice(0, 10)}\n`,
);
console.log('| set | operation | naive (turf scan) | ours | ratio |');
console.log('| --- | --- | ---: | ---: | ---: |');
for (const r of rows) {
  const times = r.naive / r.ours;
  const ratio = Number.isNaN(r.naive) ? '—' : `${times.toFixed(times < 10 ? 1 : 0)}×`;
  console.log(
    `| ${r.set} | ${r.operation}${r.note ? ` (${r.note})` : ''} | ${fmt(r.naive)} | ${fmt(r.ours)} | ${ratio} |`,
  );
}
