/**
 * The bundled layers: their file names, their property types and the validation rules the
 * build, the tests and the app's loader all share.
 */
import type { Feature, FeatureCollection, LineString, MultiPolygon, Point, Polygon } from 'geojson';
import type { LayerRules } from './validate.ts';
import { incidentRules } from './incidents.ts';

export interface DurandLineProps {
  id: string;
  name: string;
  /** What the line is, in words a map reader needs. */
  description: string;
  /** Afghanistan has never recognised the line as an international border. */
  status: string;
  source: string;
}

export interface CountryProps {
  name: string;
  iso_a3: string;
  /** Afghanistan and Pakistan are the subject; the rest are context. */
  subject: boolean;
}

export type AdminLevel = 'province' | 'territory' | 'district';

export interface ProvinceProps {
  id: string;
  name: string;
  country: 'AFG' | 'PAK';
  level: AdminLevel;
  /** One of the five focus areas (Kabul, Kandahar, Paktika, Khost, Kurram). */
  focus: boolean;
  /** `"not available"` where no open boundary exists and the geometry is only the seat. */
  boundary: string;
  /** Parent unit for a district (Kurram: Khyber Pakhtunkhwa). */
  parent?: string;
  /** Seat of a unit drawn without boundary. */
  seat?: string;
  /** Pakistan-administered Kashmir units carry this: their status is disputed with India. */
  disputed?: boolean;
  /** Names other sources use (Natural Earth, GeoNames, older spellings), for search. */
  alt_names: string[];
  /** Natural Earth's Persian (Dari labels) and Urdu names, where it has them. */
  name_fa?: string;
  name_ur?: string;
}

export interface PlaceProps {
  id: string;
  name: string;
  country: 'AFG' | 'PAK';
  /** GeoNames admin-1 code, e.g. `AF.13`, and the province it names today. */
  admin1_code: string;
  admin1: string;
  /** 1 national capital, 2 provincial capital or major city, 3 town named in the incidents or a key crossing. */
  rank: 1 | 2 | 3;
  alt_names: string[];
}

/** `international`: both states treat the line as their border; `de_facto`: a line of control. */
export const BOUNDARY_KINDS = ['international', 'de_facto'] as const;
export type BoundaryKind = (typeof BOUNDARY_KINDS)[number];

export interface BoundaryProps {
  id: string;
  kind: BoundaryKind;
  /** "Afghanistan–Iran border", "Line of Control (India–Pakistan)". */
  name: string;
  /** ISO alpha-3 of the two countries holding the land on either side, sorted. */
  countries: string[];
  /** What the line is and who disputes it, where that matters to a reader. */
  note?: string;
  source: string;
}

/** A label naming who administers part of disputed Kashmir. */
export interface AreaLabelProps {
  id: string;
  name: string;
  /** ISO alpha-3 of the country that holds the area. */
  administered_by: string;
  /** ISO alpha-3 of the countries that claim it. */
  claimed_by: string[];
  /** How the point was chosen. */
  placement: string;
}

export type DurandLine = FeatureCollection<LineString, DurandLineProps>;
export type Boundaries = FeatureCollection<LineString, BoundaryProps>;
export type AreaLabels = FeatureCollection<Point, AreaLabelProps>;
export type Countries = FeatureCollection<Polygon | MultiPolygon, CountryProps>;
export type Provinces = FeatureCollection<Polygon | MultiPolygon | Point, ProvinceProps>;
export type Places = FeatureCollection<Point, PlaceProps>;

export const durandLineRules: LayerRules = {
  geometry: ['LineString'],
  required: { id: 'string', name: 'string', description: 'string', status: 'string', source: 'string' },
  uniqueId: 'id',
};

export const countryRules: LayerRules = {
  geometry: ['Polygon', 'MultiPolygon'],
  required: { name: 'string', iso_a3: 'string', subject: 'boolean' },
  uniqueId: 'iso_a3',
};

export const provinceRules: LayerRules = {
  geometry: ['Polygon', 'MultiPolygon', 'Point'],
  required: {
    id: 'string',
    name: 'string',
    country: 'string',
    level: 'string',
    focus: 'boolean',
    boundary: 'string',
    alt_names: 'string[]',
  },
  uniqueId: 'id',
  check: (feature: Feature) => {
    const p = feature.properties as Partial<ProvinceProps>;
    const issues: string[] = [];
    if (p.country !== 'AFG' && p.country !== 'PAK') issues.push(`country "${p.country}" is not AFG or PAK`);
    // A point stands in for a unit only when we say plainly that its boundary is missing.
    if (feature.geometry?.type === 'Point' && p.boundary !== 'not available') {
      issues.push('a unit drawn as a point must say boundary: "not available"');
    }
    return issues;
  },
};

export const placeRules: LayerRules = {
  geometry: ['Point'],
  required: {
    id: 'string',
    name: 'string',
    country: 'string',
    admin1_code: 'string',
    admin1: 'string',
    rank: 'number',
    alt_names: 'string[]',
  },
  uniqueId: 'id',
  check: (feature: Feature) => {
    const rank = (feature.properties as Partial<PlaceProps>).rank;
    return rank === 1 || rank === 2 || rank === 3 ? [] : [`rank ${rank} is not 1, 2 or 3`];
  },
};

const ISO3 = /^[A-Z]{3}$/;

export const boundaryRules: LayerRules = {
  geometry: ['LineString'],
  required: { id: 'string', kind: 'string', name: 'string', countries: 'string[]', source: 'string' },
  uniqueId: 'id',
  check: (feature: Feature) => {
    const p = feature.properties as Partial<BoundaryProps>;
    const issues: string[] = [];
    if (!BOUNDARY_KINDS.includes(p.kind as BoundaryKind)) {
      issues.push(`kind "${p.kind}" is not international or de_facto`);
    }
    const c = p.countries ?? [];
    if (c.length !== 2 || !c.every((x) => ISO3.test(x)) || c[0] === c[1]) {
      issues.push('countries must be two different ISO alpha-3 codes');
    }
    if (c.join() === 'AFG,PAK') issues.push('the Afghanistan–Pakistan line belongs in durand-line.geojson');
    if (p.note !== undefined && typeof p.note !== 'string') issues.push('note must be a text');
    return issues;
  },
};

export const areaLabelRules: LayerRules = {
  geometry: ['Point'],
  required: {
    id: 'string',
    name: 'string',
    administered_by: 'string',
    claimed_by: 'string[]',
    placement: 'string',
  },
  uniqueId: 'id',
  check: (feature: Feature) => {
    const p = feature.properties as Partial<AreaLabelProps>;
    const codes = [p.administered_by, ...(p.claimed_by ?? [])];
    return codes.every((x) => typeof x === 'string' && ISO3.test(x)) ? [] : ['codes must be ISO alpha-3'];
  },
};

/** File name → rules, for the build, the tests and the loader. */
export const LAYERS = {
  'durand-line.geojson': durandLineRules,
  'boundaries.geojson': boundaryRules,
  'kashmir-labels.geojson': areaLabelRules,
  'countries.geojson': countryRules,
  'provinces.geojson': provinceRules,
  'places.geojson': placeRules,
  'incidents.geojson': incidentRules,
} as const satisfies Record<string, LayerRules>;

export type LayerFile = keyof typeof LAYERS;
