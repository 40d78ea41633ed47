/**
 * Right-to-left pages: laid out left to right, then mirrored (model.ts, `mirrored`) so that text
 * flush with the left margin is flush with the right one and the table reads from the right,
 * while the map, the locator's geography, the QR code and the legend's symbols move as a whole,
 * never flipped. Checked by hand-worked coordinates, on a Dari document, and in a Dari PDF read
 * back with poppler's pdftotext.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { setLocale } from '../i18n/paraglide/runtime.js';
import { m } from '../i18n/messages.ts';
import type { Locale } from '../i18n/locales.ts';
import { briefing, TEST_MAP } from './test/briefing.ts';
import { buildDocument } from './document.ts';
import { lineDirection, mirrored, type Item, type Page } from './model.ts';
import type { Orientation } from './paper.ts';
import { makePdf } from './pdf.ts';
import { Faces, type FontBytes } from './pdf-fonts.ts';
import { Shaper } from './pdf-text.ts';
import { budget } from '../../../scripts/test-budget.ts';

/** A small briefing in `locale`: six incidents, the real locator. */
const content = (locale: Locale, orientation: Orientation = 'landscape') => briefing(locale, orientation);
const MAP = TEST_MAP.dataUrl;

/** A measure of the right order of size, the same in every language. */
const measure = (text: string, style: { size: number }) => text.length * style.size * 0.18;

afterEach(() => setLocale('en', { reload: false }));

const texts = (page: Page) => page.items.filter((it): it is Item & { op: 'text' } => it.op === 'text');
const textOf = (page: Page, text: string) => texts(page).find((it) => it.text === text)!;

describe('mirroring a page', () => {
  // A4 portrait: 210 mm wide.
  const W = 210;
  const style = { size: 7 };

  it('moves text to the other margin and turns its alignment', () => {
    const out = mirrored(
      [
        { op: 'text', text: 'a', x: 15, y: 30, style: { ...style, align: 'left' } },
        { op: 'text', text: 'b', x: 15, y: 34, style },
        { op: 'text', text: 'c', x: 195, y: 38, style: { ...style, align: 'right' } },
        { op: 'text', text: 'd', x: 100, y: 42, style: { ...style, align: 'center' } },
      ],
      W,
    );
    expect(out.map((it) => it.op === 'text' && [it.x, it.style.align])).toEqual([
      [195, 'right'],
      [195, 'right'],
      [15, 'left'],
      [110, 'center'],
    ]);
  });

  it('mirrors boxes, lines, circles, links and free shapes', () => {
    const box = { x: 10, y: 20, w: 50, h: 30 };
    const out = mirrored(
      [
        { op: 'rect', box, fill: '#fff' },
        { op: 'link', box, url: 'https://a.example/' },
        { op: 'clip', box },
        { op: 'unclip' },
        { op: 'line', x0: 10, y0: 5, x1: 200, y1: 5, color: '#000', width: 0.2 },
        { op: 'circle', x: 30, y: 5, r: 2 },
        { op: 'polygons', rings: [[[10, 0], [20, 0], [10, 10]]] }, // prettier-ignore
      ],
      W,
    );
    expect(out).toEqual([
      { op: 'rect', box: { ...box, x: 150 }, fill: '#fff' },
      { op: 'link', box: { ...box, x: 150 }, url: 'https://a.example/' },
      { op: 'clip', box: { ...box, x: 150 } },
      { op: 'unclip' },
      { op: 'line', x0: 200, y0: 5, x1: 10, y1: 5, color: '#000', width: 0.2 },
      { op: 'circle', x: 180, y: 5, r: 2 },
      { op: 'polygons', rings: [[[200, 0], [190, 0], [200, 10]]] }, // prettier-ignore
    ]);
  });

  it('moves a kept group as a whole to its mirrored box, its drawing unflipped', () => {
    // The box [10, 20, 50, 30] goes to x = 210 − 10 − 50 = 150: everything in it moves 140 mm.
    const box = { x: 10, y: 20, w: 50, h: 30 };
    const out = mirrored(
      [
        { op: 'keep', box },
        { op: 'image', src: 'map', box },
        { op: 'polygons', rings: [[[10, 20], [40, 20], [10, 50]]] }, // prettier-ignore
        { op: 'text', text: 'N', x: 55, y: 30, style: { ...style, align: 'center' } },
        { op: 'text', text: '3', x: 12, y: 30, style },
        { op: 'unkeep' },
        { op: 'text', text: 'after', x: 15, y: 60, style },
      ],
      W,
    );
    expect(out).toEqual([
      { op: 'keep', box: { ...box, x: 150 } },
      { op: 'image', src: 'map', box: { ...box, x: 150 } },
      { op: 'polygons', rings: [[[150, 20], [180, 20], [150, 50]]] }, // prettier-ignore
      { op: 'text', text: 'N', x: 195, y: 30, style: { ...style, align: 'center' } },
      { op: 'text', text: '3', x: 152, y: 30, style },
      { op: 'unkeep' },
      { op: 'text', text: 'after', x: 195, y: 60, style: { ...style, align: 'right' } },
    ]);
  });

  it('gives the page back when mirrored twice', () => {
    const page = buildDocument(content('en'), measure)[0]!;
    // To the micrometre, a text's alignment written out.
    const plain = (items: Item[]): unknown =>
      JSON.parse(
        JSON.stringify(items, (key, v: unknown) =>
          typeof v === 'number'
            ? Math.round(v * 1000) / 1000
            : key === 'style'
              ? { align: 'left', ...(v as object) }
              : v,
        ),
      );
    expect(plain(mirrored(mirrored(page.items, page.size.w), page.size.w))).toEqual(plain(page.items));
  });
});

