/**
 * The PDF painter's pieces in pdf-lib's terms: colours, which operator paints a path, link
 * targets, and the operators that draw a shaped run of glyphs.
 */
import {
  PDFHexString,
  PDFName,
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
 * are a text rise. Drawn left to right; `anchored` first draws the glyph at the run's start on
 * its baseline (for extractors that place a marked span by its first glyph: `actualText`).
 */
export function showRun(
  run: Run,
  font: CidFont,
  size: number,
  context: PDFContext,
  anchored = false,
): PDFOperator[] {
  const upem = run.face.font.unitsPerEm;
  const k = 1000 / upem;
  const out: PDFOperator[] = [];
  let items: (PDFHexString | PDFNumber)[] = [];
  let rise = 0;
  const flush = () => {
    if (items.length) out.push(PDFOperator.of(Ops.ShowTextAdjusted, [context.obj(items)]));
    items = [];
  };
  // Where each glyph's advance starts, in font units; the pen is there after the glyph before.
  let x = 0;
  const pens = run.positions.map((p) => (x += p.xAdvance) - p.xAdvance);
  const first = anchored ? run.positions.findIndex((p, i) => !pens[i] && !p.xOffset && !p.yOffset) : -1;
  const all = pens.map((_, i) => i);
  const order = first > 0 ? [first, ...all.filter((i) => i !== first)] : all;
  let pen = 0;
  for (const i of order) {
    const glyph = run.glyphs[i]!;
    const p = run.positions[i]!;
    if (p.yOffset !== rise) {
      flush();
      rise = p.yOffset;
      out.push(setTextRise(round((rise / upem) * size)));
    }
    const move = pens[i]! - pen + p.xOffset;
    if (move) items.push(PDFNumber.of(round(-move * k)));
    items.push(PDFHexString.of(font.code(glyph.id, run.texts[i]!, glyph.advanceWidth)));
    const after = (glyph.advanceWidth - p.xAdvance + p.xOffset) * k;
    if (Math.abs(after) > 1e-6) items.push(PDFNumber.of(round(after)));
    pen = pens[i]! + p.xAdvance;
  }
  flush();
  if (rise) out.push(setTextRise(0));
  return out;
}

/**
 * A run's operators marked as standing for its text (a marked-content span with /ActualText), so
 * that extractors read it as one word. Nastaliq draws a word as contextual glyphs, dots apart
 * from their letters, on baselines that rise from its end to its start: read glyph by glyph, a
 * word comes out broken over lines and spaces. The text is the glyphs' own (`texts`), as drawn,
 * left to right, as extractors read a span's text and then order it as they order glyphs.
 */
export function actualText(run: Run, ops: PDFOperator[]): PDFOperator[] {
  const text = PDFHexString.fromText(run.texts.join(''));
  return [
    PDFOperator.of(Ops.BeginMarkedContentSequence, [PDFName.of('Span'), `<< /ActualText ${text} >>`]),
    ...ops,
    PDFOperator.of(Ops.EndMarkedContent),
  ];
}
