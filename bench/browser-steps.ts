/**
 * The measured steps of `bench/browser.ts`, each on a page with the recorder of browser-page.ts.
 * An interaction's clock starts at its first input event (pointerdown or keydown, as the page saw
 * it) and stops at the map's last 'idle' once the map has been quiet for QUIET_MS (loaded, no
 * frame drawn; if it drew nothing at all, at the count's or list's change); the count and the list
 * are timed by the DOM mutations the recorder saw.
 */
import type { Locator, Page } from '@playwright/test';
import type { Quiet } from './browser-page.ts';

export const STEP_TIMEOUT = Number(process.env.BENCH_TIMEOUT ?? 120_000);
/** How long the map must draw nothing before its last 'idle' counts as the end of a change. */
const QUIET_MS = 250;

export interface Interaction {
  /** The first input event (ms from navigation start): where the times below start. */
  t0: number;
  /** Input to the header count's new text, to the list's last change, and to map idle (ms). */
  count: number | null;
  list: number | null;
  idle: number;
  /** Longest long task between the input and map idle (ms; 0 when none). */
  longest: number;
  /** From the last input (pointerup of a drag) to map idle (ms). */
  afterLast: number;
  /**
   * The slowest key or input event (Event Timing; 0 when each took under 16 ms to its paint): from
   * the event to its handlers' end, the page's update of the count and list included (Svelte
   * updates the page in a microtask), and to the next paint (in steps of 8 ms), which waits for
   * the map's frame.
   */
  slowestKey: number;
  slowestKeyPaint: number;
}

export const markNow = (page: Page): Promise<number> => page.evaluate(() => performance.now());

/** Waits for the count to change (if `count`) and the map to settle after `since`, then times it. */
export async function settle(page: Page, since: number, count: boolean): Promise<Interaction> {
  const timeout = STEP_TIMEOUT;
  if (count)
    await page.waitForFunction((s) => window.__bench!.counts.some((c) => c.t > s), since, { timeout });
  const quiet = (await (
    await page.waitForFunction(([s, ms]) => window.__bench!.quiet(s!, ms!), [since, QUIET_MS], {
      timeout,
      polling: 50,
    })
  ).jsonValue()) as Quiet;
  const log = await page.evaluate(
    ({ s, end }) => {
      const b = window.__bench!;
      return {
        inputs: b.inputs.filter((t) => t > s),
        count: b.counts.find((c) => c.t > s)?.t ?? null,
        list: b.panel.filter((t) => t > s && t <= end).pop() ?? null,
        longtasks: b.longtasks.filter(([st, d]) => st + d > s),
        events: b.events.filter(([st]) => st >= s),
      };
    },
    { s: since, end: quiet?.kind === 'idle' ? quiet.t + QUIET_MS : Infinity },
  );
  const t0 = log.inputs[0] ?? since;
  // A change the map had nothing to draw for ends with the count and the list.
  const mapDone = quiet?.kind === 'idle' ? quiet.t : Math.max(t0, log.count ?? t0, log.list ?? t0);
  const last = Math.max(t0, ...log.inputs.filter((t) => t <= mapDone));
  const end = Math.max(mapDone, last);
  const longest = Math.max(
    0,
    ...log.longtasks.filter(([st, d]) => st + d > t0 && st < end).map(([, d]) => d),
  );
  return {
    t0,
    count: log.count === null ? null : log.count - t0,
    list: log.list === null ? null : Math.max(0, log.list - t0),
    idle: end - t0,
    longest,
    afterLast: end - last,
    slowestKey: Math.max(0, ...log.events.map(([, handled]) => handled)),
    slowestKeyPaint: Math.max(0, ...log.events.map(([, , painted]) => painted)),
  };
}

export interface Load {
  /** Navigation start to the first map 'idle' with the incidents drawn (ms, in the page). */
  idle: number;
  /** `page.goto` to `window.__atlas.idle()` resolving (ms, in Node: one more frame drawn). */
  gotoIdle: number;
  /** Navigation start to the header count first showing every incident (ms). */
  count: number;
  /** Longest long task from navigation start to that map idle (ms; 0 when none). */
  longest: number;
}

