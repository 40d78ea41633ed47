/**
 * An incident as the editor's form holds it (texts, one per field), and back. The same
 * validator as every import runs on the result, so what the form cannot save is said in the
 * words of the schema's rules. Pure.
 */
import type {
  Claim,
  DatePrecision,
  Incident,
  IncidentProps,
  IncidentType,
  LocationPrecision,
  Source,
} from '../data/incidents.ts';
import { incidentRules, QUALIFIERS, UNLOCATED_PRECISIONS } from '../data/incidents.ts';
import { validateFeatureCollection } from '../data/validate.ts';
import { slug } from '../data/import/fields.ts';
import { m, n } from '../i18n/messages.ts';

export interface DraftClaim {
  figure: string;
  low: string;
  best: string;
  high: string;
  qualifier: string;
  wording: string;
  what: string;
  side: string;
  claimed_by: string;
  source: string;
}

export interface DraftSource {
  id: string;
  outlet: string;
  headline: string;
  /** The headline is our description of a copy that has none. */
  described: boolean;
  author: string;
  date: string;
  url: string;
  doubt: string;
}

export interface Draft {
  id: string;
  date: string;
  end_date: string;
  date_precision: DatePrecision;
  type: IncidentType;
  /** One name a line. */
  actors: string;
  actor1: string;
  actor2: string;
  target: string;
  civilian_targeting: boolean;
  country: string;
  admin1: string;
  admin2: string;
  location_name: string;
  location_precision: LocationPrecision;
  lng: string;
  lat: string;
  summary: string;
  /** One note a line. */
  notes: string;
  claims: DraftClaim[];
  sources: DraftSource[];
  /** Fields the form does not edit (an aggregate's clarity and parts), kept as they were. */
  kept: Pick<IncidentProps, 'clarity' | 'parts'>;
}

export const emptyClaim = (source = ''): DraftClaim => ({
  figure: '',
  low: '',
  best: '',
  high: '',
  qualifier: '',
  wording: '',
  what: 'killed',
  side: '',
  claimed_by: '',
  source,
});

export const emptySource = (): DraftSource => ({
  id: '',
  outlet: '',
  headline: '',
  described: false,
  author: '',
  date: '',
  url: '',
  doubt: '',
});

export function emptyDraft(today: string): Draft {
  return {
    id: '',
    date: today,
    end_date: '',
    date_precision: 'day',
    type: 'armed_clash',
    actors: '',
    actor1: '',
    actor2: '',
    target: '',
    civilian_targeting: false,
    country: '',
    admin1: '',
    admin2: '',
    location_name: '',
    location_precision: 'town',
    lng: '',
    lat: '',
    summary: '',
    notes: '',
    claims: [],
    sources: [emptySource()],
    kept: {},
  };
}

const text = (v: unknown) => (v === undefined || v === null ? '' : String(v));
const lines = (t: string) =>
  t
    .split('\n')
    .map((s) => s.trim())
    .filter(Boolean);

export function draftOf(incident: Incident): Draft {
  const p = incident.properties;
  const point = incident.geometry?.coordinates;
  return {
    ...emptyDraft(p.date),
    id: p.id,
    date: p.date,
    end_date: text(p.end_date),
    date_precision: p.date_precision,
    type: p.type,
    actors: p.actors.join('\n'),
    actor1: text(p.actor1),
    actor2: text(p.actor2),
    target: text(p.target),
    civilian_targeting: p.civilian_targeting === true,
    country: text(p.country),
    admin1: text(p.admin1),
    admin2: text(p.admin2),
    location_name: p.location_name,
    location_precision: p.location_precision,
    lng: point ? String(point[0]) : '',
    lat: point ? String(point[1]) : '',
    summary: p.summary,
    notes: (p.notes ?? []).join('\n'),
    claims: p.claims.map((c) => ({
      figure: Array.isArray(c.figure) ? c.figure.join('-') : text(c.figure),
      low: text(c.low),
      best: text(c.best),
      high: text(c.high),
      qualifier: text(c.qualifier),
      wording: text(c.wording),
      what: c.what,
      side: text(c.side),
      claimed_by: c.claimed_by,
      source: c.source,
    })),
    sources: p.sources.map((s) => ({
      id: s.id,
      outlet: s.outlet,
      headline: s.headline,
      described: s.headline_is_description === true,
      author: text(s.author),
      date: s.date,
      url: text(s.url),
      doubt: text(s.doubt),
    })),
    kept: {
      ...(p.clarity !== undefined ? { clarity: p.clarity } : {}),
      ...(p.parts !== undefined ? { parts: p.parts } : {}),
    },
  };
}

/** A count from a field ('' → undefined; anything else not a whole number → NaN, reported). */
const count = (t: string): number | undefined =>
  t.trim() === '' ? undefined : /^\d+$/.test(t.trim()) ? Number(t) : NaN;

