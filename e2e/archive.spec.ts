/**
 * A tile archive (`npm run tiles`) opened as a dataset: from a file and from an address that
 * serves it with range requests, as a CDN does. Its points drawn under the filters, its count
 * from its summary, an incident read whole on a click, its address carried by the link; a
 * broken archive or a hostile address refused with a message, nothing else lost.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { syntheticIncidents } from '../bench/synthetic.ts';
import { bundledGeography } from '../scripts/incident-payload.ts';
import { buildArchive } from '../scripts/tiles/archive.ts';
import { readIncidents } from '../scripts/tiles/read.ts';
import type { Incident } from '../src/lib/data/incidents.ts';
import { test, expect, mapIdle, openPage } from './fixtures.ts';

test.describe.configure({ timeout: 90_000 });

const incidents: Incident[] = [...syntheticIncidents(240, 7)];
const placed = incidents.filter((i) => i.geometry);
const airstrikes = placed.filter((i) => i.properties.type === 'airstrike');

async function archiveBytes(): Promise<Buffer> {
  const file = join(mkdtempSync(join(tmpdir(), 'archive-e2e-')), 'synthetic.geojson');
  writeFileSync(file, JSON.stringify({ type: 'FeatureCollection', features: incidents }));
  const read = await readIncidents(file, bundledGeography('geodata'));
  if (typeof read === 'string') throw new Error(read);
  const { parts } = buildArchive(read, 'synthetic', { minZoom: 3, maxZoom: 9, maxPerTile: 2000 });
  return Buffer.concat(parts);
}
let bytes: Buffer;
test.beforeAll(async () => {
  bytes = await archiveBytes();
});

/** Serves the archive at /cdn/synthetic.pmtiles with range requests, as object storage does. */
async function serveArchive(page: Page) {
  await page.route('**/cdn/synthetic.pmtiles', async (route) => {
    const range = /bytes=(\d+)-(\d+)/.exec(route.request().headers()['range'] ?? '');
    if (!range) return route.fulfill({ status: 200, body: bytes });
    const [start, end] = [Number(range[1]), Math.min(Number(range[2]), bytes.length - 1)];
    await route.fulfill({
      status: 206,
      headers: { 'Content-Range': `bytes ${start}-${end}/${bytes.length}`, 'Accept-Ranges': 'bytes' },
      body: bytes.subarray(start, end + 1),
    });
  });
}

const renderedArchive = (page: Page) =>
  page.evaluate(() =>
    window.__atlas!.map.queryRenderedFeatures({ layers: ['archive-dots', 'archive-points'] }).map((f) => ({
      id: String(f.properties.id),
      type: String(f.properties.t),
    })),
  );

