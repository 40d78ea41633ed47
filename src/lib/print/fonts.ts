/**
 * The printed pages' fonts: the bundled Atlas Sans (Noto Sans) for the preview, the browser's
 * print and the PNG, and how text is measured for them (a canvas, in millimetres). An Urdu page
 * sets its Arabic-script letters in Atlas Urdu (Noto Nastaliq Urdu, app.css), as the app does;
 * its @font-face covers only Arabic script, so Latin text stays in Atlas Sans.
 */
import type { Measure } from './model.ts';
import { PT, type TextStyle } from './painter.ts';
import { usesNastaliq } from './leading.ts';
import type { Locale } from '../i18n/locales.ts';
import { m } from '../i18n/messages.ts';

/** The CSS font family of a text on a page in `lang` (the app's language unless told). */
export function fontFamily(s: Pick<TextStyle, 'bold'>, lang?: Locale): string {
  const sans = s.bold ? "'Atlas Sans Bold', sans-serif" : "'Atlas Sans', sans-serif";
  return usesNastaliq(lang) ? `'Atlas Urdu', ${sans}` : sans;
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
