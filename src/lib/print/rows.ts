/** The incident table's rows, in words, for the printed pages and the PDF alike. */
import { INCIDENT_TYPES, LOCATION_PRECISIONS, placeLabel, type Incident } from '../data/incidents.ts';
import { formatFigure } from '../state/casualties.ts';
import { formatDate } from '../state/dates.ts';

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

export function tableRows(incidents: Incident[]): TableRow[] {
  return incidents.map((i) => {
    const p = i.properties;
    return {
      id: p.id,
      date: `${formatDate(p.date)}${p.end_date ? ` – ${formatDate(p.end_date)}` : ''}`,
      place: placeLabel(p),
      precision: i.geometry ? LOCATION_PRECISIONS[p.location_precision] : `${LOCATION_PRECISIONS[p.location_precision]} (not on the map)`,
      type: INCIDENT_TYPES[p.type],
      claims: p.claims.map((c) => `${formatFigure(c)} ${c.what} (${c.claimed_by}; ${c.source})`),
      sources: p.sources.map((s) => `${s.outlet}, ${formatDate(s.date)}`),
      onMap: !!i.geometry,
    };
  });
}
