/**
 * The printed document as data: pages of drawing items in millimetres (text runs, boxes,
 * lines, shapes, the map image, links). One layout routine records them; the screen preview
 * (SVG), the PNG (canvas) and the PDF (pdf-lib) replay the same items, so the three are one page.
 * Pages are laid out left to right; for a right-to-left language the recorded page is mirrored
 * (`mirrored`), so every target draws the same mirrored page.
 */
import type { Box, Size } from './paper.ts';
import type { Painter, TextStyle } from './painter.ts';

export type Item =
  | { op: 'text'; text: string; x: number; y: number; style: TextStyle }
  | { op: 'image'; src: string; box: Box }
  | { op: 'rect'; box: Box; fill?: string; stroke?: string; width?: number }
  | {
      op: 'line';
      x0: number;
      y0: number;
      x1: number;
      y1: number;
      color: string;
      width: number;
      dash?: number[];
    }
  | { op: 'circle'; x: number; y: number; r: number; fill?: string; stroke?: string; width?: number }
  | { op: 'polygons'; rings: [number, number][][]; fill?: string; stroke?: string; width?: number }
  | { op: 'clip'; box: Box }
  | { op: 'unclip' }
  | { op: 'link'; box: Box; url: string }
  /** What follows until `unkeep` moves as one when the page is mirrored, its own drawing unflipped. */
  | { op: 'keep'; box: Box }
  | { op: 'unkeep' };

/** A page's writing direction (its language's): right to left pages are mirrored. */
export type Direction = 'ltr' | 'rtl';

// Right-to-left letters (Hebrew, Arabic script, their presentation forms and astral blocks) and
// the controls that make text right to left.
export const RTL =
  /[\u0590-\u08ff\u200f\u202a-\u202e\u2066-\u2069\ufb1d-\ufdff\ufe70-\ufefe]|[\ud802\ud803\ud83a\ud83b]/;

/**
 * The direction a line of text is a paragraph of, in the PDF, the PNG and the page view alike:
 * the page's; but a line without a right-to-left letter (an English place name or quotation
 * in a Dari table) reads left to right, its brackets and full stop where English puts them.
 * Where it is drawn (its alignment) is the page's all the same.
 */
export function lineDirection(text: string, page: Direction): Direction {
  return page === 'rtl' && RTL.test(text) ? 'rtl' : 'ltr';
}

export interface Page {
  size: Size;
  /** The paragraphs' direction for the targets that order text themselves; left to right if none. */
  dir?: Direction;
  items: Item[];
}

/** Measures text the way the target will draw it (a canvas font, or the PDF's font). */
export type Measure = (text: string, style: TextStyle) => number;

/** A painter that records what is drawn instead of drawing it. */
export class Recorder implements Painter {
  readonly items: Item[] = [];
  constructor(private readonly measure: Measure) {}
  textWidth(text: string, style: TextStyle): number {
    return this.measure(text, style);
  }
  text(text: string, x: number, y: number, style: TextStyle): void {
    this.items.push({ op: 'text', text, x, y, style });
  }
  image(src: string, box: Box): void {
    this.items.push({ op: 'image', src, box });
  }
  rect(box: Box, fill?: string, stroke?: string, width?: number): void {
    this.items.push({ op: 'rect', box, fill, stroke, width });
  }
  line(x0: number, y0: number, x1: number, y1: number, color: string, width: number, dash?: number[]): void {
    this.items.push({ op: 'line', x0, y0, x1, y1, color, width, dash });
  }
  circle(x: number, y: number, r: number, fill?: string, stroke?: string, width?: number): void {
    this.items.push({ op: 'circle', x, y, r, fill, stroke, width });
  }
  polygons(rings: [number, number][][], fill?: string, stroke?: string, width?: number): void {
    this.items.push({ op: 'polygons', rings, fill, stroke, width });
  }
  clip(box: Box): void {
    this.items.push({ op: 'clip', box });
  }
  unclip(): void {
    this.items.push({ op: 'unclip' });
  }
  link(box: Box, url: string): void {
    this.items.push({ op: 'link', box, url });
  }
  keep(box: Box): void {
    this.items.push({ op: 'keep', box });
  }
  unkeep(): void {
    this.items.push({ op: 'unkeep' });
  }
}

/** Draws recorded items on a real painter (canvas or PDF). */
export function replay(items: readonly Item[], p: Painter): void {
  for (const it of items) {
    switch (it.op) {
      case 'text':
        p.text(it.text, it.x, it.y, it.style);
        break;
      case 'image':
        p.image(it.src, it.box);
        break;
      case 'rect':
        p.rect(it.box, it.fill, it.stroke, it.width);
        break;
      case 'line':
        p.line(it.x0, it.y0, it.x1, it.y1, it.color, it.width, it.dash);
        break;
      case 'circle':
        p.circle(it.x, it.y, it.r, it.fill, it.stroke, it.width);
        break;
      case 'polygons':
        p.polygons(it.rings, it.fill, it.stroke, it.width);
        break;
      case 'clip':
        p.clip(it.box);
        break;
      case 'unclip':
        p.unclip();
        break;
      case 'link':
        p.link?.(it.box, it.url);
        break;
      // Kept groups matter only to `mirrored`.
    }
  }
}

const FLIPPED = { left: 'right', center: 'center', right: 'left' } as const;

/**
 * The items mirrored left to right on a page `width` mm wide, for a right-to-left language: a
 * point at x goes to width − x, a box keeps its width, a text's alignment turns (left ↔ right),
 * so text flush with the left margin is flush with the right one. A kept group (a map, the
 * locator's geography, a QR code, a legend symbol) moves as a whole to its box's mirrored place
 * with its drawing unflipped: geography never flips. Mirroring twice gives the items back.
 */
export function mirrored(items: readonly Item[], width: number): Item[] {
  let depth = 0;
  let shift = 0;
  const box = (b: Box): Box => ({ ...b, x: depth ? b.x + shift : width - b.x - b.w });
  const x = (at: number) => (depth ? at + shift : width - at);
  return items.map((it): Item => {
    switch (it.op) {
      case 'keep': {
        // Nested groups move with the outermost one.
        if (depth++ === 0) shift = width - 2 * it.box.x - it.box.w;
        return { ...it, box: { ...it.box, x: it.box.x + shift } };
      }
      case 'unkeep':
        depth = Math.max(0, depth - 1);
        return it;
      case 'text':
        return depth
          ? { ...it, x: x(it.x) }
          : { ...it, x: x(it.x), style: { ...it.style, align: FLIPPED[it.style.align ?? 'left'] } };
      case 'image':
      case 'rect':
      case 'clip':
      case 'link':
        return { ...it, box: box(it.box) };
      case 'line':
        return { ...it, x0: x(it.x0), x1: x(it.x1) };
      case 'circle':
        return { ...it, x: x(it.x) };
      case 'polygons':
        return { ...it, rings: it.rings.map((r) => r.map(([px, py]): [number, number] => [x(px), py])) };
      case 'unclip':
        return it;
    }
  });
}
