/**
 * The Urdu briefing in Nastaliq: its PDF draws Arabic script with Noto Nastaliq Urdu (the face
 * the app's Urdu interface uses) where Dari and Pashto keep Vazirmatn, its lines are taller
 * (leading.ts) and the layout makes room for them, and its words read back with poppler's
 * pdftotext. Expected values are worked by hand: a line of the English table is 7 pt × 1.3 =
 * 3.2103 mm, an Urdu one 7 pt × 1.9 = 4.6919 mm; a row is its lines and 2 × 1.2 mm of padding.
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
import { briefing } from './test/briefing.ts';
import { expectBoxesInsideApart } from './test/layout-boxes.ts';
import { buildDocument } from './document.ts';
import { fontFamily } from './fonts.ts';
import { paintMapPage } from './map-page.ts';
import { Recorder, type Item, type Measure, type Page } from './model.ts';
import { mapPageLayout, PAPERS, type Orientation, type PaperId } from './paper.ts';
import { PT } from './painter.ts';
import { makePdf } from './pdf.ts';
import { Faces, faceSpecs, type FontBytes } from './pdf-fonts.ts';
import { FONT_URLS } from './pdf-font-files.ts';
import { Shaper } from './pdf-text.ts';
import { budget } from '../../../scripts/test-budget.ts';

const content = briefing;

afterEach(() => setLocale('en', { reload: false }));

const require = createRequire(import.meta.url);
const fromDisk: FontBytes = async (file) => new Uint8Array(readFileSync(require.resolve(file)));
const folders: string[] = [];
afterAll(() => folders.forEach((f) => rmSync(f, { recursive: true, force: true })));
const poppler = (tool: string, args: string[]) => execFileSync(tool, args, { encoding: 'utf8' });

/** The fonts a PDF embeds, without their subset tags, in order. */
const fontNames = (path: string) =>
  poppler('pdffonts', [path])
    .trim()
    .split('\n')
    .slice(2)
    .map((row) => row.split(/\s+/)[0]!.replace(/^[A-Z]{6}\+/, ''))
    .sort();

describe('an Urdu PDF', () => {
  const paths = { ur: '', dari: '' };
  beforeAll(async () => {
    const folder = mkdtempSync(join(tmpdir(), 'atlas-urdu-'));
    folders.push(folder);
    paths.ur = join(folder, 'urdu.pdf');
    writeFileSync(paths.ur, await makePdf(content('ur'), fromDisk));
    paths.dari = join(folder, 'dari.pdf');
    writeFileSync(paths.dari, await makePdf(content('fa-AF'), fromDisk));
  }, budget(60_000));

  it('draws its Arabic script with Noto Nastaliq Urdu, regular and bold; Latin with Noto Sans', () => {
    expect(fontNames(paths.ur)).toEqual([
      'NotoNastaliqUrdu-Bold',
      'NotoNastaliqUrdu-Regular',
      'NotoSans-Bold',
      'NotoSans-Regular',
    ]);
  });

  it('leaves a Dari PDF in Vazirmatn, with no Nastaliq', () => {
    expect(fontNames(paths.dari)).toEqual([
      'NotoSans-Bold',
      'NotoSans-Regular',
      'Vazirmatn-Bold',
      'Vazirmatn-Regular',
    ]);
  });

  it('reads back the title, the legend and the table words whole', () => {
    const text = (page: number) =>
      poppler('pdftotext', ['-f', String(page), '-l', String(page), paths.ur, '-']).replace(
        /[\u202a-\u202e]/g,
        '',
      );
    setLocale('ur', { reload: false });
    // pdftotext moves the colon about (see pdf.test.ts): the title phrase by phrase.
    const phrases = m.print_default_title().split(': ');
    expect(phrases).toEqual(['افغانستان–پاکستان سرحد', 'واقعات کی بریفنگ']);
    const first = text(1);
    for (const phrase of phrases) expect(first).toContain(phrase);
    expect(first).toContain('علامات');
    expect(first).toContain('حکومت کی تبدیلی یا تسلیم');
    expect(text(2)).toContain('مقام اور درستی');
  });
});

