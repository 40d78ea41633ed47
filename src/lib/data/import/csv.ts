/**
 * CSV to rows with papaparse: the delimiter found from the text (comma, semicolon, tab), quoted
 * newlines kept in their cell, rows numbered as a spreadsheet numbers them (the header is row 1).
 */
import Papa from 'papaparse';
import type { Row } from './fields.ts';
import { m } from '../../i18n/messages.ts';
import { num } from '../say.ts';

export interface CsvTable {
  header: string[];
  rows: Row[];
  /** Spreadsheet row number of each row (a quoted newline makes a row span lines). */
  rowNumbers: number[];
  /** Rows papaparse could not split as the header says, by spreadsheet row. */
  broken: Map<number, string>;
  delimiter: string;
}

/** papaparse's own words for a row of the wrong length, for the counts in them. */
const FIELD_COUNT = /expected (\d+) fields but parsed (\d+)/;

/** A row papaparse could not split, in the reader's words (its own message where it has no better). */
function rowFault(error: Papa.ParseError): string {
  const counts = FIELD_COUNT.exec(error.message);
  if (counts && (error.code === 'TooFewFields' || error.code === 'TooManyFields')) {
    const values = { expected: num(Number(counts[1])), parsed: num(Number(counts[2])) };
    return error.code === 'TooFewFields'
      ? m.errors_data_csv_too_few(values)
      : m.errors_data_csv_too_many(values);
  }
  if (error.code === 'TooFewFields' || error.code === 'TooManyFields')
    return m.errors_data_csv_fields({ reason: error.message.toLowerCase() });
  if (error.code === 'MissingQuotes') return m.errors_data_csv_open_quote();
  if (error.code === 'InvalidQuotes') return m.errors_data_csv_bad_quote();
  return error.message;
}

export function parseCsv(text: string): CsvTable | string {
  const parsed = Papa.parse<Row>(text, {
    header: true,
    skipEmptyLines: 'greedy',
    transformHeader: (h) => h.trim(),
  });
  const header = (parsed.meta.fields ?? []).filter((h) => h !== '');
  if (header.length < 2)
    return m.errors_data_no_header({
      count: header.length,
      shown: num(header.length),
      delimiter: parsed.meta.delimiter,
    });
  const broken = new Map<number, string>();
  for (const error of parsed.errors) {
    if (error.row === undefined || error.row === null) continue;
    broken.set(error.row + 2, rowFault(error));
  }
  return {
    header,
    rows: parsed.data,
    rowNumbers: parsed.data.map((_, i) => i + 2),
    broken,
    delimiter: parsed.meta.delimiter,
  };
}