/** The fields a number issue names, in the current language. */
const FIELD = {
  low: () => m.errors_field_low(),
  best: () => m.errors_field_best(),
  high: () => m.errors_field_high(),
  longitude: () => m.errors_field_longitude(),
  latitude: () => m.errors_field_latitude(),
};

/** What the numbers typed cannot be, before the schema's rules run. */
export function numberIssues(d: Draft): string[] {
  const issues: string[] = [];
  d.claims.forEach((c, i) => {
    const claim = n(i + 1);
    for (const k of ['low', 'best', 'high'] as const)
      if (Number.isNaN(count(c[k])))
        issues.push(m.errors_draft_not_whole({ claim, field: FIELD[k](), value: c[k] }));
    if (c.figure.trim() && !/^\d+(-\d+)?$/.test(c.figure.trim()))
      issues.push(m.errors_draft_figure({ claim, value: c.figure }));
  });
  if (!UNLOCATED_PRECISIONS.includes(d.location_precision))
    for (const [k, v] of [
      ['longitude', d.lng],
      ['latitude', d.lat],
    ] as const)
      if (v.trim() === '' || !Number.isFinite(Number(v)))
        issues.push(m.errors_draft_not_number({ field: FIELD[k](), value: v }));
  return issues;
}

/** The source's id from its outlet and date when none is given. */
export const draftSourceId = (s: DraftSource): string =>
  s.id.trim() || slug(`${s.outlet}-${s.date}`) || 'source';

export function incidentOf(d: Draft): Incident {
  const located = !UNLOCATED_PRECISIONS.includes(d.location_precision);
  const sources: Source[] = d.sources.map((s) => ({
    id: draftSourceId(s),
    outlet: s.outlet.trim(),
    headline: s.headline.trim(),
    ...(s.described ? { headline_is_description: true } : {}),
    ...(s.author.trim() ? { author: s.author.trim() } : {}),
    date: s.date.trim(),
    ...(s.url.trim() ? { url: s.url.trim() } : {}),
    ...(s.doubt.trim() ? { doubt: s.doubt.trim() } : {}),
  }));
  const claims: Claim[] = d.claims.map((c) => {
    const [a, b] = c.figure.trim().split('-').map(Number);
    const figure = c.figure.trim() === '' ? null : b !== undefined ? ([a!, b] as [number, number]) : a!;
    const estimate = Object.fromEntries(
      (['low', 'best', 'high'] as const).filter((k) => c[k].trim()).map((k) => [k, count(c[k])]),
    );
    return {
      figure,
      ...(QUALIFIERS.includes(c.qualifier as never) ? { qualifier: c.qualifier as Claim['qualifier'] } : {}),
      ...(c.wording.trim() ? { wording: c.wording.trim() } : {}),
      ...estimate,
      what: c.what.trim(),
      ...(c.side.trim() ? { side: c.side.trim() } : {}),
      claimed_by: c.claimed_by.trim(),
      source: c.source || sources[0]?.id || '',
    };
  });
  const optional = (key: string, value: string) => (value.trim() ? { [key]: value.trim() } : {});
  const notes = lines(d.notes);
  const id = d.id.trim() || slug(`${d.date}-${d.location_name}-${d.type}`) || 'incident';
  return {
    type: 'Feature',
    geometry: located ? { type: 'Point', coordinates: [Number(d.lng), Number(d.lat)] } : null,
    properties: {
      id,
      date: d.date.trim(),
      ...optional('end_date', d.end_date),
      date_precision: d.date_precision,
      type: d.type,
      actors: lines(d.actors),
      ...optional('actor1', d.actor1),
      ...optional('actor2', d.actor2),
      ...optional('target', d.target),
      ...(d.civilian_targeting ? { civilian_targeting: true } : {}),
      country: d.country.trim() || null,
      admin1: d.admin1.trim() || null,
      ...(d.admin2.trim() ? { admin2: d.admin2.trim() } : {}),
      location_name: d.location_name.trim(),
      location_precision: d.location_precision,
      ...d.kept,
      claims,
      summary: d.summary.trim(),
      sources,
      ...(notes.length ? { notes } : {}),
    },
  };
}

/** Everything that keeps the draft from being saved; empty means it can be. */
export function draftIssues(d: Draft, taken: ReadonlyMap<string, string>): string[] {
  const early = numberIssues(d);
  if (early.length) return early;
  const incident = incidentOf(d);
  const issues = validateFeatureCollection(
    { type: 'FeatureCollection', features: [incident] },
    'draft',
    incidentRules,
  );
  const out = issues.map((i) => i.message);
  const owner = taken.get(incident.properties.id);
  if (owner) out.push(m.errors_id_taken({ id: incident.properties.id, owner }));
  return out;
}
