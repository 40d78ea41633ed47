/**
 * Everything one briefing page holds, computed once and drawn three ways (the page view that the
 * browser prints, the PNG and the PDF), so the three stay the same page.
 */
import { booleanPointInPolygon } from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon, Position } from 'geojson';
import type { Incident } from '../data/incidents.ts';
import type { PrintMap } from './map-image.ts';
import type { LayerVisibility } from '../domain/layers.ts';
import { sortIncidents } from '../domain/sort.ts';
import { formatDate } from '../domain/dates.ts';
import { citedSources, DATA_ATTRIBUTION, printedAt, sourceLine } from './describe.ts';
import { insetDrawing, type InsetDrawing } from './inset.ts';
import { legendEntries, type LegendEntry, type LegendInput } from '../theme/legend-entries.ts';
import { mapPageLayout, type MapPageLayout, type Orientation, type PaperId } from './paper.ts';
import { qrMatrix } from './qr.ts';
import { tableRows, type TableRow } from './rows.ts';
import { countable, coveredAggregates } from '../domain/aggregates.ts';
import { scaleBar } from './scale.ts';

export interface PageContent {
  paper: PaperId;
  orientation: Orientation;
  layout: MapPageLayout;
  title: string;
  subtitle: string;
  map: PrintMap;
  legend: LegendEntry[];
  scale: { km: number; mm: number; label: string };
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
  /** How many filtered incidents have no point, and so are listed but not drawn. */
  unlocated: number;
  /** Incidents counted in the table: aggregate reports whose parts are listed are not counted again. */
  counted: number;
}

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
  permalink: string;
  now: Date;
}

/**
 * The printed incidents in table order: those the map shows (by date, numbered 1, 2, 3… on the
 * map and in the table), then those that match but have no point.
 */
export function printOrder(
  filtered: Incident[],
  extent: Position[],
): { inView: Incident[]; unlocated: Incident[] } {
  const box: Feature<Polygon> = {
    type: 'Feature',
    properties: {},
    geometry: { type: 'Polygon', coordinates: [extent] },
  };
  return {
    inView: sortIncidents(
      filtered.filter((i) => i.geometry && booleanPointInPolygon(i.geometry, box)),
      'date',
      'asc',
    ),
    unlocated: sortIncidents(
      filtered.filter((i) => !i.geometry),
      'date',
      'asc',
    ),
  };
}

/** Number labels for the printed map: one per spot, listing every incident there ("3, 5, 8"). */
export function numberLabels(inView: Incident[]): FeatureCollection<Point, { label: string }> {
  const spots = new Map<string, { at: Position; numbers: number[] }>();
  inView.forEach((i, n) => {
    const at = i.geometry!.coordinates;
    const key = at.join(',');
    const spot = spots.get(key) ?? { at, numbers: [] };
    spot.numbers.push(n + 1);
    spots.set(key, spot);
  });
  return {
    type: 'FeatureCollection',
    features: [...spots.values()].map((s) => ({
      type: 'Feature',
      properties: { label: s.numbers.join(', ') },
      geometry: { type: 'Point', coordinates: s.at },
    })),
  };
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

export function buildPage(input: PageInput): PageContent {
  const layout = mapPageLayout(input.paper, input.orientation);
  const { inView, unlocated } = printOrder(input.filtered, input.map.extent);
  const tableIncidents = [...inView, ...unlocated];
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
      numbered: true,
    }),
    scale: scaleBar(input.map.zoom, input.map.center[1], Math.min(40, layout.map.w / 4)),
    inset: insetDrawing(input.countries, input.map.extent, layout.inset.w, layout.inset.h),
    attribution: DATA_ATTRIBUTION,
    sources,
    sourcesShort,
    printed: printedAt(input.now),
    permalink: input.permalink,
    qr: qrMatrix(input.permalink),
    rows: summaryNotes(tableRows(tableIncidents), tableIncidents, inView.length),
    unlocated: unlocated.length,
    counted: countable(tableIncidents).length,
  };
}

/** "Incidents: 21 (15 on the map, 6 not on the map; 1 summary report listed, not counted again)" */
export function tableHeading(page: Pick<PageContent, 'rows' | 'unlocated' | 'counted'>): string {
  const onMap = page.rows.length - page.unlocated;
  const summaries = page.rows.length - page.counted;
  const parts: string[] = [];
  if (page.unlocated) parts.push(`${onMap} on the map, ${page.unlocated} not on the map`);
  if (summaries)
    parts.push(`${summaries} summary report${summaries === 1 ? '' : 's'} listed, not counted again`);
  return `Incidents: ${page.counted}${parts.length ? ` (${parts.join('; ')})` : ''}`;
}
