/**
 * A damaged payload is refused at load, named with its reason, instead of a list that stays blank
 * when the damaged rows are first read.
 */
import { test, expect } from './fixtures.ts';
import { serveDamagedIncidents } from './payload.ts';

test('a damaged payload is refused at load, naming the file and why, in the reader’s letters', async ({
  page,
  watch,
}) => {
  await serveDamagedIncidents(page);
  await page.goto('/');
  await expect(page.getByText('The map data could not be loaded.')).toBeVisible();
  await expect(
    page.getByText(
      'incidents.geojson: could not be loaded (the payload is damaged: its bytes do not match the checksum written with them)',
    ),
  ).toBeVisible();

  // In Urdu the reason is drawn in the page's faces, not the browser's monospace.
  await page.goto('/#lang=ur');
  await page.reload();
  const reason = page.getByText(/^incidents\.geojson: /);
  await expect(reason).toContainText('پیکج خراب ہے');
  const face = await reason.evaluate((el) => getComputedStyle(el).fontFamily);
  expect(face).not.toMatch(/monospace/);
  expect(face).toBe(await page.evaluate(() => getComputedStyle(document.body).fontFamily));
  expect(watch.errors).toEqual([]);
});
