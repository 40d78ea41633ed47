/**
 * The incident schema: one Feature per incident, a Point at the best location the text supports
 * or `null` when it gives none. Documented in geodata/README.md; validated by `incidentRules`.
 */
import type { Feature, FeatureCollection, Point } from 'geojson';
import type { LayerRules } from './validate.ts';

/** What happened. Keep in step with the table in geodata/README.md. */
export const INCIDENT_TYPES = {
  airstrike: 'Airstrike',
  drone_strike: 'Drone strike',
  shelling: 'Shelling or mortar fire',
  armed_clash: 'Armed clash',
  attack_on_post: 'Attack on a border post',
  capture_of_post: 'Capture of a border post',
  militant_attack: 'Militant attack',
  suicide_bombing: 'Suicide bombing',
  ceasefire: 'Ceasefire or truce',
  ceasefire_collapse: 'Ceasefire broken off',
  talks: 'Talks or diplomatic meeting',
  deportation: 'Deportation or forced return',
  demolition: 'Demolition',
  policy: 'Policy decision',
} as const;
export type IncidentType = keyof typeof INCIDENT_TYPES;

export const DATE_PRECISIONS = ['day', 'month', 'year'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

/** How exactly the point stands for the place; the map draws each differently. */
export const LOCATION_PRECISIONS = {
  exact: 'Exact site',
  town: 'Town or city',
  district: 'District (drawn at its seat)',
  province: 'Province (drawn at a representative point)',
  border: 'Somewhere along the border',
  country: 'Country only',
  unknown: 'Place not given',
} as const;
export type LocationPrecision = keyof typeof LOCATION_PRECISIONS;

/** A figure is one number or a range `[low, high]`; `null` for "not stated" (e.g. "dozens"). */
export type Figure = number | [number, number] | null;

export interface Claim {
  figure: Figure;
  /** How the source words the figure: "at least 17", "more than 200", "about 50". */
  qualifier?: 'at least' | 'more than' | 'about' | 'up to';
  /** What the figure counts, e.g. "militants killed", "civilians killed", "homes demolished". */
  what: string;
  /** Who made the claim: a party, an official, the UN, or the outlet itself when unattributed. */
  claimed_by: string;
  /** Outlet of the article reporting the claim (one of the incident's sources). */
  source: string;
}

export interface Source {
  outlet: string;
  headline: string;
  /** ISO day or month of publication, as precise as the copy shows. */
  date: string;
  author?: string;
  /** True where our copy carries no headline and `headline` is our description of the piece. */
  headline_is_description?: boolean;
}

export interface IncidentProps {
  id: string;
  date: string;
  end_date?: string;
  date_precision: DatePrecision;
  type: IncidentType;
  actors: string[];
  target?: string;
  /** ISO 3166-1 alpha-3 of where it happened; null when the text does not say. */
  country: string | null;
  /** Province from provinces.geojson (point in polygon), checked against the text; null outside AFG/PAK or unlocated. */
  admin1: string | null;
  location_name: string;
  location_precision: LocationPrecision;
  claims: Claim[];
  summary: string;
  sources: Source[];
  /** Disagreements that are not figures (dates, who did it), with who said what. */
  notes?: string[];
}

export type Incident = Feature<Point | null, IncidentProps>;
export type Incidents = FeatureCollection<Point | null, IncidentProps>;

/** "Barmal district, Paktika"; "Central Kabul, Kabul"; never "Paktika, Paktika". */
export function placeLabel(p: Pick<IncidentProps, 'location_name' | 'admin1'>): string {
  return p.admin1 && !p.location_name.includes(p.admin1) ? `${p.location_name}, ${p.admin1}` : p.location_name;
}

const ISO_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Parse an ISO day, month or year; `undefined` for anything else (2025-13-45, 2025-02-30). */
export function parseIsoDate(value: string): { year: number; month?: number; day?: number; precision: DatePrecision } | undefined {
  const m = ISO_DATE.exec(value);
  if (!m) return undefined;
  const year = Number(m[1]);
  const month = m[2] === undefined ? undefined : Number(m[2]);
  const day = m[3] === undefined ? undefined : Number(m[3]);
  if (month !== undefined && (month < 1 || month > 12)) return undefined;
  if (day !== undefined) {
    const last = new Date(Date.UTC(year, month!, 0)).getUTCDate();
    if (day < 1 || day > last) return undefined;
  }
  return { year, month, day, precision: day !== undefined ? 'day' : month !== undefined ? 'month' : 'year' };
}

/** First and last day an ISO day/month/year covers, as `YYYY-MM-DD` (a month spans its month). */
export function dateSpan(value: string): [string, string] | undefined {
  const d = parseIsoDate(value);
  if (!d) return undefined;
  const pad = (n: number) => String(n).padStart(2, '0');
  if (d.precision === 'day') return [value, value];
  if (d.precision === 'month') return [`${value}-01`, `${value}-${pad(new Date(Date.UTC(d.year, d.month!, 0)).getUTCDate())}`];
  return [`${value}-01-01`, `${value}-12-31`];
}

function figureIssue(figure: unknown): string | undefined {
  if (figure === null) return undefined;
  if (typeof figure === 'number') return Number.isFinite(figure) && figure >= 0 ? undefined : `figure ${figure} is not a count`;
  if (Array.isArray(figure) && figure.length === 2 && figure.every((n) => typeof n === 'number' && n >= 0) && figure[0] <= figure[1]) return undefined;
  return `figure ${JSON.stringify(figure)} is not a number, [low, high] or null`;
}

export const incidentRules: LayerRules = {
  geometry: ['Point', null],
  required: {
    id: 'string', date: 'string', date_precision: 'string', type: 'string', actors: 'string[]',
    location_name: 'string', location_precision: 'string', claims: 'object[]', summary: 'string', sources: 'object[]',
  },
  uniqueId: 'id',
  check: (feature) => {
    const p = feature.properties as IncidentProps;
    const issues: string[] = [];
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(p.id)) issues.push(`id "${p.id}" is not a lower-case slug`);
    const date = parseIsoDate(p.date);
    if (!date) issues.push(`date "${p.date}" is not an ISO day, month or year`);
    else if (date.precision !== p.date_precision) issues.push(`date_precision "${p.date_precision}" does not match date "${p.date}"`);
    if (p.end_date !== undefined) {
      if (!parseIsoDate(p.end_date)) issues.push(`end_date "${p.end_date}" is not an ISO date`);
      else if (date && dateSpan(p.end_date)![1] < dateSpan(p.date)![0]) issues.push(`end_date ${p.end_date} is before date ${p.date}`);
    }
    if (!(p.type in INCIDENT_TYPES)) issues.push(`type "${p.type}" is not one of ${Object.keys(INCIDENT_TYPES).join(', ')}`);
    if (!(p.location_precision in LOCATION_PRECISIONS)) issues.push(`location_precision "${p.location_precision}" is unknown`);
    if (p.country !== null && !/^[A-Z]{3}$/.test(String(p.country))) issues.push(`country "${p.country}" is not ISO alpha-3 or null`);
    if (p.admin1 !== null && typeof p.admin1 !== 'string') issues.push('admin1 must be a string or null');
    const located = feature.geometry !== null;
    if (!located && ['exact', 'town', 'district', 'province'].includes(p.location_precision)) {
      issues.push(`location_precision "${p.location_precision}" needs a point`);
    }
    if (located && ['border', 'country', 'unknown'].includes(p.location_precision)) {
      issues.push(`location_precision "${p.location_precision}" must not have an invented point`);
    }
    if (p.sources.length === 0) issues.push('has no source');
    p.sources.forEach((s, i) => {
      if (!s.outlet || !s.headline || !parseIsoDate(s.date)) issues.push(`source ${i} needs outlet, headline and an ISO date`);
    });
    p.claims.forEach((c, i) => {
      const f = figureIssue(c.figure);
      if (f) issues.push(`claim ${i}: ${f}`);
      if (!c.what || !c.claimed_by) issues.push(`claim ${i} needs "what" and "claimed_by"`);
      if (!p.sources.some((s) => s.outlet === c.source)) issues.push(`claim ${i} cites "${c.source}", which is not among the sources`);
    });
    if (p.summary.length < 40) issues.push('summary is too short to tell what happened');
    return issues;
  },
};
