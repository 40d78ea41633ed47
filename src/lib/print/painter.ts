/**
 * What the printed pages are drawn with: a painter knows how to draw text, images, lines and
 * shapes in millimetres (the recorder of model.ts, a canvas, a PDF). Also the shared pieces:
 * wrapping text, incident symbols and legend swatches.
 */
import type { IncidentType } from '../data/incidents.ts';
import { SHAPES, symbolStyle, TYPE_SYMBOLS, type Fill } from '../theme/symbols.ts';
import type { LegendSwatch } from '../theme/legend-entries.ts';
import type { Box } from './paper.ts';

export interface TextStyle {
  size: number; // points
  bold?: boolean;
  color?: string;
  align?: 'left' | 'center' | 'right';
}

export interface Painter {
  /** Width of a text in mm. */
  textWidth(text: string, style: TextStyle): number;
  text(text: string, x: number, y: number, style: TextStyle): void;
  image(dataUrl: string, box: Box): void;
  rect(box: Box, fill?: string, stroke?: string, lineWidth?: number): void;
  line(x0: number, y0: number, x1: number, y1: number, color: string, width: number, dash?: number[]): void;
  circle(x: number, y: number, r: number, fill?: string, stroke?: string, lineWidth?: number): void;
  /** Polygons (lists of [x, y] in mm), filled and/or stroked; even-odd fill. */
  polygons(rings: [number, number][][], fill?: string, stroke?: string, lineWidth?: number): void;
  /** A clip to a box for what follows until `unclip`. */
  clip(box: Box): void;
  unclip(): void;
  /** Makes a box a link to `url` where the target can (the PDF). */
  link?(box: Box, url: string): void;
  /** Marks what follows until `unkeep` as one group for mirroring (the recorder; see `kept`). */
  keep?(box: Box): void;
  unkeep?(): void;
}

/**
 * Draws a group that a right-to-left page moves as a whole to its box's mirrored place without
 * flipping it: a map, geography, a QR code, a symbol (model.ts, `mirrored`).
 */
export function kept(p: Painter, box: Box, draw: () => void): void {
  p.keep?.(box);
  draw();
  p.unkeep?.();
}

/** Millimetres per typographic point. */
export const PT = 25.4 / 72;

/** Split text into lines no wider than `width` mm. */
export function wrap(p: Painter, text: string, width: number, style: TextStyle): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    const next = line ? `${line} ${word}` : word;
    if (p.textWidth(next, style) <= width || !line) line = next;
    else {
      lines.push(line);
      line = word;
    }
    // A single word wider than the line (a long URL) is cut where it must be.
    while (p.textWidth(line, style) > width && line.length > 1) {
      let cut = line.length - 1;
      while (cut > 1 && p.textWidth(line.slice(0, cut), style) > width) cut--;
      lines.push(line.slice(0, cut));
      line = line.slice(cut);
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** Parse our simple SVG paths (M, L, H, V, Z, absolute) into rings; circles are drawn apart. */
export function pathRings(d: string): [number, number][][] {
  const rings: [number, number][][] = [];
  let ring: [number, number][] = [];
  let x = 0,
    y = 0;
  const tokens = d.match(/[MLHVZ]|-?\d*\.?\d+/gi) ?? [];
  let cmd = '';
  for (let i = 0; i < tokens.length;) {
    const t = tokens[i]!;
    if (/[MLHVZ]/i.test(t)) {
      cmd = t.toUpperCase();
      i++;
      if (cmd === 'Z') {
        if (ring.length) rings.push(ring);
        ring = [];
      }
      continue;
    }
    if (cmd === 'M' || cmd === 'L') {
      x = Number(tokens[i]);
      y = Number(tokens[i + 1]);
      i += 2;
      if (cmd === 'M' && ring.length) {
        rings.push(ring);
        ring = [];
      }
      ring.push([x, y]);
      if (cmd === 'M') cmd = 'L';
    } else if (cmd === 'H') {
      x = Number(t);
      i++;
      ring.push([x, y]);
    } else if (cmd === 'V') {
      y = Number(t);
      i++;
      ring.push([x, y]);
    } else i++;
  }
  if (ring.length) rings.push(ring);
  return rings;
}

/** An incident symbol centred at (cx, cy), `size` mm across, painted by the shared rule. */
export function symbol(p: Painter, type: IncidentType, fill: Fill, cx: number, cy: number, size: number) {
  const shape = TYPE_SYMBOLS[type].shape;
  const { body, edge, edgeWidth } = symbolStyle(type, fill);
  const k = size / 24;
  const at = (r: [number, number][]) =>
    r.map(([x, y]) => [cx + (x - 12) * k, cy + (y - 12) * k] as [number, number]);
  if (shape === 'circle' || shape === 'slashedCircle') {
    p.circle(cx, cy, 9 * k, body, edge, edgeWidth * k);
    // The slash is filled in the edge colour over the body.
    if (shape === 'slashedCircle') p.polygons([at(pathRings(SHAPES.slashedCircle).at(-1)!)], edge);
    return;
  }
  p.polygons(pathRings(SHAPES[shape]).map(at), body, edge, edgeWidth * k);
}

/** A legend swatch 10 mm wide whose middle is at (x + 5, y). */
export function swatch(p: Painter, sw: LegendSwatch, x: number, y: number) {
  if (sw.kind === 'symbol') symbol(p, sw.type, sw.fill, x + 5, y, 3.6);
  else if (sw.kind === 'precision') {
    // A plain rounded square: not the shape of any incident type.
    const edge = '#1f2a36';
    p.rect({ x: x + 3.5, y: y - 1.5, w: 3, h: 3 }, sw.fill === 'filled' ? edge : '#ffffff', edge, 0.5);
  } else if (sw.kind === 'line') {
    if (sw.casing) p.line(x + 0.5, y, x + 9.5, y, sw.casing, sw.width * 2.2);
    p.line(x + 0.5, y, x + 9.5, y, sw.color, sw.width, sw.dash);
  } else if (sw.kind === 'area') p.rect({ x: x + 1, y: y - 1.7, w: 8, h: 3.4 }, sw.fill, sw.stroke, 0.4);
  else if (sw.kind === 'ring') p.circle(x + 5, y, 1.5, sw.fill, sw.stroke, 0.4);
  else if (sw.kind === 'dot') {
    p.circle(x + 3.2, y + 0.5, 1, '#777777');
    p.circle(x + 6.6, y, 2, '#777777');
  } else if (sw.kind === 'number') {
    p.text('3', x + 5, y + 1.2, { size: 9, bold: true, color: '#111111', align: 'center' });
  } else {
    p.circle(x + 5, y, 2.1, '#2c3540', '#ffffff', 0.3);
    p.text('3', x + 5, y + 0.9, { size: 6, bold: true, color: '#ffffff', align: 'center' });
  }
}
