/**
 * Everything one briefing page holds, computed once and drawn three ways (the page view that the
 * browser prints, the PNG and the PDF), so the three stay the same page.
 */
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { Incident } from '../data/incidents.ts';
import type { PrintMap } from './map-image.ts';
import type { LayerVisibility } from '../domain/layers.ts';
import { formatDate } from '../domain/dates.ts';
import { dataAttribution, printedAt, sourceLine } from './describe.ts';
import { citedSources } from '../domain/cited-sources.ts';
import { insetDrawing, type InsetDrawing } from './inset.ts';
import { legendEntries, type LegendEntry, type LegendInput } from '../theme/legend-entries.ts';
import { mapPageLayout, type MapPageLayout, type Orientation, type PaperId } from './paper.ts';
import { qrMatrix } from './qr.ts';
import { tableRows, type TableRow } from './rows.ts';
import { allRows, countedAmong, drawnKindsOf, printRows, type PrintSet } from './order.ts';
import { coveredAggregates } from '../domain/aggregates.ts';
import { scaleBar, scaleNote, type ScaleNote } from './scale.ts';
import { m } from '../i18n/messages.ts';
import { currentLocale } from '../i18n/current.ts';
import { LOCALE_INFO, type Locale } from '../i18n/locales.ts';
import type { Direction } from './model.ts';
import { leadingOf } from './leading.ts';
import { commas, count, semicolons } from './words.ts';

export interface PageContent {
  /** The language's writing direction: its words are in it, and a right-to-left page is mirrored. */
  dir: Direction;
  /** The page's language: its fonts (Nastaliq for Urdu) follow it. */
  lang: Locale;
  /** Its lines' height as a factor of English ones (leading.ts): the layout's line heights grow by it. */
  leading: number;
  paper: PaperId;
  orientation: Orientation;
  layout: MapPageLayout;
  title: string;
  subtitle: string;
  map: PrintMap;
  legend: LegendEntry[];
  /** The scale bar and where it holds; null on a tilted map, which has no single scale. */
  scale: { km: number; mm: number; label: string; note: ScaleNote } | null;
  inset: InsetDrawing;
  attribution: string;
  sources: string[];
  /** The same articles, short (outlet and date), for the map page's footer. */
  sourcesShort: string[];
  printed: string;
  permalink: string;
  qr: boolean[][];
  /** Rows in table order; `n` is the number beside the incident on the printed map. */
  rows: (TableRow & { n?: number })[];
  /** Listed but not drawn: matching incidents outside the printed area, and those with no point. */
  offMap: number;
  unlocated: number;
  /** Incidents counted: aggregate reports whose parts are listed are not counted again. */
  counted: number;
  /** Every matching incident; the table lists the first TABLE_LIMIT (`rows`). */
  total: number;
  /** The map numbers its incidents (no more than NUMBER_LIMIT); otherwise it groups them as on screen. */
  numbered: boolean;
}

/** The most rows a printed table lists: beyond this the CSV table holds them all. */
export const TABLE_LIMIT = 500;
/** The most incidents a printed map numbers: beyond this numbers would hide the map. */
export const NUMBER_LIMIT = 300;

export { printOrder, printRows, tableNumbers, type PrintSet } from './order.ts';

export interface PageInput {
  paper: PaperId;
  orientation: Orientation;
  title: string;
  subtitle: string;
  map: PrintMap;
  /** The matching incidents: only those the table lists are read. */
  set: PrintSet;
  layers: LayerVisibility;
  countries: Feature<Polygon | MultiPolygon, { iso_a3: string; subject: boolean }>[];
  theme: LegendInput['theme'];
  /** The analyst's datasets shown, for the legend's rings. */
  rings?: LegendInput['rings'];
  permalink: string;
  now: Date;
}

/** Numbers rows on the map; an aggregate whose parts are listed says so and is not counted again. */
function summaryNotes(rows: TableRow[], incidents: Incident[], numbered: number): PageContent['rows'] {
  const covered = coveredAggregates(incidents);
  const rowOf = new Map(incidents.map((i, n) => [i.properties.id, n]));
  return rows.map((r, n) => {
    const row = { ...r, n: n < numbered ? n + 1 : undefined };
    if (!covered.has(r.id)) return row;
    const parts = (incidents[n]!.properties.parts ?? []).filter((id) => rowOf.has(id));
    const refs = semicolons(parts.map((id) => rows[rowOf.get(id)!]!.date));
    return {
      ...row,
      precision: m.print_summary_note({ precision: row.precision, count: count(parts.length), refs }),
    };
  });
}

