/**
 * A large set behaves: 10,000 seeded synthetic incidents in our schema replace the bundled file;
 * the list keeps only the rows in view in the page, yet scrolling reaches the last and the
 * keyboard still walks it.
 */
import { test, expect, mapIdle } from './fixtures.ts';
import { serveIncidents } from './payload.ts';
import { randomIncidents } from '../src/lib/domain/test/random-incidents.ts';

const N = 10_000;
const data = { type: 'FeatureCollection', features: randomIncidents(N, 2026) };

test('10,000 incidents: few rows in the page, the last one reachable, the keyboard working', async ({
  page,
  watch,
}) => {
  test.slow();
  await serveIncidents(page, data);
  await page.goto('/');
  await mapIdle(page);
  await expect(page.getByTestId('count')).toHaveText(/^[\d,]+ incidents$/);
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
