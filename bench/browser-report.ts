/**
 * The table `bench/browser.ts` prints and writes to bench/BROWSER.md: min and median of the runs
 * per measure and size, the issue's baseline (an older version of the app, min of four runs) and
 * the ratio to it, today's figures on this machine where bench/browser-today.json holds them,
 * the targets of issue [10/13] and whether the median meets them.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { format, resolveConfig } from 'prettier';

/** One run's measures by key (null: the step failed or timed out). */
export type Sample = Record<string, number | null>;

export interface SizeResult {
  n: number;
  runs: Sample[];
  notes: string[];
  date: string;
  /** The app's commit (git describe of the worktree). */
  commit?: string;
}

type Unit = 'ms' | 'MB' | 'nodes' | 'steps' | 'load';
interface Target {
  text: string;
  ok: (median: number, ratio: number | null) => boolean;
}
interface Measure {
  key: string;
  label: string;
  unit: Unit;
  /** The issue's figures by size. */
  baseline?: Record<number, number>;
  target?: (n: number) => Target | undefined;
}

const s = (x: number) => x * 1000;
const LOAD = { 1000: s(3.8), 10000: s(5.3), 100000: s(51) };
const TYPE = { 1000: s(0.7), 10000: s(2.4), 100000: s(27) };
const DATES = { 1000: s(1.0), 10000: s(2.7), 100000: s(31) };
const DRAG = { 1000: s(1.8), 10000: s(4.5), 100000: s(34) };

const big = (n: number) => n >= 100_000;
const within = (ms: number, ratio?: number): Target => ({
  text: `≤ ${ms < 1000 ? `${ms} ms` : `${ms / 1000} s`}${ratio ? `, ≥ ${ratio}×` : ''}`,
  ok: (m, r) => m <= ms && (!ratio || (r !== null && r >= ratio)),
});
/** A filter, facet, brush or buffer change to map idle: 500 ms (and 20× the issue's) at 100k, else 200. */
const change = (withRatio: boolean) => (n: number) =>
  big(n) ? within(500, withRatio ? 20 : undefined) : within(200);
const updated = (n: number) => (big(n) ? within(100) : within(200));
const longTask = () => within(200);
/** Ten brush changes: 20× the issue's figure at 100k. */
const dragTarget = (n: number): Target | undefined =>
  big(n) ? { text: '≥ 20×', ok: (_m, r) => r !== null && r >= 20 } : undefined;

const interaction = (key: string, label: string, baseline?: Record<number, number>): Measure[] => [
  { key: `${key}.count`, label: `${label}: count updated`, unit: 'ms', target: updated },
  { key: `${key}.list`, label: `${label}: list updated`, unit: 'ms', target: updated },
  { key: `${key}.idle`, label: `${label}: to map idle`, unit: 'ms', baseline, target: change(!!baseline) },
  { key: `${key}.long`, label: `${label}: longest task`, unit: 'ms', target: longTask },
];

/** Typing at 120 ms a key: each key's count and list must be updated within their target. */
const typing = (key: string, label: string): Measure[] => [
  { key: `${key}.key`, label: `${label}: slowest key, count and list updated`, unit: 'ms', target: updated },
  { key: `${key}.keyPaint`, label: `${label}: slowest key to the next paint`, unit: 'ms' },
  { key: `${key}.idle`, label: `${label}: last key to map idle`, unit: 'ms', target: change(false) },
  { key: `${key}.long`, label: `${label}: longest task`, unit: 'ms', target: longTask },
];

