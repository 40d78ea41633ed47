/**
 * The printed table in full, as CSV (RFC 4180): every matching incident in the table's order,
 * for a print too long for paper. Cells a spreadsheet would run as a formula are prefixed with
 * an apostrophe, so the file can never run anything.
 */
import type { Incident } from '../data/incidents.ts';
import { conservativeDeaths } from '../domain/casualties.ts';
import type { PrintOrder } from './order.ts';
import { tableRows } from './rows.ts';
import { guardCell } from '../data/import/atlas-csv.ts';
import { m } from '../i18n/messages.ts';

/** The header, in the reader's language: the file is for reading (our own CSV export re-imports). */
const columns = () => [
  m.print_csv_number(),
  m.print_csv_id(),
  m.print_csv_date(),
  m.print_csv_from(),
  m.print_csv_to(),
  m.print_csv_date_precision(),
  m.print_csv_type(),
  m.print_csv_place(),
  m.print_csv_place_precision(),
  m.print_csv_country(),
  m.print_csv_province(),
  m.print_csv_district(),
  m.print_csv_longitude(),
  m.print_csv_latitude(),
  m.print_csv_fewest_deaths(),
  m.print_csv_claims(),
  m.print_csv_sources(),
];

export function csvCell(value: string | number | undefined | null): string {
  // The same guard as the exports' (a plain negative number stays a number).
  const text = guardCell(value === undefined || value === null ? '' : String(value));
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The CSV text; `numbered` says whether the printed map numbers the incidents in view. */
export function tableCsv(order: PrintOrder, numbered: boolean): string {
  const incidents: Incident[] = [...order.inView, ...order.offMap, ...order.unlocated];
  const rows = tableRows(incidents, new Set(order.offMap));
  const lines = [columns().map(csvCell).join(',')];
  incidents.forEach((incident, k) => {
    const p = incident.properties;
    const row = rows[k]!;
    const at = incident.geometry?.coordinates;
    const cells = [
      numbered && k < order.inView.length ? k + 1 : '',
      p.id,
      row.date,
      p.date,
      p.end_date ?? p.date,
      p.date_precision,
      row.type,
      row.place,
      row.precision,
      p.country,
      p.admin1,
      p.admin2,
      at?.[0],
      at?.[1],
      conservativeDeaths(incident),
      row.claims.join('; '),
      row.sources.join('; '),
    ];
    lines.push(cells.map(csvCell).join(','));
  });
  return `${lines.join('\r\n')}\r\n`;
}
