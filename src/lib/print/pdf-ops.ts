/**
 * The PDF painter's pieces in pdf-lib's terms: colours, which operator paints a path, link
 * targets, and the operators that draw a shaped run of glyphs.
 */
import {
  PDFHexString,
  PDFNumber,
  PDFOperator,
  PDFOperatorNames as Ops,
  setTextRise,
  type PDFContext,
} from 'pdf-lib';
import type { CidFont } from './pdf-cid-font.ts';
import type { Run } from './pdf-text.ts';

const round = (n: number) => Math.round(n * 1000) / 1000;

/** '#rgb', '#rrggbb', 'rgb(r,g,b)' or 'rgba(r,g,b,a)' as red, green, blue in 0…1 and opacity. */
export function rgba(color: string): [number, number, number, number] {
  const m = /^rgba?\((\d+),\s*(\d+),\s*(\d+)(?:,\s*([\d.]+))?\)$/.exec(color.trim());
  if (m)
    return [
      Number(m[1]) / 255,
      Number(m[2]) / 255,
      Number(m[3]) / 255,
      m[4] === undefined ? 1 : Number(m[4]),
    ];
  const hex = color.trim().replace('#', '');
  const full = hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex;
  const byte = (i: number) => parseInt(full.slice(i, i + 2), 16) / 255;
  return [byte(0), byte(2), byte(4), 1];
}

/** An http(s) URL as the link's target, escaped for a PDF string; anything else is no link. */
export function linkTarget(url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return undefined;
  return parsed.href.replace(/[\\()]/g, '\\$&');
}

/** The operator that fills (even-odd where asked) and/or strokes the current path. */
export function paintOp(fill: boolean, stroke: boolean, evenOdd: boolean): Ops {
  if (!fill) return Ops.StrokePath;
  if (stroke) return evenOdd ? Ops.FillEvenOddAndStroke : Ops.FillNonZeroAndStroke;
  return evenOdd ? Ops.FillEvenOdd : Ops.FillNonZero;
}

/**
 * A run's glyphs where shaping placed them: a TJ array moves each glyph from the font's
 * advance width to the shaped advance (kerning) and by its offset (marks); vertical offsets
 * are a text rise.
 */
export function showRun(run: Run, font: CidFont, size: number, context: PDFContext): PDFOperator[] {
  const upem = run.face.font.unitsPerEm;
  const k = 1000 / upem;
  const out: PDFOperator[] = [];
  let items: (PDFHexString | PDFNumber)[] = [];
  let rise = 0;
  const flush = () => {
    if (items.length) out.push(PDFOperator.of(Ops.ShowTextAdjusted, [context.obj(items)]));
    items = [];
  };
  run.glyphs.forEach((glyph, i) => {
    const p = run.positions[i]!;
    if (p.yOffset !== rise) {
      flush();
      rise = p.yOffset;
      out.push(setTextRise(round((rise / upem) * size)));
    }
    if (p.xOffset) items.push(PDFNumber.of(round(-p.xOffset * k)));
    items.push(PDFHexString.of(font.code(glyph.id, run.texts[i]!, glyph.advanceWidth)));
    const after = (glyph.advanceWidth - p.xAdvance + p.xOffset) * k;
    if (Math.abs(after) > 1e-6) items.push(PDFNumber.of(round(after)));
  });
  flush();
  if (rise) out.push(setTextRise(0));
  return out;
}
