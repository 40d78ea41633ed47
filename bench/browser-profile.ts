/**
 * `BENCH_PROFILE=100000 npm run bench:browser`: where the time goes, on an unminified build (with
 * MapLibre's unminified -dev bundles) so function names are the source's. For the first load and
 * a few changes: the CPU time of each group of Chromium threads from /proc (the GPU process's
 * SwiftShader threads draw the map), and, from a Chromium trace, the sampled self time per function
 * on the page's main thread and in each web worker (the map's, the loading one). Writes
 * bench/BROWSER-PROFILE.md, keeping any hand-written note above the generated part.
 */
import type { Browser, Page } from '@playwright/test';
import { RECORDER } from './browser-page.ts';
import {
  clickAndSettle,
  load,
  pickAndSettle,
  playback,
  STEP_TIMEOUT,
  typeAndSettle,
  type Interaction,
} from './browser-steps.ts';
import { cpuSnapshot, cpuSpent, pageOrigin, parseTrace, scriptOf, selfTime } from './browser-trace.ts';

export const GENERATED = '<!-- Everything below is written by BENCH_PROFILE=… npm run bench:browser. -->';
const CATEGORIES = ['__metadata', 'blink.user_timing', 'disabled-by-default-v8.cpu_profiler'];
const TOP = 8;

const ms = (x: number) => (x < 10_000 ? `${Math.round(x)} ms` : `${(x / 1000).toFixed(1)} s`);
const cell = (s: string) => s.replace(/\|/g, '\\|');

/** What an action reports: its window in the page's clock (ms from navigation start) and a title. */
interface Traced {
  title: string;
  from?: number;
  to?: number;
}

/** Runs `action` traced and between two /proc snapshots; returns its Markdown section. */
async function traced(browser: Browser, page: Page, action: (start: () => Promise<void>) => Promise<Traced>) {
  let before = cpuSnapshot();
  let wall = 0;
  const start = async () => {
    await browser.startTracing(page, { categories: CATEGORIES });
    await page.evaluate(() => performance.mark('bench-start')).catch(() => undefined);
    before = cpuSnapshot();
    wall = Date.now();
  };
  const result = await action(start);
  if (!wall) throw new Error('the action never started the trace');
  await page.evaluate(() => performance.mark('bench-end'));
  const after = cpuSnapshot();
  wall = Date.now() - wall;
  const { events, threads } = parseTrace(await browser.stopTracing());
  const origin = pageOrigin(events, 'bench-end');
  const mark = (name: string) => events.find((e) => e.name === name)?.ts;
  const from =
    origin !== null && result.from !== undefined ? origin + result.from : mark('bench-start')! / 1000;
  const to = origin !== null && result.to !== undefined ? origin + result.to : mark('bench-end')! / 1000;
  const spent = cpuSpent(before, after).filter(([, v]) => v >= 20);
  const lines = [
    `## ${result.title}`,
    '',
    `CPU time per group of threads over ${ms(wall)} of wall time (2 cores: at most ${ms(2 * wall)}), ` +
      'from /proc:',
    '',
    '| threads | CPU time |',
    '| --- | ---: |',
    ...spent.map(([k, v]) => `| ${k} | ${ms(v)} |`),
  ];
  const js = threads
    .map((t) => ({ t, ...selfTime(t, from, to) }))
    .filter((x) => x.busy >= 20)
    .sort((a, b) => b.busy - a.busy);
  for (const { t, busy, top } of js) {
    const pid = events.find((e) => e.tid === t.tid && e.name === 'thread_name');
    const main = pid?.args?.name === 'CrRendererMain';
    lines.push(
      '',
      `JavaScript on ${main ? "the page's main thread" : scriptOf(t)}: busy ${ms(busy)} of the ` +
        `${ms(to - from)} measured (V8 samples, self time):`,
      '',
      '| function · module | self time | of busy |',
      '| --- | ---: | ---: |',
      ...top.slice(0, TOP).map(([k, v]) => `| ${cell(k)} | ${ms(v)} | ${((100 * v) / busy).toFixed(0)} % |`),
    );
  }
  return lines.join('\n');
}