describe('Nastaliq shaping', () => {
  const faces = new Faces(fromDisk, 'ur');
  const shaper = new Shaper(faces, 'rtl');
  beforeAll(() => faces.need('پاکستان وزیرستان زبان اکتوبر 2025'));

  /** Each glyph as HarfBuzz's hb-shape gives it: id, x advance, x offset, y offset (up), in font units. */
  const shaped = (word: string, bold: boolean) => {
    const [run] = shaper.runs(word, bold);
    expect(run!.face.file).toMatch(/noto-nastaliq-urdu-arabic/);
    return run!.glyphs.map((g, i) => {
      const p = run!.positions[i]!;
      return [g.id, p.xAdvance, p.xOffset, p.yOffset];
    });
  };

  it('joins and cascades a word as HarfBuzz does: glyphs, advances and offsets', () => {
    expect(shaped('پاکستان', false)).toEqual([
      [15, 0, 397, -1],
      [196, 861, 0, 0],
      [193, 263, 0, 0],
      [9, 0, 187, -413],
      [326, 267, 0, 0],
      [548, 569, 0, 145],
      [934, 0, 0, 0],
      [664, 302, 0, 361],
      [223, 239, 0, 0],
      [13, 0, 73, -166],
      [934, 0, 0, 0],
      [246, 236, 0, 0],
    ]);
  });

  it('shapes a word with a mark that has no anchor on its base as HarfBuzz does (fontkit threw)', () => {
    // The dot of ز has no anchor on the reh's form in one subtable: HarfBuzz takes the next.
    expect(shaped('وزیرستان', false)).toEqual([
      [15, 0, 397, -1],
      [196, 861, 0, 0],
      [193, 263, 0, 0],
      [9, 0, 187, -413],
      [326, 267, 0, 0],
      [934, 0, 0, 0],
      [417, 638, 0, 145],
      [294, 404, 0, 0],
      [12, 0, 12, 63],
      [936, 0, 0, 0],
      [657, 269, 0, 376],
      [8, 0, 314, -275],
      [201, 406, 0, 0],
      [211, 422, 0, 0],
    ]);
    for (const word of ['وزیرستان', 'زبان']) expect(shaped(word, true).every(([id]) => id !== 0)).toBe(true);
  });

  it('spaces Urdu words with Noto Sans, as the app does; Dari keeps Vazirmatn', async () => {
    const face = (s: Shaper) => s.runs('اکتوبر 2025', false).find((r) => r.texts.join('') === ' ')!.face;
    expect(face(shaper).file).toMatch(/noto-sans-latin/);
    const dari = new Faces(fromDisk, 'fa-AF');
    await dari.need('اکتوبر 2025');
    expect(face(new Shaper(dari, 'rtl')).file).toMatch(/vazirmatn/);
  });

  it('has a bundled URL for each Urdu font file', () => {
    for (const spec of [...faceSpecs(false, 'ur'), ...faceSpecs(true, 'ur')])
      expect(FONT_URLS[spec.file], spec.file).toBeTruthy();
  });
});

describe('the preview and PNG fonts', () => {
  it('put Atlas Urdu first in Urdu only', () => {
    expect(fontFamily({}, 'ur')).toBe("'Atlas Urdu', 'Atlas Sans', sans-serif");
    expect(fontFamily({ bold: true }, 'ur')).toBe("'Atlas Urdu', 'Atlas Sans Bold', sans-serif");
    for (const lang of ['en', 'fa-AF', 'ps'] as const) {
      expect(fontFamily({}, lang)).toBe("'Atlas Sans', sans-serif");
      expect(fontFamily({ bold: true }, lang)).toBe("'Atlas Sans Bold', sans-serif");
    }
  });
});

/** Every text the same width, whatever its language: the same wrapping in Urdu and Dari. */
const even: Measure = () => 1;
/** The y of each line drawn on a page: the table's rules. */
const rules = (page: Page) => page.items.flatMap((it) => (it.op === 'line' ? [it.y0] : []));
const texts = (items: Item[]) => items.filter((it): it is Item & { op: 'text' } => it.op === 'text');

