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
  /** Header names given twice, each with the name its later column is read by. */
  renamed: Array<{ column: string; as: string }>;
}

/** papaparse's own words for a row of the wrong length, for the counts in them. */
const FIELD_COUNT = /expected (\d+) fields but parsed (\d+)/;

/** A row papaparse could not split, in the reader's words. */
function rowFault(error: Papa.ParseError, row: Row | undefined): string {
  const counts = FIELD_COUNT.exec(error.message);
  if (counts && (error.code === 'TooFewFields' || error.code === 'TooManyFields')) {
    const values = { expected: num(Number(counts[1])), parsed: num(Number(counts[2])) };
    return error.code === 'TooFewFields'
      ? m.errors_data_csv_too_few(values)
      : m.errors_data_csv_too_many(values);
  }
  if (error.code === 'MissingQuotes') {
    // The open cell swallowed the rest of the file: say how much of it.
    const cells = Object.values(row ?? {}).map((v) => String(v).replace(/\r?\n$/, ''));
    const lines = cells.reduce((n, v) => n + (v.match(/\n/g)?.length ?? 0), 0);
    return lines ? m.errors_data_csv_open_quote_rest({ lines: num(lines) }) : m.errors_data_csv_open_quote();
  }
  if (error.code === 'InvalidQuotes') return m.errors_data_csv_bad_quote();
  // papaparse's code names the fault for whoever reports it; its message is English.
  return m.errors_data_csv_row_fault({ code: error.code });
}

/** Excel's "sep=;" first line, naming the delimiter. */
const SEP_LINE = /^sep=(.)\r?\n/i;

export function parseCsv(text: string): CsvTable | string {
  const sep = SEP_LINE.exec(text);
  // A name given twice is made unique here (papaparse would rename it and warn on the console).
  const seen = new Set<string>();
  const renamed: CsvTable['renamed'] = [];
  const unique = (raw: string) => {
    const name = raw.trim();
    let as = name;
    for (let n = 2; seen.has(as); n++) as = `${name} (${n})`;
    seen.add(as);
    if (as !== name) renamed.push({ column: name, as });
    return as;
  };
  const parsed = Papa.parse<Row>(sep ? text.slice(sep[0].length) : text, {
    header: true,
    skipEmptyLines: 'greedy',
    transformHeader: unique,
    ...(sep ? { delimiter: sep[1] } : {}),
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
    // papaparse counts a quote's row with the header as row 0, a row of the wrong length without.
    const index = error.type === 'Quotes' ? error.row - 1 : error.row;
    // The first fault found in a row says most (a stray quote, then the cells it shifted).
    if (!broken.has(index + 2)) broken.set(index + 2, rowFault(error, parsed.data[index]));
  }
  return {
    header,
    rows: parsed.data,
    rowNumbers: parsed.data.map((_, i) => i + 2),
    broken,
    delimiter: parsed.meta.delimiter,
    renamed,
  };
}
