/**
 * The installable offline app: after one visit the atlas opens with the network off, filters
 * work and a briefing PDF is made, all from the service worker's cache.
 */
import { execFileSync } from 'node:child_process';
import { test, expect, mapIdle } from './fixtures.ts';

test.use({ serviceWorkers: 'allow' });
test.describe.configure({ timeout: 180_000 });

test('after one visit the atlas opens, filters and prints a PDF with the network off', async ({
  page,
  context,
  watch,
}, info) => {
  // The offline copy waits for the reader to pause (5 s, UpdatePrompt.svelte): a controllable
  // clock skips the pause instead of sleeping through it.
  await page.clock.install();
  await page.goto('/');
  await mapIdle(page);
  await page.clock.fastForward(6_000);
  const manifest = await page.locator('link[rel="manifest"]').getAttribute('href');
  expect(manifest).toBeTruthy();
  // The manifest's icons are served: an install prompt can show them.
  const manifestUrl = new URL(manifest!, page.url());
  const { icons } = (await (await page.request.get(manifestUrl.href)).json()) as { icons: { src: string }[] };
  for (const { src } of icons) {
    const icon = await page.request.get(new URL(src, manifestUrl).href);
    expect(icon.status(), src).toBe(200);
  }
  expect(icons.length).toBeGreaterThanOrEqual(4);
  // The service worker has installed: everything it precaches is in its cache.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });

  await context.setOffline(true);
  await page.reload();
  await mapIdle(page);
  expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
  const count = page.locator('header .count');
  const all = (await count.textContent())!;
  await page.getByRole('checkbox', { name: /^Airstrike/ }).check();
  await expect(count).not.toHaveText(all);
  await expect(page.locator('tbody tr').first()).toBeVisible();

  await page.getByRole('button', { name: /Print or export/ }).click();
  await expect(page.getByTestId('print-pages')).toBeVisible({ timeout: 60_000 });
  // The quicker draft: what is checked here is that a PDF is made offline.
  await page.getByLabel('Resolution').selectOption('150');
  const [pdf] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download PDF' }).click(),
  ]);
  const path = info.outputPath('offline.pdf');
  await pdf.saveAs(path);
  expect(execFileSync('pdftotext', ['-f', '1', '-l', '1', path, '-']).toString()).toContain('Airstrike');
  expect(watch.errors).toEqual([]);
});