export const MEASURES: Measure[] = [
  {
    key: 'load.idle',
    label: 'first map idle (from navigation start)',
    unit: 'ms',
    baseline: LOAD,
    target: (n) => (big(n) ? within(5000, 10) : undefined),
  },
  { key: 'load.goto', label: 'goto → `__atlas.idle()` resolved', unit: 'ms', baseline: LOAD },
  { key: 'load.count', label: 'count shows the total', unit: 'ms' },
  { key: 'load.long', label: 'first load: longest task (to map idle)', unit: 'ms', target: longTask },
  {
    key: 'heap',
    label: 'JS heap after load and GC (main thread)',
    unit: 'MB',
    baseline: { 1000: 17, 10000: 84, 100000: 748 },
    target: (n) => (big(n) ? { text: '≤ 250 MB', ok: (m) => m <= 250 } : undefined),
  },
  { key: 'heap.workers', label: "JS heap of the map's workers after GC", unit: 'MB' },
  ...(['load', 'list'] as const).map<Measure>((when) => ({
    key: `dom.${when}`,
    label: `DOM nodes after ${when === 'load' ? 'load' : 'opening the list'}`,
    unit: 'nodes',
    baseline: { 1000: 11_000, 10000: 98_000, 100000: 971_000 },
    target: () => ({ text: '≤ 5,000', ok: (m) => m <= 5000 }),
  })),
  ...interaction('type', 'type box (Airstrike) on', TYPE),
  ...interaction('typeBack', 'type box off again'),
  ...typing('search', 'search typed key by key ("kurram")'),
  ...typing('search2', 'a second word typed (" border")'),
  ...interaction('searchOff', 'search cleared'),
  ...interaction('actor', 'actor box (Pakistani armed forces) on'),
  ...interaction('actorBack', 'actor box off again'),
  ...interaction('province', 'province box (Khost) on'),
  ...interaction('provinceBack', 'province box off again'),
  ...interaction('precision', 'precision box (Exact site) on'),
  ...interaction('precisionBack', 'precision box off again'),
  ...interaction('dates', 'clear dates (from a dated link)', DATES),
  ...interaction('drag', '10-step timeline drag').map((m) =>
    m.key === 'drag.idle'
      ? { ...m, label: '10-step timeline drag: mouse down to idle', baseline: DRAG, target: dragTarget }
      : m.key === 'drag.list'
        ? // The list changes with every move: its last change is the drag's length, not one update.
          { ...m, label: "10-step timeline drag: list's last change (from mouse down)", target: undefined }
        : m,
  ),
  {
    key: 'drag.afterUp',
    label: '10-step timeline drag: mouse up to idle',
    unit: 'ms',
    target: change(false),
  },
  ...interaction('bufferOn', '20 km border buffer on'),
  ...interaction('bufferOff', '20 km border buffer off', { 100000: s(30) }),
  ...interaction('radius', '50 km around Parachinar (place picked)'),
  ...interaction('radiusOff', 'radius cleared'),
  { key: 'play.steps', label: 'playback 4×: steps measured', unit: 'steps' },
  { key: 'play.stepIdle', label: 'playback 4×: step label to map idle (median)', unit: 'ms' },
  {
    key: 'play.frame',
    label: 'playback 4×: frame time (median)',
    unit: 'ms',
    target: (n) => (big(n) ? within(50) : undefined),
  },
  { key: 'play.frameP90', label: 'playback 4×: frame time (90th percentile)', unit: 'ms' },
  { key: 'play.long', label: 'playback 4×: longest task', unit: 'ms' },
  { key: 'loadavg', label: '(machine) 1-minute load average at the start of the run', unit: 'load' },
];

const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
const median = (xs: number[]) => sorted(xs)[Math.floor((xs.length - 1) / 2)]!;

function fmt(v: number | null | undefined, unit: Unit): string {
  if (v === null || v === undefined || !Number.isFinite(v)) return '—';
  if (unit === 'ms') return v < 1000 ? `${Math.round(v)} ms` : `${(v / 1000).toFixed(v < 10_000 ? 2 : 1)} s`;
  if (unit === 'MB') return `${Math.round(v)} MB`;
  if (unit === 'load') return v.toFixed(2);
  return Math.round(v).toLocaleString('en-GB');
}
const ratioText = (r: number | null) =>
  r === null ? '' : r >= 10 ? `${Math.round(r)}×` : `${r.toFixed(1)}×`;
const sizeText = (n: number) => n.toLocaleString('en-GB');

/** Min of a measure over one size's runs, from the saved figures of today's code. */
function todayMin(today: SizeResult[] | undefined, n: number, key: string): number | null {
  const xs = (today?.find((r) => r.n === n)?.runs ?? []).map((r) => r[key]).filter((v) => v != null);
  return xs.length ? Math.min(...(xs as number[])) : null;
}

export function table(results: SizeResult[], today?: SizeResult[]): string {
  const head = ['measure', 'incidents', 'runs', 'min', 'median', 'issue', '× issue'];
  if (today) head.push('today', '× today');
  head.push('target', 'met');
  const lines = [
    `| ${head.join(' | ')} |`,
    `| ${head.map((h) => (h === 'measure' ? '---' : '---:')).join(' | ')} |`,
  ];
  for (const m of MEASURES) {
    for (const r of results) {
      const xs = r.runs.map((run) => run[m.key]).filter((v): v is number => v != null && Number.isFinite(v));
      const min = xs.length ? Math.min(...xs) : null;
      const med = xs.length ? median(xs) : null;
      const base = m.baseline?.[r.n];
      const ratio = base !== undefined && min ? base / min : null;
      const t = m.target?.(r.n);
      const row = [
        m.label,
        sizeText(r.n),
        `${xs.length}/${r.runs.length}`,
        fmt(min, m.unit),
        fmt(med, m.unit),
      ];
      row.push(fmt(base, m.unit), ratioText(ratio));
      if (today) {
        const tm = todayMin(today, r.n, m.key);
        row.push(fmt(tm, m.unit), ratioText(tm !== null && min ? tm / min : null));
      }
      const met = !t ? '' : med === null ? '✗ (—)' : t.ok(med, ratio) ? '✓' : '✗';
      row.push(t?.text ?? '', met);
      lines.push(`| ${row.join(' | ')} |`);
    }
  }
  return lines.join('\n');
}

