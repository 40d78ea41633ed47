import { readFileSync } from 'node:fs';
import { distance } from '@turf/turf';
import type { Feature, FeatureCollection, Point } from 'geojson';
import { test, expect, mapIdle } from './fixtures.ts';

type Props = { id: string; location_name: string };
const data = JSON.parse(readFileSync(new URL('../geodata/incidents.geojson', import.meta.url), 'utf8'));
const located = (data as FeatureCollection<Point | null, Props>).features.filter(
  (i) => i.geometry,
) as Feature<Point, Props>[];

test('incidents sharing one spot stay reachable through a picker', async ({ page, watch }) => {
  // Paktika's province-level airstrikes all sit on its capital, Sharana: zoomed in there, past
  // the zoom where groups open, they share one spot.
  const sharana = located.find((i) => i.properties.id === '2024-03-paktika-airstrikes')!.geometry.coordinates;
  await page.goto(`/#map=10/${sharana[1]}/${sharana[0]}&type=airstrike`);
  await mapIdle(page);
  const ids = await page.evaluate(() => window.__atlas!.renderedIncidentIds());
  const paktika = ids.filter((id) => id.includes('paktika') || id.includes('barmal'));
  expect(paktika.length).toBeGreaterThan(1);
  const at = await page.evaluate((id) => window.__atlas!.incidentPoint(id), paktika[0]!);
  await page.mouse.click(at!.x, at!.y);
  const picker = page.getByRole('dialog', { name: /incidents here/ });
  await expect(picker).toBeVisible();
  await expect(picker.getByRole('button')).toHaveCount(paktika.length + 1); // + close
  await picker.getByRole('button', { name: /Barmal/ }).click();
  await expect(page.getByRole('article').getByRole('heading', { level: 2 })).toHaveText(
    'Barmal district, Paktika',
  );
  expect(watch.errors).toEqual([]);
});

test('play steps through time and pause stops it', async ({ page, watch }) => {
  test.slow(); // it plays the whole timeline through, every step redrawing the map
  // A controllable clock: after Pause, time is run forward on purpose instead of slept through.
  await page.clock.install();
  await page.goto('/');
  await mapIdle(page);
  await page.getByLabel('Playback speed').selectOption('4');
  await page.getByRole('button', { name: '▶ Play' }).click();
  const range = page.locator('.timeline .range');
  await expect(range).not.toHaveText('All dates');
  const first = await range.textContent();
  await expect.poll(() => range.textContent(), { timeout: 5000 }).not.toBe(first);
  await page.getByRole('button', { name: '❚❚ Pause' }).click();
  const stopped = await range.textContent();
  await expect(page.getByRole('button', { name: '▶ Play' })).toHaveAttribute('aria-pressed', 'false');
  // Three seconds at 4× would be twelve steps if playback had not stopped.
  await page.clock.runFor(3000);
  await expect(range).toHaveText(stopped!);
  // Cumulative mode keeps the start fixed at the start of the bars shown.
  const start = await page.getByLabel('From', { exact: true }).inputValue();
  expect(start).not.toBe('');
  await page.getByRole('button', { name: '▶ Play' }).click();
  await expect(range).not.toHaveText(stopped!);
  await expect(page.getByLabel('From', { exact: true })).toHaveValue(start);
  // At the end playback stops, Play released; it never wraps round to the start.
  await page.clock.runFor(60_000);
  await expect(page.getByRole('button', { name: '▶ Play' })).toHaveAttribute('aria-pressed', 'false');
  const end = await range.textContent();
  await page.clock.runFor(5_000);
  await expect(range).toHaveText(end!);
  expect(watch.errors).toEqual([]);
});

test('layer toggles hide layers and the legend follows', async ({ page, watch }) => {
  await page.goto('/');
  await mapIdle(page);
  await page.getByRole('button', { name: /Legend/ }).click();
  const legend = page.getByTestId('legend-items');
  await expect(legend.locator('[data-legend="durand"]')).toBeVisible();
  await page.getByRole('button', { name: 'Layers' }).click();
  await page.getByRole('checkbox', { name: 'Durand Line' }).uncheck();
  await expect(legend.locator('[data-legend="durand"]')).toHaveCount(0);
  await page.evaluate(() => window.__atlas!.idle());
  expect(await page.evaluate(() => window.__atlas!.renderedLayers())).not.toContain('durand-line');

  await page.getByRole('checkbox', { name: 'Incidents' }).uncheck();
  await expect(legend.locator('[data-legend^="type:"]')).toHaveCount(0);
  await page.evaluate(() => window.__atlas!.idle());
  const layers = await page.evaluate(() => window.__atlas!.renderedLayers());
  expect(layers.filter((l) => l.startsWith('incidents-'))).toEqual([]);
  // The types in the legend are the ones drawn: filter to ceasefires and only that type remains.
  await page.getByRole('checkbox', { name: 'Incidents' }).check();
  await page.getByRole('checkbox', { name: /^Ceasefire or truce/ }).check();
  await expect(legend.locator('[data-legend^="type:"]')).toHaveCount(1);
  await expect(legend.locator('[data-legend="type:ceasefire"]')).toBeVisible();
  expect(watch.errors).toEqual([]);
});

