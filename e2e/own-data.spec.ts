/**
 * The analyst's own data: a file dropped on the page is previewed, imported with a report of the
 * rows left out, drawn with its own ring, kept across a reload, and gone once removed.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect, mapIdle, openPage } from './fixtures.ts';

test.describe.configure({ timeout: 90_000 });

const CSV = [
  'place,lat,lon,date,type,deaths,notes',
  'Field post west,28.5,63.5,2024-02-01,Shelling or mortar fire,2,An invented row for the end-to-end test of imports.',
  'Field post north,35.85,71.8,2024-03,armed_clash,,',
  'Nowhere,95.2,69.9,2024-03-02,armed_clash,1,',
].join('\n');

/** The number of incidents shown: "42 incidents", or the 9 of "9 of 40 incidents". */
const count = async (page: Page) =>
  Number(/[\d,]+/.exec((await page.getByTestId('count').textContent())!)![0].replaceAll(',', ''));

/** What this browser's storage holds: each dataset's shown flag, and how many incident lists. */
const saved = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<{ visible: boolean[]; lists: number }>((resolve, reject) => {
        const open = indexedDB.open('durand-atlas');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(['datasets', 'incidents']);
          const metas = tx.objectStore('datasets').getAll();
          const lists = tx.objectStore('incidents').count();
          tx.oncomplete = () => {
            open.result.close();
            resolve({
              visible: metas.result.map((d: { visible: boolean }) => d.visible),
              lists: lists.result,
            });
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );

/** Drop a file on the page as a person drags one from their desktop. */
async function dropFile(page: Page, name: string, text: string) {
  await page.evaluate(
    ([fileName, content]) => {
      const data = new DataTransfer();
      data.items.add(new File([content!], fileName!, { type: 'text/csv' }));
      document.body.dispatchEvent(
        new DragEvent('dragover', { dataTransfer: data, bubbles: true, cancelable: true }),
      );
      document.body.dispatchEvent(
        new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }),
      );
    },
    [name, text],
  );
}

test('drop a CSV: a preview, the report of what was left out, its points on the map; kept after reload, gone once removed', async ({
  page,
  watch,
}) => {
  await page.goto('/');
  await mapIdle(page);
  const before = await count(page);
  await dropFile(page, 'field-notes.csv', CSV);
  const dialog = page.getByRole('dialog', { name: 'Add your data' });
  await expect(dialog.getByText('field-notes.csv: CSV table, 3 rows.')).toBeVisible();
  await expect(dialog.getByLabel('Latitude')).toHaveValue('lat');
  // With no coordinate columns chosen, the preview says the rows will have no point.
  const unplaced = dialog.getByText(/no latitude and longitude columns are chosen/);
  await expect(unplaced).toBeHidden();
  await dialog.getByLabel('Latitude').selectOption('');
  await dialog.getByLabel('Longitude').selectOption('');
  await expect(unplaced).toBeVisible();
  await dialog.getByLabel('Latitude').selectOption('lat');
  await dialog.getByLabel('Longitude').selectOption('lon');
  await expect(unplaced).toBeHidden();
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  const report = dialog.getByTestId('import-report');
  await expect(report).toContainText('Imported 2 incidents from field-notes.csv (of 3 read).');
  await expect(report).toContainText('row 4: latitude 95.2 is out of range (-90 to 90)');
  await expect(report).toContainText('Saved in this browser', { timeout: 30_000 });
  await dialog.getByRole('button', { name: 'Show on the map' }).click();
  await expect(dialog).toBeHidden();
  await expect.poll(() => count(page)).toBe(before + 2);
  await mapIdle(page);
  const ids = await page.evaluate(() => window.__atlas!.incidentIds());
  expect(ids).toEqual(expect.arrayContaining(['field-notes-csv-row-2', 'field-notes-csv-row-3']));
  const legend = page.getByRole('button', { name: /^Legend/ });
  if ((await legend.getAttribute('aria-expanded')) === 'false') await legend.click();
  await expect(page.locator('[data-legend="dataset:field-notes.csv"]')).toHaveText('Ringed: field-notes.csv');

  await page.reload();
  await mapIdle(page);
  await expect.poll(() => count(page)).toBe(before + 2);
  await page.getByRole('button', { name: 'Layers' }).click();
  await expect(page.getByText('2 incidents · CSV table')).toBeVisible();
  expect(await saved(page)).toEqual({ visible: [true], lists: 1 });

  // Hidden, it stays hidden after a reload, and its incidents are still kept.
  const shown = page.getByRole('checkbox', { name: 'field-notes.csv' });
  await shown.uncheck();
  await expect.poll(() => count(page)).toBe(before);
  await expect.poll(() => saved(page)).toEqual({ visible: [false], lists: 1 });
  await page.reload();
  await mapIdle(page);
  await page.getByRole('button', { name: 'Layers' }).click();
  await expect(shown).not.toBeChecked();
  expect(await count(page)).toBe(before);
  await shown.check();
  await expect.poll(() => count(page)).toBe(before + 2);

  await page.getByRole('button', { name: 'Remove field-notes.csv' }).click();
  await expect.poll(() => count(page)).toBe(before);
  await expect.poll(() => saved(page)).toEqual({ visible: [], lists: 0 });
  await page.reload();
  await mapIdle(page);
  await expect.poll(() => count(page)).toBe(before);
  expect(watch.errors).toEqual([]);
});

