/**
 * The painter on PDF pages (pdf-lib): millimetres with y down, as in the page model, through one
 * transformation per page; text as shaped glyph runs (pdf-text.ts) in the embedded fonts;
 * colours with their opacity; links as URI annotations.
 */
import {
  LineJoinStyle,
  PDFName,
  PDFOperator,
  PDFString,
  appendBezierCurve,
  beginText,
  clip,
  closePath,
  concatTransformationMatrix,
  drawObject,
  endPath,
  endText,
  lineTo,
  moveTo,
  popGraphicsState,
  pushGraphicsState,
  rectangle,
  setDashPattern,
  setFillingRgbColor,
  setFontAndSize,
  setGraphicsState,
  setLineJoin,
  setLineWidth,
  setStrokingRgbColor,
  setTextMatrix,
  type PDFDocument,
  type PDFImage,
  type PDFPage,
} from 'pdf-lib';
import type { Box, Size } from './paper.ts';
import { PT, type Painter, type TextStyle } from './painter.ts';
import { CidFont } from './pdf-cid-font.ts';
import type { Face } from './pdf-fonts.ts';
import { actualText, linkTarget, paintOp, rgba, showRun } from './pdf-ops.ts';
import type { Shaper } from './pdf-text.ts';

/** Points per millimetre. */
const K = 1 / PT;
/** How far a circle's Bézier control points lie along the tangent, per radius. */
const KAPPA = 0.5522847498;

const round = (n: number) => Math.round(n * 1000) / 1000;

export class PdfPainter implements Painter {
  private page: PDFPage | undefined;
  /** The document's fonts, one per face drawn with, written by `finish`. */
  private readonly cidFonts = new Map<Face, CidFont>();
  private fonts = new Map<Face, PDFName>();
  private states = new Map<string, PDFName>();
  private xobjects = new Map<PDFImage, PDFName>();

  constructor(
    private readonly doc: PDFDocument,
    private readonly shaper: Shaper,
    private readonly images: Map<string, PDFImage>,
  ) {}

  /** Opens a page; what is painted until `end` goes on it. */
  begin(size: Size): void {
    this.page = this.doc.addPage([size.w * K, size.h * K]);
    this.fonts = new Map();
    this.states = new Map();
    this.xobjects = new Map();
    this.ops(pushGraphicsState(), concatTransformationMatrix(K, 0, 0, -K, 0, size.h * K));
  }

  end(): void {
    this.ops(popGraphicsState());
  }

  /** Writes the fonts, once every page is drawn. */
  finish(): void {
    for (const font of this.cidFonts.values()) font.write();
  }

  private get current(): PDFPage {
    if (!this.page) throw new Error('painted on a PDF before a page was begun');
    return this.page;
  }

  private ops(...ops: PDFOperator[]): void {
    this.current.pushOperators(...ops);
  }

  /** The graphics state that sets fill and stroke opacity, when either is below 1. */
  private opacity(fill: number, stroke: number): PDFOperator[] {
    if (fill >= 1 && stroke >= 1) return [];
    const key = `${fill}/${stroke}`;
    let name = this.states.get(key);
    if (!name) {
      const state = this.doc.context.obj({ Type: 'ExtGState', ca: fill, CA: stroke });
      name = this.current.node.newExtGState('GS', state);
      this.states.set(key, name);
    }
    return [setGraphicsState(name)];
  }

  private cidFont(face: Face): CidFont {
    let font = this.cidFonts.get(face);
    if (!font) {
      // A subset's name starts with a tag of six capitals and "+" (ISO 32000-1, 9.6.4).
      const tag = `ATLAS${String.fromCharCode(65 + (this.cidFonts.size % 26))}`;
      font = new CidFont(this.doc, face.font, `${tag}+${face.font.postscriptName ?? 'Font'}`);
      this.cidFonts.set(face, font);
    }
    return font;
  }

  private font(face: Face): PDFName {
    let name = this.fonts.get(face);
    if (!name) {
      name = this.current.node.newFontDictionary('F', this.cidFont(face).ref);
      this.fonts.set(face, name);
    }
    return name;
  }

  textWidth(text: string, s: TextStyle): number {
    return this.shaper.measure(text, s);
  }

