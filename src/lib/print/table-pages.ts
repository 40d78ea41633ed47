/**
 * The incident table and the list of articles, laid out on as many pages as they need: the
 * header row repeats on every page and no row is split across pages. Numbers in the first
 * column are those beside the incidents on the printed map.
 */
import type { PageContent } from './content.ts';
import { tableHeading, tableNote } from './content.ts';
import { PAGE_MARGIN } from './paper.ts';
import { PT, wrap, type Painter, type TextStyle } from './painter.ts';
import { m } from '../i18n/messages.ts';
import { plain } from './words.ts';

const INK = '#1f2a36';
const SOFT = '#4a5663';
const BODY: TextStyle = { size: 7, color: INK };
/** A line of the English table; a page's lines are its leading times this. */
const LINE = 7 * PT * 1.3;
const PAD = 1.2;

interface Column {
  title: string;
  /** Width in mm; the claims column takes what is left. */
  width: number;
  align?: 'right';
}

/** Each row's cells as paragraphs; a paragraph's second part is drawn small and grey. */
type Cell = { text: string; soft?: boolean }[];

function columns(contentWidth: number): Column[] {
  const narrow = contentWidth < 220;
  const fixed: Column[] = [
    { title: '#', width: 7, align: 'right' },
    { title: m.print_col_date(), width: narrow ? 20 : 24 },
    { title: m.print_col_place(), width: narrow ? 38 : 48 },
    { title: m.print_col_type(), width: narrow ? 22 : 28 },
    { title: m.print_col_claims(), width: 0 },
    { title: m.print_col_sources(), width: narrow ? 34 : 46 },
  ];
  const used = fixed.reduce((w, c) => w + c.width, 0);
  fixed[4]!.width = contentWidth - used;
  return fixed;
}

function cells(row: PageContent['rows'][number]): Cell[] {
  return [
    [{ text: row.n ? plain(row.n) : '–' }],
    [{ text: row.date }],
    [{ text: row.place }, { text: row.precision, soft: true }],
    [{ text: row.type }],
    row.claims.length ? row.claims.map((text) => ({ text })) : [{ text: m.print_no_figures(), soft: true }],
    row.sources.map((text) => ({ text })),
  ];
}

/** Lays out the table pages; `next()` opens a new page and returns its painter. */
export function paintTablePages(next: () => Painter, page: PageContent): void {
  const { w, h } = page.layout.page;
  const left = PAGE_MARGIN;
  const bottom = h - PAGE_MARGIN;
  const cols = columns(w - 2 * PAGE_MARGIN);
  // Lines, and the gaps around the heading and the articles, grow with the language's leading.
  const lead = page.leading;
  const lineH = LINE * lead;
  let p = next();
  let y = PAGE_MARGIN + 4 * lead;
  p.text(tableHeading(page), left, y, { size: 11, bold: true, color: INK });
  y += 4 * lead;
  const note = tableNote(page);
  if (note) {
    for (const line of wrap(p, note, w - 2 * PAGE_MARGIN, BODY)) {
      p.text(line, left, y + lineH * 0.8, { ...BODY, color: INK });
      y += lineH;
    }
    y += 2 * lead;
  }

  const header = () => {
    const height = lineH + 2 * PAD;
    p.rect({ x: left, y, w: w - 2 * PAGE_MARGIN, h: height }, '#eceae4');
    let x = left;
    for (const c of cols) {
      const at = c.align === 'right' ? x + c.width - PAD : x + PAD;
      p.text(c.title, at, y + PAD + lineH * 0.8, { ...BODY, bold: true, align: c.align ?? 'left' });
      x += c.width;
    }
    y += height;
    p.line(left, y, w - PAGE_MARGIN, y, INK, 0.4);
  };
  header();

  for (const row of page.rows) {
    const laid = cells(row).map((cell, i) =>
      cell.flatMap((para) =>
        wrap(p, para.text, cols[i]!.width - 2 * PAD, BODY).map((text) => ({ text, soft: para.soft })),
      ),
    );
    const height = Math.max(...laid.map((lines) => lines.length)) * lineH + 2 * PAD;
    if (y + height > bottom && y > PAGE_MARGIN + 12) {
      p = next();
      y = PAGE_MARGIN;
      header();
    }
    let x = left;
    laid.forEach((lines, i) => {
      const c = cols[i]!;
      lines.forEach((line, k) => {
        const style = { ...BODY, ...(line.soft ? { color: SOFT } : {}), ...(i === 0 ? { bold: true } : {}) };
        const at = c.align === 'right' ? x + c.width - PAD : x + PAD;
        p.text(line.text, at, y + PAD + lineH * (k + 0.8), { ...style, align: c.align ?? 'left' });
      });
      x += c.width;
    });
    y += height;
    p.line(left, y, w - PAGE_MARGIN, y, '#c9c4ba', 0.2);
  }

  // The articles cited, numbered, continuing over pages as needed.
  y += 6 * lead;
  if (y > bottom - 10 * lead) {
    p = next();
    y = PAGE_MARGIN + 4 * lead;
  }
  p.text(m.print_articles_cited(), left, y, { size: 9, bold: true, color: INK });
  y += 2 * lead;
  page.sources.forEach((source, i) => {
    const lines = wrap(p, source, w - 2 * PAGE_MARGIN - 6, BODY);
    if (y + lines.length * lineH > bottom) {
      p = next();
      y = PAGE_MARGIN;
    }
    lines.forEach((line, k) => {
      if (k === 0) p.text(`${plain(i + 1)}.`, left + 4, y + lineH, { ...BODY, align: 'right' });
      p.text(line, left + 6, y + lineH, BODY);
      y += lineH;
    });
    y += 0.6 * lead;
  });
}
