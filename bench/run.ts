/**
 * `npm run bench`: spatial queries on seeded synthetic incident sets (1k, 10k, 100k points in the
 * region), a naive turf scan against our indexed versions. Prints a Markdown table with ratios.
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
import { PointIndex } from '../src/lib/geo/point-index.ts';
import { mulberry32, randomPoints } from '../src/lib/geo/random.ts';

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

  // Buffer filter: naive point-in-polygon on the drawn buffer; ours compares precomputed distances.
  const naiveBuffer = time(() => points.filter((p) => booleanPointInPolygon(p, buffer)).length);
  const distances = ours.value;
  const oursBuffer = time(() => {
    let count = 0;
    for (let q = 0; q < QUERIES; q++) {
      const km = BUFFER_KM - q; // a different distance each query, as the slider moves
      count = 0;
      for (let i = 0; i < n; i++) if (distances[i]! <= km) count++;
    }
    return count;
  });
  rows.push({
    set,
    operation: `buffer filter (${BUFFER_KM} km), per query`,
    naive: naiveBuffer.ms,
    ours: oursBuffer.ms / QUERIES,
  });

  // Radius query around random centres.
  const rand = mulberry32(7);
  const centres = Array.from(
    { length: QUERIES },
    () => [62 + rand() * 12, 26 + rand() * 10] as [number, number],
  );
  const naiveRadius = time(() =>
    centres.map((c) => points.filter((p) => distance(c, p, { units: 'kilometers' }) <= RADIUS_KM).length),
  );
  const indexSetup = time(() => new PointIndex(points));
  const oursRadius = time(() => centres.map((c) => indexSetup.value.within(c, RADIUS_KM).length));
  if (JSON.stringify(naiveRadius.value) !== JSON.stringify(oursRadius.value))
    throw new Error(`radius results differ for ${set}`);
  rows.push({
    set,
    operation: `radius query (${RADIUS_KM} km), per query`,
    naive: naiveRadius.ms / QUERIES,
    ours: oursRadius.ms / QUERIES,
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
  const ratio = Number.isNaN(r.naive) ? '—' : `${(r.naive / r.ours).toFixed(0)}×`;
  console.log(
    `| ${r.set} | ${r.operation}${r.note ? ` (${r.note})` : ''} | ${fmt(r.naive)} | ${fmt(r.ours)} | ${ratio} |`,
  );
}
