import { readFileSync } from 'node:fs';
import { distance, pointToLineDistance } from '@turf/turf';
import type { Feature, FeatureCollection, LineString, Point } from 'geojson';
import { test, expect, mapIdle } from './fixtures.ts';
import { COUNTED, mayLieWithin } from './data.ts';

// Independent expectations, computed here with turf from the committed data.
const read = <T>(f: string) =>
  JSON.parse(readFileSync(new URL(`../geodata/${f}`, import.meta.url), 'utf8')) as T;
const incidents = read<FeatureCollection<Point | null, { id: string }>>('incidents.geojson').features;
const line = read<FeatureCollection<LineString>>('durand-line.geojson').features[0] as Feature<LineString>;
const parachinar = read<FeatureCollection<Point, { name: string }>>('places.geojson').features.find(
  (p) => p.properties.name === 'Parachinar',
)!.geometry.coordinates;
const located = incidents.filter((i) => i.geometry) as Feature<Point, { id: string }>[];

test('what lies within 50 km of Parachinar, typed as "Para Chinar"', async ({ page, watch }) => {
  const expected = located
    .filter((i) => distance(parachinar, i.geometry) <= 50)
    .map((i) => i.properties.id)
    .sort();
  expect(expected.length).toBeGreaterThan(0);
  await page.goto('/');
  await mapIdle(page);
  await page.getByRole('tab', { name: 'Spatial' }).click();
  await page.getByRole('combobox', { name: 'Place' }).fill('Para Chinar');
  await expect(page.getByRole('listbox').getByRole('option').first()).toContainText('Parachinar');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('radius-summary')).toContainText(`${expected.length} mapped incident`);
  await expect(page.getByTestId('radius-summary')).toContainText('of Parachinar');
  await expect.poll(() => page.evaluate(() => window.__atlas!.incidentIds())).toEqual(expected);
  await page.evaluate(() => window.__atlas!.idle());
  expect(await page.evaluate(() => window.__atlas!.renderedLayers())).toContain('analysis-radius-line');
  expect(watch.errors).toEqual([]);
});

test('the border buffer filters by distance to the line and counts each side', async ({ page, watch }) => {
  // Drawn: the located incidents that may lie within km (a province-level one when its province
  // reaches the buffer), worked out with turf from the committed layers.
  const within = (km: number) =>
    COUNTED.filter((f) => f.geometry && mayLieWithin(f, km))
      .map((f) => f.properties.id)
      .sort();
  const total = (km: number) => COUNTED.filter((f) => mayLieWithin(f, km)).length;
  await page.goto('/');
  await mapIdle(page);
  await page.getByRole('tab', { name: 'Spatial' }).click();
  await page.getByRole('checkbox', { name: /Only incidents within/ }).check();
  await page.getByLabel('Buffer distance in km').fill('60');
  await page.getByLabel('Buffer distance in km').dispatchEvent('change');
  await expect.poll(() => page.evaluate(() => window.__atlas!.incidentIds())).toEqual(within(60));
  await expect(page.getByTestId('buffer-counts')).toContainText(`${total(60)} may lie within 60 km`);
  await page.evaluate(() => window.__atlas!.idle());
  await expect
    .poll(async () => {
      await page.evaluate(() => window.__atlas!.idle());
      return page.evaluate(() => window.__atlas!.renderedLayers());
    })
    .toContain('analysis-buffer-fill');
  // The slider moves the distance too.
  await page.getByLabel('Buffer distance (km), slider').fill('5');
  await expect.poll(() => page.evaluate(() => window.__atlas!.incidentIds())).toEqual(within(5));
  expect(watch.errors).toEqual([]);
});

test('the detail panel gives the distance to the border, as turf computes it', async ({ page, watch }) => {
  const kabul = located.find((i) => i.properties.id === '2025-10-09-kabul-airstrike')!;
  const km = pointToLineDistance(kabul.geometry, line);
  await page.goto('/');
  await mapIdle(page);
  await page.getByRole('row', { name: /Central Kabul/ }).click();
  const text = await page.getByTestId('border-distance').textContent();
  const shown = Number(text!.match(/([\d.,]+) km/)![1]!.replace(',', ''));
  expect(Math.abs(shown - km) / km).toBeLessThan(0.01);
  expect(text).toContain('Afghan side');
  expect(watch.errors).toEqual([]);
});

test('measure: clicked points give great-circle legs and total; Escape cancels', async ({ page, watch }) => {
  await page.goto('/');
  await mapIdle(page);
  await page.getByRole('tab', { name: 'Spatial' }).click();
  await page.getByRole('button', { name: 'Measure distance' }).click();
  const box = (await page.locator('.map-wrap canvas').boundingBox())!;
  const clicks = [
    [0.4, 0.3],
    [0.6, 0.6],
    [0.75, 0.4],
  ].map(([x, y]) => ({ x: box.x + box.width * x!, y: box.y + box.height * y! }));
  for (const c of clicks) await page.mouse.click(c.x, c.y);
  const lngLats = await page.evaluate(
    (pts) =>
      pts.map((p) => {
        const r = window.__atlas!.map.getCanvas().getBoundingClientRect();
        return window.__atlas!.map.unproject([p.x - r.left, p.y - r.top]).toArray();
      }),
    clicks,
  );
  const expected = distance(lngLats[0]!, lngLats[1]!) + distance(lngLats[1]!, lngLats[2]!);
  const total = await page.getByTestId('measure-total').textContent();
  const shown = Number(total!.match(/([\d,]+) km/)![1]!.replace(',', ''));
  // Within 0.5%: the clicked pixel and the map's own event point can differ by a pixel.
  expect(Math.abs(shown - expected) / expected).toBeLessThan(0.005);
  await expect(page.getByTestId('measure-legs').locator('li')).toHaveCount(2);
  // Keyboard: focus the map, Enter adds its centre.
  await page.locator('.map-wrap canvas').focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('measure-legs').locator('li')).toHaveCount(3);
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('measure-total')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Measure distance' })).toHaveAttribute(
    'aria-pressed',
    'false',
  );
  expect(watch.errors).toEqual([]);
});

test('incidents per province and the focus choropleth', async ({ page, watch }) => {
  await page.goto('/');
  await mapIdle(page);
  await page.getByRole('tab', { name: 'Spatial' }).click();
  const paktika = incidents.filter((i) => (i.properties as { admin1?: string }).admin1 === 'Paktika').length;
  const table = page.locator('table.areas');
  await expect(
    table
      .getByRole('row', { name: /^Paktika AFG/ })
      .locator('td')
      .last(),
  ).toHaveText(String(paktika));
  await page.getByRole('checkbox', { name: /Shade the focus provinces/ }).check();
  await page.evaluate(() => window.__atlas!.idle());
  const paint = await page.evaluate(() =>
    JSON.stringify(window.__atlas!.map.getPaintProperty('provinces-fill', 'fill-color')),
  );
  expect(paint).toContain('Paktika');
  expect(watch.errors).toEqual([]);
});
