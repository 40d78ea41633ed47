/**
 * Our own CSV layout: one row per incident, one column per field of the schema, the nested
 * fields (actors, claims, sources, notes, parts) as JSON in their cell, and the export's stamp
 * (dataset version, export time) on every row. Written by the export, read back by the import to
 * the same incidents. A cell that a spreadsheet would run as a formula is written with a leading
 * apostrophe, and read back without it.
 */
import type { Incident, IncidentProps } from '../schema.ts';
import { numberIn, type Row } from './fields.ts';
import { m } from '../../i18n/messages.ts';

/** Scalar fields, in column order; the JSON ones follow. */
const TEXT = [
  'id',
  'date',
  'end_date',
  'date_precision',
  'type',
  'actor1',
  'actor2',
  'target',
  'country',
  'admin1',
  'admin2',
  'location_name',
  'location_precision',
  'clarity',
  'summary',
] as const;
const JSON_FIELDS = ['actors', 'claims', 'sources', 'notes', 'parts'] as const;
export const ATLAS_COLUMNS = [
  ...TEXT,
  'civilian_targeting',
  'longitude',
  'latitude',
  ...JSON_FIELDS,
  'dataset_version',
  'exported_at',
] as const;

export interface ExportStamp {
  /** Which data: "Durand Atlas 0.1.0 bundled data; field-notes.csv imported 2026-11-29". */
  version: string;
  /** ISO time of the export. */
  exportedAt: string;
}

export function isAtlasCsv(header: readonly string[]): boolean {
  const has = new Set(header);
  return ['id', 'date_precision', 'location_precision', 'claims', 'sources'].every((c) => has.has(c));
}

/**
 * A spreadsheet runs a cell starting with = + - @ (or tab, CR) as a formula: not ours. Such a
 * cell gets one apostrophe more, and so does one that already starts with apostrophes before
 * those, so reading one back off is exact. A plain negative number is left alone.
 */
const FORMULA = /^'*([=+@\t\r]|-(?!\d+(\.\d+)?(e[-+]?\d+)?$))/i;
export const guardCell = (text: string): string => (FORMULA.test(text) ? `'${text}` : text);
export const unguardCell = (text: string): string =>
  text.startsWith("'") && FORMULA.test(text.slice(1)) ? text.slice(1) : text;

/** Every cell of a row we wrote, without its guard. */
export const unguardRow = (row: Row): Row =>
  Object.fromEntries(Object.entries(row).map(([key, text]) => [key, unguardCell(text)]));

export function atlasRow(incident: Incident, stamp: ExportStamp): Record<string, string> {
  const p = incident.properties as unknown as Record<string, unknown>;
  const row: Record<string, string> = {};
  for (const key of TEXT) row[key] = p[key] === undefined ? '' : p[key] === null ? 'null' : String(p[key]);
  row.civilian_targeting = p.civilian_targeting === undefined ? '' : String(p.civilian_targeting);
  const point = incident.geometry?.coordinates;
  row.longitude = point ? String(point[0]) : '';
  row.latitude = point ? String(point[1]) : '';
  for (const key of JSON_FIELDS) row[key] = p[key] === undefined ? '' : JSON.stringify(p[key]);
  row.dataset_version = stamp.version;
  row.exported_at = stamp.exportedAt;
  for (const key of Object.keys(row)) row[key] = guardCell(row[key]!);
  return row;
}

/** A row of our layout back to the incident it was written from, or what is wrong with it. */
export function atlasIncident(row: Row): Incident | string[] {
  const problems: string[] = [];
  const props: Record<string, unknown> = {};
  // Text is read exactly as written (our own layout: a space or a newline is the data's).
  const read = (key: string) => unguardCell(row[key] ?? '');
  for (const key of TEXT) {
    const text = read(key);
    if (text === '') continue;
    // country and admin1 are null where the text gives none; the others are simply left out.
    props[key] = text === 'null' && ['country', 'admin1', 'admin2'].includes(key) ? null : text;
  }
  if (read('civilian_targeting')) props.civilian_targeting = read('civilian_targeting') === 'true';
  for (const key of JSON_FIELDS) {
    const text = read(key);
    if (text === '') continue;
    try {
      props[key] = JSON.parse(text);
    } catch {
      problems.push(m.errors_data_cell_not_json({ field: key, text: text.slice(0, 40) }));
    }
  }
  for (const key of ['country', 'admin1'] as const) if (!(key in props)) props[key] = null;
  const lon = read('longitude').trim();
  const lat = read('latitude').trim();
  const point = lon && lat ? [numberIn(lon), numberIn(lat)] : undefined;
  if (point && point.some((n) => n === undefined))
    problems.push(m.errors_data_lon_lat_not_numbers({ lon, lat }));
  if (problems.length) return problems;
  return {
    type: 'Feature',
    geometry: point ? { type: 'Point', coordinates: point as number[] } : null,
    properties: props as unknown as IncidentProps,
  };
}