function pageScale(map: PrintMap, maxMm: number): PageContent['scale'] {
  if (map.pitch > 0.5) return null;
  const bar = scaleBar(map.zoom, map.center[1], maxMm);
  const lats = map.extent.map((c) => c[1]!);
  return { ...bar, note: scaleNote(bar.km, map.center[1], Math.max(...lats), Math.min(...lats)) };
}

export function buildPage(input: PageInput): PageContent {
  const lang = currentLocale();
  const layout = mapPageLayout(input.paper, input.orientation, leadingOf(lang));
  const { store } = input.set;
  const order = printRows(input.set, input.map.extent);
  const all = allRows(order);
  const tableIncidents = all.slice(0, TABLE_LIMIT).map((row) => store.incidents[row]!);
  // The table lists those in view, then those outside the printed area.
  const offMapFrom = order.inView.length;
  const offMap = new Set(tableIncidents.slice(offMapFrom, offMapFrom + order.offMap.length));
  const numbered = order.inView.length <= NUMBER_LIMIT;
  const cited = citedSources(tableIncidents);
  const sources = cited.map(sourceLine);
  const sourcesShort = [...new Set(cited.map((c) => `${c.outlet} (${formatDate(c.date)})`))];
  return {
    dir: LOCALE_INFO[lang].dir,
    lang,
    leading: leadingOf(lang),
    paper: input.paper,
    orientation: input.orientation,
    layout,
    title: input.title,
    subtitle: input.subtitle,
    map: input.map,
    legend: legendEntries({
      layers: input.layers,
      drawn: drawnKindsOf(store, input.layers.incidents ? order.inView : []),
      theme: input.theme,
      numbered,
      rendered: new Set(input.map.rendered),
      ...(input.rings ? { rings: input.rings } : {}),
    }),
    scale: pageScale(input.map, Math.min(40, layout.scale.w - 16)),
    inset: insetDrawing(input.countries, input.map.extent, layout.inset.w, layout.inset.h),
    attribution: dataAttribution(),
    sources,
    sourcesShort,
    printed: printedAt(input.now),
    permalink: input.permalink,
    qr: qrMatrix(input.permalink),
    rows: summaryNotes(tableRows(tableIncidents, offMap), tableIncidents, numbered ? order.inView.length : 0),
    offMap: order.offMap.length,
    unlocated: order.unlocated.length,
    counted: countedAmong(store, all),
    total: all.length,
    numbered,
  };
}

/**
 * "Incidents: 21 (15 on the map, 3 outside the printed area, 3 with no place to draw; 1 summary
 * report listed, not counted again)"
 */
export function tableHeading(page: Pick<PageContent, 'offMap' | 'unlocated' | 'counted' | 'total'>): string {
  const onMap = page.total - page.offMap - page.unlocated;
  const summaries = page.total - page.counted;
  const parts: string[] = [];
  const where = [m.print_where_on_map({ count: count(onMap) })];
  if (page.offMap) where.push(m.print_where_off_map({ count: count(page.offMap) }));
  if (page.unlocated) where.push(m.print_where_unlocated({ count: count(page.unlocated) }));
  if (where.length > 1) parts.push(commas(where));
  if (summaries) parts.push(m.print_summaries_listed({ count: summaries, shown: count(summaries) }));
  const counted = count(page.counted);
  return parts.length
    ? m.print_heading_details({ counted, details: semicolons(parts) })
    : m.print_heading({ counted });
}

/** What the printed table and map leave out, in words; empty when nothing is left out. */
export function tableNote(page: Pick<PageContent, 'rows' | 'total' | 'numbered'>): string {
  const notes: string[] = [];
  if (page.rows.length < page.total)
    notes.push(
      m.print_note_first_rows({
        shown: count(page.rows.length),
        total: count(page.total),
        button: m.print_full_table_csv(),
        app: m.app_title(),
      }),
    );
  if (!page.numbered) notes.push(m.print_note_not_numbered({ limit: count(NUMBER_LIMIT) }));
  return notes.join(' ');
}
