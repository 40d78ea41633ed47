/**
 * The atlas in Dari, Pashto and Urdu: right to left, in the reader's words, digits and calendar,
 * with map labels in the script of the language and a printed page that mirrors. Expected words
 * are read from the catalogues (messages/), the source of every word on screen.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect, mapIdle, openPage } from './fixtures.ts';

test.describe.configure({ timeout: 120_000 });

type Catalogue = Record<string, string>;
const words = (locale: string, area: string): Catalogue =>
  JSON.parse(
    readFileSync(new URL(`../messages/${locale}/${area}.json`, import.meta.url), 'utf8'),
  ) as Catalogue;

const ARABIC_SCRIPT = /[\u0600-\u06FF]/;
const EASTERN_DIGITS = /[۰-۹]/;

/** Elements whose text runs out of their own box (ellipsis cut-offs excepted). */
function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('button, th, h1, h2, h3, [role="tab"], legend, select')]
      .filter((e) => e.offsetParent !== null && e.clientWidth > 0)
      .filter((e) => getComputedStyle(e).textOverflow !== 'ellipsis')
      .filter((e) => e.scrollWidth > e.clientWidth + 2)
      .map((e) => `${e.tagName.toLowerCase()} "${e.textContent?.trim().slice(0, 40)}"`),
  );
}

/**
 * Scrolls the incident list down to its end in steps and returns, for each, how far a row still
 * drawn moved beyond the scroll itself: 0 when every row is the height the list counts for the
 * rows it does not draw, a jump whenever the drawn window moves when it is not.
 */
function listJumps(page: Page): Promise<number[]> {
  return page.evaluate(async () => {
    const viewport = document.querySelector<HTMLElement>('section.list .viewport')!;
    const frames = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    const jumps: number[] = [];
    // To the end of the list, where the window of drawn rows has moved past most of them.
    const atEnd = () => viewport.scrollTop + viewport.clientHeight >= viewport.scrollHeight - 1;
    for (let step = 0; step < 300 && !atEnd(); step++) {
      const rows = [...viewport.querySelectorAll<HTMLElement>('tbody tr[aria-rowindex]')];
      const probe = rows[Math.floor(rows.length / 2)]!;
      const index = probe.getAttribute('aria-rowindex');
      const [top, scrolled] = [probe.getBoundingClientRect().top, viewport.scrollTop];
      viewport.scrollTop += 40;
      await frames();
      const now = viewport.querySelector(`tr[aria-rowindex="${index}"]`);
      if (now)
        jumps.push(Math.round(top - now.getBoundingClientRect().top - (viewport.scrollTop - scrolled)));
    }
    return jumps;
  });
}

/** The briefing page of the current view, downloaded as a PDF: its title shaped and mirrored. */
async function checkBriefingPdf(page: Page, locale: string, path: string) {
  await page.locator('header .print-button').click();
  await expect(page.getByTestId('print-pages')).toBeVisible({ timeout: 60_000 });
  // The quicker draft map: the words and their direction are checked here, not the pixels.
  await page.getByLabel(words(locale, 'print').print_resolution!).selectOption('150');
  const title = words(locale, 'print').print_default_title!;
  const [pdf] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: words(locale, 'print').print_download_pdf! }).click(),
  ]);
  await pdf.saveAs(path);
  const text = execFileSync('pdftotext', ['-f', '1', '-l', '1', path, '-']).toString();
  // Shaped and in reading order: each word of the title comes back as written.
  for (const word of title.split(/[\s:–]+/).filter((w) => w.length > 2)) expect(text).toContain(word);
  // Mirrored: the title ends at the right margin (pdftotext's boxes, in points).
  const boxes = execFileSync('pdftotext', ['-f', '1', '-l', '1', '-bbox', path, '-']).toString();
  // -bbox lists each word's glyphs left to right, so a right-to-left word comes reversed.
  const titleWords = [...boxes.matchAll(/xMax="([\d.]+)"[^>]*>([^<]+)</g)]
    .filter(([, , word]) => title.includes([...word!].reverse().join('').replace(/^:|:$/g, '')))
    .map(([, x]) => Number(x));
  const xMax = Math.max(...titleWords);
  const pageWidth = Number(/<page width="([\d.]+)"/.exec(boxes)![1]);
  expect(xMax).toBeGreaterThan(pageWidth * 0.8);
}

