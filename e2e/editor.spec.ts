/**
 * The incident editor: a new incident placed through the place search, checked as it is typed,
 * saved to the map and kept after a reload; then edited and deleted.
 */
import type { Page } from '@playwright/test';
import { test, expect, mapIdle } from './fixtures.ts';

/** Every incident record this browser's storage holds, as one text. */
const storedText = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<string>((resolve, reject) => {
        const open = indexedDB.open('durand-atlas');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const all = open.result.transaction('incidents').objectStore('incidents').getAll();
          all.onsuccess = () => {
            open.result.close();
            resolve(JSON.stringify(all.result));
          };
          all.onerror = () => reject(all.error);
        };
      }),
  );

test.describe.configure({ timeout: 90_000 });

test('add an incident at a district seat, see it on the map, edit it, reload, delete it', async ({
  page,
  watch,
}) => {
  await page.goto('/');
  await mapIdle(page);
  await page.getByRole('button', { name: 'Layers' }).click();
  await page.getByRole('button', { name: 'New incident…' }).click();
  const editor = page.getByRole('dialog', { name: 'New incident' });
  const status = editor.getByRole('status');
  await expect(status).toContainText('Not saved until these are fixed');
  await expect(editor.getByRole('button', { name: 'Save' })).toBeDisabled();

  await editor
    .getByRole('combobox', { name: /place|Find/i })
    .first()
    .fill('Kurram');
  await editor
    .getByRole('option', { name: /Kurram/ })
    .first()
    .click();
  await expect(editor.getByLabel('Place precision')).toHaveValue('district');
  await expect(editor.getByLabel('Latitude')).toHaveValue(/^33\.8/);
  // A point picked on the map replaces the seat's; the form comes back as it was.
  await editor.getByRole('button', { name: 'Pick on the map' }).click();
  await expect(editor).toBeHidden();
  const canvas = page.locator('.maplibregl-canvas');
  await canvas.click({ position: { x: 480, y: 300 } });
  await expect(editor).toBeVisible();
  await expect(editor.getByLabel('Latitude')).not.toHaveValue(/^33\.8/);
  await expect(editor.getByLabel('Place name')).toHaveValue('Kurram');
  await editor
    .getByRole('combobox', { name: /place|Find/i })
    .first()
    .fill('Kurra');
  await editor
    .getByRole('option', { name: /Kurram/ })
    .first()
    .click();
  await expect(editor.getByLabel('Latitude')).toHaveValue(/^33\.8/);
  await editor.getByLabel('Date (ISO day, month or year)').fill('2025-03-02');
  await editor.getByLabel('Actors, one a line').fill('Local militia\nBorder police');
  await editor.getByLabel('Outlet', { exact: true }).fill('Field notes');
  await editor.getByLabel('Date (ISO)', { exact: true }).fill('2025-03-03');
  await editor.getByLabel('Headline', { exact: true }).fill('Call with a contact in Parachinar');
  await editor.getByRole('button', { name: 'Add a claim' }).click();
  await editor.getByLabel('Figure (or 10-20)').fill('abc');
  await expect(status).toContainText('claim 1: figure "abc" is not a number or a range like 10-20');
  await editor.getByLabel('Figure (or 10-20)').fill('3');
  await editor.getByLabel('Claimed by').fill('A local official');
  await expect(status).toContainText('summary is too short to tell what happened');
  await editor
    .getByLabel('Summary, in your own words')
    .fill('An exchange of fire reported near the district seat, from field notes.');
  await expect(status).toHaveText('Ready to save.');
  await editor.getByRole('button', { name: 'Save' }).click();
  await expect(editor).toBeHidden();

  const id = '2025-03-02-kurram-armed-clash';
  await expect(page.getByTestId('own-data-note')).toContainText('From your dataset “My incidents”');
  await mapIdle(page);
  expect(await page.evaluate(() => window.__atlas!.incidentIds())).toContain(id);

  await page.getByTestId('own-data-note').getByRole('button', { name: 'Edit' }).click();
  const edit = page.getByRole('dialog', { name: `Edit ${id}` });
  await edit
    .getByLabel('Summary, in your own words')
    .fill('An exchange of fire near the district seat; two sources disagree on who began it.');
  await edit.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('two sources disagree on who began it')).toBeVisible();
  // Reloading mid-save would (rightly) make the browser ask first: wait until it is written.
  await expect.poll(() => storedText(page), { timeout: 30_000 }).toContain('two sources disagree');

  await page.reload();
  await mapIdle(page);
  expect(await page.evaluate(() => window.__atlas!.incidentIds())).toContain(id);
  await page.evaluate((i) => (location.hash = `#sel=${i}`), id);
  await page.getByTestId('own-data-note').getByRole('button', { name: 'Edit' }).click();
  await page
    .getByRole('dialog', { name: `Edit ${id}` })
    .getByRole('button', { name: 'Delete this incident' })
    .click();
  await expect.poll(() => page.evaluate(() => window.__atlas!.incidentIds())).not.toContain(id);
  expect(watch.errors).toEqual([]);
});
