/**
 * What each incident carries in a tile archive (`npm run tiles`, opened by the app as a dataset):
 * the few fields the map's filters and the "in view" list need, under short keys because every
 * tile repeats them; the whole incident rides only in the deepest zoom's tiles.
 */
import type { Incident } from '../data/incidents.ts';
import { sideOf, type Filters, type Side } from './filters.ts';

/** The vector layer's name inside each tile. */
export const ARCHIVE_LAYER = 'incidents';
/** The format name and version in the archive's metadata: the app refuses others. */
export const ARCHIVE_FORMAT = 'durand-atlas-tiles';
export const ARCHIVE_VERSION = 1;

export interface ArchiveProps {
  id: string;
  /** First and last day the incident may fall on, as day numbers (dates.ts). */
  s: number;
  e: number;
  /** Type, side, location precision, province and district. */
  t: string;
  sd: Side;
  p: string;
  a1?: string;
  a2?: string;
  /** Every actor between bars, "|A|B|", so a filter finds "|A|" inside it. */
  a: string;
  /** Nearest km to the Durand Line the place allows (absent: not known). */
  km?: number;
  /** Place name, date as written and its precision, for the list. */
  pl: string;
  dt: string;
  dp: string;
  /** The last date as written, where the incident has one. */
  de?: string;
  /** 1 for a summary report (counted through its parts, never by itself). */
  ag?: 1;
  /** The whole incident as JSON: only in the deepest zoom's tiles. */
  json?: string;
}

/** An actor's name as the archive's actor field holds it: a bar inside a name would split it. */
export const barless = (actor: string): string => actor.replaceAll('|', '¦');

export interface Measured {
  start: number;
  end: number;
  kmMin: number;
}

export function archiveProps(incident: Incident, m: Measured): ArchiveProps {
  const p = incident.properties;
  const props: ArchiveProps = {
    id: p.id,
    s: m.start,
    e: m.end,
    t: p.type,
    sd: sideOf(incident),
    p: p.location_precision,
    a: `|${p.actors.map(barless).join('|')}|`,
    pl: p.location_name,
    dt: p.date,
    dp: p.date_precision,
  };
  if (p.end_date) props.de = p.end_date;
  if (p.admin1) props.a1 = p.admin1;
  if (p.admin2) props.a2 = p.admin2;
  // Rounded up, so the buffer never takes in a place it would leave out at full precision.
  if (Number.isFinite(m.kmMin)) props.km = Math.ceil(m.kmMin * 100) / 100;
  if (p.clarity === 'aggregate') props.ag = 1;
  return props;
}

/**
 * An archive address as a full http(s) URL, resolved against `base`; null for any other scheme,
 * and for `//host/…`, which looks like a path and is another host.
 */
export function archiveHref(address: string, base: string): string | null {
  const text = address.trim();
  if (!text || /^[\\/]{2}/.test(text) || !URL.canParse(text, base)) return null;
  const url = new URL(text, base);
  return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
}

/** Whether the filters ask for a text search, which an archive's tiles cannot answer. */
export const archiveIgnores = (f: Pick<Filters, 'search'>): boolean => f.search.trim() !== '';
