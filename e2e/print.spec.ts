import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect, mapIdle, openPage } from './fixtures.ts';

// The 300 dpi map takes several seconds in software WebGL, more on a busy machine.
test.describe.configure({ timeout: 120_000 });

/** Open the briefing page for a view and wait for the 300 dpi map. */
async function openPrint(
  page: Page,
  hash: string,
  paper: 'a4' | 'letter',
  orientation: 'landscape' | 'portrait',
) {
  await page.goto(`/${hash}`);
  await mapIdle(page);
  await page.getByRole('button', { name: /Print or export/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Briefing page' });
  await dialog.getByLabel('Paper').selectOption(paper);
  await dialog.getByLabel('Orientation').selectOption(orientation);
  // One waiting point: the preview's pages are drawn once its map is.
  await expect(page.getByTestId('print-pages'), 'the briefing preview was drawn').toBeVisible({
    timeout: 45_000,
  });
  return dialog;
}

function pdfPages(path: string): string[] {
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [path]).toString())![1]);
  return Array.from({ length: pages }, (_, i) =>
    execFileSync('pdftotext', ['-f', String(i + 1), '-l', String(i + 1), '-layout', path, '-']).toString(),
  );
}

function pdfSize(path: string): [number, number] {
  const m = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(execFileSync('pdfinfo', [path]).toString())!;
  return [Number(m[1]), Number(m[2])];
}

const MM_TO_PT = 72 / 25.4;

/** The permalink as printed in the footer (it may wrap over lines; the next sentence follows it). */
function printedLink(text: string): string {
  const joined = text.replace(/\n\s*/g, '');
  const m = /Open this view: (http:\/\/localhost:\d+\/\S*?)Boundaries:/.exec(joined);
  expect(m, 'the permalink is printed').not.toBeNull();
  return m![1]!;
}

for (const [paper, orientation, size] of [
  ['a4', 'landscape', [297, 210]],
  ['letter', 'portrait', [215.9, 279.4]],
] as const) {
  test(`printing ${paper} ${orientation}: the map page, then the table; text, legend, scale, attribution and permalink`, async ({
    page,
    watch,
  }, info) => {
    await openPrint(page, '#type=airstrike', paper, orientation);
    const path = info.outputPath(`briefing-${paper}.pdf`);
    await page.pdf({ path, preferCSSPageSize: true, printBackground: true });
    const [w, h] = pdfSize(path);
    expect(Math.abs(w - size[0] * MM_TO_PT)).toBeLessThan(2);
    expect(Math.abs(h - size[1] * MM_TO_PT)).toBeLessThan(2);
    const pages = pdfPages(path);
    // Nine airstrikes: the map page and one page of table.
    expect(pages).toHaveLength(2);
    const first = pages[0]!;
    expect(first).toContain('Afghanistan–Pakistan border: incident briefing');
    expect(first).toContain('Airstrikes, Mar 2024 – Oct 2025');
    for (const entry of [
      'Airstrike',
      'Durand Line',
      'International boundary',
      'Province boundary',
      'Focus province',
      'Capital, city or town',
    ])
      expect(first).toContain(entry);
    expect(first).toMatch(/\d+ km/);
    expect(first).toContain('Natural Earth');
    expect(first).toContain('GeoNames');
    expect(first).toMatch(/Printed \d+ \w+ \d{4}, \d\d:\d\d UTC/);
    const link = printedLink(first);
    expect(link).toContain('type=airstrike');
    // Each article cited by the shown incidents, and the table with its header.
    expect(pages[1]).toContain('Claims (who claimed; reported in)');
    expect(pages[1]).toContain('Barmal district, Paktika');
    // Rows are numbered as on the map, by date: Khost (March 2024) first.
    expect(pages[1]).toMatch(/^\s*1\s+Mar 2024\s+Khost/m);
    for (const outlet of ['The News on Sunday', 'The Guardian', 'Al Jazeera'])
      expect(pages.join('\n')).toContain(outlet);
    expect(watch.errors).toEqual([]);
  });
}

test('a long table flows onto further pages with the header repeated and no row split', async ({
  page,
  watch,
}, info) => {
  await openPrint(page, '', 'a4', 'portrait');
  const path = info.outputPath('all.pdf');
  await page.pdf({ path, preferCSSPageSize: true, printBackground: true });
  const pages = pdfPages(path);
  expect(pages.length).toBeGreaterThanOrEqual(3);
  for (const p of pages.slice(1)) expect(p).toContain('Claims (who claimed; reported in)');
  // Every incident's date-and-place cell appears whole on exactly one page.
  const text = pages.join('\n');
  for (const place of ['Barmal district, Paktika', 'Central Kabul', 'North Waziristan district']) {
    expect(text.split(place).length - 1, place).toBe(1);
  }
  // Karachi lies outside the printed map: listed all the same, and marked so.
  expect(text).toContain('Manghopir, Karachi');
  expect(text).toMatch(/outside the printed area/);
  expect(watch.errors).toEqual([]);
});

