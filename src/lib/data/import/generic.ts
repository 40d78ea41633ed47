/**
 * Any other table (a spreadsheet's CSV, a GeoJSON's properties): which column holds what is
 * guessed from the header, shown to the analyst to confirm or change, then each row is read with
 * that mapping. The file itself is the source and the claimant of what it says.
 */
import { isWebUrl } from '../claims.ts';
import type { Claim, Incident, LocationPrecision } from '../schema.ts';
import { cell, figureIn, isoDateIn, namesIn, slug, type Row } from './fields.ts';
import { pointIn } from './place.ts';
import { englishType, precisionNamed, typeNamed } from './labels.ts';
import { m } from '../../i18n/messages.ts';

export const MAPPED_FIELDS = [
  'latitude',
  'longitude',
  'date',
  'end_date',
  'type',
  'id',
  'place',
  'precision',
  'summary',
  'actors',
  'fatalities',
  'source',
  'url',
] as const;
export type MappedField = (typeof MAPPED_FIELDS)[number];

/** Which column holds each field (absent or '': none), and the precision of points with no column. */
export type ColumnMapping = Partial<Record<MappedField, string>> & { defaultPrecision: LocationPrecision };

/** Header names each field goes by, in order of preference. */
const NAMES: Record<MappedField, string[]> = {
  latitude: ['geometry latitude', 'latitude', 'lat', 'y'],
  longitude: ['geometry longitude', 'longitude', 'lon', 'lng', 'long', 'x'],
  date: ['date', 'event_date', 'date_start', 'day', 'start_date'],
  end_date: ['end_date', 'date_end'],
  type: ['type', 'event_type', 'incident_type', 'category'],
  id: ['id', 'event_id', 'incident_id'],
  place: ['location_name', 'location', 'place', 'town', 'name'],
  precision: ['location_precision', 'precision', 'geo_precision'],
  summary: ['summary', 'notes', 'description', 'details'],
  actors: ['actors', 'actor', 'actor1', 'perpetrator'],
  fatalities: ['fatalities', 'deaths', 'killed', 'best'],
  source: ['source', 'outlet', 'sources'],
  url: ['url', 'link', 'source_url'],
};

/** Names no list holds, by their start: "LAT_DD", "Latitude (WGS84)", "lon_deg", "Longitude_X". */
const LOOSE: Partial<Record<MappedField, RegExp>> = {
  latitude: /^lat(itude)?([\s_.(-]|dd|deg|$)/,
  longitude: /^(lon|lng|long|longitude)([\s_.(-]|dd|deg|$)/,
};

export function guessMapping(header: readonly string[]): ColumnMapping {
  const lower = new Map(header.map((h) => [h.trim().toLowerCase(), h]));
  const mapping: ColumnMapping = { defaultPrecision: 'town' };
  for (const field of MAPPED_FIELDS) {
    const found = NAMES[field].map((n) => lower.get(n)).find((h) => h !== undefined);
    const loose = LOOSE[field];
    const near = loose && [...lower].find(([name]) => loose.test(name))?.[1];
    if (found !== undefined || near) mapping[field] = found ?? near;
  }
  return mapping;
}

/** The columns a mapping names that the file does not have (a name mistyped on the command line). */
export function mappingFaults(mapping: ColumnMapping, header: readonly string[]): string[] {
  const columns = new Set(header);
  return MAPPED_FIELDS.filter((field) => mapping[field] && !columns.has(mapping[field])).map((field) =>
    m.errors_data_no_such_column({ field, column: mapping[field]!, columns: header.join(', ') }),
  );
}

/** What a mapping lacks before any row can be read. */
export function mappingGaps(mapping: ColumnMapping): string[] {
  const gaps: string[] = [];
  if (!mapping.date) gaps.push(m.errors_data_gap_date());
  if (!!mapping.latitude !== !!mapping.longitude) gaps.push(m.errors_data_gap_point());
  return gaps;
}

export interface RowContext {
  file: string;
  /** The row as a spreadsheet numbers it (the header is row 1). */
  row: number;
  /** The import's day, the date of the file as a source. */
  today: string;
  /** What the file's records are called in the words written into the data (default "row"). */
  unit?: 'row' | 'feature';
}

export function genericIncident(row: Row, map: ColumnMapping, ctx: RowContext): Incident | string[] {
  const get = (field: MappedField) => (map[field] ? cell(row, map[field]) : '');
  const problems: string[] = [];
  const date = isoDateIn(get('date'));
  if (!date) problems.push(m.errors_data_date_forms({ value: get('date') }));
  const end = get('end_date') ? isoDateIn(get('end_date')) : undefined;
  if (get('end_date') && (!end || end.precision !== date?.precision))
    problems.push(m.errors_data_end_date_form({ value: get('end_date') }));
  const point = map.latitude && map.longitude ? pointIn(get('latitude'), get('longitude')) : undefined;
  if (typeof point === 'string') problems.push(point);
  const stated = get('precision') ? precisionNamed(get('precision')) : undefined;
  if (get('precision') && !stated)
    problems.push(m.errors_data_precision_unknown({ value: get('precision') }));
  const fatalities = get('fatalities');
  const deaths = fatalities ? figureIn(fatalities) : undefined;
  if (fatalities && deaths === undefined)
    problems.push(m.errors_data_generic_fatalities({ value: fatalities }));
  if (problems.length || !date || typeof point === 'string') return problems;

  const typeText = get('type');
  const type = typeNamed(typeText) ?? 'other';
  const precision = point ? (stated ?? map.defaultPrecision) : (stated ?? 'unknown');
  const idText = slug(get('id'));
  const id = idText || `${slug(ctx.file) || 'import'}-row-${ctx.row}`;
  const outlet = get('source') || ctx.file;
  const url = isWebUrl(get('url')) ? get('url') : '';
  // One source per outlet; a row with its own link is its own article.
  const base = slug(`${ctx.file}-${get('source') || 'file'}`) || 'imported-file';
  const sourceId = url ? `${base}-row-${ctx.row}` : base;
  const claims: Claim[] =
    deaths === undefined ? [] : [{ ...deaths, what: 'killed', claimed_by: outlet, source: sourceId }];
  const place = get('place');
  const summaryText = get('summary');
  // What the import writes into the data stays English, whatever the reader's language.
  // "Other (see the summary)" would point at itself.
  const typeLabel = type === 'other' ? typeText || 'Incident' : englishType(type);
  const record = `${ctx.unit ?? 'row'} ${ctx.row}`;
  const summary =
    summaryText.length >= 40
      ? summaryText
      : `${typeLabel} at ${place || 'a place not named'}, from ${record} of ${ctx.file}.${summaryText ? ` ${summaryText}` : ''}`;
  const notes = type === 'other' && typeText ? [`The file calls its type “${typeText}”.`] : [];
  return {
    type: 'Feature',
    geometry: point ?? null,
    properties: {
      id,
      date: date.date,
      ...(end ? { end_date: end.date } : {}),
      date_precision: date.precision,
      type,
      actors: namesIn(get('actors')),
      country: null,
      admin1: null,
      location_name: place || (point ? `Point from ${record}` : 'Place not given'),
      location_precision: precision,
      claims,
      summary,
      sources: [
        {
          id: sourceId,
          outlet,
          headline: `${ctx.file}, as imported`,
          headline_is_description: true,
          date: ctx.today,
          ...(url ? { url } : {}),
        },
      ],
      ...(notes.length ? { notes } : {}),
    },
  };
}
