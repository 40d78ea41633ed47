/**
 * A print of many incidents stays a briefing: the table lists the first 500 and says so, the map
 * groups what is too many to number, and the full table comes as a CSV file.
 */
import { readFileSync } from 'node:fs';
import { test, expect, mapIdle } from './fixtures.ts';
import { serveIncidents } from './payload.ts';
import { randomIncidents } from '../src/lib/domain/test/random-incidents.ts';

const data = { type: 'FeatureCollection', features: randomIncidents(1200, 7) };

test.describe.configure({ timeout: 120_000 });

test('1,200 incidents: the table lists 500 and says so; the CSV holds them all', async ({
  page,
  watch,
}, info) => {
  await serveIncidents(page, data);
  await page.goto('/');
  await mapIdle(page);
  const count = Number((await page.getByTestId('count').textContent())!.replace(/\D/g, ''));
  expect(count).toBeGreaterThan(1000);
  await page.getByRole('button', { name: /Print or export/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Briefing page' });
  const pages = page.getByTestId('print-pages');
  await expect(pages).toBeVisible({ timeout: 60_000 });
  const text = (await pages.textContent())!.replace(/\s+/g, ' ');
  expect(text).toContain(`first 500 of ${count.toLocaleString('en-GB')} matching incidents`);
  expect(text).toContain('too many to number');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: 'Full table (CSV)' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/\.csv$/);
  const path = info.outputPath('table.csv');
  await download.saveAs(path);
  const lines = readFileSync(path, 'utf8').trimEnd().split('\r\n');
  // A byte-order mark first, for Excel.
  expect(lines[0]).toMatch(/^\uFEFFnumber on map,id,date,/);
  // Every counted incident once (no field in this synthetic set holds a line break).
  expect(lines.length - 1).toBe(count);
  expect(watch.errors).toEqual([]);
});
