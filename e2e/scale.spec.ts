/**
 * A large set behaves: 10,000 seeded synthetic incidents in our schema replace the bundled file;
 * the list keeps only the rows in view in the page, yet scrolling reaches the last and the
 * keyboard still walks it. A cluster clicked on the map zooms in and splits.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { distance } from '@turf/turf';
import type { FeatureCollection, Point } from 'geojson';
import type { Incident } from '../src/lib/data/incidents.ts';
import { test, expect, mapIdle } from './fixtures.ts';
import { serveIncidents } from './payload.ts';
import { randomIncidents } from '../src/lib/domain/test/random-incidents.ts';
import { countable } from '../src/lib/domain/aggregates.ts';

const N = 10_000;
const data = { type: 'FeatureCollection', features: randomIncidents(N, 2026) };
const places = JSON.parse(
  readFileSync(new URL('../geodata/places.geojson', import.meta.url), 'utf8'),
) as FeatureCollection<Point, { name: string }>;
const parachinar = places.features.find((p) => p.properties.name === 'Parachinar')!.geometry.coordinates;
/** The located incidents of a list within km of a point, nearest first, measured here with turf. */
const within = (list: Incident[], centre: number[], km: number) =>
  list
    .filter((i) => i.geometry)
    .map((i) => ({
      incident: i,
      id: i.properties.id,
      at: i.geometry!.coordinates,
      km: distance(centre, i.geometry!.coordinates),
    }))
    .filter((h) => h.km <= km)
    .sort((a, b) => a.km - b.km);

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
  // Only groups are drawn at first, yet the single symbols' shader program is made while the page
  // is idle (map/warm-up.ts, through MapLibre's program cache), and the icon that made it is gone.
  const warmed = () =>
    page.evaluate(() => {
      const map = window.__atlas!.map;
      const cache = (map as unknown as { painter: { programCache: { programs: object } } }).painter;
      return {
        singles: map.queryRenderedFeatures({ layers: ['incidents-points'] }).length,
        iconProgram: Object.keys(cache.programCache.programs).some((k) => k.startsWith('symbolIcon/')),
        warmUpLeft: Boolean(map.getLayer('warm-up-icon')) || map.hasImage('warm-up-icon'),
      };
    });
  await expect.poll(warmed).toEqual({ singles: 0, iconProgram: true, warmUpLeft: false });
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

test('10,000 incidents: a radius lists its nearest hits a step at a time and says how many it lists', async ({
  page,
  watch,
}) => {
  test.slow();
  // What the counts count: a summary report only where none of its parts is within as well.
  const inside = new Set(countable(within(data.features, parachinar, 100).map((h) => h.incident)));
  const hits = within(data.features, parachinar, 100).filter((h) => inside.has(h.incident));
  expect(hits.length).toBeGreaterThan(100);
  await serveIncidents(page, data);
  await page.goto('/');
  await mapIdle(page);
  await page.getByRole('tab', { name: 'Spatial' }).click();
  await page.getByLabel('Radius').fill('100');
  await page.getByLabel('Radius').press('Enter');
  await page.getByRole('combobox', { name: 'Place' }).fill('Parachinar');
  await expect(page.getByRole('listbox').getByRole('option').first()).toContainText('Parachinar');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('radius-summary')).toContainText(`${hits.length} mapped incidents`);
  const listed = page.locator('ol.radius-hits > li');
  await expect(listed).toHaveCount(50);
  const more = page.getByTestId('listed-of');
  await expect(more).toHaveText(new RegExp(`^Listed: the nearest 50 of ${hits.length}\\.\\s*List 50 more$`));
  await more.getByRole('button', { name: 'List 50 more' }).click();
  await expect(listed).toHaveCount(100);
  // The keyboard goes on from the first new row.
  await expect(listed.nth(50).getByRole('button')).toBeFocused();
  await expect(more).toContainText(`the nearest 100 of ${hits.length}.`);
  // The list's order is turf's: the 1st, 50th and 100th rows at turf's distances (to the tenth
  // shown), each naming its incident's place.
  for (const k of [0, 49, 99]) {
    const row = listed.nth(k);
    const shownKm = Number((await row.locator('.km').innerText()).replace(/[^\d.]/g, ''));
    expect(Math.abs(shownKm - hits[k]!.km), `row ${k + 1}`).toBeLessThanOrEqual(0.051);
    await expect(row).toContainText(hits[k]!.incident.properties.location_name);
  }
  // The nearest hit read: its nearby incidents, within 50 km of it, all listed below 50.
  await listed.first().getByRole('button').click();
  await expect(page.getByRole('article')).toBeVisible();
  await page.getByRole('button', { name: 'Show nearby incidents' }).click();
  const nearby = within(data.features, hits[0]!.at, 50).filter((h) => h.id !== hits[0]!.id);
  expect(nearby.length).toBeLessThan(50);
  await expect(page.locator('ol.nearby > li')).toHaveCount(nearby.length);
  await expect(page.getByRole('article').getByTestId('listed-of')).toHaveCount(0);
  expect(watch.errors).toEqual([]);
});
