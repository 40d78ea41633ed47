/**
 * CSV to rows with papaparse: the delimiter found from the text (comma, semicolon, tab), quoted
 * newlines kept in their cell, rows numbered as a spreadsheet numbers them (the header is row 1).
 */
import Papa from 'papaparse';
import type { Row } from './fields.ts';

export interface CsvTable {
  header: string[];
  rows: Row[];
  /** Spreadsheet row number of each row (a quoted newline makes a row span lines). */
  rowNumbers: number[];
  /** Rows papaparse could not split as the header says, by spreadsheet row. */
  broken: Map<number, string>;
  delimiter: string;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export function parseCsv(text: string): CsvTable | string {
  const parsed = Papa.parse<Row>(text, {
    header: true,
    skipEmptyLines: 'greedy',
    transformHeader: (h) => h.trim(),
  });
  const header = (parsed.meta.fields ?? []).filter((h) => h !== '');
  if (header.length < 2)
    return `has no header row of column names (found ${plural(header.length, 'column')}, delimiter "${parsed.meta.delimiter}")`;
  const broken = new Map<number, string>();
  for (const error of parsed.errors) {
    if (error.row === undefined || error.row === null) continue;
    const message =
      error.code === 'TooFewFields' || error.code === 'TooManyFields'
        ? `${error.message.toLowerCase()}: a quote left open or a stray delimiter?`
        : error.code === 'MissingQuotes'
          ? 'a quoted cell is never closed'
          : error.message;
    broken.set(error.row + 2, message);
  }
  return {
    header,
    rows: parsed.data,
    rowNumbers: parsed.data.map((_, i) => i + 2),
    broken,
    delimiter: parsed.meta.delimiter,
  };
}
