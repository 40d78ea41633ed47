/**
 * The whole briefing as pages of drawing items: the map page, then the incident table and the
 * articles, each page numbered with a running header. Built once per target measure; the
 * preview, the browser print, the PNG and the PDF all draw these pages.
 */
import type { PageContent } from './content.ts';
import { paintMapPage } from './map-page.ts';
import { Recorder, type Measure, type Page } from './model.ts';
import { PAGE_MARGIN } from './paper.ts';
import { paintTablePages } from './table-pages.ts';

const SOFT = '#4a5663';

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
  recorders.forEach((r, i) => {
    const style = { size: 6.5, color: SOFT };
    if (i > 0) r.text(`Durand Atlas · ${content.title}`, PAGE_MARGIN, PAGE_MARGIN - 4, style);
    r.text(`Page ${i + 1} of ${n}`, size.w - PAGE_MARGIN, size.h - PAGE_MARGIN + 5, {
      ...style,
      align: 'right',
    });
  });
  return recorders.map((r) => ({ size, items: r.items }));
}

/** The map page alone, as a picture of its own (the PNG): its footer mentions no table. */
export function buildMapPage(content: PageContent, measure: Measure): Page {
  const r = new Recorder(measure);
  paintMapPage(r, content, true);
  return { size: content.layout.page, items: r.items };
}
