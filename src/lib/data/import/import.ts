/**
 * One entry for every import: a file's text (or bytes) in, incidents of our schema out, with each
 * rejected row or feature named and the reason given. ACLED and UCDP GED are known by their
 * columns; other tables and GeoJSON points go through a column mapping the analyst confirms.
 * Every incident passes the same validator as the bundled data. Pure, never throws.
 */
import type { Feature } from 'geojson';
import type { Incident } from '../schema.ts';
import { collectionIssues, incidentRules } from '../incidents.ts';
import { validateFeatureCollection } from '../validate.ts';
import { asCollection, collectionStructure } from '../geojson-rules.ts';
import { acledIncident, isAcled } from './acled.ts';
import { ucdpIncident, isUcdp } from './ucdp.ts';
import { atlasIncident, isAtlasCsv } from './atlas-csv.ts';
import { genericIncident, guessMapping, mappingFaults, mappingGaps, type ColumnMapping } from './generic.ts';
import { parseCsv } from './csv.ts';
import { decodeBytes, withoutBom } from './read.ts';
import { duplicateKeys } from './json-keys.ts';
import { jsonFault } from './json-fault.ts';
import { pointRows, isIncidentCollection } from './geojson.ts';
import type { Row } from './fields.ts';
import { m } from '../../i18n/messages.ts';
import { joinAnd, joinFaults, num } from '../say.ts';

export type ImportFormat = 'atlas' | 'acled' | 'ucdp' | 'csv' | 'incidents' | 'points';
/** Each format's name in the reader's language (getters: read when shown, never frozen). */
export const FORMAT_NAMES: Record<ImportFormat, string> = {
  get atlas() {
    return m.errors_data_format_atlas();
  },
  acled: 'ACLED CSV',
  ucdp: 'UCDP GED CSV',
  get csv() {
    return m.errors_data_format_csv();
  },
  get incidents() {
    return m.errors_data_format_incidents();
  },
  get points() {
    return m.errors_data_format_points();
  },
};

export interface ImportProblem {
  /** "row 12" or "feature 3", in the reader's language and digits. */
  where: string;
  id?: string;
  message: string;
}

export interface ImportOptions {
  /** For CSV tables and GeoJSON points: which column is which, over the guess ('' for none). */
  mapping?: Partial<ColumnMapping>;
  /** The import's day (ISO), the date of the file as a source. */
  today?: string;
  progress?: (done: number) => void;
}

/** What a file holds, before its rows are read: for the preview the analyst confirms. */
export interface Inspection {
  format: ImportFormat;
  header: string[];
  preview: Row[];
  rows: number;
  mapping?: ColumnMapping;
  warnings: string[];
}

export type ImportResult =
  | { ok: false; file: string; problem: string; /** Columns must be chosen first. */ mapping?: true }
  | (Inspection & { ok: true; file: string; incidents: Incident[]; problems: ImportProblem[] });

type Table = { format: ImportFormat; header: string[]; rows: Row[]; numbers: number[]; warnings: string[] };
type Parsed = { table: Table; broken: Map<number, string> } | { collection: unknown[] } | string;

