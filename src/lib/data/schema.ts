/**
 * The incident schema (v2) as types and vocabularies only: what each field may hold. The rules
 * that check a file against it are in incidents.ts, dates.ts and claims.ts.
 */
import type { Feature, FeatureCollection, Point } from 'geojson';
import { m } from '../i18n/messages.ts';

/**
 * What happened, with its label in the reader's language (a getter reads the catalogue each time,
 * so a language switch shows). Keep in step with the table in geodata/README.md.
 */
export const INCIDENT_TYPES = {
  get airstrike() {
    return m.schema_type_airstrike();
  },
  get drone_strike() {
    return m.schema_type_drone_strike();
  },
  get shelling() {
    return m.schema_type_shelling();
  },
  get armed_clash() {
    return m.schema_type_armed_clash();
  },
  get attack_on_post() {
    return m.schema_type_attack_on_post();
  },
  get capture_of_post() {
    return m.schema_type_capture_of_post();
  },
  get militant_attack() {
    return m.schema_type_militant_attack();
  },
  get suicide_bombing() {
    return m.schema_type_suicide_bombing();
  },
  get ceasefire() {
    return m.schema_type_ceasefire();
  },
  get ceasefire_collapse() {
    return m.schema_type_ceasefire_collapse();
  },
  get talks() {
    return m.schema_type_talks();
  },
  get deportation() {
    return m.schema_type_deportation();
  },
  get demolition() {
    return m.schema_type_demolition();
  },
  get policy() {
    return m.schema_type_policy();
  },
  get political_change() {
    return m.schema_type_political_change();
  },
  get protest() {
    return m.schema_type_protest();
  },
  get other() {
    return m.schema_type_other();
  },
};
export type IncidentType = keyof typeof INCIDENT_TYPES;

/**
 * How exactly the date is known. `day`: that day (with `end_date`, every day of a known span);
 * `span`: one or more days somewhere between `date` and `end_date`, at most 7 days (UCDP
 * date_prec 2–3); `week`: some day of the 7 days from `date` (ACLED time_precision 2);
 * `month` and `year`: the whole month or year.
 */
export const DATE_PRECISIONS = ['day', 'span', 'week', 'month', 'year'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

/** How exactly the point stands for the place; the map draws each differently. */
export const LOCATION_PRECISIONS = {
  get exact() {
    return m.schema_precision_exact();
  },
  get town() {
    return m.schema_precision_town();
  },
  get district() {
    return m.schema_precision_district();
  },
  get province() {
    return m.schema_precision_province();
  },
  get border() {
    return m.schema_precision_border();
  },
  get country() {
    return m.schema_precision_country();
  },
  get unknown() {
    return m.schema_precision_unknown();
  },
};
export type LocationPrecision = keyof typeof LOCATION_PRECISIONS;

/** Precisions whose point stands for an area, not a site. */
export const AREA_PRECISIONS: readonly LocationPrecision[] = ['district', 'province'];
/** Precisions that never have a point. */
export const UNLOCATED_PRECISIONS: readonly LocationPrecision[] = ['border', 'country', 'unknown'];

/** A figure is one number or a range `[low, high]`; `null` for "not stated" (e.g. "dozens"). */
export type Figure = number | [number, number] | null;

export const QUALIFIERS = ['at least', 'more than', 'about', 'up to', 'fewer than', '-odd'] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

export interface Claim {
  figure: Figure;
  /** How the source words the figure: "at least 17", "more than 200", "50-odd" (`-odd`). */
  qualifier?: Qualifier;
  /** The source's own words where it gives no number: "dozens", "hundreds", "several". */
  wording?: string;
  /** An estimate's range and best guess (UCDP low/best/high), where the source gives one. */
  low?: number;
  best?: number;
  high?: number;
  /** What the figure counts, e.g. "militants killed", "civilians killed", "homes demolished". */
  what: string;
  /** Whom the figure counts: a party (one of the actors or the target), `civilians` or `unknown`. */
  side?: string;
  /** Who made the claim: a party, an official, the UN, or the outlet itself when unattributed. */
  claimed_by: string;
  /** The article reporting the claim: the `id` of one of the incident's sources. */
  source: string;
}

export interface Source {
  /** Stable id of the article, the same in every incident citing it: `nyt-2025-10-18-lost-taliban`. */
  id: string;
  outlet: string;
  headline: string;
  /** ISO day or month of publication, as precise as the copy shows. */
  date: string;
  author?: string;
  /** True where our copy carries no headline and `headline` is our description of the piece. */
  headline_is_description?: boolean;
  /** Where the article can be read (http or https only). */
  url?: string;
  /** A doubt about the copy: its label and its text disagree on outlet or author. Shown wherever it is cited. */
  doubt?: string;
}

/** UCDP's event_clarity: a clear event, or a report summarising several (its `parts`). */
export type Clarity = 'clear' | 'aggregate';

export interface IncidentProps {
  id: string;
  date: string;
  end_date?: string;
  date_precision: DatePrecision;
  type: IncidentType;
  /** Everyone the text names as taking part. */
  actors: string[];
  /** Who acted (ACLED actor1), and against whom (actor2), where the text says. */
  actor1?: string;
  actor2?: string;
  /** True where the text says civilians were the target (ACLED civilian_targeting). */
  civilian_targeting?: boolean;
  target?: string;
  /** ISO 3166-1 alpha-3 of where it happened; null when the text does not say. */
  country: string | null;
  /** Province (point in polygon, checked against the text); null outside AFG/PAK or unlocated. */
  admin1: string | null;
  /** District, where the text names one (Kurram, North Waziristan, Barmal). */
  admin2?: string | null;
  location_name: string;
  location_precision: LocationPrecision;
  /** `aggregate`: a report that sums up other incidents, never counted beside them. */
  clarity?: Clarity;
  /** The incidents an aggregate sums up (ids in the same dataset). */
  parts?: string[];
  claims: Claim[];
  summary: string;
  sources: Source[];
  /** Disagreements that are not figures (dates, who did it), with who said what. */
  notes?: string[];
}

export type Incident = Feature<Point | null, IncidentProps>;
export type Incidents = FeatureCollection<Point | null, IncidentProps>;
