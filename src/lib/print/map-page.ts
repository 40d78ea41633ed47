/**
 * The map page's layout: title and subtitle (fitted, never cut), the map image with its north
 * arrow, the legend with the scale bar and where it holds, the locator inset, the footer (print
 * time, permalink, attribution, articles) and the QR code, drawn on any painter.
 */
import type { PageContent } from './content.ts';
import type { Box } from './paper.ts';
import { kept, pathRings, PT, swatch, wrap, type Painter, type TextStyle } from './painter.ts';
import { scaleWords } from './scale.ts';
import { theme } from '../theme/theme.ts';
import { m } from '../i18n/messages.ts';
import { plain, semicolons } from './words.ts';

const INK = '#1f2a36';
const SOFT = '#4a5663';

/** What the legend says about matching incidents the map does not draw. */
function notDrawn(page: PageContent): string {
  const parts: string[] = [];
  const { offMap, unlocated } = page;
  if (offMap) parts.push(m.print_legend_off_map({ count: offMap, shown: plain(offMap) }));
  if (unlocated) parts.push(m.print_legend_unlocated({ count: unlocated, shown: plain(unlocated) }));
  const all = semicolons(parts);
  return page.rows.length < page.total
    ? m.print_legend_csv_lists({ parts: all })
    : m.print_legend_table_lists({ parts: all });
}

/**
 * A text in its box: the largest size down to `min` on one line, else wrapped on two; its lines
 * `leading` times as tall as English ones.
 */
function fitted(p: Painter, text: string, box: Box, style: TextStyle, min: number, leading: number) {
  for (let size = style.size; size >= min; size -= 0.5) {
    if (p.textWidth(text, { ...style, size }) <= box.w) {
      p.text(text, box.x, box.y + size * PT * 1.05 * leading, { ...style, size });
      return;
    }
  }
  const lines = wrap(p, text, box.w, { ...style, size: min });
  const shown = lines.slice(0, 2);
  if (lines.length > 2) shown[1] = `${shown[1]!.replace(/\s*\S*$/, '')} …`;
  shown.forEach((line, i) =>
    p.text(line, box.x, box.y + min * PT * (1.05 + i * 1.15) * leading, { ...style, size: min }),
  );
}

function northArrow(p: Painter, page: PageContent) {
  const L = page.layout;
  const nx = L.map.x + L.map.w - 12;
  const ny = L.map.y + 3;
  p.rect({ x: nx, y: ny, w: 9, h: 11 }, 'rgba(255,255,255,0.85)');
  const rot = (-page.map.bearing * Math.PI) / 180;
  const turn = ([x, y]: number[]): [number, number] => {
    const dx = x! - 5;
    const dy = y! - 6;
    return [
      nx + 5.5 + dx * Math.cos(rot) - dy * Math.sin(rot),
      ny + 5 + dx * Math.sin(rot) + dy * Math.cos(rot),
    ];
  };
  const arrow = [[5, 0.8], [8.4, 10], [5, 8], [1.6, 10]]; // prettier-ignore
  const half = [[5, 0.8], [5, 8], [1.6, 10]]; // prettier-ignore
  p.polygons([arrow.map(turn)], INK);
  p.polygons([half.map(turn)], '#ffffff', INK, 0.2);
  p.text('N', nx + 5.5, ny + 10.8, { size: 7, bold: true, align: 'center' });
}

/** The scale bar under the legend, outside the map (it never covers a label), and its note. */
function scale(p: Painter, page: PageContent, x: number, y: number, w: number): void {
  const style: TextStyle = { size: 6.5, color: SOFT };
  const k = page.leading;
  if (!page.scale) {
    const note = m.print_tilted();
    wrap(p, note, w, style).forEach((line, i) => p.text(line, x, y + 3 * k + i * 2.8 * k, style));
    return;
  }
  const s = page.scale;
  p.rect({ x, y, w: s.mm / 2, h: 1.4 }, INK);
  p.rect({ x, y, w: s.mm, h: 1.4 }, undefined, INK, 0.3);
  p.text(plain(0), x, y + 4.2 * k, { size: 7 });
  p.text(s.label, x + s.mm, y + 4.2 * k, { size: 7, align: 'center' });
  const lines = wrap(p, scaleWords(s.note), w, style);
  lines.forEach((line, i) => p.text(line, x, y + 7.4 * k + i * 2.8 * k, style));
}

