/** The incident table's rows, in words, for the printed pages and the PDF alike. */
import {
  INCIDENT_TYPES,
  LOCATION_PRECISIONS,
  placeLabel,
  type Incident,
  type Source,
} from '../data/incidents.ts';
import { formatFigure } from '../domain/casualties.ts';
import { formatIncidentDate } from '../domain/incident-dates.ts';
import { reveal } from '../domain/text.ts';
import { formatDate } from '../domain/dates.ts';

export interface TableRow {
  id: string;
  date: string;
  place: string;
  precision: string;
  type: string;
  claims: string[];
  sources: string[];
  onMap: boolean;
}

/** "The New York Times, 18 Oct 2025": the article a claim cites, short. */
export function articleShort(s: Source): string {
  return `${s.outlet}, ${formatDate(s.date)}${s.doubt ? ' (doubt noted)' : ''}`;
}

/** Rows in words; `offMap` holds the located incidents outside the printed area. */
export function tableRows(
  incidents: readonly Incident[],
  offMap: ReadonlySet<Incident> = new Set(),
): TableRow[] {
  return incidents.map((i) => {
    const p = i.properties;
    const cited = new Map(p.sources.map((s) => [s.id, s]));
    const article = (id: string) => {
      const s = cited.get(id);
      return s ? `${s.outlet}, ${formatDate(s.date)}` : id;
    };
    const precision = LOCATION_PRECISIONS[p.location_precision];
    return {
      id: p.id,
      date: formatIncidentDate(p),
      place: reveal(placeLabel(p)),
      precision: !i.geometry
        ? `${precision} (not on the map)`
        : offMap.has(i)
          ? `${precision} (outside the printed area)`
          : precision,
      type: INCIDENT_TYPES[p.type],
      claims: p.claims.map((c) =>
        reveal(`${formatFigure(c)} ${c.what} (${c.claimed_by}; ${article(c.source)})`),
      ),
      sources: p.sources.map((s) => reveal(articleShort(s))),
      onMap: !!i.geometry && !offMap.has(i),
    };
  });
}
