/**
 * The incidents shown as an ACLED-compatible CSV (the current layout), for tools that read ACLED.
 * ACLED codes each event at a place and at least to the month: incidents with no point, or known
 * only to the year, are left out and counted. One figure per event: the fewest deaths any source
 * reports (ACLED's own rule). Claims by several parties, spans of days, targets and the sources'
 * details do not fit; GeoJSON and our CSV keep them. Three columns of ours follow ACLED's: the
 * atlas id (read back, a row is the same incident) and the export's stamp.
 */
import Papa from 'papaparse';
import type { Incident, IncidentType } from '../data/incidents.ts';
import { ACLED_LAYOUT } from '../data/import/acled.ts';
import type { ExportStamp } from '../data/export.ts';
import { guardCell } from '../data/import/atlas-csv.ts';
import { conservativeDeaths } from './casualties.ts';
import { addDays } from './dates.ts';

const EVENT: Record<IncidentType, [disorder: string, event: string, sub: string]> = {
  airstrike: ['Political violence', 'Explosions/Remote violence', 'Air/drone strike'],
  drone_strike: ['Political violence', 'Explosions/Remote violence', 'Air/drone strike'],
  shelling: ['Political violence', 'Explosions/Remote violence', 'Shelling/artillery/missile attack'],
  suicide_bombing: ['Political violence', 'Explosions/Remote violence', 'Suicide bomb'],
  armed_clash: ['Political violence', 'Battles', 'Armed clash'],
  attack_on_post: ['Political violence', 'Battles', 'Armed clash'],
  capture_of_post: ['Political violence', 'Battles', 'Non-state actor overtakes territory'],
  militant_attack: ['Political violence', 'Explosions/Remote violence', 'Remote explosive/landmine/IED'],
  ceasefire: ['Strategic developments', 'Strategic developments', 'Agreement'],
  talks: ['Strategic developments', 'Strategic developments', 'Agreement'],
  ceasefire_collapse: ['Strategic developments', 'Strategic developments', 'Other'],
  deportation: ['Strategic developments', 'Strategic developments', 'Other'],
  demolition: ['Strategic developments', 'Strategic developments', 'Looting/property destruction'],
  policy: ['Strategic developments', 'Strategic developments', 'Change to group/activity'],
  political_change: ['Strategic developments', 'Strategic developments', 'Non-violent transfer of territory'],
  protest: ['Demonstrations', 'Protests', 'Peaceful protest'],
  other: ['Strategic developments', 'Strategic developments', 'Other'],
};
const GEO: Record<string, string> = { exact: '1', town: '1', district: '2', province: '3' };
const ISO: Record<string, [numeric: string, name: string]> = {
  AFG: ['4', 'Afghanistan'],
  PAK: ['586', 'Pakistan'],
  IRN: ['364', 'Iran'],
  IND: ['356', 'India'],
};

/** ACLED's date and time_precision: a week or span at its middle day, a month at its middle. */
function acledDate(p: Incident['properties']): [string, string] | undefined {
  if (p.date_precision === 'day') return [p.date, '1'];
  if (p.date_precision === 'week') return [addDays(p.date, 3), '2'];
  if (p.date_precision === 'span' && p.end_date) {
    const days = Math.round((Date.parse(p.end_date) - Date.parse(p.date)) / 86_400_000);
    return [addDays(p.date, Math.floor(days / 2)), '2'];
  }
  if (p.date_precision === 'month') return [`${p.date}-15`, '3'];
  return undefined;
}

/**
 * ACLED's columns, then ours: the incident's id in the atlas (so the file read back is known for
 * what it is, and not loaded twice) and the export's stamp. Tools that read ACLED by column name
 * pass over them.
 */
const COLUMNS = [...ACLED_LAYOUT, 'atlas_id', 'dataset_version', 'exported_at'] as const;

export interface AcledExport {
  text: string;
  written: number;
  /** Left out: no point (ACLED codes every event at a place), or dated only to a year. */
  unlocated: number;
  yearOnly: number;
}

export function acledExport(incidents: readonly Incident[], stamp: ExportStamp): AcledExport {
  const out = { unlocated: 0, yearOnly: 0 };
  const timestamp = String(Math.floor(Date.parse(stamp.exportedAt) / 1000));
  const rows: string[][] = [];
  for (const incident of incidents) {
    const p = incident.properties;
    const point = incident.geometry?.coordinates;
    const geo = GEO[p.location_precision];
    if (!point || !geo) {
      out.unlocated++;
      continue;
    }
    const when = acledDate(p);
    if (!when) {
      out.yearOnly++;
      continue;
    }
    const [disorder, event, sub] =
      p.type === 'militant_attack' && p.civilian_targeting
        ? ['Political violence', 'Violence against civilians', 'Attack']
        : EVENT[p.type];
    const others = p.actors.filter((a) => a !== p.actor1 && a !== p.actor2);
    const [iso, country] = ISO[p.country ?? ''] ?? ['', p.country ?? ''];
    const row: Record<string, string> = {
      event_id_cnty: p.id.startsWith('acled-') ? p.id.slice(6).toUpperCase() : p.id,
      event_date: when[0],
      year: when[0].slice(0, 4),
      time_precision: when[1],
      disorder_type: disorder,
      event_type: event,
      sub_event_type: sub,
      actor1: p.actor1 ?? others.shift() ?? '',
      assoc_actor_1: others.join('; '),
      actor2: p.actor2 ?? '',
      civilian_targeting: p.civilian_targeting ? 'Civilian targeting' : '',
      iso,
      country,
      admin1: p.admin1 ?? '',
      admin2: p.admin2 ?? '',
      location: p.location_name,
      latitude: String(point[1]),
      longitude: String(point[0]),
      geo_precision: geo,
      source: p.sources.map((s) => (s.url ? `${s.outlet} (${s.url})` : s.outlet)).join('; '),
      notes: p.summary,
      fatalities: String(conservativeDeaths(incident)),
      timestamp,
      atlas_id: p.id,
      dataset_version: stamp.version,
      exported_at: stamp.exportedAt,
    };
    rows.push(COLUMNS.map((c) => guardCell(row[c] ?? '')));
  }
  const text = `${Papa.unparse({ fields: [...COLUMNS], data: rows })}\r\n`;
  return { text, written: rows.length, ...out };
}
