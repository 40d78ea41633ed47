/**
 * The PDF as a reader gets it: made in Node with the bundled fonts, then read back with poppler's
 * pdftotext, pdffonts and pdfinfo (poppler-utils) and with pdf-lib.
 *
 * pdftotext puts right-to-left text back in reading order with a page-wide guess of direction
 * and a simple rule for punctuation: on an English page it reads each Arabic-script phrase
 * right but may move the neutral characters around it. So the English briefing is checked
 * phrase by phrase, and whole mixed lines on a right-to-left page, as the Dari, Pashto and
 * Urdu app will print them.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFString } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Incidents } from '../data/incidents.ts';
import { defaultLayers } from '../domain/layers.ts';
import { theme } from '../theme/theme.ts';
import { buildPage, type PageContent } from './content.ts';
import { makePdf } from './pdf.ts';
import { Faces, faceSpecs, type FontBytes } from './pdf-fonts.ts';
import { FONT_URLS } from './pdf-font-files.ts';
import { linkTarget, rgba } from './pdf-ops.ts';
import { PdfPainter } from './pdf-painter.ts';
import { Shaper } from './pdf-text.ts';
import { printSetOf } from './test/print-set.ts';
import { budget } from '../../../scripts/test-budget.ts';

const TITLE = 'نقشه سرحدی — Łódź';
// Without commas or colons: pdftotext moves those about in right-to-left text (its rule for
// numbers' separators), however they are drawn.
const PASHTO = 'د ډیورنډ کرښې پر اوږدو د پېښو لومړۍ ټولګه';
const URDU = 'ٹانک اور پہاڑی علاقوں میں ڈیورنڈ لائن کے واقعات';
const PERMALINK = 'https://atlas.example/#map=7/33.6/70.1&type=airstrike';
const PASHTO_URDU_LETTERS = 'ټډړږښګڼېۍےںٹڈڑ';
/** A 1 × 1 PNG: the map image, whose pixels do not matter here. */
const PIXEL =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9aw' +
  'AAAABJRU5ErkJggg==';

const require = createRequire(import.meta.url);
const fromDisk: FontBytes = async (file) => new Uint8Array(readFileSync(require.resolve(file)));
const geodata = (name: string) =>
  JSON.parse(readFileSync(new URL(`../../../geodata/${name}`, import.meta.url), 'utf8'));

function content(): PageContent {
  const extent = [
    [66, 36],
    [72, 36],
    [72, 30],
    [66, 30],
    [66, 36],
  ];
  return buildPage({
    paper: 'a4',
    orientation: 'landscape',
    title: TITLE,
    subtitle: `${PASHTO} · ${URDU}`,
    map: {
      dataUrl: PIXEL,
      widthPx: 1,
      heightPx: 1,
      extent,
      center: [69, 33],
      zoom: 6,
      bearing: 0,
      pitch: 0,
      rendered: [],
    },
    set: printSetOf((geodata('incidents.geojson') as Incidents).features),
    layers: defaultLayers(),
    countries: geodata('countries.geojson').features,
    theme,
    permalink: PERMALINK,
    now: new Date(Date.UTC(2025, 9, 19, 8, 5)),
  });
}

/** Runs a poppler tool, saying so clearly where it is not installed. */
function poppler(tool: string, args: string[]): string {
  try {
    return execFileSync(tool, args, { encoding: 'utf8' });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT')
      throw new Error(
        `${tool} is not installed: these tests need poppler-utils (apt-get install poppler-utils)`,
        { cause: e },
      );
    throw e;
  }
}

/** pdftotext's text of one page, without the direction marks it puts around right-to-left lines. */
const pageText = (path: string, page: number) =>
  poppler('pdftotext', ['-f', String(page), '-l', String(page), path, '-']).replace(/[\u202a-\u202e]/g, '');

const folders: string[] = [];
afterAll(() => folders.forEach((f) => rmSync(f, { recursive: true, force: true })));

/** The PDF written to a file of its own, for the poppler tools. */
const saved = (bytes: Uint8Array) => {
  const folder = mkdtempSync(join(tmpdir(), 'atlas-pdf-'));
  folders.push(folder);
  writeFileSync(join(folder, 'test.pdf'), bytes);
  return join(folder, 'test.pdf');
};