/** Opens `url` on a fresh page; waits for the count (showing every incident if `total`) and a settled map. */
export async function load(page: Page, url: string, total = true): Promise<Load> {
  const t0 = Date.now();
  await page.goto(url, { waitUntil: 'commit', timeout: STEP_TIMEOUT });
  await page.waitForFunction(
    (all) => window.__bench?.countShownAt(all) != null || document.querySelector('.status.error') !== null,
    total,
    { timeout: STEP_TIMEOUT, polling: 100 },
  );
  // Read in the page: a locator given a 1 ms timeout could miss the message and wait out the map.
  const error = await page.evaluate(() => document.querySelector('.status.error')?.textContent ?? null);
  if (error) throw new Error(`the app could not load the data: ${error.trim().slice(0, 200)}`);
  await page.waitForFunction(() => window.__atlas !== undefined, null, { timeout: STEP_TIMEOUT });
  await page.evaluate(() => window.__atlas!.idle());
  const gotoIdle = Date.now() - t0;
  await page.waitForFunction(() => window.__bench!.quiet(0, 250), null, { timeout: STEP_TIMEOUT });
  const { count, idles, longtasks } = await page.evaluate(
    (all) => ({
      count: window.__bench!.countShownAt(all)!,
      idles: window.__bench!.idles,
      longtasks: window.__bench!.longtasks,
    }),
    total,
  );
  // The first idle once the count shows everything; if the map was done before, its last idle then.
  const idle = idles.find((t) => t >= count) ?? idles.filter((t) => t < count).pop() ?? count;
  const longest = Math.max(0, ...longtasks.filter(([st]) => st < idle).map(([, d]) => d));
  return { idle, gotoIdle, count, longest };
}

/**
 * JS heap after forced garbage collections (MB): the page's main thread, and the map's workers
 * (reached through CDP auto-attach, which Playwright does not offer for workers).
 */
export async function heapMB(page: Page): Promise<{ main: number; workers: number }> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    const main = (await cdp.send('Runtime.getHeapUsage')).usedSize;
    const sessions: string[] = [];
    const replies = new Map<number, (result: { usedSize?: number }) => void>();
    cdp.on('Target.attachedToTarget', (e) => {
      if (e.targetInfo.type === 'worker') sessions.push(e.sessionId);
    });
    cdp.on('Target.receivedMessageFromTarget', (e) => {
      const m = JSON.parse(e.message) as { id?: number; result?: { usedSize?: number } };
      if (m.id !== undefined) replies.get(m.id)?.(m.result ?? {});
    });
    await cdp.send('Target.setAutoAttach', {
      autoAttach: true,
      waitForDebuggerOnStart: false,
      flatten: false,
    });
    const expected = page.workers().length;
    for (let i = 0; i < 40 && sessions.length < expected; i++) await new Promise((r) => setTimeout(r, 50));
    let id = 0;
    const ask = (sessionId: string, method: string) =>
      new Promise<{ usedSize?: number }>((resolve, reject) => {
        const n = ++id;
        const timer = setTimeout(() => reject(new Error(`${method} in a worker timed out`)), STEP_TIMEOUT);
        replies.set(n, (result) => {
          clearTimeout(timer);
          resolve(result);
        });
        void cdp.send('Target.sendMessageToTarget', {
          sessionId,
          message: JSON.stringify({ id: n, method }),
        });
      });
    let workers = 0;
    for (const s of sessions) {
      await ask(s, 'HeapProfiler.collectGarbage');
      workers += (await ask(s, 'Runtime.getHeapUsage')).usedSize ?? 0;
    }
    return { main: main / 2 ** 20, workers: workers / 2 ** 20 };
  } finally {
    await cdp.detach();
  }
}

export const domNodes = (page: Page): Promise<number> =>
  page.evaluate(() => document.getElementsByTagName('*').length);

/** "Skip to the incident list": shows the list (it already shows on a desktop-sized page). */
export async function openList(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Skip to the incident list' }).focus();
  await page.keyboard.press('Enter');
  await page.locator('[data-skip="list"], section.list').first().waitFor({ timeout: STEP_TIMEOUT });
}

/**
 * Clicks a control and times the change it makes. The control is found first and clicked by its
 * position, so the locator's work in the page (slow over a million nodes) stays out of the timing.
 */
export async function clickAndSettle(
  page: Page,
  name: string | RegExp,
  role: 'checkbox' | 'button',
  ready?: () => Promise<unknown>,
): Promise<Interaction> {
  const target = page.getByRole(role, { name }).first();
  await target.scrollIntoViewIfNeeded({ timeout: STEP_TIMEOUT });
  const box = await target.boundingBox({ timeout: STEP_TIMEOUT });
  if (!box) throw new Error(`${String(name)} is not visible`);
  await ready?.();
  const since = await markNow(page);
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  return settle(page, since, true);
}

/** A person's typing pace (ms between keys): each key's work must fit between two keys. */
const KEY_GAP_MS = 120;

/**
 * Types `text` at the end of a field, key by key at a person's pace, and times the change from
 * the first key to the map settled after the last; the longest task covers every key's work.
 * The field gets focus first and the page settles (a search box readies its text on focus).
 */