describe('a Dari document', () => {
  it('leaves English pages as laid out, left to right', () => {
    const pages = buildDocument(content('en', 'portrait'), measure);
    expect(pages.every((p) => p.dir === 'ltr')).toBe(true);
    // The table's # column right-aligned at its right edge: 10 + 7 − 1.2 mm.
    expect(textOf(pages[1]!, '#')).toMatchObject({ x: 15.8, style: { align: 'right' } });
  });

  it('reads the table from the right: # first, at the right margin, then the date', () => {
    const pages = buildDocument(content('fa-AF', 'portrait'), measure);
    expect(pages.every((p) => p.dir === 'rtl')).toBe(true);
    const table = pages[1]!;
    // A4 portrait, 210 mm: the # column is 210 − 17 … 210 − 10 mm, its numbers flush with the date
    // column at 210 − 15.8 = 194.2 mm; the date's title starts at 210 − 18.2 = 191.8 mm.
    expect(textOf(table, '#').x).toBeCloseTo(194.2, 6);
    expect(textOf(table, '#').style.align).toBe('left');
    expect(textOf(table, m.print_col_date()).x).toBeCloseTo(191.8, 6);
    expect(textOf(table, m.print_col_date()).style.align).toBe('right');
    expect(textOf(table, '۱').x).toBeCloseTo(194.2, 6);
    // The columns' titles run from the right: each further left than the one before it.
    const titles = [m.print_col_date(), m.print_col_place(), m.print_col_type(), m.print_col_sources()];
    const xs = titles.map((t) => textOf(table, t).x);
    expect(xs).toEqual([...xs].sort((a, b) => b - a));
    // Heading at the right margin; running header top right; page number bottom left.
    const heading = texts(table).find((t) => t.text.startsWith('رویدادها'))!;
    expect([heading.x, heading.style.align]).toEqual([200, 'right']);
    const header = texts(table).find((t) => t.text.startsWith(m.app_title()))!;
    expect([header.x, header.style.align]).toEqual([200, 'right']);
    const number = texts(table).find((t) => t.text === m.print_page_of({ page: '۲', pages: '۲' }))!;
    expect([number.x, number.style.align]).toEqual([10, 'left']);
  });

  it('moves the map, the locator and the QR code across, never flipping them', () => {
    const en = buildDocument(content('en'), measure)[0]!;
    const fa = buildDocument(content('fa-AF'), measure)[0]!;
    const L = content('en').layout;
    const kept = (page: Page) =>
      page.items.filter((it) => it.op === 'keep').map((it) => it.op === 'keep' && it.box);
    // A4 landscape, 297 mm: the map (x 10, 211 mm wide) goes to x 76 and the side column to
    // the left margin: the locator (x 225, 62 mm) to x 10, the QR code (x 266, 21 mm) to x 10.
    expect(kept(en)).toContainEqual(L.map);
    expect(kept(fa)).toContainEqual({ ...L.map, x: 76 });
    expect(kept(fa)).toContainEqual({ ...L.inset, x: 10 });
    expect(kept(fa)).toContainEqual({ ...L.qr, x: 10 });
    const image = (page: Page) => page.items.find((it) => it.op === 'image')!;
    expect(image(fa)).toEqual({ op: 'image', src: MAP, box: { ...L.map, x: 76 } });
    // The locator's countries: the same outlines 215 mm to the left, east still to the right.
    const shapes = (page: Page) =>
      page.items
        .filter((it) => it.op === 'polygons' && it.width === 0.15)
        .map((it) => it.op === 'polygons' && it.rings);
    const moved = shapes(en).map((rings) => rings && rings.map((r) => r.map(([x, y]) => [x - 215, y])));
    expect(moved.length).toBeGreaterThan(0);
    expect(shapes(fa)).toEqual(moved);
  });
});

