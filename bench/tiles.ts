/**
 * `npm run bench:tiles`: a tile archive (`npm run tiles`) against the in-tab store, in headless
 * Chromium with software WebGL. Per size (BENCH_SIZES=100000,1000000): seeded synthetic incidents
 * written as GeoJSON lines, cut into an archive (timed), served beside a production build by
 * `vite preview` (which answers range requests as a CDN does) and opened by a link, BENCH_RUNS
 * times on a fresh browser context: time to the first map with the archive drawn, bytes
 * transferred, the heap, a type box on to map idle, and a zoom into Khost to map idle with the
 * bytes it reads; the same steps on the in-tab store (the set as the bundled payload) where a build
 * can hold it. Prints a Markdown table and writes bench/TILES.md.
 *
 * Environment: BENCH_SIZES · BENCH_RUNS=3 · BENCH_PORT (a free one if unset) · BENCH_NOTE="…".
 */
import { spawnSync } from 'node:child_process';
import {
  closeSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { loadavg } from 'node:os';
import { basename, join } from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { build, preview } from 'vite';
import { CHROMIUM_LAUNCH } from '../scripts/chromium.ts';
import { RECORDER } from './browser-page.ts';
import { machine, writeFormatted } from './browser-report.ts';
import * as step from './browser-steps.ts';
import { syntheticFile, syntheticIncidents } from './synthetic.ts';
import { payloadOf } from '../scripts/incident-payload.ts';
import { PAYLOAD_VERSION } from '../src/lib/domain/payload.ts';

const env = process.env;
const SIZES = (env.BENCH_SIZES ?? '100000,1000000').split(',').map(Number);
const RUNS = Number(env.BENCH_RUNS ?? 3);
const CACHE = '/tmp/durand-atlas-bench';
const here = (f: string) => new URL(f, import.meta.url).pathname;
const root = here('..');
const OUT = join(CACHE, 'dist-tiles');
const log = (text: string) => process.stderr.write(`${new Date().toISOString().slice(11, 19)} ${text}\n`);

/** Seeded synthetic incidents as GeoJSON lines (one Feature a line), cached. */
function linesFile(n: number): string {
  const file = join(CACHE, `incidents-${n}-20251019-v4.geojsonl`);
  if (existsSync(file)) return file;
  mkdirSync(CACHE, { recursive: true });
  log(`writing ${n} synthetic incidents as GeoJSON lines…`);
  const fd = openSync(`${file}.part`, 'w');
  let chunk: string[] = [];
  for (const incident of syntheticIncidents(n)) {
    chunk.push(JSON.stringify(incident));
    if (chunk.length === 5000) {
      writeSync(fd, chunk.join('\n') + '\n');
      chunk = [];
    }
  }
  if (chunk.length) writeSync(fd, chunk.join('\n') + '\n');
  closeSync(fd);
  spawnSync('mv', [`${file}.part`, file]);
  return file;
}

/** The archive of a set (cached beside it); the seconds `npm run tiles` took, when it ran now. */
function archiveOf(n: number): { file: string; cutSeconds: number | null } {
  const source = linesFile(n);
  const file = join(CACHE, `incidents-${n}.pmtiles`);
  if (existsSync(file) && statSync(file).mtimeMs > statSync(source).mtimeMs)
    return { file, cutSeconds: null };
  log(`cutting ${n} incidents into tiles…`);
  const t = Date.now();
  const run = spawnSync(
    process.execPath,
    ['--max-old-space-size=12288', '--import', 'tsx', 'scripts/tiles.ts', source, '--out', file],
    {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  if (run.status !== 0) throw new Error(`npm run tiles failed (${run.status})`);
  log(run.stdout.trim());
  return { file, cutSeconds: (Date.now() - t) / 1000 };
}

interface Sample {
  firstMap: number;
  firstBytes: number;
  heap: number;
  typeIdle: number;
  zoomIdle: number;
  zoomBytes: number;
  loadavg: number;
}

/** Bytes the page received (encoded, as on the wire) since the counter was last read. */
async function byteCounter(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  let bytes = 0;
  cdp.on('Network.loadingFinished', (e) => (bytes += e.encodedDataLength));
  return () => {
    const b = bytes;
    bytes = 0;
    return b;
  };
}

const drawn = (page: Page) =>
  page.waitForFunction(
    () =>
      (window.__atlas?.map.queryRenderedFeatures({ layers: ['archive-dots', 'archive-points'] }).length ??
        0) > 0,
    null,
    { timeout: step.STEP_TIMEOUT, polling: 100 },
  );

async function runOnce(browser: Browser, url: string, kind: 'archive' | 'in-tab'): Promise<Sample> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.addInitScript({ content: RECORDER });
  const page = await context.newPage();
  const bytes = await byteCounter(page);
  try {
    let firstMap: number;
    if (kind === 'in-tab') firstMap = (await step.load(page, url)).idle;
    else {
      await page.goto(url, { waitUntil: 'commit', timeout: step.STEP_TIMEOUT });
      await drawn(page);
      await page.evaluate(() => window.__atlas!.idle());
      firstMap = await step.markNow(page);
    }
    const firstBytes = bytes();
    const heap = (await step.heapMB(page)).main;
    const type = await step.clickAndSettle(page, /^Airstrike/, 'checkbox');
    await step.clickAndSettle(page, /^Airstrike/, 'checkbox');
    bytes();
    const since = await step.markNow(page);
    await page.evaluate(() => window.__atlas!.map.jumpTo({ center: [69.92, 33.34], zoom: 9 }));
    const zoom = await step.settle(page, since, false);
    return {
      firstMap,
      firstBytes,
      heap,
      typeIdle: type.idle,
      zoomIdle: zoom.idle,
      zoomBytes: bytes(),
      loadavg: loadavg()[0]!,
    };
  } finally {
    await context.close();
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)]!;
const min = (xs: number[]) => Math.min(...xs);
const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const mb = (b: number) => `${(b / 1e6).toFixed(1)} MB`;
const pair = (xs: number[], f: (x: number) => string) => `${f(min(xs))} / ${f(median(xs))}`;

/** A copy of the build whose bundled incidents are the synthetic set's payload (as bench:browser). */
function inTabBuild(n: number): string {
  const dir = `${OUT}-in-tab-${n}`;
  spawnSync('rm', ['-rf', dir]);
  spawnSync('cp', ['-r', OUT, dir]);
  const source = syntheticFile(n);
  const payload = `${source}.v${PAYLOAD_VERSION}.atlas`;
  if (!existsSync(payload) || statSync(payload).mtimeMs < statSync(source).mtimeMs)
    writeFileSync(payload, payloadOf(readFileSync(source, 'utf8'), basename(source), join(root, 'geodata')));
  const assets = join(dir, 'assets');
  const built = readdirSync(assets).find((f) => /^incidents-.*\.bin$/.test(f))!;
  copyFileSync(payload, join(assets, built));
  return dir;
}

const serve = (outDir: string) =>
  preview({
    root,
    configLoader: 'runner',
    logLevel: 'error',
    build: { outDir },
    preview: { port: Number(env.BENCH_PORT ?? 0) || undefined, strictPort: false },
  });
type Server = Awaited<ReturnType<typeof serve>>;
const address = (server: Server) => server.resolvedUrls!.local[0]!.replace(/\/$/, '');

/** A table row: min / median of each measure. */
function row(n: number, how: string, cut: string, file: string, samples: Sample[]): string {
  const col = (k: keyof Sample) => samples.map((x) => x[k]);
  const cells = [
    n.toLocaleString('en'),
    how,
    cut,
    file,
    pair(col('firstMap'), s),
    pair(col('firstBytes'), mb),
    pair(col('heap'), (x) => `${x.toFixed(0)} MB`),
    pair(col('typeIdle'), s),
    pair(col('zoomIdle'), s),
    pair(col('zoomBytes'), mb),
  ];
  return `| ${cells.join(' | ')} |`;
}

async function runs(browser: Browser, url: string, kind: 'archive' | 'in-tab', label: string) {
  const samples: Sample[] = [];
  for (let r = 0; r < RUNS; r++) {
    log(`${label}: run ${r + 1} of ${RUNS}`);
    samples.push(await runOnce(browser, url, kind));
  }
  return samples;
}

async function main() {
  const archives = SIZES.map((n) => ({ n, ...archiveOf(n) }));
  log('building the app…');
  await build({ root, configLoader: 'runner', logLevel: 'error', build: { outDir: OUT, emptyOutDir: true } });
  mkdirSync(join(OUT, 'tiles'), { recursive: true });
  for (const a of archives) copyFileSync(a.file, join(OUT, 'tiles', `incidents-${a.n}.pmtiles`));
  // The in-tab store where a build can hold the set (the payload build reads one string).
  const inTab = SIZES.filter((n) => n <= 100_000).map((n) => ({ n, dir: inTabBuild(n) }));
  const servers: Server[] = [await serve(OUT)];
  const browser = await chromium.launch(CHROMIUM_LAUNCH);
  const rows: string[] = [];
  try {
    for (const a of archives) {
      const samples = await runs(
        browser,
        `${address(servers[0]!)}/#tiles=./tiles/incidents-${a.n}.pmtiles`,
        'archive',
        `${a.n} archive`,
      );
      const cut = a.cutSeconds === null ? 'earlier' : `${a.cutSeconds.toFixed(0)} s`;
      rows.push(row(a.n, 'tile archive', cut, mb(statSync(a.file).size), samples));
      const tab = inTab.find((t) => t.n === a.n);
      if (tab) {
        const server = await serve(tab.dir);
        servers.push(server);
        const payload = readdirSync(join(tab.dir, 'assets')).find((f) => f.endsWith('.bin'))!;
        const bytes = statSync(join(tab.dir, 'assets', payload)).size;
        rows.push(
          row(
            a.n,
            'in-tab store',
            'build',
            `${mb(bytes)} payload`,
            await runs(browser, `${address(server)}/`, 'in-tab', `${a.n} in-tab`),
          ),
        );
      } else
        rows.push(
          `| ${a.n.toLocaleString('en')} | in-tab store | cannot be built: the payload build reads the set as one string, past V8's longest | | | | | | | |`,
        );
    }
    const renderer = await (async () => {
      const page = await browser.newPage();
      await page.goto(address(servers[0]!));
      const r = await page.evaluate(() => {
        const gl = document.createElement('canvas').getContext('webgl');
        const info = gl?.getExtension('WEBGL_debug_renderer_info');
        return info ? String(gl!.getParameter(info.UNMASKED_RENDERER_WEBGL)) : 'unknown';
      });
      await page.close();
      return r;
    })();
    const text = [
      '# Tile archive against the in-tab store',
      '',
      machine(browser.version(), renderer),
      env.BENCH_NOTE ?? '',
      '',
      `Min / median of ${RUNS} runs; load average at the end: ${loadavg()[0]!.toFixed(1)}. Written by \`npm run bench:tiles\`.`,
      '',
      '| incidents | how | cut | file | first map | bytes to first map | JS heap | type box on, to idle | zoom to Khost (z9), to idle | bytes of that zoom |',
      '| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
      ...rows,
      '',
    ].join('\n');
    console.log(text);
    await writeFormatted(here('TILES.md'), text);
  } finally {
    await browser.close();
    for (const server of servers)
      await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
  }
}

await main();