/** The legend's type sizes, largest first: a smaller one only where the larger leaves entries out. */
const LEGEND_SIZES = [7, 6.5, 6] as const;

/** The legend's entries and note as rows at one type size, with where each row's first line sits. */
function legendRows(p: Painter, page: PageContent, size: number, top: number) {
  const L = page.layout.legend;
  const k = page.leading;
  const columns = L.w > 90 ? 2 : 1;
  const colW = (L.w - (columns - 1) * 4) / columns;
  const step = 3 * k * (size / 7);
  const labels = page.legend.map((e) => wrap(p, e.label, colW - 12, { size }));
  const rows: { y: number; first: number; lines: number }[] = [];
  let y = top;
  for (let i = 0; i < labels.length; i += columns) {
    const lines = Math.max(...labels.slice(i, i + columns).map((l) => l.length));
    rows.push({ y, first: i, lines });
    // A row is at least as tall as its swatch (3.6 mm; a cluster's 4.2 may touch the next).
    y += Math.max(3.8, 4.4 * k * (size / 7), lines * step + 1.4 * k);
  }
  const note = page.unlocated || page.offMap ? wrap(p, notDrawn(page), L.w, { size, color: SOFT }) : [];
  return { columns, colW, step, labels, rows, note, noteY: y + 1 * k };
}

function legend(p: Painter, page: PageContent) {
  const L = page.layout.legend;
  const k = page.leading;
  p.text(m.print_legend(), L.x, L.y + 3 * k, { size: 8, bold: true });
  const top = L.y + 7.5 * k;
  // A row's or the note's last line may reach into the 3 mm gap below the box, keeping room for
  // its descenders (2 mm, times the leading).
  const floor = L.y + L.h + 3 - 2 * k;
  const ends = (y: number, lines: number, step: number) => y + (lines - 1) * step;
  const fits = (plan: ReturnType<typeof legendRows>) => {
    const last = plan.rows.at(-1);
    const rowsFit = !last || ends(last.y, last.lines, plan.step) <= floor;
    return rowsFit && (!plan.note.length || ends(plan.noteY, plan.note.length, plan.step) <= floor);
  };
  // The largest size at which everything fits; the smaller ones are not wrapped at all.
  const planAt = (size: number) => ({ size, ...legendRows(p, page, size, top) });
  let plan = planAt(LEGEND_SIZES[0]);
  for (const size of LEGEND_SIZES.slice(1)) {
    if (fits(plan)) break;
    plan = planAt(size);
  }
  const whole = fits(plan);
  const { size, columns, colW, step, labels } = plan;
  const soft: TextStyle = { size, color: SOFT };
  const shown = (count: number) => Math.min(page.legend.length, count * columns);
  // Where even the smallest size leaves entries out, the last lines say how many.
  const more = (rows: number) => {
    const left = page.legend.length - shown(rows);
    return left > 0 ? wrap(p, m.print_legend_more({ count: left, shown: plain(left) }), L.w, soft) : [];
  };
  let rows = plan.rows;
  if (!whole) {
    const room = (r: number) => floor - more(r).length * step - k;
    rows = rows.filter((r, i) => ends(r.y, r.lines, step) <= room(i + 1));
  }
  for (const row of rows) {
    for (let c = 0; c < columns && row.first + c < page.legend.length; c++) {
      const x = L.x + c * (colW + 4);
      const y = row.y;
      // A symbol keeps its shape on a mirrored page; only its place moves.
      kept(p, { x, y: y - 3, w: 10, h: 4 }, () => swatch(p, page.legend[row.first + c]!.swatch, x, y - 1));
      labels[row.first + c]!.forEach((line, n) => p.text(line, x + 11.5, y + n * step, { size }));
    }
  }
  const last = rows.at(-1);
  const after = whole ? plan.noteY : last ? last.y + last.lines * step + 1 * k : top;
  const tail = whole ? plan.note : more(rows.length);
  tail.forEach((line, n) => {
    if (ends(after, n + 1, step) <= floor) p.text(line, L.x, after + n * step, soft);
  });
}

