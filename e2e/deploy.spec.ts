/**
 * Deploy anywhere: the built dist/ (relative addresses) served under a sub-path, as from a
 * bucket's folder behind a CDN, loads its data, fonts, workers and map with nothing missing.
 */
import { test, expect, mapIdle } from './fixtures.ts';
import { startPreview } from './preview.ts';

const BASE = 'http://localhost:4175/atlas/';
let stop = () => {};

// The suite's web server built dist/ already; this one serves the same files under /atlas/.
test.beforeAll(async () => {
  stop = await startPreview(BASE, ['--base', '/atlas/']);
});
test.afterAll(() => stop());

test('dist/ served under /atlas/ works: data, map, the incidents payload, fonts, the licences About links to', async ({
  page,
  watch,
}) => {
  const failed: string[] = [];
  page.on('requestfailed', (r) => failed.push(r.url()));
  page.on('response', (r) => {
    if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
  });
  await page.goto(`${BASE}#type=airstrike`);
  await mapIdle(page);
  await expect(page.locator('header .count')).toContainText('incidents');
  await expect(page.locator('tbody tr').first()).toBeVisible();
  // Every address the app asked for stayed under the sub-path.
  const outside = await page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .map((e) => new URL(e.name))
      .filter((u) => u.protocol.startsWith('http') && !u.pathname.startsWith('/atlas/'))
      .map((u) => u.pathname),
  );
  expect(outside).toEqual([]);
  expect(failed).toEqual([]);

  // The third-party licences ship in dist/, and About links to them.
  await page.getByRole('button', { name: 'About the data' }).click();
  const link = page.getByRole('link', { name: /Third-party licences/ });
  const response = await page.request.get(new URL((await link.getAttribute('href'))!, BASE).href);
  expect(response.status()).toBe(200);
  const text = await response.text();
  expect(text).toContain('geojson-validation 1.0.2 (LGPL-3)');
  expect(text).toContain('GNU LESSER GENERAL PUBLIC LICENSE');
  expect(text).toContain('SIL OPEN FONT LICENSE');
  expect(watch.errors).toEqual([]);
});
