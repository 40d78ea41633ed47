/**
 * Everything one briefing page holds, computed once and drawn three ways (the page view that the
 * browser prints, the PNG and the PDF), so the three stay the same page.
 */
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { Incident } from '../data/incidents.ts';
import type { PrintMap } from './map-image.ts';
import type { LayerVisibility } from '../domain/layers.ts';
import { formatDate } from '../domain/dates.ts';
import { citedSources, DATA_ATTRIBUTION, printedAt, sourceLine } from './describe.ts';
import { insetDrawing, type InsetDrawing } from './inset.ts';
import { legendEntries, type LegendEntry, type LegendInput } from '../theme/legend-entries.ts';
import { mapPageLayout, type MapPageLayout, type Orientation, type PaperId } from './paper.ts';
import { qrMatrix } from './qr.ts';
import { tableRows, type TableRow } from './rows.ts';
import { printOrder } from './order.ts';
import { countable, coveredAggregates } from '../domain/aggregates.ts';
import { scaleBar, scaleNote, type ScaleNote } from './scale.ts';

export interface PageContent {
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

export { printOrder, tableNumbers } from './order.ts';

export interface PageInput {
  paper: PaperId;
  orientation: Orientation;
  title: string;
  subtitle: string;
  map: PrintMap;
  filtered: Incident[];
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
    const refs = parts.map((id) => rows[rowOf.get(id)!]!.date).join('; ');
    return {
      ...row,
      precision: `${row.precision}. Summary report of ${parts.length} incidents listed here (${refs}); not counted again`,
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
  const layout = mapPageLayout(input.paper, input.orientation);
  const { inView, offMap, unlocated } = printOrder(input.filtered, input.map.extent);
  const allIncidents = [...inView, ...offMap, ...unlocated];
  const tableIncidents = allIncidents.slice(0, TABLE_LIMIT);
  const numbered = inView.length <= NUMBER_LIMIT;
  const cited = citedSources(tableIncidents);
  const sources = cited.map(sourceLine);
  const sourcesShort = [...new Set(cited.map((c) => `${c.outlet} (${formatDate(c.date)})`))];
  return {
    paper: input.paper,
    orientation: input.orientation,
    layout,
    title: input.title,
    subtitle: input.subtitle,
    map: input.map,
    legend: legendEntries({
      layers: input.layers,
      drawn: input.layers.incidents ? inView : [],
      theme: input.theme,
      numbered,
      rendered: new Set(input.map.rendered),
      ...(input.rings ? { rings: input.rings } : {}),
    }),
    scale: pageScale(input.map, Math.min(40, layout.scale.w - 16)),
    inset: insetDrawing(input.countries, input.map.extent, layout.inset.w, layout.inset.h),
    attribution: DATA_ATTRIBUTION,
    sources,
    sourcesShort,
    printed: printedAt(input.now),
    permalink: input.permalink,
    qr: qrMatrix(input.permalink),
    rows: summaryNotes(
      tableRows(tableIncidents, new Set(offMap)),
      tableIncidents,
      numbered ? inView.length : 0,
    ),
    offMap: offMap.length,
    unlocated: unlocated.length,
    counted: countable(allIncidents).length,
    total: allIncidents.length,
    numbered,
  };
}

const count = (n: number) => n.toLocaleString('en-GB');

/**
 * "Incidents: 21 (15 on the map, 3 outside the printed area, 3 with no place to draw; 1 summary
 * report listed, not counted again)"
 */
export function tableHeading(page: Pick<PageContent, 'offMap' | 'unlocated' | 'counted' | 'total'>): string {
  const onMap = page.total - page.offMap - page.unlocated;
  const summaries = page.total - page.counted;
  const parts: string[] = [];
  const where = [`${count(onMap)} on the map`];
  if (page.offMap) where.push(`${count(page.offMap)} outside the printed area`);
  if (page.unlocated) where.push(`${count(page.unlocated)} with no place to draw`);
  if (where.length > 1) parts.push(where.join(', '));
  if (summaries)
    parts.push(`${count(summaries)} summary report${summaries === 1 ? '' : 's'} listed, not counted again`);
  return `Incidents: ${count(page.counted)}${parts.length ? ` (${parts.join('; ')})` : ''}`;
}

/** What the printed table and map leave out, in words; empty when nothing is left out. */
export function tableNote(page: Pick<PageContent, 'rows' | 'total' | 'numbered'>): string {
  const notes: string[] = [];
  if (page.rows.length < page.total)
    notes.push(
      `This table lists the first ${count(page.rows.length)} of ${count(page.total)} matching incidents ` +
        '(those on the map first, by date). The full table is a CSV file: Print / export → ' +
        '“Full table (CSV)” in Durand Atlas, or open the permalink.',
    );
  if (!page.numbered)
    notes.push(
      `The map shows more than ${count(NUMBER_LIMIT)} incidents, too many to number: they are grouped ` +
        'as on screen, each group with its count.',
    );
  return notes.join(' ');
}