test('Download PNG gives 3508 × 2480 px for A4 landscape at 300 dpi; Download PDF the map page and table at the paper size', async ({
  page,
  watch,
}, info) => {
  const dialog = await openPrint(page, '#type=airstrike', 'a4', 'landscape');
  const [png] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: /Download PNG/ }).click(),
  ]);
  const pngPath = info.outputPath('page.png');
  await png.saveAs(pngPath);
  const head = readFileSync(pngPath);
  expect(head.subarray(1, 4).toString()).toBe('PNG');
  expect([head.readUInt32BE(16), head.readUInt32BE(20)]).toEqual([3508, 2480]);
  // It says it is 300 dpi (11,811 pixels per metre), so it opens as A4.
  const phys = head.indexOf('pHYs');
  expect(phys, 'a pHYs chunk').toBeGreaterThan(0);
  expect([head.readUInt32BE(phys + 4), head.readUInt32BE(phys + 8), head[phys + 12]]).toEqual([
    11811, 11811, 1,
  ]);

  // From the same dialog, the PDF: the map page and the table at the paper size.
  const [pdf] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: 'Download PDF' }).click(),
  ]);
  const pdfPath = info.outputPath('page.pdf');
  await pdf.saveAs(pdfPath);
  const [w, h] = pdfSize(pdfPath);
  expect(Math.abs(w - 297 * MM_TO_PT)).toBeLessThan(2);
  expect(Math.abs(h - 210 * MM_TO_PT)).toBeLessThan(2);
  const pages = pdfPages(pdfPath);
  expect(pages.length).toBeGreaterThanOrEqual(2);
  expect(pages[0]).toContain('incident briefing');
  expect(pages[0]).toContain('Natural Earth');
  expect(pages[1]).toContain('Claims (who claimed; reported in)');
  expect(watch.errors).toEqual([]);
});

test('the printed permalink reopens the view', async ({ page, browser, watch }, info) => {
  await openPrint(
    page,
    '#from=2025-10-01&type=airstrike,ceasefire&sel=2025-10-15-kandahar-airstrikes',
    'a4',
    'landscape',
  );
  const path = info.outputPath('link.pdf');
  await page.pdf({ path, preferCSSPageSize: true, printBackground: true });
  const first = pdfPages(path)[0]!;
  const link = printedLink(first);
  const { context: other, page: page2, watch: watch2 } = await openPage(browser);
  await page2.goto(link);
  await mapIdle(page2);
  await expect(page2.getByTestId('count')).toHaveText((await page.getByTestId('count').textContent()) ?? '');
  await expect(page2.getByRole('article').getByRole('heading', { level: 2 })).toHaveText('Kandahar');
  await expect(page2.getByRole('checkbox', { name: /^Ceasefire or truce/ })).toBeChecked();
  expect(watch2.errors).toEqual([]);
  expect(watch2.blocked).toEqual([]);
  await other.close();
  expect(watch.errors).toEqual([]);
});

test('the browser’s own Print on the main screen gives the map, its legend and every listed incident', async ({
  page,
  watch,
}, info) => {
  await page.goto('/#type=airstrike');
  await mapIdle(page);
  await page.emulateMedia({ media: 'print' });
  const path = info.outputPath('screen.pdf');
  await page.pdf({ path, printBackground: true });
  const text = pdfPages(path).join('\n');
  expect(text).toContain('Printed from the screen');
  expect(text).toContain('Print / export');
  expect(text).toContain('Natural Earth');
  expect(text).toMatch(/LEGEND|Legend/);
  // Every one of the nine airstrikes' rows, not a cut table.
  for (const place of ['Khost', 'Central Kabul', 'Kandahar', 'Barmal district, Paktika'])
    expect(text).toContain(place);
  // The map is on the page as a picture.
  const images = execFileSync('pdfimages', ['-list', path]).toString().trim().split('\n').length - 2;
  expect(images).toBeGreaterThanOrEqual(1);
  expect(watch.errors).toEqual([]);
});

test('on a phone the briefing page fits the screen, its buttons within reach', async ({ browser }) => {
  const phone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
  const { context, page, watch } = await openPage(browser, phone);
  await page.goto('/#type=airstrike');
  await mapIdle(page);
  await page.getByRole('button', { name: /Print or export/ }).click();
  await expect(page.getByTestId('print-pages')).toBeVisible({ timeout: 45_000 });
  const dialog = page.getByRole('dialog', { name: 'Briefing page' });
  const width = await dialog.evaluate((el) => el.scrollWidth);
  expect(width).toBeLessThanOrEqual(390);
  for (const name of ['Print', 'Download PDF', 'Download PNG (300 dpi)', 'Close']) {
    const box = (await dialog.getByRole('button', { name, exact: true }).boundingBox())!;
    expect(box.x + box.width, name).toBeLessThanOrEqual(390);
  }
  expect(watch.errors).toEqual([]);
  await context.close();
});