test('an online basemap the build did not allow leaves the offline map with a notice', async ({
  page,
  watch,
}) => {
  await page.goto('/');
  await mapIdle(page);
  await page.getByRole('button', { name: 'Layers' }).click();
  await page.getByLabel(/Style URL/).fill('https://tiles.example.test/style.json');
  await page.getByRole('button', { name: 'Use' }).click();
  // The reason is the atlas's own words, not the browser's ("Failed to fetch").
  await expect(
    page.getByRole('status').filter({ hasText: 'online basemap could not be loaded' }),
  ).toContainText('(the address could not be reached)');
  await expect(page.getByRole('radio', { name: /Bundled, offline/ })).toBeChecked();
  await page.evaluate(() => window.__atlas!.idle());
  expect(await page.evaluate(() => window.__atlas!.renderedLayers())).toContain('countries-fill');
  // The shipped security policy refuses a host the build did not name before any request
  // leaves (scripts/csp.ts); the test's own network block never sees it.
  expect(watch.blocked).toEqual([]);
  const refusals = watch.errors.filter((e) => /Content Security Policy/.test(e));
  expect(refusals.join('\n')).toContain('https://tiles.example.test/style.json');
  expect(watch.errors.filter((e) => !/Content Security Policy|Failed to fetch/.test(e))).toEqual([]);
});

test('a basemap switch keeps the border buffer and the border badge drawn', async ({ page, watch }) => {
  // An "online" style from this origin (the security policy allows it): one background layer.
  const style = { version: 8, sources: {}, layers: [{ id: 'land', type: 'background' }] };
  await page.route('**/e2e-online-style.json', (route) => route.fulfill({ json: style }));
  await page.goto('/#buf=20');
  await mapIdle(page);
  const drawn = () => page.evaluate(() => window.__atlas!.renderedLayers());
  await expect.poll(drawn).toContain('analysis-buffer-fill');
  await expect.poll(drawn).toContain('border-badge');
  await page.getByRole('button', { name: 'Layers' }).click();
  await page.getByLabel(/Style URL/).fill(new URL('/e2e-online-style.json', page.url()).href);
  await page.getByRole('button', { name: 'Use' }).click();
  // MapLibre diffs the new style into the map and empties the buffer's source: it is sent again.
  await expect.poll(() => page.evaluate(() => window.__atlas!.map.getLayer('online-land')?.id)).toBeTruthy();
  await page.evaluate(() => window.__atlas!.idle());
  await expect.poll(drawn).toContain('analysis-buffer-fill');
  // The badge rides in the incident tiles, which the new style asks for again.
  await expect.poll(drawn).toContain('border-badge');
  expect(watch.errors).toEqual([]);
});

test('the border badge speaks the language the reader switches to', async ({ page, watch }) => {
  await page.goto('/');
  await mapIdle(page);
  const badge = () =>
    page.evaluate(() =>
      window.__atlas!.map.queryRenderedFeatures({ layers: ['border-badge'] }).map((f) => f.properties.label),
    );
  await expect.poll(badge).toEqual([expect.stringContaining('along the border')]);
  // Only the words change, not the incidents: the badge alone makes a new version of the tiles.
  await page.getByRole('combobox', { name: /language/i }).selectOption('ur');
  await expect.poll(badge).toEqual([expect.stringMatching(/^[^a-z]*سرحد[^a-z]*$/)]);
  expect(watch.errors).toEqual([]);
});

test('show nearby lists incidents within 50 km, nearest first', async ({ page, watch }) => {
  await page.goto('/');
  await mapIdle(page);
  await page.getByLabel('Search summaries and places').fill('Kurram');
  await page.getByRole('row', { name: /Kurram district/ }).click();
  await page.getByRole('button', { name: 'Show nearby incidents' }).click();
  const article = page.getByRole('article');
  await expect(article.getByRole('heading', { name: 'Within 50 km' })).toBeVisible();
  // Expected from the data with turf, not from the app.
  const kurram = located.find((i) => /Kurram/.test(i.properties.location_name))!;
  const near = located
    .filter((i) => i !== kurram && distance(kurram.geometry, i.geometry) <= 50)
    .sort((a, b) => distance(kurram.geometry, a.geometry) - distance(kurram.geometry, b.geometry));
  if (near.length === 0) await expect(article).toContainText('No other incident within 50 km');
  else {
    await expect(article.locator('.nearby li')).toHaveCount(near.length);
    await expect(article.locator('.nearby li').first()).toContainText(near[0]!.properties.location_name);
  }
  expect(watch.errors).toEqual([]);
});
