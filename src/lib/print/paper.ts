/** Paper sizes, the page's regions in millimetres, and pixels at a given resolution. */
import { leadingOf } from './leading.ts';

export const PAPERS = {
  a4: { label: 'A4', w: 210, h: 297 },
  letter: { label: 'US Letter', w: 215.9, h: 279.4 },
} as const;
export type PaperId = keyof typeof PAPERS;
export type Orientation = 'landscape' | 'portrait';

export const PRINT_DPI = 300;
/** A draft for the screen or a quick share: a quarter of the pixels, so quicker to draw and send. */
export const DRAFT_DPI = 150;
/** The resolutions the briefing's map, PNG and PDF can be made at, the default first. */
export const OUTPUT_DPIS = [PRINT_DPI, DRAFT_DPI] as const;
export type OutputDpi = (typeof OUTPUT_DPIS)[number];
/** The preview's map: sharp on a screen, quick to draw. */
export const PREVIEW_DPI = 120;
/** CSS pixels are 1/96 inch; the print map is laid out in them and drawn at the output's dpi. */
export const CSS_DPI = 96;
export const MM_PER_INCH = 25.4;

export interface Size {
  w: number;
  h: number;
}

export function pageSize(paper: PaperId, orientation: Orientation): Size {
  const { w, h } = PAPERS[paper];
  return orientation === 'portrait' ? { w, h } : { w: h, h: w };
}

/** Whole pixels for millimetres at a resolution: A4 landscape at 300 dpi is 3508 × 2480. */
export function mmToPx(mm: number, dpi: number): number {
  return Math.round((mm / MM_PER_INCH) * dpi);
}

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface MapPageLayout {
  page: Size;
  title: Box;
  subtitle: Box;
  map: Box;
  legend: Box;
  inset: Box;
  footer: Box;
  qr: Box;
  /** The scale bar and where it holds, outside the map so it never covers a label. */
  scale: Box;
}

/** The page margin in mm: the layout's and the printer's (@page) alike. */
export const PAGE_MARGIN = 10;
const M = PAGE_MARGIN;

/** A factor of English lines from which a script's legend needs two columns and more room. */
const TALL = 1.2;

/**
 * Where everything goes on the map page. Landscape: a side column; portrait: a row under the map.
 * The text blocks (title, subtitle, footer, scale note) are `leading` times as tall as in English
 * (leading.ts; the app's language's unless told, so the map drawn for the page fits its box).
 * Taller lines (Nastaliq) would leave the legend room for half its entries, so there the legend
 * gets two columns: the landscape side column is as wide as two, with the inset and the scale
 * side by side under the legend, and the portrait row under the map grows as the lines do.
 */
export function mapPageLayout(
  paper: PaperId,
  orientation: Orientation,
  leading = leadingOf(),
): MapPageLayout {
  const page = pageSize(paper, orientation);
  const title: Box = { x: M, y: M, w: page.w - 2 * M, h: 9 * leading };
  const subtitle: Box = { x: M, y: M + 9.5 * leading, w: page.w - 2 * M, h: 6 * leading };
  const top = M + 18 * leading;
  const footerH = 21 * leading;
  const footer: Box = { x: M, y: page.h - M - footerH, w: page.w - 2 * M - 24, h: footerH };
  const qr: Box = { x: page.w - M - 21, y: page.h - M - 21, w: 21, h: 21 };
  const scaleH = 15 * leading;
  const tall = leading > TALL;
  if (orientation === 'landscape') {
    const col = tall ? 56 : 62;
    const side = tall ? 2 * col + 4 : col;
    const map: Box = { x: M, y: top, w: page.w - 2 * M - side - 4, h: footer.y - top - 3 };
    const inset: Box = { x: map.x + map.w + 4, y: map.y + map.h - 44, w: col, h: 44 };
    const scale: Box = tall
      ? { x: inset.x + col + 4, y: inset.y + 2, w: col, h: scaleH }
      : { x: inset.x, y: inset.y - scaleH - 2, w: side, h: scaleH };
    const legendEnd = tall ? inset.y - 2 : scale.y - 2;
    const legend: Box = { x: inset.x, y: map.y, w: side, h: legendEnd - map.y };
    return { page, title, subtitle, map, legend, inset, footer, qr, scale };
  }
  const below = tall ? 58 * leading : 58;
  const map: Box = { x: M, y: top, w: page.w - 2 * M, h: footer.y - top - below - 3 };
  const inset: Box = { x: page.w - M - 58, y: map.y + map.h + 3, w: 58, h: below - 3 - scaleH - 2 };
  const scale: Box = { x: inset.x, y: inset.y + inset.h + 2, w: 58, h: scaleH };
  const legend: Box = { x: M, y: map.y + map.h + 3, w: inset.x - M - 4, h: below - 3 };
  return { page, title, subtitle, map, legend, inset, footer, qr, scale };
}