const require = createRequire(import.meta.url);
const fromDisk: FontBytes = async (file) => new Uint8Array(readFileSync(require.resolve(file)));
const folders: string[] = [];
afterAll(() => folders.forEach((f) => rmSync(f, { recursive: true, force: true })));
const pdftotext = (args: string[]) => execFileSync('pdftotext', args, { encoding: 'utf8' });

describe('a Dari PDF', () => {
  let path = '';
  let words: { xMin: number; yMin: number; xMax: number; yMax: number }[] = [];
  let dari = { title: '', legend: '', place: '', articles: '' };
  beforeAll(async () => {
    const page = content('fa-AF');
    dari = {
      title: page.title,
      legend: m.print_legend(),
      place: m.print_col_place(),
      articles: m.print_articles_cited(),
    };
    const folder = mkdtempSync(join(tmpdir(), 'atlas-rtl-'));
    folders.push(folder);
    path = join(folder, 'dari.pdf');
    writeFileSync(path, await makePdf(page, fromDisk));
    const mm = (pt: string) => (Number(pt) * 25.4) / 72;
    const bbox = pdftotext(['-bbox', '-f', '1', '-l', '1', path, '-']);
    words = [...bbox.matchAll(/xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)"/g)].map(
      ([, xMin, yMin, xMax, yMax]) => ({
        xMin: mm(xMin!),
        yMin: mm(yMin!),
        xMax: mm(xMax!),
        yMax: mm(yMax!),
      }),
    );
  }, budget(60_000));

  it('reads back in logical order: the title, the legend, the table and the articles', () => {
    const text = (page: number) =>
      pdftotext(['-f', String(page), '-l', String(page), path, '-']).replace(/[\u202a-\u202e]/g, '');
    const first = text(1);
    // pdftotext moves the colon in the title about (see pdf.test.ts): the title phrase by phrase.
    const phrases = dari.title.split(': ');
    expect(phrases).toEqual(['مرز افغانستان–پاکستان', 'گزارش مختصر رویدادها']);
    for (const phrase of phrases) expect(first).toContain(phrase);
    expect(first).toContain(dari.legend);
    const second = text(2);
    expect(second).toContain(dari.place);
    expect(second).toContain(dari.articles);
  });

  it('is mirrored: the title ends at the right margin, the page number starts at the left', () => {
    // The title's line is the only text starting above 15 mm (the subtitle's starts at 19.5);
    // A4 landscape's right margin is at 287 mm. The page number's line (205 mm) is below the
    // footer's (which ends at 200 mm).
    const title = words.filter((w) => w.yMin < 15);
    expect(title.length).toBeGreaterThan(1);
    expect(Math.max(...title.map((w) => w.xMax))).toBeCloseTo(287, 1);
    const bottom = words.filter((w) => w.yMax > 202);
    expect(Math.min(...bottom.map((w) => w.xMin))).toBeCloseTo(10, 1);
  });
});

describe('a line without right-to-left letters on a right-to-left page', () => {
  it('is a left-to-right paragraph, its brackets as English puts them', () => {
    expect(lineDirection('Khyber Pakhtunkhwa)', 'rtl')).toBe('ltr');
    expect(lineDirection('Kabul (town)', 'ltr')).toBe('ltr');
    expect(lineDirection('کابل (Kabul)', 'rtl')).toBe('rtl');
    expect(lineDirection('کابل', 'ltr')).toBe('ltr');
  });

  it('is drawn so in the PDF: the closing bracket stays at the right', async () => {
    const faces = new Faces(fromDisk);
    await faces.need('Khyber Pakhtunkhwa) کابل');
    const shaper = new Shaper(faces, 'rtl');
    // The characters drawn, left to right (a bracket in right-to-left text is drawn mirrored).
    const drawn = (text: string) =>
      shaper
        .runs(text, false)
        .flatMap((r) => r.glyphs.map((g) => String.fromCodePoint(...g.codePoints)))
        .join('');
    expect(drawn('Khyber Pakhtunkhwa)')).toBe('Khyber Pakhtunkhwa)');
    // A Dari line is right to left: the English in brackets at its left end, brackets as written.
    expect(drawn('کابل (Kabul)')).toMatch(/^\(Kabul\) /);
  });
});