function inset(p: Painter, page: PageContent) {
  const I = page.layout.inset;
  const at = (d: string) =>
    pathRings(d).map((r) => r.map(([x, y]) => [I.x + x, I.y + y] as [number, number]));
  const f = page.inset.frame;
  // Geography never flips: on a mirrored page the locator moves as a whole, its caption turns.
  kept(p, I, () => {
    // Sea only inside the data's frame; beyond it the inset is blank, never invented sea.
    p.rect(I, '#ffffff');
    p.rect({ x: I.x + f.x, y: I.y + f.y, w: f.w, h: f.h }, theme.sea);
    p.clip(I);
    for (const c of page.inset.countries)
      p.polygons(at(c.d), c.subject ? '#fbfaf7' : '#e6e1d8', '#8a8175', 0.15);
    if (page.inset.extent) p.polygons(at(page.inset.extent), 'rgba(179,38,30,0.15)', theme.durand, 0.5);
    p.unclip();
    p.rect(I, undefined, INK, 0.3);
  });
  p.text(m.print_locator(), I.x + 1.5, I.y + I.h - 1.5 * page.leading, { size: 6.5, color: SOFT });
}

function footer(p: Painter, page: PageContent, standalone: boolean) {
  const F = page.layout.footer;
  const k = page.leading;
  let fy = F.y + 2.5 * k;
  const small: TextStyle = { size: 6, color: SOFT };
  const articles = standalone ? m.print_articles() : m.print_articles_after_table();
  const paragraphs = [
    m.print_footer_printed({ printed: page.printed, link: page.permalink }),
    page.attribution,
    m.print_footer_articles({ articles, list: semicolons(page.sourcesShort) }),
  ];
  paragraphs.forEach((para, i) => {
    const top = fy;
    for (const line of wrap(p, para, F.w, small)) {
      if (fy > F.y + F.h) break;
      p.text(line, F.x, fy, small);
      fy += 6 * PT * 1.3 * k;
    }
    // The permalink is a link where the target has links (the PDF).
    if (i === 0) p.link?.({ x: F.x, y: top - 2.2 * k, w: F.w, h: fy - top }, page.permalink);
    fy += 0.6 * k;
  });
}

function qr(p: Painter, page: PageContent) {
  const Q = page.layout.qr;
  const m = Q.w / (page.qr.length + 4);
  // A mirrored code would not scan: it moves as a whole.
  kept(p, Q, () => {
    p.rect(Q, '#ffffff');
    page.qr.forEach((row, r) =>
      row.forEach((dark, c) => {
        if (dark) p.rect({ x: Q.x + (c + 2) * m, y: Q.y + (r + 2) * m, w: m + 0.01, h: m + 0.01 }, '#000000');
      }),
    );
  });
}

/** The map page. `standalone`: a page on its own (the PNG), so the footer mentions no table. */
export function paintMapPage(p: Painter, page: PageContent, standalone = false): void {
  const L = page.layout;
  p.rect({ x: 0, y: 0, w: L.page.w, h: L.page.h }, '#ffffff');
  fitted(p, page.title, L.title, { size: 16, bold: true, color: INK }, 11, page.leading);
  fitted(p, page.subtitle, L.subtitle, { size: 10, color: SOFT }, 7.5, page.leading);
  // The map and its north arrow move as one on a mirrored page, never flipped.
  kept(p, L.map, () => {
    p.image(page.map.dataUrl, L.map);
    p.rect(L.map, undefined, INK, 0.3);
    northArrow(p, page);
  });
  legend(p, page);
  scale(p, page, L.scale.x, L.scale.y + 1, L.scale.w);
  inset(p, page);
  footer(p, page, standalone);
  qr(p, page);
}
