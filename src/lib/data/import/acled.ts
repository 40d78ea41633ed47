/**
 * ACLED's CSV export onto our schema: both layouts (the current one with `event_id_cnty` and
 * `iso` numeric; the older one with `event_id_no_cnty`, `data_id` and `iso3`). ACLED is named as
 * the claimant and the source of every figure; its own list of outlets stays in the notes.
 */
import type { Incident, IncidentType, LocationPrecision, DatePrecision, Claim } from '../schema.ts';
import { addDays, cell, countIn, countryIn, dayIn, namesIn, slug, type Row } from './fields.ts';
import { pointIn } from './place.ts';
import { unguardRow } from './atlas-csv.ts';
import { m } from '../../i18n/messages.ts';

export const ACLED_COLUMNS = ['event_date', 'event_type', 'sub_event_type', 'geo_precision', 'fatalities'];

/** ACLED's current export layout (since March 2023), in its order. */
export const ACLED_LAYOUT = [
  'event_id_cnty',
  'event_date',
  'year',
  'time_precision',
  'disorder_type',
  'event_type',
  'sub_event_type',
  'actor1',
  'assoc_actor_1',
  'inter1',
  'actor2',
  'assoc_actor_2',
  'inter2',
  'interaction',
  'civilian_targeting',
  'iso',
  'region',
  'country',
  'admin1',
  'admin2',
  'admin3',
  'location',
  'latitude',
  'longitude',
  'geo_precision',
  'source',
  'source_scale',
  'notes',
  'fatalities',
  'tags',
  'timestamp',
] as const;

/** True for a header from an ACLED export, either layout. */
export function isAcled(header: readonly string[]): boolean {
  const has = new Set(header);
  return ACLED_COLUMNS.every((c) => has.has(c)) && (has.has('event_id_cnty') || has.has('event_id_no_cnty'));
}

/** ACLED's sub-event types (and, failing those, event types) onto ours. */
const SUB_EVENT: Record<string, IncidentType> = {
  'armed clash': 'armed_clash',
  'government regains territory': 'capture_of_post',
  'non-state actor overtakes territory': 'capture_of_post',
  'air/drone strike': 'airstrike',
  'shelling/artillery/missile attack': 'shelling',
  'suicide bomb': 'suicide_bombing',
  'remote explosive/landmine/ied': 'militant_attack',
  grenade: 'militant_attack',
  'chemical weapon': 'militant_attack',
  attack: 'militant_attack',
  'abduction/forced disappearance': 'militant_attack',
  'sexual violence': 'militant_attack',
  agreement: 'talks',
  arrests: 'policy',
  'change to group/activity': 'policy',
  'headquarters or base established': 'capture_of_post',
  'looting/property destruction': 'demolition',
  'non-violent transfer of territory': 'political_change',
};
const EVENT: Record<string, IncidentType> = {
  battles: 'armed_clash',
  'explosions/remote violence': 'militant_attack',
  'violence against civilians': 'militant_attack',
  protests: 'protest',
  riots: 'protest',
  'strategic developments': 'other',
};

const GEO: Record<string, LocationPrecision> = { '1': 'town', '2': 'district', '3': 'province' };
/** time_precision: 1 the day; 2 a week, coded at its middle; 3 a month, coded at its middle. */
const TIME: Record<string, DatePrecision> = { '1': 'day', '2': 'week', '3': 'month' };

