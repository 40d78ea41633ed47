import { test, expect, mapIdle } from './fixtures.ts';

test('the first screen draws the offline basemap, the focus provinces and Kurram labelled, with no request leaving localhost; About explains the data', async ({
  page,
  watch,
}) => {
  await page.goto('/');
  await mapIdle(page);

  // Every basemap layer has drawn features: not a blank map.
  const layers = await page.evaluate(() => window.__atlas!.renderedLayers());
  for (const id of [
    'countries-fill',
    'provinces-line',
    'provinces-fill',
    'durand-line',
    'durand-labels',
    'province-labels',
    'province-focus-labels',
    'country-labels',
    'places-label',
  ]) {
    expect(layers, `layer ${id} drew nothing`).toContain(id);
  }

  // The focus provinces and Kurram are labelled.
  const focusLabels = await page.evaluate(() =>
    window
      .__atlas!.map.queryRenderedFeatures({ layers: ['province-focus-labels'] })
      .map((f) => String(f.properties.name)),
  );
  for (const name of ['Kabul', 'Kandahar', 'Paktika', 'Khost', 'Kurram']) expect(focusLabels).toContain(name);

  // The incidents' first tiles waited for them: none was drawn empty and asked for again.
  expect(await page.evaluate(() => window.__atlas!.firstTileVersion())).toBe(1);

  // The camera frames the border.
  const center = await page.evaluate(() => window.__atlas!.map.getCenter().toArray());
  expect(center[0]).toBeGreaterThan(64);
  expect(center[0]).toBeLessThan(71);
  expect(center[1]).toBeGreaterThan(31);
  expect(center[1]).toBeLessThan(36);

  // The canvas is not one flat colour.
  const distinct = await page.evaluate(() => {
    const canvas = window.__atlas!.map.getCanvas();
    const gl = canvas.getContext('webgl2') ?? canvas.getContext('webgl');
    if (!gl) return 0;
    const px = new Uint8Array(4 * 64 * 64);
    gl.readPixels(canvas.width / 2 - 32, canvas.height / 2 - 32, 64, 64, gl.RGBA, gl.UNSIGNED_BYTE, px);
    const colours = new Set<string>();
    for (let i = 0; i < px.length; i += 4) colours.add(`${px[i]},${px[i + 1]},${px[i + 2]}`);
    return colours.size;
  });
  expect(distinct).toBeGreaterThan(3);

  // Legend (one click away on this map size) and attribution.
  await page.getByRole('button', { name: /Legend/ }).click();
  await expect(page.getByRole('region', { name: /Legend/ })).toContainText('Durand Line');
  await expect(page.getByRole('region', { name: /Legend/ })).toContainText('not recognised by Afghanistan');
  await expect(page.locator('.maplibregl-ctrl-attrib')).toContainText('Natural Earth');
  await expect(page.locator('.maplibregl-ctrl-attrib')).toContainText('GeoNames');

  // About explains the data, its licences and lists every article.
  await page.getByRole('button', { name: 'About the data' }).click();
  const about = page.getByRole('dialog', { name: 'About Durand Atlas' });
  await expect(about).toBeVisible();
  await expect(about).toContainText('Natural Earth');
  await expect(about).toContainText('GeoNames');
  await expect(about).toContainText('Afghanistan has never recognised it');
  // The seed files hold 13 articles (the TOLOnews page carries nine), each listed once.
  await expect(about).toContainText('from 13 news articles');
  await expect(about.locator('ol.articles > li')).toHaveCount(13);
  for (const outlet of [
    'The Conversation',
    'Christian Science Monitor',
    'The News on Sunday',
    'TOLOnews',
    'Al Jazeera',
    'Reuters',
    'The Guardian',
    'The New York Times',
  ])
    await expect(about).toContainText(outlet);
  await page.keyboard.press('Escape');
  await expect(about).toBeHidden();

  expect(watch.blocked, 'requests outside localhost').toEqual([]);
  expect(watch.failed, 'failed requests').toEqual([]);
  expect(watch.errors, 'page errors').toEqual([]);
});
