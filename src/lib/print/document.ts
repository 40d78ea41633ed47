/**
 * The whole briefing as pages of drawing items: the map page, then the incident table and the
 * articles, each page numbered with a running header. Built once per target measure; the
 * preview, the browser print, the PNG and the PDF all draw these pages. Laid out left to right,
 * then mirrored where the language is written right to left (Dari, Pashto, Urdu).
 */
import type { PageContent } from './content.ts';
import { paintMapPage } from './map-page.ts';
import { mirrored, Recorder, type Item, type Measure, type Page } from './model.ts';
import { PAGE_MARGIN } from './paper.ts';
import { paintTablePages } from './table-pages.ts';
import { m } from '../i18n/messages.ts';
import { plain } from './words.ts';

const SOFT = '#4a5663';

/** A page laid out left to right, mirrored for a right-to-left language. */
function laidOut(content: PageContent, items: Item[]): Page {
  const size = content.layout.page;
  return { size, dir: content.dir, items: content.dir === 'rtl' ? mirrored(items, size.w) : items };
}

export function buildDocument(content: PageContent, measure: Measure): Page[] {
  const size = content.layout.page;
  const recorders: Recorder[] = [];
  const next = () => {
    const r = new Recorder(measure);
    r.rect({ x: 0, y: 0, w: size.w, h: size.h }, '#ffffff');
    recorders.push(r);
    return r;
  };
  paintMapPage(next(), content);
  paintTablePages(next, content);
  const n = recorders.length;
  const header = m.print_running_header({ app: m.app_title(), title: content.title });
  recorders.forEach((r, i) => {
    const style = { size: 6.5, color: SOFT };
    if (i > 0) r.text(header, PAGE_MARGIN, PAGE_MARGIN - 4, style);
    const number = m.print_page_of({ page: plain(i + 1), pages: plain(n) });
    r.text(number, size.w - PAGE_MARGIN, size.h - PAGE_MARGIN + 5, { ...style, align: 'right' });
  });
  return recorders.map((r) => laidOut(content, r.items));
}

/** The map page alone, as a picture of its own (the PNG): its footer mentions no table. */
export function buildMapPage(content: PageContent, measure: Measure): Page {
  const r = new Recorder(measure);
  paintMapPage(r, content, true);
  return laidOut(content, r.items);
}
