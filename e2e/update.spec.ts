/**
 * A new version deployed while the atlas is open: the service worker finds it, and the page asks
 * before switching (never a silent swap mid-session). The "new version" is a copy of dist/ whose
 * service worker script differs by one line, which is what a browser compares.
 */
import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect, mapIdle } from './fixtures.ts';
import { startPreview } from './preview.ts';

const BASE = 'http://localhost:4176/';
let stop = () => {};
let copy = '';

test.use({ serviceWorkers: 'allow' });
test.describe.configure({ timeout: 120_000 });

test.beforeAll(async () => {
  // The suite's web server built dist/ already; this serves a copy that the test can change.
  copy = mkdtempSync(join(tmpdir(), 'atlas-update-'));
  cpSync('dist', copy, { recursive: true });
  stop = await startPreview(BASE, ['--outDir', copy]);
});

test.afterAll(() => {
  stop();
  rmSync(copy, { recursive: true, force: true });
});

test('a new version waits for the reader: Later keeps the page, Reload to update switches', async ({
  page,
  watch,
}) => {
  // The offline copy waits for the reader to pause (5 s, UpdatePrompt.svelte): a controllable
  // clock skips each pause instead of sleeping through it.
  await page.clock.install();
  await page.goto(BASE);
  await mapIdle(page);
  await page.clock.fastForward(6_000);
  // The first version installs; from the next visit on it serves the page.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload();
  await mapIdle(page);
  expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
  const bar = page.getByRole('status').filter({ hasText: 'A new version of the atlas is ready.' });
  await expect(bar).toHaveCount(0);

  // Deploy: the service worker script changes; the browser finds it (as on a later visit) and
  // installs it beside the one in charge, where it waits.
  appendFileSync(join(copy, 'sw.js'), '\n// version 2\n');
  await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
  const state = () =>
    page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      return { waiting: Boolean(registration?.waiting), active: registration?.active?.state };
    });
  await expect.poll(async () => (await state()).waiting, { timeout: 60_000 }).toBe(true);

  // The next look at the atlas asks. Later: the bar goes, the page stays as it was.
  await page.reload();
  await mapIdle(page);
  await page.clock.fastForward(6_000);
  await expect(bar).toBeVisible({ timeout: 60_000 });
  await page.evaluate(() => ((window as unknown as { stayed: number }).stayed = 1));
  await bar.getByRole('button', { name: 'Later' }).click();
  await expect(bar).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { stayed?: number }).stayed)).toBe(1);
  expect((await state()).waiting).toBe(true);

  // Asked again, the reader takes it: the page reloads under the new version.
  await page.reload();
  await mapIdle(page);
  await page.clock.fastForward(6_000);
  await expect(bar).toBeVisible({ timeout: 60_000 });
  await page.evaluate(() => ((window as unknown as { stayed: number }).stayed = 2));
  await bar.getByRole('button', { name: 'Reload to update' }).click();
  await page.waitForFunction(() => (window as unknown as { stayed?: number }).stayed === undefined, null, {
    timeout: 60_000,
  });
  await mapIdle(page);
  await expect.poll(state, { timeout: 30_000 }).toEqual({ waiting: false, active: 'activated' });
  await expect(bar).toHaveCount(0);
  expect(watch.errors).toEqual([]);
});
