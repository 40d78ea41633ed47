/**
 * "Download PNG" and "Download PDF": the pages the preview shows, drawn again in the browser.
 * PNG: the map page at 300 dpi on a canvas (A4 landscape: 3508 × 2480 px). PDF: every page
 * drawn with jsPDF (text stays text). jsPDF is loaded only here.
 */
import type { PageContent } from './content.ts';
import { buildDocument } from './document.ts';
import { replay, type Page } from './model.ts';
import { mmToPx, PRINT_DPI, type Box } from './paper.ts';
import type { Painter, TextStyle } from './painter.ts';
import { canvasFont } from './fonts.ts';

function loadImage(src: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const img = new Image();
    img.onload = () => resolve(img);
    img.onerror = () => reject(new Error('the map image could not be read'));
    img.src = src;
  });
}

class CanvasPainter implements Painter {
  constructor(
    private readonly ctx: CanvasRenderingContext2D,
    private readonly images: Map<string, HTMLImageElement>,
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

/** The map page as a PNG at 300 dpi for the chosen paper. */
export async function exportPng(page: Page): Promise<Blob> {
  const w = mmToPx(page.size.w, PRINT_DPI),
    h = mmToPx(page.size.h, PRINT_DPI);
  const canvas = document.createElement('canvas');
  canvas.width = w;
  canvas.height = h;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('this browser cannot draw a canvas');
  // Millimetres in, pixels out.
  ctx.scale(w / page.size.w, h / page.size.h);
  await document.fonts.ready;
  const sources = page.items.flatMap((it) => (it.op === 'image' ? [it.src] : []));
  const images = new Map(await Promise.all(sources.map(async (src) => [src, await loadImage(src)] as const)));
  replay(page.items, new CanvasPainter(ctx, images));
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (b) => (b ? resolve(b) : reject(new Error(`the browser could not encode a ${w} × ${h} px PNG`))),
      'image/png',
    ),
  );
}

type JsPdf = import('jspdf').jsPDF;

/** jsPDF's core fonts speak Windows-1252: keep what they can print, spell out what they cannot. */
function pdfText(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\n\x20-\x7e\u00a0-\u00ff\u2013\u2014\u2018\u2019\u201c\u201d\u2022\u2026\u20ac]/g, '?');
}

function rgb(color: string): [number, number, number, number] {
  const m = /^rgba?\((\d+),\s*(\d+),\s*(\d+)(?:,\s*([\d.]+))?\)$/.exec(color);
  if (m) return [Number(m[1]), Number(m[2]), Number(m[3]), m[4] === undefined ? 1 : Number(m[4])];
  const hex = color.replace('#', '');
  const full =
    hex.length === 3
      ? hex
          .split('')
          .map((c) => c + c)
          .join('')
      : hex;
  return [parseInt(full.slice(0, 2), 16), parseInt(full.slice(2, 4), 16), parseInt(full.slice(4, 6), 16), 1];
}

class PdfPainter implements Painter {
  constructor(private readonly doc: JsPdf) {}
  private paint(fill?: string, stroke?: string, width = 0.3): string | null {
    const d = this.doc as JsPdf & { GState: new (o: object) => unknown; setGState(g: unknown): void };
    let alpha = 1;
    if (fill) {
      const [r, g, b, a] = rgb(fill);
      d.setFillColor(r, g, b);
      alpha = a;
    }
    if (stroke) {
      const [r, g, b] = rgb(stroke);
      d.setDrawColor(r, g, b);
      d.setLineWidth(width);
    }
    d.setGState(new d.GState({ opacity: alpha }));
    return fill && stroke ? 'FD' : fill ? 'F' : stroke ? 'S' : null;
  }
  private reset() {
    const d = this.doc as JsPdf & { GState: new (o: object) => unknown; setGState(g: unknown): void };
    d.setGState(new d.GState({ opacity: 1 }));
  }
  private font(s: TextStyle) {
    this.doc.setFont('helvetica', s.bold ? 'bold' : 'normal');
    this.doc.setFontSize(s.size);
  }
  textWidth(text: string, s: TextStyle) {
    this.font(s);
    return this.doc.getTextWidth(pdfText(text));
  }
  text(text: string, x: number, y: number, s: TextStyle) {
    this.font(s);
    const [r, g, b] = rgb(s.color ?? '#1f2a36');
    this.doc.setTextColor(r, g, b);
    this.doc.text(pdfText(text), x, y, { align: s.align ?? 'left', baseline: 'alphabetic' });
  }
  image(src: string, b: Box) {
    this.doc.addImage(src, 'PNG', b.x, b.y, b.w, b.h, undefined, 'FAST');
  }
  rect(b: Box, fill?: string, stroke?: string, width = 0.3) {
    const style = this.paint(fill, stroke, width);
    if (style) this.doc.rect(b.x, b.y, b.w, b.h, style);
    this.reset();
  }
  line(x0: number, y0: number, x1: number, y1: number, color: string, width: number, dash?: number[]) {
    this.paint(undefined, color, width);
    this.doc.setLineDashPattern(dash ?? [], 0);
    this.doc.line(x0, y0, x1, y1);
    this.doc.setLineDashPattern([], 0);
    this.reset();
  }
  circle(x: number, y: number, r: number, fill?: string, stroke?: string, width = 0.3) {
    const style = this.paint(fill, stroke, width);
    if (style) this.doc.circle(x, y, r, style);
    this.reset();
  }
  polygons(rings: [number, number][][], fill?: string, stroke?: string, width = 0.3) {
    const style = this.paint(fill, stroke, width);
    if (!style) return;
    const d = this.doc as JsPdf & {
      moveTo(x: number, y: number): JsPdf;
      lineTo(x: number, y: number): JsPdf;
      close(): JsPdf;
      fillStrokeEvenOdd(): JsPdf;
      fillEvenOdd(): JsPdf;
      stroke(): JsPdf;
    };
    for (const ring of rings) {
      ring.forEach(([x, y], i) => (i ? d.lineTo(x, y) : d.moveTo(x, y)));
      d.close();
    }
    if (style === 'FD') d.fillStrokeEvenOdd();
    else if (style === 'F') d.fillEvenOdd();
    else d.stroke();
    this.reset();
  }
  clip(b: Box) {
    const d = this.doc as JsPdf & { saveGraphicsState(): void; clip(): JsPdf; discardPath(): JsPdf };
    d.saveGraphicsState();
    d.rect(b.x, b.y, b.w, b.h, null as never);
    d.clip();
    d.discardPath();
  }
  unclip() {
    (this.doc as JsPdf & { restoreGraphicsState(): void }).restoreGraphicsState();
  }
  link(b: Box, url: string) {
    this.doc.link(b.x, b.y, b.w, b.h, { url });
  }
}

/** Every page as a PDF: laid out with the PDF's own font measure, then drawn. */
export async function exportPdf(content: PageContent): Promise<Blob> {
  const { jsPDF } = await import('jspdf');
  const { w, h } = content.layout.page;
  const doc = new jsPDF({ unit: 'mm', format: [w, h], orientation: content.orientation, compress: true });
  doc.setProperties({ title: content.title, subject: content.subtitle, creator: 'Durand Atlas' });
  const painter = new PdfPainter(doc);
  const pages = buildDocument(content, (text, style) => painter.textWidth(text, style));
  pages.forEach((page, i) => {
    if (i > 0) doc.addPage([w, h], content.orientation);
    replay(page.items, painter);
  });
  return doc.output('blob');
}
