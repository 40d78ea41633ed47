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
import { m } from '../i18n/messages.ts';

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
  const article = m.print_article_short({ outlet: reveal(s.outlet), date: formatDate(s.date) });
  return s.doubt ? m.print_doubt_noted({ article }) : article;
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
      return s ? m.print_article_short({ outlet: reveal(s.outlet), date: formatDate(s.date) }) : reveal(id);
    };
    const precision = LOCATION_PRECISIONS[p.location_precision];
    return {
      id: p.id,
      date: formatIncidentDate(p),
      place: reveal(placeLabel(p)),
      precision: !i.geometry
        ? m.print_not_on_map({ precision })
        : offMap.has(i)
          ? m.print_outside_area({ precision })
          : precision,
      type: INCIDENT_TYPES[p.type],
      // Only the data is revealed: the catalogue's words may hold joiners Dari needs (U+200C).
      claims: p.claims.map((c) =>
        m.print_claim({
          figure: formatFigure(c),
          what: reveal(c.what),
          by: reveal(c.claimed_by),
          article: article(c.source),
        }),
      ),
      sources: p.sources.map(articleShort),
      onMap: !!i.geometry && !offMap.has(i),
    };
  });
}
