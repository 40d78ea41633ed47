/**
 * "Download PNG" and "Download PDF": the pages the preview shows, drawn again in the browser.
 * PNG: the map page at 300 dpi on a canvas (A4 landscape: 3508 × 2480 px). PDF: every page
 * drawn with pdf-lib (pdf.ts, loaded only when a PDF is made).
 */
import type { PageContent } from './content.ts';
import { lineDirection, replay, type Direction, type Page } from './model.ts';
import { withDpi } from './png-dpi.ts';
import { mmToPx, PRINT_DPI, type Box } from './paper.ts';
import type { Painter, TextStyle } from './painter.ts';
import { canvasFont } from './fonts.ts';
import { m } from '../i18n/messages.ts';
import { plain } from './words.ts';

function loadImage(src: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const img = new Image();
    img.onload = () => resolve(img);
    img.onerror = () => reject(new Error(m.print_error_image_unreadable()));
    img.src = src;
  });
}

class CanvasPainter implements Painter {
  constructor(
    private readonly ctx: CanvasRenderingContext2D,
    private readonly images: Map<string, HTMLImageElement>,
    private readonly direction: Direction,
  ) {}
  private font(s: TextStyle) {
    return canvasFont(s, 1);
  }
  textWidth(text: string, s: TextStyle) {
    this.ctx.font = this.font(s);
    return this.ctx.measureText(text).width;
  }
  text(text: string, x: number, y: number, s: TextStyle) {
    this.ctx.font = this.font(s);
    this.ctx.fillStyle = s.color ?? '#1f2a36';
    this.ctx.textAlign = s.align ?? 'left';
    // A detached canvas is left to right: each text is a paragraph of its line's direction (its
    // bidi order); 'left' and 'right' alignment are the same in either.
    this.ctx.direction = lineDirection(text, this.direction);
    this.ctx.textBaseline = 'alphabetic';
    this.ctx.fillText(text, x, y);
  }
  image(src: string, b: Box) {
    const img = this.images.get(src);
    if (img) this.ctx.drawImage(img, b.x, b.y, b.w, b.h);
  }
  rect(b: Box, fill?: string, stroke?: string, width = 0.3) {
    if (fill) {
      this.ctx.fillStyle = fill;
      this.ctx.fillRect(b.x, b.y, b.w, b.h);
    }
    if (stroke) {
      this.ctx.strokeStyle = stroke;
      this.ctx.lineWidth = width;
      this.ctx.strokeRect(b.x, b.y, b.w, b.h);
    }
  }
  line(x0: number, y0: number, x1: number, y1: number, color: string, width: number, dash?: number[]) {
    this.ctx.beginPath();
    this.ctx.setLineDash(dash ?? []);
    this.ctx.moveTo(x0, y0);
    this.ctx.lineTo(x1, y1);
    this.ctx.strokeStyle = color;
    this.ctx.lineWidth = width;
    this.ctx.stroke();
    this.ctx.setLineDash([]);
  }
  circle(x: number, y: number, r: number, fill?: string, stroke?: string, width = 0.3) {
    this.ctx.beginPath();
    this.ctx.arc(x, y, r, 0, Math.PI * 2);
    if (fill) {
      this.ctx.fillStyle = fill;
      this.ctx.fill();
    }
    if (stroke) {
      this.ctx.strokeStyle = stroke;
      this.ctx.lineWidth = width;
      this.ctx.stroke();
    }
  }
  polygons(rings: [number, number][][], fill?: string, stroke?: string, width = 0.3) {
    this.ctx.beginPath();
    for (const ring of rings)
      ring.forEach(([x, y], i) => (i ? this.ctx.lineTo(x, y) : this.ctx.moveTo(x, y)));
    this.ctx.closePath();
    if (fill) {
      this.ctx.fillStyle = fill;
      this.ctx.fill('evenodd');
    }
    if (stroke) {
      this.ctx.strokeStyle = stroke;
      this.ctx.lineWidth = width;
      this.ctx.lineJoin = 'round';
      this.ctx.stroke();
    }
  }
  clip(b: Box) {
    this.ctx.save();
    this.ctx.beginPath();
    this.ctx.rect(b.x, b.y, b.w, b.h);
    this.ctx.clip();
  }
  unclip() {
    this.ctx.restore();
  }
}

/** The map page as a PNG at `dpi` (300: A4 landscape is 3508 × 2480 px) for the chosen paper. */
export async function exportPng(page: Page, dpi: number = PRINT_DPI): Promise<Blob> {
  const w = mmToPx(page.size.w, dpi),
    h = mmToPx(page.size.h, dpi);
  const canvas = document.createElement('canvas');
  canvas.width = w;
  canvas.height = h;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error(m.print_error_no_canvas());
  // Millimetres in, pixels out.
  ctx.scale(w / page.size.w, h / page.size.h);
  await document.fonts.ready;
  const sources = page.items.flatMap((it) => (it.op === 'image' ? [it.src] : []));
  const images = new Map(await Promise.all(sources.map(async (src) => [src, await loadImage(src)] as const)));
  replay(page.items, new CanvasPainter(ctx, images, page.dir ?? 'ltr'));
  const blob = await new Promise<Blob>((resolve, reject) =>
    canvas.toBlob(
      (b) => (b ? resolve(b) : reject(new Error(m.print_error_png_encode({ w: plain(w), h: plain(h) })))),
      'image/png',
    ),
  );
  const bytes = withDpi(new Uint8Array(await blob.arrayBuffer()), dpi);
  return new Blob([bytes as BlobPart], { type: 'image/png' });
}

/**
 * Every page as a PDF (pdf.ts): pdf-lib, the shaping code and the fonts are loaded only now.
 * `direction` is the page's writing direction (right to left for a Dari, Pashto or Urdu app).
 */
export async function exportPdf(content: PageContent, direction: Direction = content.dir): Promise<Blob> {
  const [{ makePdf }, { fetchFontBytes }] = await Promise.all([
    import('./pdf.ts'),
    import('./pdf-font-files.ts'),
  ]);
  // pdf-lib's bytes lie in a plain ArrayBuffer; its types only say ArrayBufferLike.
  const bytes = (await makePdf(content, fetchFontBytes, direction)) as Uint8Array<ArrayBuffer>;
  return new Blob([bytes], { type: 'application/pdf' });
}
