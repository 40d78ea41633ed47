/**
 * The incident schema (v2): one Feature per incident, a Point at the best location the text
 * supports or `null` when it gives none. Documented in geodata/README.md; validated by
 * `incidentRules`. The fields map one to one onto ACLED and UCDP GED columns (see the README).
 */
import type { Feature } from 'geojson';
import type { LayerRules } from './validate.ts';
import { dateIssues } from './dates.ts';
import { claimIssues, sourceIssues } from './claims.ts';
import { pointFault } from './point-checks.ts';
import {
  INCIDENT_TYPES,
  LOCATION_PRECISIONS,
  UNLOCATED_PRECISIONS,
  type Claim,
  type IncidentProps,
} from './schema.ts';
import { m } from '../i18n/messages.ts';
import { num } from './say.ts';

export * from './schema.ts';
export { dateSpan, parseIsoDate } from './dates.ts';

/** "Barmal district, Paktika"; "Central Kabul, Kabul"; never "Paktika, Paktika". */
export function placeLabel(p: Pick<IncidentProps, 'location_name' | 'admin1'>): string {
  if (!p.admin1 || p.location_name.includes(p.admin1)) return p.location_name;
  return `${p.location_name}, ${p.admin1}`;
}

export const isAggregate = (p: Pick<IncidentProps, 'clarity'>): boolean => p.clarity === 'aggregate';

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const isList = (v: unknown): v is unknown[] => Array.isArray(v);
const isText = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';

function placeIssues(p: IncidentProps, located: boolean): string[] {
  const issues: string[] = [];
  // Field names and values are the schema's and the file's: parameters, never translated.
  const value = String(p.location_precision);
  if (!(p.location_precision in LOCATION_PRECISIONS))
    issues.push(m.errors_data_precision_is_unknown({ value }));
  if (!located && !UNLOCATED_PRECISIONS.includes(p.location_precision))
    issues.push(m.errors_data_precision_needs_point({ value }));
  if (located && UNLOCATED_PRECISIONS.includes(p.location_precision))
    issues.push(m.errors_data_precision_invented_point({ value }));
  if (p.country === undefined) issues.push(m.errors_data_missing_country());
  else if (p.country !== null && !/^[A-Z]{3}$/.test(String(p.country))) {
    issues.push(m.errors_data_country_not_iso({ value: String(p.country) }));
  }
  if (p.admin1 === undefined) issues.push(m.errors_data_missing_admin1());
  else if (p.admin1 !== null && typeof p.admin1 !== 'string')
    issues.push(m.errors_data_name_or_null({ field: 'admin1' }));
  if (p.admin2 !== undefined && p.admin2 !== null && !isText(p.admin2)) {
    issues.push(m.errors_data_name_or_null({ field: 'admin2' }));
  }
  return issues;
}

function roleIssues(p: IncidentProps): string[] {
  const issues: string[] = [];
  for (const role of ['actor1', 'actor2'] as const) {
    const name = p[role];
    if (name === undefined) continue;
    if (!isText(name) || !p.actors.includes(name))
      issues.push(m.errors_data_not_an_actor({ field: role, value: String(name) }));
  }
  if (p.actor1 !== undefined && p.actor1 === p.actor2) issues.push(m.errors_data_same_actors());
  const flag = p.civilian_targeting;
  if (flag !== undefined && typeof flag !== 'boolean') issues.push(m.errors_data_civilian_targeting());
  // A claim's side names whom it counts: one of the parties, or civilians, or unknown.
  const parties = new Set<unknown>([...p.actors, p.target, 'civilians', 'unknown']);
  (isList(p.claims) ? p.claims : []).forEach((c, i) => {
    const side = (c as Partial<Claim> | null)?.side;
    if (isText(side) && !parties.has(side)) {
      issues.push(
        m.errors_data_claim_at({ index: num(i), message: m.errors_data_side_not_party({ value: side }) }),
      );
    }
  });
  return issues;
}

function clarityIssues(p: IncidentProps): string[] {
  const issues: string[] = [];
  if (p.clarity !== undefined && p.clarity !== 'clear' && p.clarity !== 'aggregate') {
    issues.push(m.errors_data_clarity({ value: String(p.clarity) }));
  }
  if (p.parts !== undefined) {
    if (!isList(p.parts) || !p.parts.every(isText)) issues.push(m.errors_data_parts_list());
    else if (p.clarity !== 'aggregate') issues.push(m.errors_data_parts_not_aggregate());
    else if (p.parts.includes(p.id)) issues.push(m.errors_data_parts_self());
  } else if (p.clarity === 'aggregate') issues.push(m.errors_data_parts_missing());
  return issues;
}

