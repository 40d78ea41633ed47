/**
 * The printed document as data: pages of drawing items in millimetres (text runs, boxes,
 * lines, shapes, the map image, links). One layout routine records them; the screen preview
 * (SVG), the PNG (canvas) and the PDF (jsPDF) replay the same items, so the three are one page.
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
  | { op: 'link'; box: Box; url: string };

export interface Page {
  size: Size;
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
    }
  }
}
