/**
 * The measured steps of `bench/browser-import.ts`, on a page with the recorder of browser-page.ts
 * (input events, long tasks). Before the click on Import a MutationObserver (WATCH) is put on the
 * page: it stamps, with `performance.now()`, the first time the dialog shows the progress bar, the
 * report, "Saved in this browser", an alert or the file chooser, and the count's first new text.
 */
import type { Page } from '@playwright/test';
import type {} from './browser-page.ts';
import { markNow } from './browser-steps.ts';

export const TIMEOUT = Number(process.env.BENCH_TIMEOUT ?? 300_000);

interface Stamps {
  progress: number | null;
  report: number | null;
  saved: number | null;
  alert: number | null;
  chooser: number | null;
  count: number | null;
}
declare global {
  interface Window {
    __import?: Stamps;
  }
}

/** Plain JavaScript in a string, as RECORDER is (tsx would wrap inner functions in `__name()`). */
const WATCH = String.raw`(() => {
  const s = { progress: null, report: null, saved: null, alert: null, chooser: null, count: null };
  const count = () => (document.querySelector('[data-testid="count"]')?.textContent ?? '').trim();
  const before = count();
  const check = () => {
    const t = performance.now();
    const d = document.querySelector('dialog.import');
    const report = d && d.querySelector('[data-testid="import-report"]');
    if (s.progress === null && d && d.querySelector('progress')) s.progress = t;
    if (s.report === null && report) s.report = t;
    if (s.saved === null && report && /Saved in this browser|Not saved/.test(report.textContent)) s.saved = t;
    if (s.alert === null && d && d.querySelector('[role="alert"]')) s.alert = t;
    if (s.chooser === null && d && d.querySelector('input[type="file"]')) s.chooser = t;
    if (s.count === null && count() !== before) s.count = t;
  };
  new MutationObserver(check).observe(document.body, { childList: true, subtree: true, characterData: true });
  window.__import = s;
})()`;

export const countText = async (page: Page): Promise<string> =>
  ((await page.getByTestId('count').first().textContent()) ?? '').trim();

/** Opens the dialog, chooses `file` and waits for its preview; returns the wall time to the preview. */
async function choose(page: Page, file: string, preview: string): Promise<number> {
  await page.getByRole('button', { name: 'Add your data' }).click({ timeout: TIMEOUT });
  const dialog = page.getByRole('dialog', { name: 'Add your data' });
  const t = Date.now();
  await dialog.locator('input[type=file]').setInputFiles(file, { timeout: TIMEOUT });
  await dialog.getByText(preview).waitFor({ timeout: TIMEOUT });
  return Date.now() - t;
}

/** Clicks a dialog button at its centre, after the watcher is in place; returns the input event's time. */
async function press(page: Page, name: string): Promise<number> {
  const button = page
    .getByRole('dialog', { name: 'Add your data' })
    .getByRole('button', { name, exact: true });
  const box = await button.boundingBox({ timeout: TIMEOUT });
  if (!box) throw new Error(`the ${name} button is not visible`);
  const since = await markNow(page);
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  const inputs = await page.evaluate((s) => window.__bench!.inputs.filter((t) => t > s), since);
  return inputs[0] ?? since;
}

const stamps = (page: Page) => page.evaluate(() => window.__import!);
const until = (page: Page, key: keyof Stamps) =>
  page.waitForFunction((k) => window.__import![k] !== null || window.__import!.alert !== null, key, {
    timeout: TIMEOUT,
    polling: 100,
  });

/** The longest long task and their total time within [from, to] (each clipped to it; ms). */
async function longTasks(page: Page, from: number, to: number): Promise<{ longest: number; total: number }> {
  const tasks = await page.evaluate(() => window.__bench!.longtasks);
  const inside = tasks
    .map(([start, d]) => Math.min(start + d, to) - Math.max(start, from))
    .filter((d) => d > 0);
  return { longest: Math.max(0, ...inside), total: inside.reduce((a, b) => a + b, 0) };
}

export interface ImportRun {
  preview: number;
  progress: number | null;
  report: number | null;
  count: number | null;
  idle: number | null;
  saved: number | null;
  longReport: number | null;
  totalReport: number | null;
  longIdle: number | null;
  totalIdle: number | null;
  longSaved: number | null;
  totalSaved: number | null;
  before: string;
  after: string;
  reportText: string;
  /** The page reloaded once saved: navigation start to the count showing the saved total. */
  reloadCount: number | null;
  reloadIdle: number | null;
  longReload: number | null;
  totalReload: number | null;
}