/** One ACLED row as an incident, or what makes it unreadable. */
export function acledIncident(written: Row): Incident | string[] {
  // Our own export guards cells a spreadsheet would run; ACLED's own files have no such guard.
  const row = 'atlas_id' in written ? unguardRow(written) : written;
  const problems: string[] = [];
  // event_id_no_cnty repeats from country to country: with its iso3 it is event_id_cnty again.
  const noCountry = cell(row, 'event_id_no_cnty');
  const eventId =
    cell(row, 'event_id_cnty') ||
    (noCountry && cell(row, 'iso3') ? `${cell(row, 'iso3')}${noCountry}` : '') ||
    cell(row, 'data_id') ||
    noCountry;
  // Column names and the file's values are parameters: they stay as the file writes them.
  if (!eventId) problems.push(m.errors_data_acled_no_id());
  const day = dayIn(cell(row, 'event_date'));
  if (!day) problems.push(m.errors_data_acled_date({ value: cell(row, 'event_date') }));
  const sub = cell(row, 'sub_event_type');
  const type = SUB_EVENT[sub.toLowerCase()] ?? EVENT[cell(row, 'event_type').toLowerCase()];
  if (!type) problems.push(m.errors_data_acled_type({ value: cell(row, 'event_type') }));
  const precision = GEO[cell(row, 'geo_precision')];
  if (!precision)
    problems.push(m.errors_data_not_1_2_3({ field: 'geo_precision', value: cell(row, 'geo_precision') }));
  const time = TIME[cell(row, 'time_precision') || '1'];
  if (!time)
    problems.push(m.errors_data_not_1_2_3({ field: 'time_precision', value: cell(row, 'time_precision') }));
  const point = pointIn(cell(row, 'latitude'), cell(row, 'longitude'));
  if (typeof point === 'string') problems.push(point);
  else if (!point) problems.push(m.errors_data_acled_no_point());
  const fatalities = cell(row, 'fatalities');
  const deaths = fatalities === '' ? undefined : countIn(fatalities);
  if (fatalities !== '' && deaths === undefined)
    problems.push(m.errors_data_not_count({ field: 'fatalities', value: `"${fatalities}"` }));
  if (problems.length || !day || !type || !precision || !time || typeof point !== 'object') return problems;

  // Our own ACLED export names each row's id in the atlas: read back, it is the same incident.
  const atlasId = cell(row, 'atlas_id');
  const id = atlasId && slug(atlasId) === atlasId ? atlasId : `acled-${slug(eventId)}`;
  // actor1 and actor2 are one name each; only the associated actors are lists.
  const actors = [
    ...new Set(
      [
        cell(row, 'actor1'),
        ...namesIn(cell(row, 'assoc_actor_1')),
        cell(row, 'actor2'),
        ...namesIn(cell(row, 'assoc_actor_2')),
      ].filter(Boolean),
    ),
  ];
  const actor1 = cell(row, 'actor1') || undefined;
  const actor2 = cell(row, 'actor2') && cell(row, 'actor2') !== actor1 ? cell(row, 'actor2') : undefined;
  const stamp = countIn(cell(row, 'timestamp'));
  const sourceDate = stamp ? new Date(stamp * 1000).toISOString().slice(0, 10) : day;
  const source = {
    id,
    outlet: 'ACLED',
    headline: `ACLED event ${eventId}${sub ? `: ${sub}` : ''}`,
    headline_is_description: true,
    date: sourceDate,
  };
  const claims: Claim[] =
    deaths === undefined ? [] : [{ figure: deaths, what: 'killed', claimed_by: 'ACLED', source: id }];
  const country =
    countryIn(cell(row, 'iso3')) ?? countryIn(cell(row, 'iso'), 'numeric') ?? countryIn(cell(row, 'country'));
  const location =
    cell(row, 'location') || [cell(row, 'admin2'), cell(row, 'admin1')].filter(Boolean).join(', ');
  return {
    type: 'Feature',
    geometry: point,
    properties: {
      id,
      // ACLED codes a week at its middle day and a month at its middle: ours name the span.
      date: time === 'month' ? day.slice(0, 7) : time === 'week' ? addDays(day, -3) : day,
      date_precision: time,
      type,
      actors,
      ...(actor1 ? { actor1 } : {}),
      ...(actor2 ? { actor2 } : {}),
      ...(targetsCivilians(cell(row, 'civilian_targeting')) ? { civilian_targeting: true } : {}),
      country: country ?? null,
      admin1: cell(row, 'admin1') || null,
      admin2: cell(row, 'admin2') || null,
      location_name: location || 'Place named by ACLED',
      location_precision: precision,
      claims,
      summary: summaryOf(row, sub, location),
      sources: [source],
      notes: notesOf(row),
    },
  };
}

/** ACLED writes "Civilian targeting" or nothing; a sheet edited by hand may say yes or no. */
const targetsCivilians = (value: string) => value !== '' && !/^(no|n|false|0|none)$/i.test(value);

/** ACLED's notes where they say enough, else a description from the coded fields (40 letters at least). */
function summaryOf(row: Row, sub: string, location: string): string {
  const notes = cell(row, 'notes');
  if (notes.length >= 40) return notes;
  const what = sub || cell(row, 'event_type');
  const coded = `ACLED codes this as ${what} at ${location || 'a place it names'}`;
  return notes ? `${coded}. ACLED's notes: ${notes}` : `${coded}; its export has no description.`;
}

function notesOf(row: Row): string[] {
  const notes = [
    `Imported from ACLED (${cell(row, 'event_type')}${cell(row, 'disorder_type') ? `; ${cell(row, 'disorder_type')}` : ''}); the figure is ACLED's, which takes the lowest credible count.`,
  ];
  if (cell(row, 'source'))
    notes.push(
      `ACLED's sources: ${cell(row, 'source')}${cell(row, 'source_scale') ? ` (${cell(row, 'source_scale')})` : ''}.`,
    );
  if (cell(row, 'tags')) notes.push(`ACLED's tags: ${cell(row, 'tags')}.`);
  return notes;
}