describe('the Urdu layout', () => {
  it('makes table rows taller than Dari ones for the same content', () => {
    const rows = (locale: Locale) => {
      const ys = rules(buildDocument(content(locale), even)[1]!);
      return ys.slice(1, 5).map((y, i) => y - ys[i]!);
    };
    // The first rows: two lines (place and precision), two, four (sources) and two.
    const dari = rows('fa-AF');
    const urdu = rows('ur');
    [8.8206, 8.8206, 15.2411, 8.8206].forEach((h, i) => expect(dari[i]).toBeCloseTo(h, 3));
    [11.7839, 11.7839, 21.1678, 11.7839].forEach((h, i) => expect(urdu[i]).toBeCloseTo(h, 3));
  });

  it('paginates the taller rows: more pages, no row past the bottom margin', () => {
    const dari = buildDocument(content('fa-AF', 'landscape', 41), even);
    const urdu = buildDocument(content('ur', 'landscape', 41), even);
    expect([dari.length, urdu.length]).toEqual([5, 6]);
    // A4 landscape: 210 mm high, 10 mm margins.
    for (const page of urdu.slice(1)) expect(Math.max(...rules(page))).toBeLessThanOrEqual(200);
  });

  it('gives the title, subtitle, footer and scale note 1.9/1.3 times the room; Dari keeps English', () => {
    const ur = content('ur').layout;
    expect(ur.title).toEqual({ x: 10, y: 10, w: 277, h: expect.closeTo(13.1538, 4) });
    expect(ur.subtitle.y).toBeCloseTo(23.8846, 4);
    expect(ur.subtitle.h).toBeCloseTo(8.7692, 4);
    expect(ur.map.y).toBeCloseTo(36.3077, 4);
    expect(ur.footer.h).toBeCloseTo(30.6923, 4);
    expect(ur.scale.h).toBeCloseTo(21.9231, 4);
    expect(content('fa-AF').layout).toEqual(mapPageLayout('a4', 'landscape', 1));
    expect(content('fa-AF').layout.map).toEqual({ x: 10, y: 28, w: 211, h: 148 });
  });

  for (const paper of Object.keys(PAPERS) as PaperId[])
    for (const o of ['landscape', 'portrait'] as Orientation[])
      it(`lays out ${paper} ${o} in Urdu inside the page, without overlaps`, () => {
        expectBoxesInsideApart(mapPageLayout(paper, o, 1.9 / 1.3));
      });

  it('keeps the map page’s text in its boxes, Nastaliq descenders (0.6 em) too', () => {
    const crude: Measure = (text, style) => text.length * style.size * 0.18;
    for (const o of ['landscape', 'portrait'] as Orientation[]) {
      const page = content('ur', o, 41);
      const { title, subtitle, legend, inset, footer } = page.layout;
      const r = new Recorder(crude);
      paintMapPage(r, page);
      const drawn = texts(r.items);
      const inside = (b: typeof title) => drawn.filter((t) => t.x >= b.x && t.x <= b.x + b.w && t.y > b.y);
      const below = (t: Item & { op: 'text' }) => t.y + 0.6 * t.style.size * PT;
      for (const t of inside(title).filter((t) => t.y < subtitle.y))
        expect(below(t)).toBeLessThan(subtitle.y);
      const captions = inside(subtitle).filter((t) => t.y < subtitle.y + subtitle.h);
      for (const t of captions) expect(below(t)).toBeLessThan(page.layout.map.y);
      // The legend's lines end above the inset (landscape) or the footer (portrait).
      const legendLines = inside(legend).filter((t) => t.y < legend.y + legend.h + 3);
      expect(legendLines.length).toBeGreaterThan(5);
      const floor = o === 'landscape' ? inset.y + 1 : footer.y;
      for (const t of legendLines) expect(below(t), t.text).toBeLessThan(floor);
      const notes = drawn.filter((t) => t.style.size === 6);
      expect(notes.length).toBeGreaterThan(2);
      for (const t of notes) expect(t.y).toBeLessThanOrEqual(footer.y + footer.h);
    }
  });
});
