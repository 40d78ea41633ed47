/**
 * `npm run bench:import`: "Add your data" with a seeded synthetic ACLED export (bench/synthetic-acled.ts,
 * 100,000 rows unless BENCH_IMPORT_ROWS says) in headless Chromium with software WebGL (SwiftShader),
 * on a production build with the bundled data. Per run, on a fresh browser context: load, open the
 * dialog, choose the file, wait for its preview, click Import and time the progress bar, the report,
 * the count, the map's next idle and the save, with the long tasks on the main thread; then one run
 * that clicks Cancel 1 s after Import. Writes bench/IMPORT.md.
 *
 * Environment: BENCH_IMPORT_ROWS=100000 · BENCH_RUNS=3 · BENCH_PORT=4181 (a free one if unset) ·
 * BENCH_TIMEOUT=300000 (ms, per wait) · BENCH_BUILD=0 (serve the dist/ there is) · CHROMIUM_PATH ·
 * BENCH_NOTE="…" (a line about the machine).
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpus, loadavg, totalmem } from 'node:os';
import { basename } from 'node:path';
import { CHROMIUM_LAUNCH } from '../scripts/chromium.ts';
import { chromium, type Browser, type Page } from '@playwright/test';
import { build, preview } from 'vite';
import { RECORDER } from './browser-page.ts';
import { writeFormatted } from './browser-report.ts';
import { cancelOnce, importOnce, type CancelRun, type ImportRun } from './browser-import-steps.ts';
import { load } from './browser-steps.ts';
import { syntheticAcledFile } from './synthetic-acled.ts';

const env = process.env;
const ROWS = Number(env.BENCH_IMPORT_ROWS ?? 100_000);
const RUNS = Number(env.BENCH_RUNS ?? 3);
const here = (f: string) => new URL(f, import.meta.url).pathname;
const root = here('..');
const startLoad = loadavg();
const started = new Date();
const log = (text: string) => process.stderr.write(`${new Date().toISOString().slice(11, 19)} ${text}\n`);
const message = (e: unknown) => (e instanceof Error ? e.message : String(e)).split('\n')[0]!.slice(0, 200);

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer().listen(0, 'localhost', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });

/** A fresh context with the recorder, the app loaded and settled; page errors collected. */
async function openApp(browser: Browser, base: string, errors: string[]) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.addInitScript({ content: RECORDER });
  const page: Page = await context.newPage();
  page.on('pageerror', (e) => errors.push(`page error: ${message(e)}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text().slice(0, 200)}`);
  });
  await load(page, `${base}/`).catch(async (e: unknown) => {
    await context.close();
    throw e;
  });
  return { context, page };
}

// ── The report ──
function ms(v: number | null | undefined): string {
  if (v === null || v === undefined) return '—';
  return v >= 1000 ? `${(v / 1000).toFixed(2)} s` : `${Math.round(v)} ms`;
}

function median(xs: number[]): number | null {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s.length % 2 ? s[s.length >> 1]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2) : null;
}

const ROWS_OF_TABLE: [keyof ImportRun, string][] = [
  ['preview', 'file chosen → preview shown (wall clock, Node)'],
  ['progress', 'Import → progress bar shown'],
  ['report', 'Import → report visible'],
  ['longReport', 'longest long task, Import → report'],
  ['totalReport', 'long-task time, Import → report'],
  ['count', 'Import → count shows the new total'],
  ['idle', 'Import → map idle after that (`__atlas.idle()`)'],
  ['longIdle', 'longest long task, Import → map idle'],
  ['totalIdle', 'long-task time, Import → map idle'],
  ['saved', 'Import → "Saved in this browser"'],
  ['longSaved', 'longest long task, Import → saved'],
  ['totalSaved', 'long-task time, Import → saved'],
  ['reloadCount', 'reload → count shows the saved total'],
  ['reloadIdle', 'reload → map idle'],
  ['longReload', 'longest long task, reload → map idle'],
  ['totalReload', 'long-task time, reload → map idle'],
];

interface Results {
  runs: (ImportRun | null)[];
  loads: number[];
  cancel: CancelRun | null;
  notes: string[];
}

