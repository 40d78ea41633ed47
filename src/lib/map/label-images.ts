/**
 * Urdu map labels in Nastaliq. MapLibre draws text from a glyph atlas, one letter at a time on
 * one baseline, which suits Naskh; a Nastaliq word slopes down to its baseline and its letters
 * change shape with their neighbours, which only a shaping engine sets. So in Urdu each label is
 * drawn whole by the browser (HarfBuzz) on a canvas, in the bundled Noto Nastaliq Urdu, and
 * placed as an image. The image's id holds the label's kind and its words, so the map asks for
 * each one it needs (the missing-image resolver) and a language switch needs no list of names.
 */
import type { ExpressionSpecification } from 'maplibre-gl';
import type { Theme } from '../theme/theme.ts';

const PREFIX = 'nastaliq:';
/** The CSS families of the bundled Noto Nastaliq Urdu, and of Noto Sans for a name in English. */
const FAMILY = 'Atlas Urdu';
const LATIN = { 400: 'Atlas Sans', 700: 'Atlas Sans Bold' } as const;
/** Nastaliq's lines are 1.9 em, as the app's Urdu text (app.css). */
const LINE = 1.9;

/** The layout and paint properties the Urdu labels set, to undo them on a switch to another language. */
export const NASTALIQ_LAYOUT = [
  'icon-image',
  'icon-anchor',
  'icon-offset',
  'icon-allow-overlap',
  'text-allow-overlap',
  'text-ignore-placement',
  'text-anchor',
  'text-variable-anchor-offset',
] as const;
export const NASTALIQ_PAINT = ['text-opacity', 'icon-opacity'] as const;

export const LABEL_KINDS = ['country', 'subject', 'kashmir', 'province', 'focus', 'durand'] as const;
export type LabelKind = (typeof LABEL_KINDS)[number];

export interface LabelStyle {
  /** px at the map's scale, as the layer's `text-size` */
  size: number;
  bold: boolean;
  colour: string;
  halo: string;
  haloWidth: number;
  /** A second line (a note under a name) at this share of the size, not bold. */
  noteScale: number;
}

/** Each kind as the Naskh label it stands for in label-layers.ts. */
export function labelStyles(t: Theme): Record<LabelKind, LabelStyle> {
  const style = (size: number, bold: boolean, colour: string, haloWidth: number, noteScale = 1) => ({
    size,
    bold,
    colour,
    halo: t.halo,
    haloWidth,
    noteScale,
  });
  return {
    country: style(12, true, t.labelSoft, 1),
    subject: style(15, true, t.label, 1),
    kashmir: style(11, false, t.deFactoLine, 1.5),
    province: style(11, false, t.labelSoft, 1.5),
    focus: style(12.5, true, t.focusLine, 2, 0.78),
    durand: style(12.5, true, t.durand, 2, 0.8),
  };
}

/** The image of a label of `kind` whose words `text` gives. */
export const labelImage = (
  kind: LabelKind,
  text: ExpressionSpecification | string,
): ExpressionSpecification => ['concat', `${PREFIX}${kind}|`, text];

export function parseLabelImage(id: string): { kind: LabelKind; text: string } | null {
  if (!id.startsWith(PREFIX)) return null;
  const bar = id.indexOf('|');
  const kind = id.slice(PREFIX.length, bar) as LabelKind;
  if (bar < 0 || !LABEL_KINDS.includes(kind)) return null;
  return { kind, text: id.slice(bar + 1) };
}

function font(style: LabelStyle, line: number): string {
  const weight = style.bold && line === 0 ? 700 : 400;
  return `${weight} ${style.size * (line ? style.noteScale : 1)}px '${FAMILY}', '${LATIN[weight]}'`;
}

/** Loads the faces a label needs; the canvas would draw it in another font before. */
export async function loadLabelFonts(text: string): Promise<void> {
  const faces = ([400, 700] as const).flatMap((w) => [`${w} 16px '${FAMILY}'`, `${w} 16px '${LATIN[w]}'`]);
  await Promise.allSettled(faces.map((face) => document.fonts.load(face, text)));
}

/** One context measures every label (made at the first). */
let measuring: CanvasRenderingContext2D | undefined;

/** The label as pixels at `ratio` device pixels per CSS pixel: its lines centred, haloed. */
export function drawLabel(style: LabelStyle, text: string, ratio: number): ImageData {
  const lines = text.split('\n');
  const measure = (measuring ??= document.createElement('canvas').getContext('2d')!);
  const widths = lines.map((line, i) => {
    measure.font = font(style, i);
    return measure.measureText(line).width;
  });
  const heights = lines.map((_, i) => style.size * (i ? style.noteScale : 1) * LINE);
  const pad = Math.ceil(style.haloWidth) + 1;
  const w = Math.ceil(Math.max(...widths) + 2 * pad);
  const h = Math.ceil(heights.reduce((a, b) => a + b, 0) + 2 * pad);
  const canvas = document.createElement('canvas');
  canvas.width = Math.ceil(w * ratio);
  canvas.height = Math.ceil(h * ratio);
  const ctx = canvas.getContext('2d', { willReadFrequently: true })!;
  ctx.scale(ratio, ratio);
  ctx.direction = 'rtl';
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  ctx.lineJoin = 'round';
  let top = pad;
  lines.forEach((line, i) => {
    ctx.font = font(style, i);
    const y = top + heights[i]! / 2;
    ctx.strokeStyle = style.halo;
    ctx.lineWidth = 2 * style.haloWidth;
    ctx.strokeText(line, w / 2, y);
    ctx.fillStyle = style.colour;
    ctx.fillText(line, w / 2, y);
    top += heights[i]!;
  });
  return ctx.getImageData(0, 0, canvas.width, canvas.height);
}
