/**
 * Spatial answers that never mislead: labels next to the line stay on their side, a buffer
 * counts the incidents placed only "along the border" and says which are only possibly within,
 * and an incident known only by its province shows its area and a distance range.
 */
import { readFileSync } from 'node:fs';
import { booleanPointInPolygon } from '@turf/turf';
import type { Page } from '@playwright/test';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { test, expect, mapIdle, openPage } from './fixtures.ts';
import { COUNTED } from './data.ts';

const read = <T>(f: string) =>
  JSON.parse(readFileSync(new URL(`../geodata/${f}`, import.meta.url), 'utf8')) as T;
type Country = Feature<Polygon | MultiPolygon, { iso_a3: string }>;
const countries =
  read<FeatureCollection<Polygon | MultiPolygon, { iso_a3: string }>>('countries.geojson').features;
const country = (iso: string) => countries.find((c) => c.properties.iso_a3 === iso) as Country;

/** Points of each focus label's rendered text, found by hit-testing a grid around it. */
async function labelPoints(page: Page): Promise<Record<string, { country: string; points: number[][] }>> {
  return page.evaluate(() => {
    const map = window.__atlas!.map;
    const out: Record<string, { country: string; points: number[][] }> = {};
    const canvas = map.getCanvas();
    const [w, h] = [canvas.clientWidth, canvas.clientHeight];
    for (let x = 0; x < w; x += 3) {
      for (let y = 0; y < h; y += 3) {
        for (const f of map.queryRenderedFeatures([x, y], { layers: ['province-focus-labels'] })) {
          const key = String(f.properties.name);
          out[key] ??= { country: String(f.properties.country), points: [] };
          out[key].points.push(map.unproject([x, y]).toArray());
        }
      }
    }
    return out;
  });
}

async function expectLabelsOnTheirSide(page: Page) {
  await page.evaluate(() => window.__atlas!.idle());
  const labels = await labelPoints(page);
  expect(Object.keys(labels).length, 'focus labels were drawn').toBeGreaterThanOrEqual(4);
  for (const [name, { country: iso, points }] of Object.entries(labels)) {
    const outside = points.filter((p) => !booleanPointInPolygon(p, country(iso)));
    expect(outside.length, `${name}: text outside ${iso}`).toBe(0);
  }
  return labels;
}

test('focus labels beside the Durand Line read on their own side, Kurram too', async ({ page, watch }) => {
  for (const hash of ['', '#map=6/33.6/70.2', '#map=7/33.7/70.2']) {
    await page.goto(`/${hash}`);
    await mapIdle(page);
    const labels = await expectLabelsOnTheirSide(page);
    if (hash) expect(Object.keys(labels)).toContain('Kurram');
  }
  expect(watch.errors).toEqual([]);
});

test('on a phone the focus labels are drawn, Kurram included, on their side', async ({ browser }) => {
  const { context, page, watch } = await openPage(browser, { viewport: { width: 390, height: 844 } });
  await page.goto('/');
  await mapIdle(page);
  const labels = await expectLabelsOnTheirSide(page);
  expect(Object.keys(labels)).toContain('Kurram');
  expect(watch.errors).toEqual([]);
  await context.close();
});

test('a border buffer counts the incidents placed only along the border, as their own group', async ({
  page,
  watch,
}) => {
  // Every counted incident placed only "along the border" is in every buffer, as its own group.
  const along = COUNTED.filter((f) => f.properties.location_precision === 'border').length;
  expect(along).toBeGreaterThan(0);
  await page.goto('/#buf=20');
  await mapIdle(page);
  await page.getByRole('tab', { name: 'Spatial' }).click();
  await expect(page.getByTestId('buffer-along')).toBeVisible();
  await expect(page.getByTestId('buffer-along')).toContainText(`${along} placed only “along the border”`);
  await expect(page.getByTestId('buffer-possibly')).toContainText('possibly within');
  expect(watch.errors).toEqual([]);
});

test('an incident known only by its province shows the province and a distance range, not a point', async ({
  page,
  watch,
}) => {
  await page.goto('/#sel=2024-03-khost-airstrikes');
  await mapIdle(page);
  await expect(page.getByTestId('border-distance')).toContainText(/between 0–\d+ km from the Durand Line/);
  await expect(page.getByTestId('border-distance')).toContainText('anywhere in Khost');
  await page.getByRole('button', { name: 'Zoom to' }).click();
  await expect
    .poll(async () => {
      await page.evaluate(() => window.__atlas!.idle());
      return page.evaluate(() => window.__atlas!.renderedLayers());
    })
    .toContain('analysis-area-line');
  expect(await page.evaluate(() => window.__atlas!.renderedLayers())).not.toContain('analysis-link-line');
  expect(watch.errors).toEqual([]);
});

test('province and district filters with counts; Kurram has its own row', async ({ page, watch }) => {
  const kurram = COUNTED.filter((f) => (f.properties as { admin2?: string }).admin2 === 'Kurram').length;
  expect(kurram).toBeGreaterThan(0);
  await page.goto('/#adm2=Kurram');
  await mapIdle(page);
  await expect(page.getByTestId('count')).toHaveText(new RegExp(`^${kurram} of \\d+ incidents?$`));
  await expect(page.getByRole('checkbox', { name: /^Kurram/ })).toBeChecked();
  await page.getByRole('tab', { name: 'Spatial' }).click();
  await expect(page.getByTestId('district-row').filter({ hasText: 'Kurram' })).toContainText(String(kurram));
  expect(watch.errors).toEqual([]);
});

test('a link with antipodal measure points shows the distance instead of breaking', async ({
  page,
  watch,
}) => {
  await page.goto('/#measure=0,0;180,0');
  await mapIdle(page);
  await page.getByRole('tab', { name: 'Spatial' }).click();
  await expect(page.getByTestId('measure-total')).toContainText('20,015 km');
  expect(watch.errors).toEqual([]);
});