export function machine(chromium: string, renderer: string): string {
  const model = /model name\s*:\s*(.*)/.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? cpus()[0]?.model;
  const load = loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');
  return [
    `- machine: ${cpus().length} cores (nproc), ${model}, ${Math.round(totalmem() / 2 ** 30)} GB RAM; ` +
      `load average at start ${load}`,
    `- browser: headless Chromium ${chromium}, WebGL renderer "${renderer}"`,
    `- Node ${process.version}; viewport 1280 × 800 (desktop layout)`,
  ].join('\n');
}

const HOW = (timeout: number) => `
Made by \`npm run bench:browser\` (bench/browser.ts). How it measures:

- **Data**: seeded synthetic incidents (bench/synthetic.ts; ~1.26 kB of GeoJSON each, 126 MB at 100k)
  checked, measured and packed as the build does (scripts/incident-payload.ts, ~1.3 kB per incident),
  written over the incidents payload of a production build served by \`vite preview\` (which
  compresses on the fly: its CPU time is on the same two cores).
- **Runs**: each on a fresh browser context at 1280 × 800 (desktop layout). The default view: first
  load, heap, DOM, the Airstrike type box on and off, the 20 km border buffer on and off (Spatial tab),
  a 10-step brush on the timeline, playback; then a second page from
  \`#from=2020-01-01&to=2021-12-31\` for "Clear dates".
- **Times** start at the input event as the page received it (pointerdown) and end at the map's last
  \`idle\` event once the map has loaded and drawn nothing for 250 ms. "count updated": the header
  count's first new text; "list updated": the incident list's last DOM change before map idle (in a
  drag the list changes with every move, so there it is the drag's length and has no target).
  "longest task": the longest \`longtask\` entry (PerformanceObserver) overlapping that time.
  First load counts from navigation start (in the page) and, per the issue, from \`page.goto\` to
  \`window.__atlas.idle()\` resolving (in Node, one more frame drawn); it takes in reading and
  unpacking the payload (behind the progress bar) and the map, made once the incidents are unpacked.
  Its "longest task" is the longest one from navigation start to that first map idle.
- **Heap**: CDP \`HeapProfiler.collectGarbage\` then \`Runtime.getHeapUsage\`, main thread; the map's
  web workers separately. **DOM**:
  \`document.getElementsByTagName('*').length\` (the list is virtual: only the rows in view exist).
- **Playback** at 4× (a step every 250 ms) for 10 steps from the start of the span: per step, its new
  range label to the map's next \`idle\`; and the time between animation frames (rAF) from the
  first step to the map's idle after the last, which includes SwiftShader drawing in the GPU process.
- **Columns**: min and median of the runs ("runs": how many gave a figure). "issue": the baseline of
  issue [10/13] (an older version of the app, min of four runs); "× issue" = that baseline ÷ our min.
  The issue's "type box off" unticked one type of all ticked; no box is ticked by default now, so ours
  ticks Airstrike, showing one type: one click on the first type box either way. "met" judges the
  median against the issue's targets (100k; "every change ≤ 200 ms" at 10k is applied at 1k too).
- "—": the step failed or a wait passed its ${timeout} s timeout (see the notes).
`;

export function report(results: SizeResult[], machineText: string, today?: SizeResult[]): string {
  const date = new Date().toISOString().slice(0, 10);
  const notes = results.flatMap((r) => r.notes.map((x) => `- ${sizeText(r.n)}: ${x}`));
  const sizes = results.map((r) => sizeText(r.n)).join(', ');
  return [
    `# Durand Atlas in the browser: ${sizes} incidents (${date})`,
    HOW(Math.round(Number(process.env.BENCH_TIMEOUT ?? 120_000) / 1000)),
    machineText,
    ...(process.env.BENCH_NOTE ? [`- note: ${process.env.BENCH_NOTE}`] : []),
    ...(process.env.BENCH_CHROMIUM_ARGS
      ? [`- Chromium flags added: ${process.env.BENCH_CHROMIUM_ARGS}`]
      : []),
    ...(today
      ? [
          '',
          `"today": today's code (commit ${today[0]?.commit ?? '?'}, ` +
            `${today[0]?.date.slice(0, 10) ?? '?'}) ` +
            'on this machine, from bench/browser-today.json; "× today" = its min ÷ ours.',
        ]
      : []),
    '',
    table(results, today),
    ...(notes.length ? ['', '## Notes', '', ...notes] : []),
    '',
  ].join('\n');
}

/** Writes Markdown or JSON as `prettier --check .` (npm run lint) wants it. */
export async function writeFormatted(path: string, text: string): Promise<void> {
  const options = (await resolveConfig(path)) ?? {};
  writeFileSync(path, await format(text, { ...options, filepath: path }));
}
