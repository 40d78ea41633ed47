/**
 * A large set behaves: 10,000 seeded synthetic incidents in our schema replace the bundled file;
 * the list keeps only the rows in view in the page, yet scrolling reaches the last and the
 * keyboard still walks it. A cluster clicked on the map zooms in and splits.
 */
import type { Page } from '@playwright/test';
import { test, expect, mapIdle } from './fixtures.ts';
import { serveIncidents } from './payload.ts';
import { randomIncidents } from '../src/lib/domain/test/random-incidents.ts';

const N = 10_000;
const data = { type: 'FeatureCollection', features: randomIncidents(N, 2026) };

/** The biggest cluster drawn in the middle half of the map: its count, place and screen point. */
async function middleCluster(page: Page) {
  return page.evaluate(() => {
    const map = window.__atlas!.map;
    const { width, height } = map.getCanvas().getBoundingClientRect();
    const box: [[number, number], [number, number]] = [
      [width / 4, height / 4],
      [(3 * width) / 4, (3 * height) / 4],
    ];
    const clusters = map.queryRenderedFeatures(box, { layers: ['incidents-cluster'] });
    const biggest = clusters.sort((a, b) => b.properties.point_count - a.properties.point_count)[0];
    if (!biggest || biggest.geometry.type !== 'Point') return null;
    const [lng, lat] = biggest.geometry.coordinates as [number, number];
    const at = map.project([lng, lat]);
    const canvas = map.getCanvas().getBoundingClientRect();
    return {
      count: Number(biggest.properties.point_count),
      lng,
      lat,
      x: canvas.left + at.x,
      y: canvas.top + at.y,
    };
  });
}

test('10,000 incidents: a cluster clicked zooms in and splits; few rows in the page, the last one reachable, the keyboard working', async ({
  page,
  watch,
}) => {
  test.slow();
  await serveIncidents(page, data);
  await page.goto('/');
  await mapIdle(page);
  await expect(page.getByTestId('count')).toHaveText(/^[\d,]+ incidents$/);
  // The biggest cluster in the middle of the map, clicked.
  const before = await page.evaluate(() => window.__atlas!.map.getZoom());
  const cluster = await middleCluster(page);
  expect(cluster, 'a cluster in the middle of the map').not.toBeNull();
  expect(cluster!.count).toBeGreaterThan(10);
  await page.mouse.click(cluster!.x, cluster!.y);
  // The map eases in on the cluster, at least a whole zoom level, centred on it.
  await expect
    .poll(() => page.evaluate(() => window.__atlas!.map.getZoom()), { timeout: 30_000 })
    .toBeGreaterThanOrEqual(Math.floor(before) + 1);
  await mapIdle(page);
  const centre = await page.evaluate(() => window.__atlas!.map.getCenter().toArray());
  expect(Math.abs(centre[0]! - cluster!.lng)).toBeLessThan(0.05);
  expect(Math.abs(centre[1]! - cluster!.lat)).toBeLessThan(0.05);
  // Nothing drawn there now holds as many incidents as the clicked cluster did: it came apart.
  const after = await middleCluster(page);
  expect(after?.count ?? 0).toBeLessThan(cluster!.count);
  // No picker: a cluster that can come apart is zoomed into, not listed.
  await expect(page.getByRole('dialog')).toHaveCount(0);
  const rows = page.locator('tbody tr[data-id]');
  expect(await rows.count()).toBeLessThan(100);
  expect(await page.evaluate(() => document.getElementsByTagName('*').length)).toBeLessThan(5000);
  const grid = page.getByRole('grid', { name: 'Incidents matching the filters' });
  const total = Number(await grid.getAttribute('aria-rowcount')) - 1;
  expect(total).toBeGreaterThan(9000);
  // Scrolling to the bottom brings the last row into the page.
  await page.locator('.list .viewport').evaluate((el) => (el.scrollTop = el.scrollHeight));
  await expect(page.locator(`tbody tr[aria-rowindex="${total + 1}"]`)).toBeVisible();
  // The keyboard: Home to the first row, End to the last, arrows between.
  await page.locator(`tbody tr[aria-rowindex="${total + 1}"]`).focus();
  await page.keyboard.press('Home');
  await expect(page.locator('tbody tr[aria-rowindex="2"]')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('tbody tr[aria-rowindex="3"]')).toBeFocused();
  await page.keyboard.press('End');
  await expect(page.locator(`tbody tr[aria-rowindex="${total + 1}"]`)).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('article')).toBeVisible();
  expect(watch.errors).toEqual([]);
});