/** One import of `file`: Import clicked, then the report, the count, map idle and the save. */
export async function importOnce(page: Page, file: string, preview: string): Promise<ImportRun> {
  const before = await countText(page);
  const previewMs = await choose(page, file, preview);
  await page.evaluate(WATCH);
  const t0 = await press(page, 'Import');
  await until(page, 'report');
  const shown = await stamps(page);
  if (shown.report === null) throw new Error('the dialog showed an alert instead of the report');
  const reportText = (await page.getByTestId('import-report').textContent())!.replace(/\s+/g, ' ').trim();
  await until(page, 'count');
  // The map's next idle once the store is rebuilt (the count shows the new total).
  const idleAt = await page.evaluate(async () => {
    await window.__atlas!.idle();
    return performance.now();
  });
  await until(page, 'saved');
  const s = await stamps(page);
  const since = (t: number | null) => (t === null ? null : t - t0);
  const lt = async (to: number | null) => (to === null ? null : longTasks(page, t0, to));
  const [r, i, sv] = [await lt(s.report), await lt(idleAt), await lt(s.saved)];
  const after = await countText(page);
  const reload = await reloadOnce(page, after);
  return {
    preview: previewMs,
    progress: since(s.progress),
    report: since(s.report),
    count: since(s.count),
    idle: idleAt - t0,
    saved: since(s.saved),
    longReport: r?.longest ?? null,
    totalReport: r?.total ?? null,
    longIdle: i?.longest ?? null,
    totalIdle: i?.total ?? null,
    longSaved: sv?.longest ?? null,
    totalSaved: sv?.total ?? null,
    before,
    after,
    reportText,
    ...reload,
  };
}

/** Reloads the page and times the saved dataset's return: the count, then the map idle. */
async function reloadOnce(page: Page, total: string) {
  await page.reload({ waitUntil: 'commit', timeout: TIMEOUT });
  // Polled every animation frame: a long task delays the poll as it delays the reader.
  await page.waitForFunction(
    (t) => (document.querySelector('[data-testid="count"]')?.textContent ?? '').trim() === t,
    total,
    { timeout: TIMEOUT, polling: 'raf' },
  );
  const count = await page.evaluate(() => performance.now());
  await page.waitForFunction(() => window.__atlas !== undefined, null, { timeout: TIMEOUT });
  const idle = await page.evaluate(async () => {
    await window.__atlas!.idle();
    return performance.now();
  });
  const tasks = await longTasks(page, 0, idle);
  return { reloadCount: count, reloadIdle: idle, longReload: tasks.longest, totalReload: tasks.total };
}

export interface CancelRun {
  /** Whether the progress bar still showed when Cancel was clicked (else the import had ended). */
  progressAtCancel: boolean;
  /** Import to Cancel, and Cancel to the file chooser shown again (ms). */
  importToCancel: number;
  toChooser: number | null;
  longest: number;
  before: string;
  after: string;
  reportShown: boolean;
}

/** Import clicked, Cancel clicked 1 s later; then 3 s more to see that nothing arrives late. */
export async function cancelOnce(page: Page, file: string, preview: string): Promise<CancelRun> {
  const before = await countText(page);
  await choose(page, file, preview);
  await page.evaluate(WATCH);
  const t0 = await press(page, 'Import');
  await page.waitForTimeout(Math.max(0, 1000 - ((await markNow(page)) - t0)));
  const progressAtCancel = await page.locator('dialog.import progress').isVisible();
  // An import already over has no Cancel to click: say so rather than wait for one.
  if (!progressAtCancel) throw new Error('the import had ended within 1 s: no Cancel to click');
  const t1 = await press(page, 'Cancel');
  await until(page, 'chooser').catch(() => undefined);
  await page.waitForTimeout(3000);
  const s = await stamps(page);
  return {
    progressAtCancel,
    importToCancel: t1 - t0,
    toChooser: s.chooser === null ? null : s.chooser - t1,
    longest: (await longTasks(page, t1, s.chooser ?? t1 + 3000)).longest,
    before,
    after: await countText(page),
    reportShown: s.report !== null,
  };
}
