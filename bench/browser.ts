/**
 * `npm run bench:browser`: the app with 1k, 10k and 100k seeded synthetic incidents (and 500k
 * when asked, packed straight from the generator) in headless Chromium with software WebGL
 * (SwiftShader). Per size and run, on a fresh browser context: the first load, the heap and DOM,
 * a type box on and off, a search typed key by key and cleared, an actor, province and precision
 * box on and off, the border buffer on and off, a 50 km radius around Parachinar and cleared, a
 * 10-step timeline drag, playback at 4×, and "Clear dates" from a dated link. Prints a Markdown
 * table (min, median, the issue's baseline and ratio, targets) and writes it to bench/BROWSER.md,
 * the figures to bench/browser-results.json.
 *
 * Environment: BENCH_SIZES=1000,10000 · BENCH_RUNS=3 · BENCH_TIMEOUT=120000 (ms, per step) ·
 * BENCH_FEED=overwrite (write the set's compact payload over the built one; `rebuild` builds per
 * size with the import of geodata/incidents.geojson redirected) · BENCH_MERGE=1 (keep other sizes from
 * browser-results.json) · BENCH_SAVE_TODAY=1 (save these figures as today's, browser-today.json) ·
 * BENCH_PROFILE=100000 (where the time goes, per thread, in the load and a few changes instead;
 * BROWSER-PROFILE.md) · BENCH_VERBOSE=1 (log each step's wall time) · BENCH_PORT=4180 (the preview
 * server's port; a free one if unset) · BENCH_NOTE="…" (a line about the machine for BROWSER.md) ·
 * BENCH_CHROMIUM_ARGS="--disable-gpu-compositing" (flags added to scripts/chromium.ts's, named in
 * BROWSER.md: e2e composites on the CPU, as Chrome does on a machine with no usable GPU).
 */
import { execFileSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { loadavg, tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { CHROMIUM_LAUNCH } from '../scripts/chromium.ts';
import { chromium, type Browser } from '@playwright/test';
import { build, preview, type Plugin } from 'vite';
import { incidentRules } from '../src/lib/data/incidents.ts';
import { formatIssues, validateFeatureCollection } from '../src/lib/data/validate.ts';
import { RECORDER } from './browser-page.ts';
import { GENERATED, profileRun } from './browser-profile.ts';
import { machine, report, writeFormatted, type Sample, type SizeResult } from './browser-report.ts';
import * as step from './browser-steps.ts';
import { syntheticFile, syntheticIncidents, VERSION } from './synthetic.ts';
import { packIncidents, payloadOf } from '../scripts/incident-payload.ts';
import { PAYLOAD_VERSION } from '../src/lib/domain/payload.ts';

const env = process.env;
const SIZES = (env.BENCH_SIZES ?? '1000,10000,100000').split(',').map(Number);
const RUNS = Number(env.BENCH_RUNS ?? 3);
const PROFILE = env.BENCH_PROFILE ? Number(env.BENCH_PROFILE) : null;
const FEED = env.BENCH_FEED === 'rebuild' ? 'rebuild' : 'overwrite';
const here = (f: string) => new URL(f, import.meta.url).pathname;
const root = here('..');
const COMMIT = (() => {
  try {
    return execFileSync('git', ['describe', '--always', '--dirty'], { cwd: root, encoding: 'utf8' }).trim();
  } catch {
    return undefined;
  }
})();
const log = (text: string) => process.stderr.write(`${new Date().toISOString().slice(11, 19)} ${text}\n`);

/** Redirects the app's import of geodata/incidents.geojson (with any ?query) to `file`. */
const redirect = (file: string): Plugin => ({
  name: 'bench-incidents',
  enforce: 'pre',
  resolveId(source) {
    const [path, query] = source.split('?');
    if (path!.endsWith('geodata/incidents.geojson')) return query ? `${file}?${query}` : file;
  },
});

const MAPLIBRE_DEV = [
  { find: /^maplibre-gl$/, replacement: 'maplibre-gl/dist/maplibre-gl-dev.mjs' },
  {
    find: /^maplibre-gl\/dist\/maplibre-gl-worker\.mjs/,
    replacement: 'maplibre-gl/dist/maplibre-gl-worker-dev.mjs',
  },
];

async function buildApp(incidents?: string): Promise<void> {
  log(`building${incidents ? ` with ${incidents}` : ''}…`);
  await build({
    root,
    // The default loader bundles vite.config.ts into node_modules/.vite-temp; node_modules may be
    // shared with another checkout (a link), so read the config in place instead.
    configLoader: 'runner',
    logLevel: 'error',
    build: { minify: PROFILE === null },
    // A profile names MapLibre's functions too: its unminified bundles (same version).
    resolve: PROFILE === null ? {} : { alias: MAPLIBRE_DEV },
    plugins: incidents ? [redirect(incidents)] : [],
  });
}

/** The built incidents payload (dist/assets/incidents-*.bin), which the overwrite feed replaces. */
function builtAsset(): string {
  const dir = join(root, 'dist/assets');
  const name = readdirSync(dir).find((f) => /^incidents-.*\.bin$/.test(f));
  if (!name) throw new Error('no dist/assets/incidents-*.bin to replace: try BENCH_FEED=rebuild');
  return join(dir, name);
}

/**
 * The set's payload as the build writes it (scripts/incident-payload.ts), cached beside the set;
 * named by the payload's version, so a cache of an older format is never served.
 */
function payloadFile(file: string): string {
  const out = `${file}.v${PAYLOAD_VERSION}.atlas`;
  if (!existsSync(out) || statSync(out).mtimeMs < statSync(file).mtimeMs) {
    log(`writing the payload of ${file}…`);
    writeFileSync(out, payloadOf(readFileSync(file, 'utf8'), basename(file), join(root, 'geodata')));
  }
  return out;
}

/**
 * Past this size the set is packed straight from the generator: its GeoJSON (629 MB at 500k) is
 * past V8's longest string, which the build (and payloadOf) read it as. Checked at 100k and below
 * with the same generator, so not checked again here.
 */
const STREAMED = 200_000;

/** The payload of `n` synthetic incidents, packed without a GeoJSON file (cached beside the sets). */
function streamedPayload(n: number): string {
  const out = join(
    tmpdir(),
    'durand-atlas-bench',
    `incidents-${n}-v${VERSION}-streamed-p${PAYLOAD_VERSION}.atlas`,
  );
  if (!existsSync(out)) {
    log(`${n} incidents: packing straight from the generator…`);
    mkdirSync(join(tmpdir(), 'durand-atlas-bench'), { recursive: true });
    writeFileSync(out, packIncidents([...syntheticIncidents(n)], join(root, 'geodata')));
  }
  return out;
}

function validate(file: string, n: number): void {
  if (n > 10_000 && env.BENCH_VALIDATE !== 'all') return;
  const issues = validateFeatureCollection(JSON.parse(readFileSync(file, 'utf8')), 'x', incidentRules);
  if (issues.length) throw new Error(`synthetic set of ${n} is invalid:\n${formatIssues(issues)}`);
  log(`${n} incidents: the synthetic file passes validateFeatureCollection(…, incidentRules)`);
}

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer().listen(0, 'localhost', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });

const message = (e: unknown) => (e instanceof Error ? e.message : String(e)).split('\n')[0]!.slice(0, 160);

/** One run on a fresh context: the default view, then a dated link for "Clear dates". */
async function runOnce(browser: Browser, base: string): Promise<{ sample: Sample; notes: string[] }> {
  const sample: Sample = { loadavg: loadavg()[0]! };
  const notes: string[] = [];
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.addInitScript({ content: RECORDER });
  const run = async <T>(name: string, fn: () => Promise<T>, keys: (v: T) => Sample = () => ({})) => {
    const t = Date.now();
    try {
      Object.assign(sample, keys(await fn()));
      return true;
    } catch (e) {
      notes.push(`${name}: ${message(e)}`);
      return false;
    } finally {
      if (env.BENCH_VERBOSE) log(`  ${name}: ${((Date.now() - t) / 1000).toFixed(1)} s`);
    }
  };
  /** An interaction's measures, each under `<step>.<measure>`. */
  const measures =
    (pick: (i: step.Interaction) => Sample) =>
    (p: string) =>
    (i: step.Interaction): Sample =>
      Object.fromEntries(Object.entries(pick(i)).map(([k, v]) => [`${p}.${k}`, v]));
  const as = measures((i) => ({ count: i.count, list: i.list, idle: i.idle, long: i.longest }));
  /** Typing: the slowest key to its update and paint, and the last key to map idle. */
  const typed = measures((i) => ({
    key: i.slowestKey,
    keyPaint: i.slowestKeyPaint,
    idle: i.afterLast,
    long: i.longest,
  }));
  const page = await context.newPage();
  const tab = (name: string) => () => page.getByRole('tab', { name }).click({ timeout: step.STEP_TIMEOUT });
  try {
    const loaded = await run(
      'load',
      () => step.load(page, `${base}/`),
      (l) => ({
        'load.idle': l.idle,
        'load.goto': l.gotoIdle,
        'load.count': l.count,
        'load.long': l.longest,
      }),
    );
    if (loaded) {
      await run(
        'heap',
        () => step.heapMB(page),
        (h) => ({ heap: h.main, 'heap.workers': h.workers }),
      );
      await run(
        'DOM',
        () => step.domNodes(page),
        (d) => ({ 'dom.load': d }),
      );
      await run(
        'open the list',
        () => step.openList(page).then(() => step.domNodes(page)),
        (d) => ({ 'dom.list': d }),
      );
      await run('type box on', () => step.clickAndSettle(page, /^Airstrike/, 'checkbox'), as('type'));
      await run('type box off', () => step.clickAndSettle(page, /^Airstrike/, 'checkbox'), as('typeBack'));
      const search = page.getByRole('searchbox', { name: /^Search/ });
      await run('search a word', () => step.typeAndSettle(page, search, SEARCH[0]), typed('search'));
      await run('search a second word', () => step.typeAndSettle(page, search, SEARCH[1]), typed('search2'));
      await run('clear the search', () => step.clearAndSettle(page, search), as('searchOff'));
      for (const [key, name] of FACETS) {
        await run(`${key} box on`, () => step.clickAndSettle(page, name, 'checkbox'), as(key));
        await run(`${key} box off`, () => step.clickAndSettle(page, name, 'checkbox'), as(`${key}Back`));
      }
      if (await run('Spatial tab', tab('Spatial'))) {
        const box = /Only incidents within/;
        await run('buffer on', () => step.clickAndSettle(page, box, 'checkbox'), as('bufferOn'));
        await run('buffer off', () => step.clickAndSettle(page, box, 'checkbox'), as('bufferOff'));
        const place = page.getByRole('combobox', { name: 'Place' });
        await run('radius around a place', () => step.pickAndSettle(page, place, 'Parachinar'), as('radius'));
        await run('radius cleared', () => step.clickAndSettle(page, /^Clear$/, 'button'), as('radiusOff'));
        await run('Filters tab', tab('Filters'));
      }
      await run(
        'timeline drag',
        () => step.dragTimeline(page),
        (i) => ({
          ...as('drag')(i),
          'drag.afterUp': i.afterLast,
        }),
      );
      await run('clear dates before playback', () => step.clickAndSettle(page, 'Clear dates', 'button'));
      await run(
        'playback',
        () => step.playback(page),
        (p) => ({
          'play.steps': p.steps,
          'play.stepIdle': p.stepIdle,
          'play.frame': p.frame,
          'play.frameP90': p.frameP90,
          'play.long': p.longest,
        }),
      );
    }
    await page.close();
    const dated = await context.newPage();
    if (
      await run('load of a dated link', () =>
        step.load(dated, `${base}/#from=2020-01-01&to=2021-12-31`, false),
      )
    )
      await run('clear dates', () => step.clickAndSettle(dated, 'Clear dates', 'button'), as('dates'));
  } finally {
    await context.close();
  }
  return { sample, notes };
}

const brief = (s: Sample) =>
  Object.entries(s)
    .filter(([k]) =>
      /^(load\.idle|heap|dom\.list|type\.idle|bufferOff\.idle|drag\.idle|play\.frame)$/.test(k),
    )
    .map(([k, v]) => `${k} ${v === null ? '—' : Math.round(v)}`)
    .join(' · ');

/** What the search steps type: a word, then a second one (the synthetic summaries hold both). */
const SEARCH = ['kurram', ' border'] as const;
/** A box of each other facet, on and off: its key in the results and its label. */
const FACETS = [
  ['actor', /^Pakistani armed forces/],
  ['province', /^Khost/],
  ['precision', /^Exact site/],
] as const;

// ── Build, serve, launch ──
if (FEED === 'overwrite' || PROFILE !== null) await buildApp();
const original = FEED === 'overwrite' ? readFileSync(builtAsset()) : undefined;
const port = env.BENCH_PORT ? Number(env.BENCH_PORT) : await freePort();
const server = await preview({
  root,
  configLoader: 'runner',
  preview: { port, strictPort: true, host: 'localhost' },
  logLevel: 'error',
});
const base = `http://localhost:${port}`;
const browser = await chromium.launch({
  ...CHROMIUM_LAUNCH,
  args: [...CHROMIUM_LAUNCH.args, ...(env.BENCH_CHROMIUM_ARGS ?? '').split(' ').filter(Boolean)],
});

const results: SizeResult[] = [];
try {
  const probe = await browser.newPage();
  const renderer = await probe.evaluate(() => {
    const gl = document.createElement('canvas').getContext('webgl');
    const info = gl?.getExtension('WEBGL_debug_renderer_info');
    return gl ? String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER)) : 'no WebGL';
  });
  await probe.close();
  const machineText = machine(browser.version(), renderer);
  for (const n of PROFILE !== null ? [PROFILE] : SIZES) {
    log(`${n} incidents: generating (cached in the temp directory)…`);
    if (n > STREAMED) {
      if (FEED !== 'overwrite') throw new Error(`past ${STREAMED} incidents only BENCH_FEED=overwrite runs`);
      copyFileSync(streamedPayload(n), builtAsset());
    } else {
      const file = syntheticFile(n);
      validate(file, n);
      if (FEED === 'overwrite' || PROFILE !== null) copyFileSync(payloadFile(file), builtAsset());
      else await buildApp(file);
    }
    if (PROFILE !== null) {
      const md = await profileRun(browser, base, n);
      const file = here('BROWSER-PROFILE.md');
      // A note written by hand above the generated part stays.
      const old = existsSync(file) ? readFileSync(file, 'utf8') : '';
      await writeFormatted(file, (old.includes(GENERATED) ? old.slice(0, old.indexOf(GENERATED)) : '') + md);
      console.log(md);
      break;
    }
    const result: SizeResult = { n, runs: [], notes: [], date: new Date().toISOString(), commit: COMMIT };
    for (let r = 0; r < RUNS; r++) {
      const { sample, notes } = await runOnce(browser, base);
      result.runs.push(sample);
      result.notes.push(...notes.map((x) => `run ${r + 1}, ${x}`));
      log(
        `${n} incidents, run ${r + 1}/${RUNS}: ${brief(sample)}` +
          (notes.length ? ` · ${notes.length} failed` : ''),
      );
    }
    results.push(result);
    await save(results, machineText);
  }
} finally {
  log('closing…');
  await browser.close();
  await server.close();
  if (original) writeFileSync(builtAsset(), original);
  log('done');
}

/** Writes the figures (merged with the saved ones under BENCH_MERGE) and the table; prints it. */
async function save(results: SizeResult[], machineText: string): Promise<void> {
  const saved = here('browser-results.json');
  const old: SizeResult[] =
    env.BENCH_MERGE && existsSync(saved) ? JSON.parse(readFileSync(saved, 'utf8')) : [];
  const all = [...old.filter((o) => !results.some((r) => r.n === o.n)), ...results].sort((a, b) => a.n - b.n);
  await writeFormatted(saved, JSON.stringify(all));
  if (env.BENCH_SAVE_TODAY) await writeFormatted(here('browser-today.json'), JSON.stringify(all));
  const todayFile = here('browser-today.json');
  const today =
    existsSync(todayFile) && !env.BENCH_SAVE_TODAY ? JSON.parse(readFileSync(todayFile, 'utf8')) : undefined;
  const md = report(all, machineText, today);
  await writeFormatted(here('BROWSER.md'), md);
  if (results.length === SIZES.length) console.log(md);
}