describe('the PDF', () => {
  let path = '';
  let pages = 0;
  beforeAll(async () => {
    path = saved(await makePdf(content(), fromDisk));
    pages = Number(/Pages:\s+(\d+)/.exec(poppler('pdfinfo', [path]))![1]);
  }, budget(30_000));

  it('keeps Dari, Pashto, Urdu and Latin Extended text readable, each phrase in reading order', () => {
    const first = pageText(path, 1);
    for (const phrase of TITLE.split(' — ')) expect(first).toContain(phrase);
    expect(first).toContain(PASHTO);
    expect(first).toContain(URDU);
    // Nothing printed as '?' (the table's articles may quote a question: the map page does not).
    expect(first).not.toMatch(/[?\ufffd]/);
    for (let i = 2; i <= pages; i++) {
      const [header, ...rest] = pageText(path, i).split('\n');
      expect(header).toContain('نقشه سرحدی');
      expect(header).not.toContain('?');
      expect(rest.join('\n')).not.toContain('\ufffd');
    }
  });

  it('embeds subsets of Noto Sans and Vazirmatn, with a map back to Unicode', () => {
    const rows = poppler('pdffonts', [path]).trim().split('\n').slice(2);
    const names = rows.map((r) => r.split(/\s+/)[0]!.replace(/^[A-Z]{6}\+/, '')).sort();
    // Noto Sans comes in two files a weight (Latin, Latin Extended), each its own subset.
    expect(names).toEqual([
      'NotoSans-Bold',
      'NotoSans-Bold',
      'NotoSans-Regular',
      'NotoSans-Regular',
      'Vazirmatn-Bold',
      'Vazirmatn-Regular',
    ]);
    // Columns: name, type (two words), encoding, embedded, subset, Unicode map, object.
    for (const row of rows) expect(row).toMatch(/^[A-Z]{6}\+\S+\s+CID TrueType\s+Identity-H\s+yes yes yes /);
  });

  it('makes the printed permalink a link', async () => {
    const doc = await PDFDocument.load(readFileSync(path));
    const annots = doc.getPage(0).node.lookup(PDFName.of('Annots'), PDFArray);
    const uris = annots.asArray().map((ref) => {
      const annot = doc.context.lookup(ref, PDFDict);
      expect(annot.get(PDFName.of('Subtype'))).toBe(PDFName.of('Link'));
      const action = annot.lookup(PDFName.of('A'), PDFDict);
      return action.lookup(PDFName.of('URI'), PDFString).decodeText();
    });
    expect(uris).toEqual([PERMALINK]);
  });

  it('carries the title, numbers its pages and repeats the title above each', () => {
    const info = poppler('pdfinfo', [path]);
    expect(info).toMatch(new RegExp(`^Title:\\s+${TITLE}$`, 'm'));
    expect(info).toMatch(new RegExp(`^Subject:\\s+${PASHTO} · ${URDU}$`, 'm'));
    expect(info).toMatch(/^Creator:\s+Durand Atlas$/m);
    expect(pages).toBeGreaterThanOrEqual(2);
    for (let i = 1; i <= pages; i++) expect(pageText(path, i)).toContain(`Page ${i} of ${pages}`);
    const header = pageText(path, 2).split('\n')[0]!;
    for (const phrase of ['Durand Atlas ·', ...TITLE.split(' — ')]) expect(header).toContain(phrase);
  });

  it('draws text as wide as it measured it: right-aligned page numbers end at the margin', () => {
    const html = poppler('pdftotext', ['-bbox', '-f', '1', '-l', '1', path, '-']);
    const words = [...html.matchAll(/xMax="([\d.]+)"[^>]*>([^<]*)</g)];
    const last = words.find(([, , word], i) => word === String(pages) && words[i - 1]?.[2] === 'of');
    // A4 landscape is 297 mm wide; the margin is 10 mm.
    expect(Number(last![1])).toBeCloseTo((287 * 72) / 25.4, 0);
  });
});

/** A one-page PDF of lines drawn right-aligned at x = 190 mm, 12 mm apart, by the PDF painter. */
async function linesPdf(lines: string[], direction: 'ltr' | 'rtl'): Promise<string> {
  const faces = new Faces(fromDisk);
  await faces.need(lines.join(''));
  const doc = await PDFDocument.create();
  const painter = new PdfPainter(doc, new Shaper(faces, direction), new Map());
  painter.begin({ w: 200, h: 15 + 12 * lines.length });
  lines.forEach((line, i) => painter.text(line, 190, 15 + i * 12, { size: 12, align: 'right' }));
  painter.end();
  painter.finish();
  return saved(await doc.save());
}

