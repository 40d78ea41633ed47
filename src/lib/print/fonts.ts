/**
 * The printed pages' fonts: the bundled Atlas Sans (Noto Sans) for the preview, the browser's
 * print and the PNG, and how text is measured for them (a canvas, in millimetres).
 */
import type { Measure } from './model.ts';
import { PT, type TextStyle } from './painter.ts';
import { m } from '../i18n/messages.ts';

export function fontFamily(s: Pick<TextStyle, 'bold'>): string {
  return s.bold ? "'Atlas Sans Bold', sans-serif" : "'Atlas Sans', sans-serif";
}

/** A canvas font whose pixels are `pxPerMm` to the millimetre (1 on a canvas scaled to mm). */
export function canvasFont(s: TextStyle, pxPerMm: number): string {
  return `${s.bold ? 700 : 400} ${s.size * PT * pxPerMm}px ${fontFamily(s)}`;
}

/** Measures text in mm as the preview and the PNG draw it. */
export function canvasMeasure(): Measure {
  const ctx = document.createElement('canvas').getContext('2d');
  if (!ctx) throw new Error(m.print_error_no_measure());
  // Measured 10× larger and scaled down: canvas widths are rounded at small sizes.
  return (text, style) => {
    ctx.font = canvasFont(style, 10);
    return ctx.measureText(text).width / 10;
  };
}