function report(chromiumVersion: string, { runs, loads, cancel, notes }: Results): string {
  const ok = runs.filter((r): r is ImportRun => r !== null);
  const head = `| measure | ${runs.map((_, i) => `run ${i + 1}`).join(' | ')} | min | median |`;
  const rule = `| --- | ${runs.map(() => '---:').join(' | ')} | ---: | ---: |`;
  const rows = ROWS_OF_TABLE.map(([key, label]) => {
    const xs = ok.map((r) => r[key]).filter((v): v is number => typeof v === 'number');
    const cells = runs.map((r) => ms(r?.[key] as number | null | undefined));
    return `| ${label} | ${cells.join(' | ')} | ${ms(xs.length ? Math.min(...xs) : null)} | ${ms(median(xs))} |`;
  });
  const text = (f: (r: ImportRun) => string) => runs.map((r) => (r ? f(r) : '—')).join(' | ');
  rows.push(
    `| progress bar appeared | ${text((r) => (r.progress === null ? 'no' : 'yes'))} | | |`,
    `| count before | ${text((r) => r.before)} | | |`,
    `| count after | ${text((r) => r.after)} | | |`,
    `| 1-min load average at the run's start | ${runs.map((_, i) => loads[i]?.toFixed(2) ?? '—').join(' | ')} | | |`,
  );
  const c = cancel;
  const cancelRows = c
    ? [
        '| measure | value |',
        '| --- | ---: |',
        `| Import → Cancel clicked | ${ms(c.importToCancel)} |`,
        `| progress bar showing when Cancel was clicked | ${c.progressAtCancel ? 'yes' : 'no'} |`,
        `| Cancel → file chooser shown again | ${ms(c.toChooser)} |`,
        `| longest long task, Cancel → file chooser | ${ms(c.longest)} |`,
        `| count before / 3 s after | ${c.before} / ${c.after} |`,
        `| count unchanged | ${c.before === c.after ? 'yes' : 'no'} |`,
        `| dialog back to the file chooser | ${c.toChooser !== null ? 'yes' : 'no'} |`,
        `| a report appeared anyway | ${c.reportShown ? 'yes' : 'no'} |`,
      ]
    : ['The cancel run failed (see the notes).'];
  const model = /model name\s*:\s*(.*)/.exec(readFileSync('/proc/cpuinfo', 'utf8'));
  return [
    `# Importing ${ROWS.toLocaleString('en-GB')} ACLED rows in the browser (${started.toISOString().slice(0, 10)})`,
    '',
    'Made by `npm run bench:import` (bench/browser-import.ts). A seeded synthetic ACLED CSV in the current',
    `layout (bench/synthetic-acled.ts: ${ROWS.toLocaleString('en-GB')} valid rows, 29–37°N 61–75°E, 2018–2024,`,
    'notes of ~150 characters) is chosen in "Add your data" on a production build with the bundled data',
    '(`vite preview`), each run on a fresh browser context (1280 × 800, empty IndexedDB). Times start at',
    "the Import click's input event as the page received it and end at the page's first sight of each",
    '(a MutationObserver on the dialog and the count); "map idle" is `window.__atlas.idle()` called once the',
    'count shows the new total. Long tasks: `longtask` entries (PerformanceObserver), clipped to the window.',
    'Once saved, the page is reloaded: its times run from navigation start, the count polled every frame.',
    '',
    `- machine: ${cpus().length} cores (nproc), ${model?.[1] ?? cpus()[0]?.model}, ` +
      `${Math.round(totalmem() / 2 ** 30)} GB RAM; load average at start ${startLoad.map((l) => l.toFixed(2)).join(' ')}`,
    `- browser: headless Chromium ${chromiumVersion}, \`--use-angle=swiftshader --enable-unsafe-swiftshader\``,
    `- Node ${process.version}; started ${started.toISOString().slice(0, 16).replace('T', ' ')} UTC`,
    ...(env.BENCH_NOTE ? [`- note: ${env.BENCH_NOTE}`] : []),
    '',
    '## Import',
    '',
    head,
    rule,
    ...rows,
    '',
    `Report text (run 1): "${ok[0]?.reportText ?? '—'}"`,
    '',
    '## Cancel 1 s after Import',
    '',
    ...cancelRows,
    ...(notes.length ? ['', '## Notes', '', ...notes.map((n) => `- ${n}`)] : []),
    '',
  ].join('\n');
}

// ── Build, serve, launch ──
log(`${ROWS} rows: generating the ACLED CSV (cached in the temp directory)…`);
const file = syntheticAcledFile(ROWS);
const previewText = `${basename(file)}: ACLED CSV, ${ROWS.toLocaleString('en-GB')} rows.`;
if (env.BENCH_BUILD !== '0') {
  log('building…');
  // configLoader 'runner': node_modules may be a link shared with another checkout (see browser.ts).
  await build({ root, configLoader: 'runner', logLevel: 'error' });
}
const port = env.BENCH_PORT ? Number(env.BENCH_PORT) : await freePort();
const server = await preview({
  root,
  configLoader: 'runner',
  preview: { port, strictPort: true, host: 'localhost' },
  logLevel: 'error',
});
const base = `http://localhost:${port}`;
const browser = await chromium.launch(CHROMIUM_LAUNCH);

const runs: (ImportRun | null)[] = [];
const loads: number[] = [];
let cancel: CancelRun | null = null;
const notes: string[] = [];
try {
  for (let r = 0; r <= RUNS; r++) {
    const what = r < RUNS ? `import, run ${r + 1}/${RUNS}` : 'cancel run';
    const errors: string[] = [];
    loads.push(loadavg()[0]!);
    const opened = await openApp(browser, base, errors).catch((e: unknown) => {
      notes.push(`${what}: the app did not load: ${message(e)}`);
      if (r < RUNS) runs.push(null);
    });
    if (!opened) continue;
    const { context, page } = opened;
    try {
      if (r < RUNS) runs.push(await importOnce(page, file, previewText));
      else cancel = await cancelOnce(page, file, previewText);
      log(`${what}: ${JSON.stringify(r < RUNS ? runs[r] : cancel)}`);
    } catch (e) {
      if (r < RUNS) runs.push(null);
      notes.push(`${what}: ${message(e)}`);
      log(`${what} failed: ${message(e)}`);
    } finally {
      notes.push(...errors.map((x) => `${what}, ${x}`));
      await context.close();
    }
    // Written after each run, so a run stopped half way still leaves its figures.
    await writeFormatted(here('IMPORT.md'), report(browser.version(), { runs, loads, cancel, notes }));
  }
  log('wrote bench/IMPORT.md');
} finally {
  await browser.close();
  await server.close();
}
