/**
 * Drawing the map page on something that is not the DOM: a canvas (the PNG) or a jsPDF document
 * (the PDF). One routine lays the page out from the same content the page view shows; each
 * painter only knows how to draw text, images, lines and shapes in millimetres.
 */
import type { IncidentType } from '../data/incidents.ts';
import { SHAPES, TYPE_SYMBOLS, type Fill } from '../map/symbols.ts';
import type { PageContent } from './content.ts';
import type { LegendSwatch } from '../map/legend-entries.ts';
import type { Box } from './paper.ts';
import { theme } from '../map/theme.ts';

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
}

const PT = 25.4 / 72; // mm per point

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
  let x = 0, y = 0;
  const tokens = d.match(/[MLHVZ]|-?\d*\.?\d+/gi) ?? [];
  let cmd = '';
  for (let i = 0; i < tokens.length; ) {
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

function symbol(p: Painter, type: IncidentType, fill: Fill, cx: number, cy: number, size: number) {
  const s = TYPE_SYMBOLS[type];
  const k = size / 24;
  const stroke = fill === 'filled' ? '#ffffff' : s.color;
  const body = fill === 'filled' ? s.color : '#ffffff';
  const width = (fill === 'filled' ? 1.4 : 3) * k;
  if (s.shape === 'circle' || s.shape === 'slashedCircle') {
    p.circle(cx, cy, 9 * k, body, stroke, width);
    if (s.shape === 'slashedCircle') p.polygons([pathRings(SHAPES.slashedCircle).at(-1)!.map(([x, y]) => [cx + (x - 12) * k, cy + (y - 12) * k])], fill === 'filled' ? '#ffffff' : s.color);
    return;
  }
  const rings = pathRings(SHAPES[s.shape]).map((r) => r.map(([x, y]) => [cx + (x - 12) * k, cy + (y - 12) * k] as [number, number]));
  p.polygons(rings, body, stroke, width);
}

function swatch(p: Painter, sw: LegendSwatch, x: number, y: number) {
  // A 10 × 4 mm swatch whose middle is at (x + 5, y).
  if (sw.kind === 'symbol') symbol(p, sw.type, sw.fill, x + 5, y, 3.6);
  else if (sw.kind === 'line') {
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

/** The map page, drawn the way the page view lays it out. */
export function paintMapPage(p: Painter, page: PageContent): void {
  const L = page.layout;
  p.rect({ x: 0, y: 0, w: L.page.w, h: L.page.h }, '#ffffff');
  p.text(page.title, L.title.x, L.title.y + 6, { size: 16, bold: true, color: '#1f2a36' });
  p.text(page.subtitle, L.subtitle.x, L.subtitle.y + 4, { size: 10, color: '#4a5663' });

  // Map, scale bar, north arrow.
  p.image(page.map.dataUrl, L.map);
  p.rect(L.map, undefined, '#1f2a36', 0.3);
  const sx = L.map.x + 3, sy = L.map.y + L.map.h - 3;
  const labelW = p.textWidth(page.scale.label, { size: 7 });
  p.rect({ x: sx, y: sy - 8, w: page.scale.mm + labelW + 6, h: 8 }, 'rgba(255,255,255,0.9)');
  p.rect({ x: sx + 2, y: sy - 6.5, w: page.scale.mm / 2, h: 1.4 }, '#1f2a36');
  p.rect({ x: sx + 2, y: sy - 6.5, w: page.scale.mm, h: 1.4 }, undefined, '#1f2a36', 0.3);
  p.text('0', sx + 2, sy - 1.5, { size: 7 });
  p.text(page.scale.label, sx + 2 + page.scale.mm, sy - 1.5, { size: 7 });
  const nx = L.map.x + L.map.w - 12, ny = L.map.y + 3;
  p.rect({ x: nx, y: ny, w: 9, h: 11 }, 'rgba(255,255,255,0.85)');
  const rot = (-page.map.bearing * Math.PI) / 180;
  const turn = ([x, y]: [number, number]): [number, number] => {
    const dx = x - 5, dy = y - 6;
    return [nx + 0.5 + 5 + dx * Math.cos(rot) - dy * Math.sin(rot), ny + 6 + dx * Math.sin(rot) + dy * Math.cos(rot) - 1];
  };
  p.polygons([[[5, 0.8], [8.4, 10], [5, 8], [1.6, 10]].map((q) => turn(q as [number, number]))], '#1f2a36');
  p.polygons([[[5, 0.8], [5, 8], [1.6, 10]].map((q) => turn(q as [number, number]))], '#ffffff', '#1f2a36', 0.2);
  p.text('N', nx + 5.5, ny + 10.8, { size: 7, bold: true, align: 'center' });

  // Legend: one column beside the map, two under it (as the page view).
  let y = L.legend.y + 3;
  p.text('LEGEND', L.legend.x, y, { size: 8, bold: true });
  y += 4.5;
  const columns = L.legend.w > 90 ? 2 : 1;
  const colW = (L.legend.w - (columns - 1) * 4) / columns;
  const rowsOf = page.legend.map((e) => wrap(p, e.label, colW - 12, { size: 7 }));
  for (let i = 0; i < page.legend.length; i += columns) {
    const height = Math.max(...rowsOf.slice(i, i + columns).map((lines) => Math.max(4.4, lines.length * 3 + 1.4)));
    if (y > L.legend.y + L.legend.h - 2) break;
    for (let c = 0; c < columns && i + c < page.legend.length; c++) {
      const x = L.legend.x + c * (colW + 4);
      swatch(p, page.legend[i + c]!.swatch, x, y - 1);
      rowsOf[i + c]!.forEach((line, k) => p.text(line, x + 11.5, y + k * 3, { size: 7 }));
    }
    y += height;
  }
  if (page.unlocated && y < L.legend.y + L.legend.h - 4) {
    const note = `${page.unlocated} matching incident${page.unlocated === 1 ? ' has' : 's have'} no place precise enough to draw; see the table.`;
    for (const line of wrap(p, note, L.legend.w, { size: 7, color: '#4a5663' })) {
      p.text(line, L.legend.x, y + 1, { size: 7, color: '#4a5663' });
      y += 3;
    }
  }

  // Locator inset.
  const I = L.inset;
  p.rect(I, theme.sea);
  p.clip(I);
  for (const c of page.inset.countries) p.polygons(pathRings(c.d).map((r) => r.map(([x, yy]) => [I.x + x, I.y + yy] as [number, number])), c.subject ? '#fbfaf7' : '#e6e1d8', '#8a8175', 0.15);
  if (page.inset.extent) p.polygons(pathRings(page.inset.extent).map((r) => r.map(([x, yy]) => [I.x + x, I.y + yy] as [number, number])), 'rgba(179,38,30,0.15)', theme.durand, 0.5);
  p.unclip();
  p.rect(I, undefined, '#1f2a36', 0.3);
  p.text('Locator: printed area in red', I.x + 1.5, I.y + I.h - 1.5, { size: 6.5, color: '#4a5663' });

  // Footer and QR code.
  const F = L.footer;
  let fy = F.y + 2.5;
  const small: TextStyle = { size: 6, color: '#4a5663' };
  for (const para of [`${page.printed}. Open this view: ${page.permalink}`, page.attribution, `Articles (listed in full after the table): ${page.sourcesShort.join('; ')}`]) {
    for (const line of wrap(p, para, F.w, small)) {
      if (fy > F.y + F.h) break;
      p.text(line, F.x, fy, small);
      fy += 6 * PT * 1.3;
    }
    fy += 0.6;
  }
  const Q = L.qr;
  p.rect(Q, '#ffffff');
  const n = page.qr.length + 4, m = Q.w / n;
  page.qr.forEach((row, r) => row.forEach((dark, c) => dark && p.rect({ x: Q.x + (c + 2) * m, y: Q.y + (r + 2) * m, w: m + 0.01, h: m + 0.01 }, '#000000')));
}