test('an ACLED export through the file picker: its rows mapped, the bad ones named', async ({
  page,
  watch,
}) => {
  await page.goto('/');
  await mapIdle(page);
  const before = await count(page);
  await page.getByRole('button', { name: 'Add your data' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add your data' });
  await dialog.locator('input[type=file]').setInputFiles('src/lib/data/import/test/acled-current.csv');
  await expect(dialog.getByText('acled-current.csv: ACLED CSV, 5 rows.')).toBeVisible();
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  const report = dialog.getByTestId('import-report');
  await expect(report).toContainText('Imported 3 incidents');
  await expect(report).toContainText(
    'row 6: latitude 69.9, longitude 33.3: the coordinates look swapped (lat, lon)',
  );
  await dialog.getByRole('button', { name: 'Show on the map' }).click();
  await expect.poll(() => count(page)).toBe(before + 3);
  expect(watch.errors).toEqual([]);
});

test('a workbook or a broken file is refused in plain words, and nothing loaded is lost', async ({
  page,
  watch,
}) => {
  await page.goto('/');
  await mapIdle(page);
  const before = await count(page);
  await page.getByRole('button', { name: 'Add your data' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add your data' });
  const zip = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0]);
  await dialog
    .locator('input[type=file]')
    .setInputFiles({ name: 'events.xlsx', mimeType: 'application/zip', buffer: zip });
  await expect(dialog.getByRole('alert')).toHaveText(
    'events.xlsx is a zip archive or an Excel/ODS workbook (.xlsx): save the sheet as “CSV UTF-8”, not text',
  );
  const truncated = '{"type":"FeatureCollection","features":[{"type":"Fea';
  await dialog.locator('input[type=file]').setInputFiles({
    name: 'cut.geojson',
    mimeType: 'application/geo+json',
    buffer: Buffer.from(truncated),
  });
  await expect(dialog.getByRole('alert')).toContainText('cut.geojson is not valid JSON');
  await expect(dialog.getByRole('alert')).toContainText('the file seems cut short');
  await page.keyboard.press('Escape');
  expect(await count(page)).toBe(before);
  expect(watch.errors).toEqual([]);
});

test('the incidents shown download as GeoJSON, CSV and ACLED CSV, each stamped', async ({ page, watch }) => {
  await page.goto('/#type=airstrike');
  await mapIdle(page);
  const shown = await count(page);
  const list = page.getByRole('complementary', { name: 'Incidents panel' });
  const [geojson] = await Promise.all([
    page.waitForEvent('download'),
    list.getByRole('button', { name: 'GeoJSON' }).click(),
  ]);
  const collection = JSON.parse(readFileSync((await geojson.path())!, 'utf8')) as {
    durand_atlas: { dataset_version: string; exported_at: string };
    features: { properties: { type: string } }[];
  };
  expect(collection.features.length).toBeGreaterThanOrEqual(shown);
  expect(collection.features.every((f) => f.properties.type === 'airstrike')).toBe(true);
  expect(collection.durand_atlas.dataset_version).toMatch(/^Durand Atlas bundled data /);
  // The file follows the list's order: sorted by place, so is the next file.
  const head = page.getByRole('columnheader', { name: 'Place' });
  await head.getByRole('button').click();
  await expect(head).toHaveAttribute('aria-sort', 'ascending');
  const ids = await list
    .locator('tbody tr[data-id]')
    .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-id')));
  const [byPlace] = await Promise.all([
    page.waitForEvent('download'),
    list.getByRole('button', { name: 'GeoJSON' }).click(),
  ]);
  const sorted = JSON.parse(readFileSync((await byPlace.path())!, 'utf8')) as {
    features: { properties: { id: string; location_name: string } }[];
  };
  expect(sorted.features.map((f) => f.properties.id)).toEqual(ids);
  const places = sorted.features.map((f) => f.properties.location_name);
  expect(places).toEqual([...places].sort((a, b) => a.localeCompare(b)));
  const [csv] = await Promise.all([
    page.waitForEvent('download'),
    list.getByRole('button', { name: 'CSV', exact: true }).click(),
  ]);
  // trimEnd: trim() would also take the byte-order mark this checks.
  const lines = readFileSync((await csv.path())!, 'utf8')
    .trimEnd()
    .split('\r\n');
  expect(lines[0]).toMatch(/^\uFEFFid,date,end_date,date_precision,type,/);
  const [acled] = await Promise.all([
    page.waitForEvent('download'),
    list.getByRole('button', { name: 'ACLED CSV' }).click(),
  ]);
  expect(readFileSync((await acled.path())!, 'utf8').split('\r\n')[0]).toMatch(
    /^\uFEFFevent_id_cnty,event_date,year,time_precision,/,
  );
  await expect(list.getByRole('status')).toContainText('ACLED CSV:');

  // The ACLED export read back is the same incidents, so the atlas says they are loaded already.
  await dropFile(page, 'acled-export.csv', readFileSync((await acled.path())!, 'utf8'));
  const dialog = page.getByRole('dialog', { name: 'Add your data' });
  await expect(dialog.getByText('acled-export.csv: ACLED CSV')).toBeVisible();
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(dialog.getByTestId('import-report')).toContainText(
    'Everything in acled-export.csv is loaded already',
  );
  expect(await count(page)).toBe(shown);
  expect(watch.errors).toEqual([]);
});

test('“Share with data” writes one file that opens the same view and data in a fresh browser', async ({
  page,
  browser,
  watch,
}) => {
  await page.goto('/#type=shelling');
  await mapIdle(page);
  await dropFile(page, 'field-notes.csv', CSV);
  const dialog = page.getByRole('dialog', { name: 'Add your data' });
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await dialog.getByRole('button', { name: 'Show on the map' }).click();
  await expect(page).toHaveURL(/data=field-notes\.csv/);
  await page.getByRole('button', { name: 'Layers' }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Share with data' }).click(),
  ]);
  const file = (await download.path())!;
  const shown = await count(page);

  const { context, page: other, watch: otherWatch } = await openPage(browser);
  const link = new URL(page.url());
  await other.goto(`/${link.hash}`);
  await mapIdle(other);
  await expect(
    other.getByRole('status').filter({ hasText: 'imported data this browser does not have' }),
  ).toContainText('“field-notes.csv”');
  await other.getByRole('button', { name: 'Add your data' }).click();
  await other.locator('input[type=file]').setInputFiles(file);
  await expect(other.getByTestId('import-report')).toContainText('Imported 2 incidents');
  await other.keyboard.press('Escape');
  await expect.poll(() => count(other)).toBe(shown);
  expect(new URL(other.url()).hash).toContain('type=shelling');
  expect(otherWatch.errors).toEqual([]);
  await context.close();
  expect(watch.errors).toEqual([]);
});

test('a large file imports behind a progress bar, and Cancel leaves everything as it was', async ({
  page,
  watch,
}) => {
  await page.goto('/');
  await mapIdle(page);
  const before = await count(page);
  const rows = ['date,lat,lon,type,notes'];
  for (let i = 0; i < 150_000; i++)
    rows.push(
      `2024-${String((i % 12) + 1).padStart(2, '0')}-10,${30 + (i % 70) / 10},${62 + (i % 120) / 10},armed_clash,row ${i}`,
    );
  await page.getByRole('button', { name: 'Add your data' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add your data' });
  await dialog.locator('input[type=file]').setInputFiles({
    name: 'big.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(rows.join('\n')),
  });
  await expect(dialog.getByText('big.csv: CSV table, 150,000 rows.')).toBeVisible({ timeout: 30_000 });
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(dialog.getByRole('progressbar', { name: 'Importing big.csv…' })).toBeVisible();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog.getByText('Drop a file here, or')).toBeVisible();
  await page.keyboard.press('Escape');
  expect(await count(page)).toBe(before);
  expect(watch.errors).toEqual([]);
});