/** Every rule of one incident's properties, as located messages; never throws on odd input. */
function propertyIssues(p: IncidentProps, located: boolean): string[] {
  const issues: string[] = [];
  if (!SLUG.test(String(p.id))) issues.push(m.errors_data_not_slug({ value: String(p.id) }));
  issues.push(...dateIssues(p));
  if (!(p.type in INCIDENT_TYPES)) {
    const list = Object.keys(INCIDENT_TYPES).join(', ');
    issues.push(m.errors_data_not_one_of({ field: 'type', value: String(p.type), list }));
  }
  issues.push(...placeIssues(p, located));
  if (isList(p.actors)) issues.push(...roleIssues(p));
  issues.push(...clarityIssues(p));
  // A missing list is reported once, as a missing property, not again here.
  const sources = isList(p.sources) ? p.sources : [];
  if (isList(p.sources)) issues.push(...sourceIssues(sources));
  if (isList(p.claims)) issues.push(...claimIssues(p.claims, sources));
  if (typeof p.summary === 'string' && p.summary.length < 40) issues.push(m.errors_data_summary_short());
  if (p.notes !== undefined && !(isList(p.notes) && p.notes.every(isText)))
    issues.push(m.errors_data_notes_texts());
  return issues;
}

type Located = { index: number; message: string };

/**
 * A source as one text, to tell whether two records are the same article: every field counts (a
 * doubt or URL on one citation only would be hidden elsewhere), keys sorted.
 */
export function sourceRecord(s: object): string {
  const fields = s as Record<string, unknown>;
  return JSON.stringify(
    Object.keys(fields)
      .sort()
      .map((k) => [k, fields[k]]),
  );
}

/** One article, one record: a source id cited by several incidents says the same everywhere. */
function sourceConsistency(features: Feature[]): Located[] {
  const issues: Located[] = [];
  const seen = new Map<string, string>();
  features.forEach((f, index) => {
    const sources = (f?.properties as IncidentProps | undefined)?.sources;
    if (!isList(sources)) return;
    for (const s of sources) {
      if (s === null || typeof s !== 'object' || Array.isArray(s)) continue;
      const id = String(s.id);
      const first = seen.get(id);
      const mine = sourceRecord(s);
      if (first !== undefined && first !== mine) {
        issues.push({ index, message: m.errors_data_source_differs({ id }) });
      }
      seen.set(id, first ?? mine);
    }
  });
  return issues;
}

/**
 * Rules across incidents: an aggregate's parts exist, are not aggregates, and no part is in two.
 * An import may bring a summary report without its parts (a filtered export): `partsElsewhere`
 * lets their absence pass, since the store counts such a report on its own.
 */
export function collectionIssues(features: Feature[], partsElsewhere = false): Located[] {
  const issues: Located[] = sourceConsistency(features);
  const byId = new Map<string, IncidentProps>();
  for (const f of features) {
    const p = f?.properties as IncidentProps | undefined;
    if (p && typeof p.id === 'string') byId.set(p.id, p);
  }
  const owner = new Map<string, string>();
  features.forEach((f, index) => {
    const p = f?.properties as IncidentProps | undefined;
    if (!p || p.clarity !== 'aggregate' || !isList(p.parts)) return;
    for (const part of p.parts) {
      const target = byId.get(String(part));
      const name = String(part);
      if (!target) {
        if (!partsElsewhere) issues.push({ index, message: m.errors_data_part_missing({ part: name }) });
      } else if (target.clarity === 'aggregate')
        issues.push({ index, message: m.errors_data_part_aggregate({ part: name }) });
      const first = owner.get(name);
      if (first && first !== p.id)
        issues.push({ index, message: m.errors_data_part_twice({ part: name, first }) });
      owner.set(String(part), p.id);
    }
  });
  return issues;
}

export const incidentRules: LayerRules = {
  geometry: ['Point', null],
  required: {
    id: 'string',
    date: 'string',
    date_precision: 'string',
    type: 'string',
    actors: 'string[]',
    location_name: 'string',
    location_precision: 'string',
    claims: 'object[]',
    summary: 'string',
    sources: 'object[]',
  },
  uniqueId: 'id',
  check: (feature) => {
    const p = feature.properties;
    if (p === null || typeof p !== 'object' || Array.isArray(p)) return [];
    const point = feature.geometry?.type === 'Point' ? pointFault(feature.geometry.coordinates) : undefined;
    return [...(point ? [point] : []), ...propertyIssues(p as IncidentProps, feature.geometry !== null)];
  },
  checkCollection: (features) => collectionIssues(features),
};