test('open an archive file: drawn under the filters, counted from its summary, an incident read whole', async ({
  page,
  watch,
}) => {
  await page.goto('/');
  await mapIdle(page);
  await page.getByRole('button', { name: 'Layers', exact: true }).click();
  await page.getByLabel('Open an archive file (.pmtiles)').setInputFiles({
    name: 'synthetic.pmtiles',
    mimeType: 'application/octet-stream',
    buffer: bytes,
  });
  const count = page.getByTestId('archive-count');
  await expect(count).toHaveText(`${placed.length} of its ${placed.length} incidents match the filters.`);
  await expect(page.getByText('Opened from a file: a link cannot bring it.', { exact: false })).toBeVisible();
  await expect(
    page.getByText(`Incidents without a point, not on its map: ${incidents.length - placed.length}.`),
  ).toBeVisible();
  await expect(page.getByTestId('archive-in-view')).toContainText('Drawn in view:');
  await mapIdle(page);
  expect((await renderedArchive(page)).length).toBeGreaterThan(10);

  await page.getByRole('checkbox', { name: /^Airstrike/ }).check();
  await expect(count).toHaveText(`${airstrikes.length} of its ${placed.length} incidents match the filters.`);
  await expect
    .poll(async () => [...new Set((await renderedArchive(page)).map((f) => f.type))], { timeout: 20_000 })
    .toEqual(['airstrike']);

  // Click a drawn airstrike as a person would: its detail comes whole from the deepest tile.
  const spot = await page.evaluate(() => {
    const map = window.__atlas!.map;
    const box = map.getCanvas().getBoundingClientRect();
    // One not under the Layers popover or the legend.
    for (const f of map.queryRenderedFeatures({ layers: ['archive-dots', 'archive-points'] })) {
      const p = map.project((f.geometry as GeoJSON.Point).coordinates as [number, number]);
      const [x, y] = [box.left + p.x, box.top + p.y];
      if (document.elementFromPoint(x, y) !== map.getCanvas()) continue;
      const under = map.queryRenderedFeatures([p.x, p.y], { layers: ['archive-dots', 'archive-points'] });
      return { x, y, ids: under.map((u) => String(u.properties.id)) };
    }
    throw new Error('no airstrike of the archive is clear of the overlays');
  });
  await page.mouse.click(spot.x, spot.y);
  const heading = page.locator('#archive-detail-title');
  await expect(heading).toBeVisible();
  const names = placed
    .filter((i) => spot.ids.includes(i.properties.id))
    .map((i) => i.properties.location_name);
  expect(names).toContain(await heading.textContent());
  await expect(page.getByText('From the archive “synthetic.pmtiles”, shown as written')).toBeVisible();
  await page.getByRole('button', { name: /Back to the archive's list/ }).click();
  await page.getByRole('button', { name: 'Close the archive synthetic.pmtiles' }).click();
  await expect(count).toHaveCount(0);
  await expect(page.getByTestId('count')).toContainText('incidents');
  expect(watch.errors).toEqual([]);
});

test('open an archive by address: read by ranges, carried by the link to another reader', async ({
  page,
  browser,
  watch,
}) => {
  await serveArchive(page);
  await page.goto('/');
  await mapIdle(page);
  await page.getByRole('button', { name: 'Layers', exact: true }).click();
  await page.getByLabel('Or its address').fill('./cdn/synthetic.pmtiles');
  await page.getByRole('button', { name: 'Open', exact: true }).click();
  await expect(page.getByTestId('archive-count')).toContainText(`of its ${placed.length} incidents`);
  await expect(page.getByText("Its address is part of this view's link.")).toBeVisible();
  await expect.poll(() => decodeURIComponent(page.url())).toContain('tiles=http://localhost:');
  const link = page.url();
  // The briefing page draws the archive (its print map copies the live style) and names it.
  await page.getByRole('button', { name: /Print or export/ }).click();
  await expect(page.getByTestId('print-pages')).toBeVisible({ timeout: 45_000 });
  await expect(page.getByTestId('print-pages')).toContainText('synthetic.pmtiles');
  // …and says how many of its incidents match, as the panel does.
  // (Compared without spaces: the legend wraps its lines where it must.)
  const bare = (text: string | null) => (text ?? '').replace(/\s+/g, '');
  expect(bare(await page.getByTestId('print-pages').textContent())).toContain(
    bare(`of its ${placed.length} incidents match the filters`),
  );
  await page.keyboard.press('Escape');

  const other = await openPage(browser);
  await serveArchive(other.page);
  await other.page.goto(link);
  await mapIdle(other.page);
  // The Layers popover opens by itself on the archive the link brings.
  await expect(other.page.getByTestId('archive-count')).toContainText(`of its ${placed.length} incidents`);
  await expect.poll(async () => (await renderedArchive(other.page)).length).toBeGreaterThan(10);
  expect(other.watch.errors).toEqual([]);
  await other.context.close();
  expect(watch.errors).toEqual([]);
});

test('a broken archive and a hostile address are refused by name; the atlas keeps what it had', async ({
  page,
  watch,
}) => {
  await page.goto('/#tiles=javascript:alert(1)');
  await mapIdle(page);
  await expect(page.getByRole('status').filter({ hasText: 'tile archive' })).toContainText(
    'tile archive "javascript:alert(1)" is not a web address',
  );
  const before = await page.getByTestId('count').textContent();
  await page.getByRole('button', { name: 'Layers', exact: true }).click();
  await page.getByLabel('Open an archive file (.pmtiles)').setInputFiles({
    name: 'broken.pmtiles',
    mimeType: 'application/octet-stream',
    buffer: Buffer.from('<html>not an archive</html>'.repeat(10)),
  });
  await expect(page.getByRole('alert')).toContainText('broken.pmtiles could not be read');
  await page.getByLabel('Open an archive file (.pmtiles)').setInputFiles({
    name: 'notes.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from('hello'),
  });
  await expect(page.getByRole('alert')).toHaveText('notes.txt is not a PMTiles archive (.pmtiles).');
  await expect(page.getByTestId('count')).toHaveText(before!);
  expect(watch.errors).toEqual([]);
});
