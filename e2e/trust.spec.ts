/**
 * Places as precise as the text: a district named by the article is drawn at its seat and says
 * so; the places are read from the committed layers here, not from the app.
 */
import { readFileSync } from 'node:fs';
import { distance } from '@turf/turf';
import type { FeatureCollection, Point } from 'geojson';
import { test, expect, mapIdle } from './fixtures.ts';

const read = <T>(f: string) =>
  JSON.parse(readFileSync(new URL(`../geodata/${f}`, import.meta.url), 'utf8')) as T;
const places = read<FeatureCollection<Point, { name: string }>>('places.geojson').features;
const miranshah = places.find((p) => p.properties.name === 'Miranshah')!.geometry.coordinates;
const ID = '2024-12-28-north-waziristan-posts-attacked';

test('the North Waziristan attack is drawn at Miranshah, its district seat, with district precision', async ({
  page,
  watch,
}) => {
  await page.goto('/');
  await mapIdle(page);
  await page.getByLabel('Search summaries and places').fill('North Waziristan');
  await page
    .getByRole('row', { name: /North Waziristan/ })
    .first()
    .click();
  const detail = page.getByRole('article');
  await expect(detail).toContainText('District (drawn at its seat)');
  await page.getByRole('button', { name: 'Zoom to' }).click();
  await page.evaluate(() => window.__atlas!.idle());
  const drawn = await page.evaluate((id) => {
    const hook = window.__atlas!;
    const at = hook.incidentPoint(id);
    if (!at) return undefined;
    const box = hook.map.getCanvas().getBoundingClientRect();
    return hook.map.unproject([at.x - box.left, at.y - box.top]).toArray();
  }, ID);
  expect(drawn, 'the incident is drawn on the map').toBeDefined();
  expect(distance(drawn!, miranshah)).toBeLessThan(10);
  expect(watch.errors).toEqual([]);
});

test('a summary report says it is counted through its parts', async ({ page, watch }) => {
  await page.goto('/');
  await mapIdle(page);
  await page.getByLabel('Search summaries and places').fill('clashes');
  await expect(page.getByText(/summary report/).first()).toBeVisible();
  const row = page.getByRole('row', { name: /summary of \d+ incidents/ }).first();
  await row.click();
  await expect(page.getByTestId('aggregate-note')).toContainText('counts include them, not this report');
  expect(watch.errors).toEqual([]);
});

test('a doubt about a copy’s outlet stays visible beside the article', async ({ page, watch }) => {
  await page.goto('/#sel=2025-10-19-doha-ceasefire');
  await mapIdle(page);
  await expect(page.getByTestId('source-doubt').first()).toContainText('Doubt about this copy');
  expect(watch.errors).toEqual([]);
});