describe('a right-to-left page', () => {
  it('reads back line by line in reading order, mixed scripts, brackets and non-joiners too', async () => {
    const lines = [TITLE, PASHTO, URDU, 'می‌شود کتاب‌ها (الف)'];
    const text = pageText(await linesPdf(lines, 'rtl'), 1);
    expect(text.split('\n').filter((l) => l.trim())).toEqual(lines);
  });

  it('draws each line as wide as the layout measured it (kerning, joining, marks)', async () => {
    const lines = ['Tŷ WAVY AVATAR', 'مُحَمَّد نقشه', 'Łódź — ڈیورنڈ لائن ۱۴۰۴'];
    const html = poppler('pdftotext', ['-bbox', await linesPdf(lines, 'rtl'), '-']);
    const right = new Map<string, number>();
    for (const [, yMin, xMax, yMax] of html.matchAll(/yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">/g)) {
      // Lines are 12 mm (34 pt) apart; a mark's rise moves its word a little.
      const line = Math.round((Number(yMin) + Number(yMax)) / 2 / 34).toString();
      right.set(line, Math.max(right.get(line) ?? 0, Number(xMax)));
    }
    expect(right.size).toBe(lines.length);
    // Right-aligned at 190 mm: each line ends there, within 0.05 mm.
    for (const x of right.values()) expect(Math.abs((x * 25.4) / 72 - 190)).toBeLessThan(0.05);
  });
});

describe('shaping and direction', () => {
  const faces = new Faces(fromDisk);
  const shaper = new Shaper(faces);
  beforeAll(() => faces.need(`${TITLE}${PASHTO_URDU_LETTERS}`));

  it('has every Pashto and Urdu letter, in both weights', () => {
    for (const bold of [false, true])
      for (const ch of PASHTO_URDU_LETTERS) {
        const [run] = shaper.runs(ch, bold);
        expect(run!.face.file, ch).toMatch(/vazirmatn-arabic/);
        expect(run!.glyphs[0]!.id, ch).not.toBe(0);
      }
  });

  it('joins Arabic letters and puts right-to-left words right to left', () => {
    const [run] = shaper.runs('نقشه', false);
    const isolated = run!.face.font.glyphsForString('نقشه').map((g) => g.id);
    // Drawn left to right: the last letter (heh, final form) first.
    expect(run!.glyphs.map((g) => g.id)).not.toEqual([...isolated].reverse());
    expect(run!.glyphs[0]!.codePoints).toEqual(['ه'.codePointAt(0)]);
    expect(run!.glyphs.at(-1)!.codePoints).toEqual(['ن'.codePointAt(0)]);
  });

  it('orders mixed text by the bidi algorithm; digits read left to right', () => {
    const runs = shaper.runs('abc نقشه ۱۴۰۴', false);
    expect(runs.map((r) => r.texts.join(''))).toEqual(['abc', ' ', '۱۴۰۴', ' ', 'هشقن']);
  });

  it('measures kerning: "AV" is narrower than "A" and "V" apart', () => {
    const style = { size: 10 };
    expect(shaper.measure('AV', style)).toBeLessThan(shaper.measure('A', style) + shaper.measure('V', style));
  });
});

describe('painter pieces', () => {
  it('reads colours with their opacity', () => {
    expect(rgba('#ff8000')).toEqual([1, 128 / 255, 0, 1]);
    expect(rgba('#fff')).toEqual([1, 1, 1, 1]);
    expect(rgba('rgba(179, 38, 30, 0.15)')).toEqual([179 / 255, 38 / 255, 30 / 255, 0.15]);
  });
  it('links only http(s) addresses, escaped for a PDF string', () => {
    expect(linkTarget('javascript:alert(1)')).toBeUndefined();
    expect(linkTarget('not a url')).toBeUndefined();
    expect(linkTarget('https://atlas.example/#q=(a)')).toBe('https://atlas.example/#q=\\(a\\)');
  });
});

describe('font files', () => {
  it('has a bundled URL for every font the PDF may load', () => {
    for (const spec of [...faceSpecs(false), ...faceSpecs(true)])
      expect(FONT_URLS[spec.file], spec.file).toBeTruthy();
  });
});