  text(text: string, x: number, y: number, s: TextStyle): void {
    const runs = this.shaper.runs(text, !!s.bold);
    const size = s.size * PT;
    const width = runs.reduce((w, r) => w + r.advance, 0) * size;
    let pen = s.align === 'center' ? x - width / 2 : s.align === 'right' ? x - width : x;
    const [r, g, b, a] = rgba(s.color ?? '#1f2a36');
    this.ops(pushGraphicsState(), ...this.opacity(a, 1), beginText(), setFillingRgbColor(r, g, b));
    for (const run of runs) {
      // The text matrix turns y up again inside the page's y-down millimetres.
      this.ops(setFontAndSize(this.font(run.face), size), setTextMatrix(1, 0, 0, -1, pen, y));
      // A Nastaliq word is marked as one, so that it reads back whole (pdf-ops.ts, `actualText`).
      const marked = !!run.face.nastaliq;
      const shown = showRun(run, this.cidFont(run.face), size, this.doc.context, marked);
      this.ops(...(marked ? actualText(run, shown) : shown));
      pen += run.advance * size;
    }
    this.ops(endText(), popGraphicsState());
  }

  /** Fills (even-odd where asked) and/or strokes a path. */
  private paint(path: PDFOperator[], fill?: string, stroke?: string, width = 0.3, evenOdd = false) {
    if (!fill && !stroke) return;
    const f = fill ? rgba(fill) : undefined;
    const s = stroke ? rgba(stroke) : undefined;
    const ops = [pushGraphicsState(), ...this.opacity(f?.[3] ?? 1, s?.[3] ?? 1)];
    if (f) ops.push(setFillingRgbColor(f[0], f[1], f[2]));
    if (s) ops.push(setStrokingRgbColor(s[0], s[1], s[2]), setLineWidth(width));
    this.ops(...ops, ...path, PDFOperator.of(paintOp(!!f, !!s, evenOdd)), popGraphicsState());
  }

  image(src: string, b: Box): void {
    const img = this.images.get(src);
    if (!img) return;
    let name = this.xobjects.get(img);
    if (!name) {
      name = this.current.node.newXObject('Image', img.ref);
      this.xobjects.set(img, name);
    }
    // The image's unit square, its first row at the box's top.
    this.ops(pushGraphicsState(), concatTransformationMatrix(b.w, 0, 0, -b.h, b.x, b.y + b.h));
    this.ops(drawObject(name), popGraphicsState());
  }

  rect(b: Box, fill?: string, stroke?: string, width = 0.3): void {
    this.paint([rectangle(b.x, b.y, b.w, b.h)], fill, stroke, width);
  }

  line(x0: number, y0: number, x1: number, y1: number, color: string, width: number, dash?: number[]): void {
    this.paint([setDashPattern(dash ?? [], 0), moveTo(x0, y0), lineTo(x1, y1)], undefined, color, width);
  }

  circle(x: number, y: number, r: number, fill?: string, stroke?: string, width = 0.3): void {
    const c = r * KAPPA;
    const path = [
      moveTo(x + r, y),
      appendBezierCurve(x + r, y + c, x + c, y + r, x, y + r),
      appendBezierCurve(x - c, y + r, x - r, y + c, x - r, y),
      appendBezierCurve(x - r, y - c, x - c, y - r, x, y - r),
      appendBezierCurve(x + c, y - r, x + r, y - c, x + r, y),
      closePath(),
    ];
    this.paint(path, fill, stroke, width);
  }

  polygons(rings: [number, number][][], fill?: string, stroke?: string, width = 0.3): void {
    const path = rings.flatMap((ring) => [
      ...ring.map(([x, y], i) => (i ? lineTo(x, y) : moveTo(x, y))),
      closePath(),
    ]);
    this.paint([setLineJoin(LineJoinStyle.Round), ...path], fill, stroke, width, true);
  }

  clip(b: Box): void {
    this.ops(pushGraphicsState(), rectangle(b.x, b.y, b.w, b.h), clip(), endPath());
  }

  unclip(): void {
    this.ops(popGraphicsState());
  }

  link(b: Box, url: string): void {
    const target = linkTarget(url);
    if (!target) return;
    const h = this.current.getHeight();
    // Annotations are placed in points from the page's bottom left, whatever the drawing's transform.
    const rect = [b.x * K, h - (b.y + b.h) * K, (b.x + b.w) * K, h - b.y * K].map(round);
    const action = { Type: 'Action', S: 'URI', URI: PDFString.of(target) };
    const annot = this.doc.context.obj({
      Type: 'Annot',
      Subtype: 'Link',
      Rect: rect,
      Border: [0, 0, 0],
      F: 4,
      A: action,
    });
    this.current.node.addAnnot(this.doc.context.register(annot));
  }
}