export async function typeAndSettle(
  page: Page,
  field: Locator,
  text: string,
  ready?: () => Promise<unknown>,
): Promise<Interaction> {
  await field.focus({ timeout: STEP_TIMEOUT });
  await field.press('End', { timeout: STEP_TIMEOUT });
  await settle(page, await markNow(page), false);
  await ready?.();
  const since = await markNow(page);
  await page.keyboard.type(text, { delay: KEY_GAP_MS });
  return settle(page, since, true);
}

/** Empties a field (select all, delete) and times the change. */
export async function clearAndSettle(page: Page, field: Locator): Promise<Interaction> {
  await field.focus({ timeout: STEP_TIMEOUT });
  const since = await markNow(page);
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Backspace');
  return settle(page, since, true);
}

/** Picks a place in a combobox (typed, then Enter on the first option) and times the Enter. */
export async function pickAndSettle(
  page: Page,
  combobox: Locator,
  place: string,
  ready?: () => Promise<unknown>,
): Promise<Interaction> {
  await combobox.fill(place, { timeout: STEP_TIMEOUT });
  await page.getByRole('listbox').getByRole('option').first().waitFor({ timeout: STEP_TIMEOUT });
  await ready?.();
  const since = await markNow(page);
  await combobox.press('Enter');
  return settle(page, since, true);
}

/** A brush across the timeline: mouse down at 15 %, ten moves to 65 %, mouse up. */
export async function dragTimeline(page: Page): Promise<Interaction> {
  const box = await page.getByTestId('timeline-plot').boundingBox({ timeout: STEP_TIMEOUT });
  if (!box) throw new Error('the timeline plot is not visible');
  const y = box.y + box.height * 0.4;
  const x = (f: number) => box.x + box.width * f;
  const since = await markNow(page);
  await page.mouse.move(x(0.15), y);
  await page.mouse.down();
  for (let k = 1; k <= 10; k++) await page.mouse.move(x(0.15 + (0.5 * k) / 10), y);
  await page.mouse.up();
  return settle(page, since, true);
}

export interface Playback {
  /** Steps seen (timeline label changes) before 10 steps, the end of the span, or the timeout. */
  steps: number;
  /** Median from a step's new label to the map's next 'idle' (ms). */
  stepIdle: number | null;
  /** Median and 90th percentile time between animation frames while playing (ms). */
  frame: number | null;
  frameP90: number | null;
  longest: number;
}

const quantile = (xs: number[], q: number): number | null =>
  xs.length ? [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * q))]! : null;

/** Plays at 4× (a step every 250 ms) for 10 steps, or to the end of the span, or STEP_TIMEOUT. */
export async function playback(page: Page): Promise<Playback> {
  await page.getByLabel('Playback speed').selectOption('4', { timeout: STEP_TIMEOUT });
  const since = await markNow(page);
  await page.evaluate(() => window.__bench!.startFrames());
  await page.getByRole('button', { name: /Play$/ }).click({ timeout: STEP_TIMEOUT });
  await page
    .waitForFunction(
      (s) => {
        const b = window.__bench!;
        const n = b.ranges.filter((r) => r.t > s).length;
        return n >= 11 || (n >= 2 && !b.playing());
      },
      since,
      { timeout: STEP_TIMEOUT, polling: 100 },
    )
    .catch(() => undefined);
  if (await page.evaluate(() => window.__bench!.playing()))
    await page.getByRole('button', { name: /Pause/ }).click({ timeout: STEP_TIMEOUT });
  const settled = await settle(page, since, false);
  const log = await page.evaluate((s) => {
    const b = window.__bench!;
    b.stopFrames();
    return { ranges: b.ranges.filter((r) => r.t > s).map((r) => r.t), idles: b.idles, frames: b.frames };
  }, since);
  const steps = log.ranges.slice(0, 11);
  const toIdle = steps
    .map((t) => (log.idles.find((i) => i > t) ?? NaN) - t)
    .filter((d) => Number.isFinite(d));
  const first = steps[0] ?? Infinity;
  const lastIdle = log.idles.find((i) => i > steps[steps.length - 1]!) ?? Infinity;
  const frames = log.frames.filter((t) => t >= first && t <= lastIdle);
  const gaps = frames.slice(1).map((t, i) => t - frames[i]!);
  return {
    steps: steps.length,
    stepIdle: quantile(toIdle, 0.5),
    frame: quantile(gaps, 0.5),
    frameP90: quantile(gaps, 0.9),
    longest: settled.longest,
  };
}
