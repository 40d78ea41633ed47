/**
 * The shipped Content-Security-Policy (scripts/csp.ts: a meta tag in the build, a _headers file)
 * holds while a person uses everything: no securitypolicyviolation from the first screen to a
 * PDF, a PNG (the 150 dpi draft, its size checked) and an import, in English and right to left.
 */
import { readFileSync } from 'node:fs';
import { test, expect, mapIdle } from './fixtures.ts';

const DRAFT = 150;

test.describe.configure({ timeout: 180_000 });

declare global {
  interface Window {
    __violations?: string[];
  }
}

test('every panel, a print to PDF and PNG and an import raise no security-policy violation', async ({
  page,
  watch,
}) => {
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      window.__violations!.push(`${e.violatedDirective}: ${e.blockedURI || e.sample}`),
    );
  });
  await page.goto('/');
  await mapIdle(page);
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(policy).toContain("script-src 'self'");
  expect(policy).not.toContain('unsafe-eval');

  await page.locator('tbody tr').first().click();
  await expect(page.getByRole('article')).toBeVisible();
  for (const tab of ['Filters', 'Spatial']) await page.getByRole('tab', { name: tab }).click();
  await page.getByRole('button', { name: 'Layers' }).click();
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'About the data' }).click();
  await page.keyboard.press('Escape');

  await page.getByRole('button', { name: 'Add your data' }).click();
  const add = page.getByRole('dialog', { name: 'Add your data' });
  await add.locator('input[type=file]').setInputFiles('src/lib/data/import/test/acled-current.csv');
  await add.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(add.getByTestId('import-report')).toContainText('Imported 3 incidents');
  await add.getByRole('button', { name: 'Show on the map' }).click();
  await mapIdle(page);

  // Right to left: the Arabic-script labels load the RTL text plugin (a module, never eval).
  await page.getByRole('combobox', { name: 'Language' }).selectOption('ps');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect.poll(() => page.evaluate(() => window.__atlas!.map.loaded())).toBe(true);
  await page.getByRole('combobox', { name: 'ژبه' }).selectOption('en');

  await page.getByRole('button', { name: /Print or export/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Briefing page' });
  await expect(page.getByTestId('print-pages')).toBeVisible({ timeout: 60_000 });
  // The quicker draft resolution: what is checked here is the policy, not the pixels.
  await dialog.getByLabel('Paper').selectOption('a4');
  await dialog.getByLabel('Resolution').selectOption(String(DRAFT));
  for (const name of ['Download PDF', /Download PNG/]) {
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      dialog.getByRole('button', { name }).click(),
    ]);
    expect(await file.failure()).toBeNull();
    if (name === 'Download PDF') continue;
    // The draft PNG: A4 landscape at 150 dpi, and saying so (5,906 pixels per metre).
    const png = readFileSync((await file.path())!);
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1754, 1240]);
    const phys = png.indexOf('pHYs');
    expect([png.readUInt32BE(phys + 4), png.readUInt32BE(phys + 8)]).toEqual([5906, 5906]);
  }
  expect(await page.evaluate(() => window.__violations)).toEqual([]);
  expect(watch.errors).toEqual([]);
});