/**
 * Profiles the load of `base`, type box on and off, the buffer off, a radius, a search typed,
 * playback; returns the Markdown.
 */
export async function profileRun(browser: Browser, base: string, n: number): Promise<string> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.addInitScript({ content: RECORDER });
  const sections: string[] = [];
  const secs = (x: number) => `${(x / 1000).toFixed(2)} s`;
  try {
    const page = await context.newPage();
    // A page of the same site first, so the app loads in a renderer that is already running.
    await page.goto(`${base}/favicon.svg`);
    sections.push(
      await traced(browser, page, async (start) => {
        await start();
        const l = await load(page, `${base}/`);
        return {
          title:
            `First load: count at ${secs(l.count)}, map idle at ${secs(l.idle)} ` +
            `(longest task ${ms(l.longest)})`,
          from: 0,
          to: l.idle,
        };
      }),
    );
    const click = (title: string, name: RegExp) =>
      traced(browser, page, async (start) => {
        const i = await clickAndSettle(page, name, 'checkbox', start);
        return {
          title:
            `${title}: count ${ms(i.count ?? NaN)}, map idle ${ms(i.idle)} ` +
            `(longest task ${ms(i.longest)})`,
          from: i.t0,
          to: i.t0 + i.idle,
        };
      });
    const settled = (title: string, act: (start: () => Promise<void>) => Promise<Interaction>) =>
      traced(browser, page, async (start) => {
        const i = await act(start);
        return {
          title:
            `${title}: count ${ms(i.count ?? NaN)}, map idle ${ms(i.idle)} ` +
            `(longest task ${ms(i.longest)}, slowest key ${ms(i.slowestKey)})`,
          from: i.t0,
          to: i.t0 + i.idle,
        };
      });
    sections.push(await click('Type box Airstrike on', /^Airstrike/));
    sections.push(await click('Type box Airstrike off', /^Airstrike/));
    await page.getByRole('tab', { name: 'Spatial' }).click({ timeout: STEP_TIMEOUT });
    await clickAndSettle(page, /Only incidents within/, 'checkbox');
    sections.push(await click('20 km border buffer off', /Only incidents within/));
    const place = page.getByRole('combobox', { name: 'Place' });
    sections.push(
      await settled('50 km around Parachinar (place picked)', (start) =>
        pickAndSettle(page, place, 'Parachinar', start),
      ),
    );
    await clickAndSettle(page, /^Clear$/, 'button');
    await page.getByRole('tab', { name: 'Filters' }).click({ timeout: STEP_TIMEOUT });
    const search = page.getByRole('searchbox', { name: /^Search/ });
    // The first key apart: it matches nearly every row, the keys after it narrow.
    sections.push(
      await settled('Search: its first key ("k")', (start) => typeAndSettle(page, search, 'k', start)),
    );
    sections.push(
      await settled('Search: the next keys ("urram")', (start) =>
        typeAndSettle(page, search, 'urram', start),
      ),
    );
    await search.fill('');
    sections.push(
      await traced(browser, page, async (start) => {
        await start();
        const p = await playback(page);
        return {
          title:
            `Playback 4×, ${p.steps} steps: frame ${ms(p.frame ?? NaN)} (median), ` +
            `step to map idle ${ms(p.stepIdle ?? NaN)} (median)`,
        };
      }),
    );
  } finally {
    await context.close();
  }
  const date = new Date().toISOString().slice(0, 10);
  return [
    GENERATED,
    '',
    `# Where the time goes: ${n.toLocaleString('en-GB')} incidents (${date})`,
    '',
    'Unminified production build (MapLibre -dev bundles), headless Chromium with SwiftShader; the',
    'trace and its sampler slow things somewhat, so the times here run above the table in BROWSER.md.',
    '',
    ...sections.flatMap((s) => [s, '']),
  ].join('\n');
}
