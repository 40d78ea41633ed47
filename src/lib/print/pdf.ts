/**
 * "Download PDF" (pdf-lib): every page of the briefing, text kept as text in embedded subsets of
 * the bundled fonts, shaped and in visual order for right-to-left scripts, so that it prints,
 * copies and searches right in Dari, Pashto and Urdu as in English. The pages are laid out
 * with the PDF fonts' own measure.
 */
import { PDFDocument, type PDFImage } from 'pdf-lib';
import type { PageContent } from './content.ts';
import { buildDocument } from './document.ts';
import { replay, type Page } from './model.ts';
import { Faces, type FontBytes } from './pdf-fonts.ts';
import { PdfPainter } from './pdf-painter.ts';
import { Shaper, type Direction } from './pdf-text.ts';

export type { FontBytes } from './pdf-fonts.ts';
export type { Direction } from './pdf-text.ts';

/** Every text the pages write, for choosing fonts. */
const pageText = (pages: Page[]) =>
  pages.flatMap((p) => p.items.flatMap((it) => (it.op === 'text' ? [it.text] : []))).join('');

/** The content's words, for choosing fonts (the map image and QR matrix hold none). */
const contentText = (content: PageContent) =>
  JSON.stringify({ ...content, map: null, qr: null, inset: null });

async function embedImages(doc: PDFDocument, pages: Page[]): Promise<Map<string, PDFImage>> {
  const sources = new Set(pages.flatMap((p) => p.items.flatMap((it) => (it.op === 'image' ? [it.src] : []))));
  const images = new Map<string, PDFImage>();
  for (const src of sources)
    images.set(src, /^data:image\/jpe?g/i.test(src) ? await doc.embedJpg(src) : await doc.embedPng(src));
  return images;
}

/**
 * The PDF's bytes. `bytes` reads the font files (fetched in the browser, read from disk in tests);
 * `direction` is the page's (its language's, the content's): English pages are left to right,
 * Dari, Pashto and Urdu pages right to left and mirrored.
 */
export async function makePdf(
  content: PageContent,
  bytes: FontBytes,
  direction: Direction = content.dir,
): Promise<Uint8Array> {
  const faces = new Faces(bytes, content.lang);
  await faces.need(contentText(content));
  const shaper = new Shaper(faces, direction);
  let pages = buildDocument(content, shaper.measure);
  // Words that only the layout writes may need another font: then the layout is measured again.
  if (await faces.need(pageText(pages))) pages = buildDocument(content, shaper.measure);

  const doc = await PDFDocument.create();
  doc.setTitle(content.title, { showInWindowTitleBar: true });
  // Isolation marks (lists.ts) order the drawn line; a viewer's metadata field may show them.
  doc.setSubject(content.subtitle.replace(/[\u2066-\u2069]/g, ''));
  doc.setCreator('Durand Atlas');
  const painter = new PdfPainter(doc, shaper, await embedImages(doc, pages));
  for (const page of pages) {
    painter.begin(page.size);
    replay(page.items, painter);
    painter.end();
  }
  painter.finish();
  return doc.save();
}
