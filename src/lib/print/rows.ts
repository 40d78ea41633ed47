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

export function tableRows(incidents: readonly Incident[]): TableRow[] {
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
      place: placeLabel(p),
      precision: i.geometry ? precision : `${precision} (not on the map)`,
      type: INCIDENT_TYPES[p.type],
      claims: p.claims.map((c) => `${formatFigure(c)} ${c.what} (${c.claimed_by}; ${article(c.source)})`),
      sources: p.sources.map(articleShort),
      onMap: !!i.geometry,
    };
  });
}
