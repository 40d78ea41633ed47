/**
 * Incident filters as plain data and pure functions: the UI edits a `Filters` value, the map and
 * the list show `applyFilters(incidents, filters)`, and the URL codec ([5/8]) encodes the same value.
 */
import { dateSpan, type Incident, type IncidentType, type LocationPrecision } from '../data/incidents.ts';
import { haversineKm } from '../geo/haversine.ts';
import { addDays } from './dates.ts';
import { countable } from './aggregates.ts';
import { m, n } from '../i18n/messages.ts';
import { pointWords } from '../i18n/coordinates.ts';

/** Which side of the line: a country, along the border itself, or somewhere else (Doha, Delhi…). */
export type Side = 'AFG' | 'PAK' | 'border' | 'other';
/** Each side's label in the current language (getters: read when shown, never frozen). */
export const SIDES: Record<Side, string> = {
  get AFG() {
    return m.words_country_afghanistan();
  },
  get PAK() {
    return m.words_country_pakistan();
  },
  get border() {
    return m.words_side_border();
  },
  get other() {
    return m.words_side_other();
  },
};

export interface Filters {
  /** Inclusive ISO days; an incident shows when its span overlaps [from, to]. */
  from: string | null;
  to: string | null;
  /** Empty means every type (likewise for the other lists). */
  types: IncidentType[];
  actors: string[];
  sides: Side[];
  precisions: LocationPrecision[];
  /** Provinces and districts by name (ACLED's admin1 and admin2). */
  provinces: string[];
  districts: string[];
  search: string;
  /** Only incidents within this many km of the Durand Line (the border buffer); null for off. */
  borderKm: number | null;
  /** Only incidents within `km` of a centre (radius search); null for off. */
  radius: RadiusQuery | null;
}

export interface RadiusQuery {
  lng: number;
  lat: number;
  km: number;
  /** The centre's name (a place, an incident's place); empty for a point picked on the map. */
  label: string;
}

/** The centre in words: its name, or its coordinates in the reader's language and digits. */
export function radiusCentreName(q: RadiusQuery): string {
  return q.label || pointWords(q.lng, q.lat);
}

/** Facts computed once per incident that some filters need (distance to the border). */
export interface FilterContext {
  /** Nearest and farthest km to the Durand Line the incident's place allows; undefined: no place. */
  borderRange(incident: Incident): [number, number] | undefined;
}

export function defaultFilters(): Filters {
  return {
    from: null,
    to: null,
    types: [],
    actors: [],
    sides: [],
    precisions: [],
    provinces: [],
    districts: [],
    search: '',
    borderKm: null,
    radius: null,
  };
}

export function isDefault(f: Filters): boolean {
  return (
    !f.from &&
    !f.to &&
    !f.types.length &&
    !f.actors.length &&
    !f.sides.length &&
    !f.precisions.length &&
    !f.provinces.length &&
    !f.districts.length &&
    !f.search.trim() &&
    f.borderKm === null &&
    f.radius === null
  );
}

/** First and last day an incident covers: a month-precision incident spans its month. */
export function incidentSpan(i: Incident): [string, string] {
  const p = i.properties;
  const start = dateSpan(p.date)!;
  // A week-precision incident fell on one of the 7 days from its date.
  if (p.date_precision === 'week') return [start[0], addDays(start[0], 6)];
  const end = p.end_date ? dateSpan(p.end_date)! : start;
  return [start[0], end[1]];
}

export function sideOf(i: Incident): Side {
  const p = i.properties;
  if (p.location_precision === 'border') return 'border';
  if (p.country === 'AFG' || p.country === 'PAK') return p.country;
  return 'other';
}

/** Case and accent folded, so "kandahar" finds "Kandahār" and "pakhtunkhwa" finds "Khyber Pakhtunkhwa". */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[‘’ʼ']/g, '')
    .toLowerCase();
}

export function searchText(i: Incident): string {
  const p = i.properties;
  return fold(
    [
      p.summary,
      p.location_name,
      p.admin1 ?? '',
      p.admin2 ?? '',
      p.actors.join(' '),
      p.target ?? '',
      p.id,
    ].join(' \u0000 '),
  );
}

const searchCache = new WeakMap<Incident, string>();

export function matches(i: Incident, f: Filters, ctx?: FilterContext): boolean {
  if (f.from || f.to) {
    const [start, end] = incidentSpan(i);
    if (f.from && end < f.from) return false;
    if (f.to && start > f.to) return false;
  }
  const p = i.properties;
  if (f.types.length && !f.types.includes(p.type)) return false;
  if (f.actors.length && !p.actors.some((a) => f.actors.includes(a))) return false;
  if (f.sides.length && !f.sides.includes(sideOf(i))) return false;
  if (f.precisions.length && !f.precisions.includes(p.location_precision)) return false;
  if (f.provinces.length && !f.provinces.includes(p.admin1 ?? '')) return false;
  if (f.districts.length && !f.districts.includes(p.admin2 ?? '')) return false;
  if (f.borderKm !== null) {
    // In the buffer when it may lie within: "possibly within" counts, and says so apart.
    const range = ctx?.borderRange(i);
    if (range === undefined || range[0] > f.borderKm) return false;
  }
  if (f.radius) {
    if (!i.geometry) return false;
    const [lng, lat] = i.geometry.coordinates as [number, number];
    if (haversineKm(f.radius.lng, f.radius.lat, lng, lat) > f.radius.km) return false;
  }
  const words = fold(f.search).split(/\s+/).filter(Boolean);
  if (words.length) {
    let text = searchCache.get(i);
    if (text === undefined) searchCache.set(i, (text = searchText(i)));
    if (!words.every((w) => text!.includes(w))) return false;
  }
  return true;
}

export function applyFilters(incidents: readonly Incident[], f: Filters, ctx?: FilterContext): Incident[] {
  return incidents.filter((i) => matches(i, f, ctx));
}

/** "14 of 34 incidents" */
export function countLabel(shown: number, total: number): string {
  return shown === total
    ? m.words_count_all({ count: total, shown: n(total) })
    : m.words_count_some({ shown: n(shown), total: n(total) });
}

/** How many incidents each value would show if chosen, the other filters held (facet counts). */
export function facetCounts<K extends string>(
  incidents: readonly Incident[],
  f: Filters,
  key: (i: Incident) => K[] | K,
  without: Partial<Filters>,
  ctx?: FilterContext,
): Map<K, number> {
  const rest = { ...f, ...without };
  const groups = new Map<K, Incident[]>();
  for (const i of incidents) {
    if (!matches(i, rest, ctx)) continue;
    const keys = key(i);
    for (const k of Array.isArray(keys) ? keys : [keys]) {
      const group = groups.get(k);
      if (group) group.push(i);
      else groups.set(k, [i]);
    }
  }
  // What choosing a value would show, counted as the header counts it (aggregates not twice).
  return new Map([...groups].map(([k, group]) => [k, countable(group).length]));
}