const looksJson = (file: string, text: string) => /\.(geo)?json$/i.test(file) || /^\s*[[{]/.test(text);

function parseJson(text: string): Parsed {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return jsonFault(text, error);
  }
  const collection = asCollection(value);
  if (typeof collection === 'string') return collection;
  const faults = collection.wrapped ? [] : collectionStructure(value as Record<string, unknown>);
  if (faults.length) return m.errors_data_not_geojson({ faults: joinFaults(faults) });
  const warnings =
    text.length <= 50e6
      ? duplicateKeys(text).map((d) => m.errors_data_key_twice({ line: num(d.line), key: d.key }))
      : [];
  if (isIncidentCollection(collection.features)) return { collection: collection.features };
  const points = pointRows(collection.features);
  return {
    table: { format: 'points', header: points.header, rows: points.rows, numbers: points.numbers, warnings },
    broken: points.broken,
  };
}

function parseText(text: string, file: string): Parsed {
  if (looksJson(file, text)) return parseJson(text);
  const csv = parseCsv(text);
  if (typeof csv === 'string') return csv;
  const format: ImportFormat = isAtlasCsv(csv.header)
    ? 'atlas'
    : isAcled(csv.header)
      ? 'acled'
      : isUcdp(csv.header)
        ? 'ucdp'
        : 'csv';
  const warnings = [
    ...(csv.delimiter === ',' ? [] : [m.errors_data_delimiter({ delimiter: csv.delimiter })]),
    ...csv.renamed.map((r) => m.errors_data_header_twice(r)),
  ];
  return {
    table: { format, header: csv.header, rows: csv.rows, numbers: csv.rowNumbers, warnings },
    broken: csv.broken,
  };
}

export function inspectText(text: string, file: string): Inspection | string {
  const parsed = parseText(withoutBom(text), file);
  return typeof parsed === 'string' ? parsed : inspectionOf(parsed);
}

function inspectionOf(parsed: Exclude<Parsed, string>): Inspection {
  if ('collection' in parsed)
    return { format: 'incidents', header: [], preview: [], rows: parsed.collection.length, warnings: [] };
  const { table } = parsed;
  const generic = table.format === 'csv' || table.format === 'points';
  return {
    format: table.format,
    header: table.header,
    preview: table.rows.slice(0, 5),
    rows: table.rows.length,
    ...(generic ? { mapping: guessMapping(table.header) } : {}),
    warnings: table.warnings,
  };
}

export function importBytes(bytes: Uint8Array, file: string, options: ImportOptions = {}): ImportResult {
  const decoded = decodeBytes(bytes);
  if ('problem' in decoded) return { ok: false, file, problem: decoded.problem };
  return importText(decoded.text, file, options);
}

export function importText(text: string, file: string, options: ImportOptions = {}): ImportResult {
  try {
    return readAll(withoutBom(text), file, options);
  } catch (error) {
    // Nothing should throw; if something does, the analyst still gets a sentence, not a stack.
    const reason = (error as Error).message.slice(0, 160);
    return { ok: false, file, problem: m.errors_data_could_not_read({ reason }) };
  }
}

function readAll(text: string, file: string, options: ImportOptions): ImportResult {
  const parsed = parseText(text, file);
  if (typeof parsed === 'string') return { ok: false, file, problem: parsed };
  const inspection = inspectionOf(parsed);
  if ('collection' in parsed) {
    const checked = keepValid(parsed.collection, file, (i) => i);
    const sorted = checked.problems.sort((a, b) => a.at - b.at);
    const warnings = [...inspection.warnings, ...checked.warnings];
    return { ok: true, file, ...inspection, warnings, incidents: checked.incidents, problems: plain(sorted) };
  }
  // A mapping given is laid over the guess; a field given as '' has no column.
  const mapping = inspection.mapping && { ...inspection.mapping, ...options.mapping };
  const { table, broken } = parsed;
  const faults = mapping ? mappingFaults(mapping, table.header) : [];
  if (faults.length) return { ok: false, file, problem: faults.join('; '), mapping: true };
  // Where every row is broken anyway, their faults say more than a missing column.
  const gaps = mapping && broken.size < table.rows.length ? mappingGaps(mapping) : [];
  if (gaps.length)
    return { ok: false, file, problem: m.errors_data_needs_mapping({ gaps: joinAnd(gaps) }), mapping: true };
  // A table read with no point is allowed (places without one), but never silently.
  const unplaced = mapping && !mapping.latitude && !mapping.longitude;
  const noPoint = unplaced ? [m.errors_data_no_point_columns()] : [];
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const unit = table.format === 'points' ? whereFeature : whereRow;
  const problems: Numbered[] = [];
  const mapped: Incident[] = [];
  const numbers: number[] = [];
  const step = Math.max(1, Math.ceil(table.rows.length / 20));
  table.rows.forEach((row, i) => {
    const n = table.numbers[i]!;
    if (i % step === 0) options.progress?.(i / table.rows.length);
    const fault = broken.get(n);
    if (fault) return problems.push({ at: n, where: unit(n), message: fault });
    const context = { file, row: n, today, unit: table.format === 'points' ? 'feature' : 'row' } as const;
    const out = READERS[table.format]?.(row) ?? genericIncident(row, mapping!, context);
    if (Array.isArray(out)) for (const message of out) problems.push({ at: n, where: unit(n), message });
    else {
      mapped.push(out);
      numbers.push(n);
    }
  });
  const checked = keepValid(mapped, file, (i) => numbers[i]!, unit);
  const all = [...problems, ...checked.problems].sort((a, b) => a.at - b.at);
  const warnings = [...inspection.warnings, ...noPoint, ...checked.warnings];
  return {
    ok: true,
    file,
    ...inspection,
    warnings,
    ...(mapping ? { mapping } : {}),
    incidents: checked.incidents,
    problems: plain(all),
  };
}

/** The formats known by their columns, each with its own reader. */
const READERS: Partial<Record<ImportFormat, (row: Row) => Incident | string[]>> = {
  atlas: atlasIncident,
  acled: acledIncident,
  ucdp: ucdpIncident,
};

/** "row 12", "feature 3": the number in the reader's digits, so problems are sorted by `at`. */
const whereRow = (number: number) => m.errors_data_where_row({ number: num(number) });
const whereFeature = (number: number) => m.errors_data_where_feature({ number: num(number) });

/** A problem with the row or feature number it is sorted by. */
type Numbered = ImportProblem & { at: number };
const plain = (problems: Numbered[]): ImportProblem[] => problems.map(({ at: _, ...problem }) => problem);

/**
 * The incidents that pass the schema's rules, the rest reported by `where`. An id given twice
 * keeps its first record; rules across incidents (an aggregate's parts) run on what is kept.
 */
function keepValid(
  features: unknown[],
  file: string,
  numberOf: (index: number) => number,
  unit: (number: number) => string = whereFeature,
) {
  const problems: Numbered[] = [];
  const at = (index: number) => ({ at: numberOf(index), where: unit(numberOf(index)) });
  const firstOf = new Map<string, number>();
  const unique: unknown[] = [];
  const indexOf: number[] = [];
  features.forEach((f, i) => {
    const id = (f as Incident | null)?.properties?.id;
    if (typeof id === 'string' && firstOf.has(id)) {
      problems.push({
        ...at(i),
        id,
        message: m.errors_data_id_used({ id, where: at(firstOf.get(id)!).where }),
      });
      return;
    }
    if (typeof id === 'string') firstOf.set(id, i);
    unique.push(f);
    indexOf.push(i);
  });
  const rules = { ...incidentRules, checkCollection: undefined };
  const issues = validateFeatureCollection({ type: 'FeatureCollection', features: unique }, file, rules);
  const bad = new Set(issues.map((i) => i.index));
  for (const issue of issues)
    problems.push({
      ...at(indexOf[issue.index]!),
      ...(issue.id ? { id: issue.id } : {}),
      message: issue.message,
    });
  const kept = unique.filter((_, i) => !bad.has(i)) as Incident[];
  const keptIndex = indexOf.filter((_, i) => !bad.has(i));
  const across = collectionIssues(kept as Feature[], true);
  const dropped = new Set(across.map((a) => a.index));
  for (const a of across) problems.push({ ...at(keptIndex[a.index]!), message: a.message });
  const incidents = kept.filter((_, i) => !dropped.has(i));
  return { incidents, problems, warnings: partsAbsent(incidents) };
}

/** A warning where summary reports came without some of their parts (a filtered export). */
function partsAbsent(incidents: readonly Incident[]): string[] {
  const ids = new Set(incidents.map((i) => i.properties.id));
  const reports = incidents.filter((i) => i.properties.parts?.some((part) => !ids.has(part)));
  if (!reports.length) return [];
  const names = reports.slice(0, 3).map((i) => i.properties.id);
  const list = `${names.join(', ')}${reports.length > 3 ? ', …' : ''}`;
  return [m.errors_data_parts_elsewhere({ count: num(reports.length), reports: list })];
}