for (const locale of ['fa-AF', 'ps', 'ur']) {
  test(`${locale}: the first screen, a filter, the details and the briefing PDF read right to left`, async ({
    page,
    watch,
  }, info) => {
    await page.goto(`/#lang=${locale}`);
    await mapIdle(page);
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(page.locator('html')).toHaveAttribute('lang', locale);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(words(locale, 'app').app_title!);

    // Mirrored: the filters on the right of the map, the incident list on its left.
    const box = async (selector: string) => (await page.locator(selector).first().boundingBox())!;
    const map = await box('.maplibregl-canvas');
    expect((await box('[data-skip="filters"]')).x).toBeGreaterThan(map.x + map.width - 5);
    expect((await box('[data-skip="list"]')).x + 5).toBeLessThan(map.x);
    // Taller lines (Nastaliq) make taller rows: scrolling the list still moves it evenly.
    const jumps = await listJumps(page);
    expect(jumps.length).toBeGreaterThan(30);
    expect(jumps.filter((px) => px !== 0)).toEqual([]);

    // A filter, and the count in the language's digits (Urdu writes Latin digits).
    const count = page.locator('header .count');
    const before = (await count.textContent())!;
    expect(EASTERN_DIGITS.test(before)).toBe(locale !== 'ur');
    await page.getByRole('checkbox', { name: words(locale, 'schema').schema_type_airstrike }).check();
    await expect(count).not.toHaveText(before);

    // The details say the summary stays in English, and the date is Solar Hijri in Dari and Pashto.
    await page.locator('tbody tr').first().click();
    const article = page.getByRole('article');
    await expect(article).toContainText(words(locale, 'detail').detail_original_language!);
    await expect(article.locator('[lang="en"]').first()).toBeVisible();
    // A source's outlet, headline and date are joined in the language's punctuation.
    await expect(article.locator('ul.sources')).toContainText(locale === 'ur' ? '”،' : '»،');

    // The browser's date box is Gregorian: in Dari and Pashto the Solar Hijri day stands below it.
    // 21 March 2025 is Nowruz, the first day of 1404.
    const from = page.locator('fieldset.dates input[type="date"]').first();
    await from.fill('2025-03-21');
    await from.dispatchEvent('change');
    const calendar = page.getByTestId('date-from-calendar');
    if (locale === 'ur') await expect(calendar).toHaveCount(0);
    else {
      await expect(calendar).toContainText('۱۴۰۴');
      // It describes the box, beside its name, and does not repeat the Gregorian day.
      await expect(from).toHaveAccessibleDescription((await calendar.textContent())!);
      await expect(calendar).not.toContainText('۲۰۲۵');
    }

    // The Durand Line's label is drawn, in the language's script.
    const label = await page.evaluate(() => {
      const map = window.__atlas!.map;
      return {
        field: JSON.stringify(map.getLayoutProperty('durand-labels', 'text-field')),
        drawn: map.queryRenderedFeatures({ layers: ['durand-labels'] }).length,
      };
    });
    expect(label.field).toContain(words(locale, 'map').map_durand_name!);
    expect(label.drawn).toBeGreaterThan(0);
    // In Urdu the labels are Nastaliq images the browser shaped; elsewhere MapLibre's own text.
    const nastaliq = await page.evaluate(() =>
      window.__atlas!.map.listImages().filter((id) => id.startsWith('nastaliq:')),
    );
    if (locale === 'ur')
      expect(nastaliq.join()).toContain(`nastaliq:durand|${words(locale, 'map').map_durand_name}`);
    else expect(nastaliq).toEqual([]);
    // Cluster counts are written as the header's count is (Urdu in Latin digits).
    const counts = await page.evaluate(() =>
      JSON.stringify(window.__atlas!.map.getLayoutProperty('incidents-cluster-count', 'text-field')),
    );
    expect(counts).toContain(`"locale":"${locale === 'ps' ? 'fa-AF' : locale}"`);
    const credit = page.locator('.maplibregl-ctrl-attrib');
    await expect(credit).toContainText(words(locale, 'map').map_attribution_places!);
    await expect(credit).toContainText('GeoNames');

    expect(await overflowing(page)).toEqual([]);

    // One load for both: the briefing page of the view left above (airstrikes, from Nowruz 2025).
    await checkBriefingPdf(page, locale, info.outputPath('page.pdf'));
    expect(watch.errors).toEqual([]);
  });
}

test('the header switches the language in place, the link carries it, the browser remembers it', async ({
  page,
  watch,
}) => {
  await page.goto('/#type=airstrike');
  await mapIdle(page);
  await page.getByRole('combobox', { name: 'Language' }).selectOption('fa-AF');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page).toHaveURL(/lang=fa-AF/);
  await expect(page).toHaveURL(/type=airstrike/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(words('fa-AF', 'app').app_title!);
  await expect
    .poll(() =>
      page.evaluate(() =>
        JSON.stringify(window.__atlas!.map.getLayoutProperty('durand-labels', 'text-field')),
      ),
    )
    .toContain(words('fa-AF', 'map').map_durand_name!);
  // The map's glyphs are drawn left to right on this right-to-left page, so a '(' stays one after a
  // switch back to English (glyph-direction.ts); Chrome's default would follow the page.
  expect(await page.evaluate(() => new OffscreenCanvas(1, 1).getContext('2d')!.direction)).toBe('ltr');
  // The data's credit under the map changes its words too; the sources keep their names.
  const credit = page.locator('.maplibregl-ctrl-attrib');
  await expect(credit).toContainText(words('fa-AF', 'map').map_attribution_boundaries!);
  await expect(credit).toContainText('Natural Earth');
  // Latin digits on request.
  await page.getByRole('checkbox', { name: words('fa-AF', 'header').header_latin_digits! }).check();
  await expect(page.locator('header .count')).not.toHaveText(EASTERN_DIGITS);
  // A fresh visit without lang= keeps the reader's choice.
  await page.goto('/');
  await mapIdle(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'fa-AF');
  const axe = new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21aa'])
    .exclude('.maplibregl-canvas');
  const serious = (await axe.analyze()).violations.filter(
    (v) => v.impact === 'serious' || v.impact === 'critical',
  );
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
  expect(watch.errors).toEqual([]);
});

test("a first visit follows the browser's language", async ({ browser }) => {
  const { context, page, watch } = await openPage(browser, { locale: 'ps-AF' });
  await page.goto('/');
  await mapIdle(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ps');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(words('ps', 'app').app_title!);
  expect(ARABIC_SCRIPT.test((await page.locator('header .count').textContent())!)).toBe(true);
  expect(watch.errors).toEqual([]);
  await context.close();
});
