/**
 * GeoJSON validation for our layers, imports and exports.
 *
 * geojson-validation checks the structure only (it accepts `[200, 95]` as a position and
 * a clockwise outer ring), so this module adds what it lacks: coordinate ranges, ring closure,
 * RFC 7946 winding, required properties and unique ids. Every problem is reported with the
 * file name, the feature index and what is wrong, so a broken file can be fixed by hand.
 */
import * as gjv from 'geojson-validation';
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import { asCollection, collectionStructure, featureStructure } from './geojson-rules.ts';
import { m } from '../i18n/messages.ts';
import { joinOr, num } from './say.ts';

export interface ValidationIssue {
  file: string;
  /** Index of the feature in `features`, or -1 for the collection itself. */
  index: number;
  /** The record's own id where it has one, so a message names it as people know it. */
  id?: string;
  message: string;
}

export type PropertyKind = 'string' | 'number' | 'boolean' | 'string[]' | 'object[]';

export interface LayerRules {
  /** Geometry types allowed; `null` in the list allows features without geometry. */
  geometry: Array<Geometry['type'] | null>;
  /** Properties every feature must carry, with their kind. */
  required?: Record<string, PropertyKind>;
  /** Property whose values must be unique and non-empty. */
  uniqueId?: string;
  /** Extra per-feature rule, returning messages for what is wrong. */
  check?: (feature: Feature, index: number) => string[];
  /** Rules across features (references between them), run once the features pass one by one. */
  checkCollection?: (features: Feature[]) => { index: number; message: string }[];
}

// geojson-validation's define hook is global; ranges apply to every caller, which is what we want.
gjv.define('Position', (position: unknown) => {
  if (!Array.isArray(position)) return [];
  const [lng, lat] = position as unknown[];
  const errors: string[] = [];
  if (typeof lng !== 'number' || typeof lat !== 'number' || !Number.isFinite(lng) || !Number.isFinite(lat)) {
    errors.push(m.errors_data_position_not_finite({ position: position.join(', ') }));
  } else {
    if (lng < -180 || lng > 180) errors.push(m.errors_data_longitude_outside({ value: String(lng) }));
    if (lat < -90 || lat > 90) errors.push(m.errors_data_latitude_outside({ value: String(lat) }));
  }
  return errors;
});

/** Twice the signed area of a ring in lng/lat degrees; > 0 means counterclockwise. */
export function ringSignedArea(ring: Position[]): number {
  let sum = 0;
  for (let i = 0, n = ring.length - 1; i < n; i++) {
    const a = ring[i]!,
      b = ring[i + 1]!;
    sum += a[0]! * b[1]! - b[0]! * a[1]!;
  }
  return sum;
}

function samePosition(a: Position | undefined, b: Position | undefined): boolean {
  return !!a && !!b && a[0] === b[0] && a[1] === b[1];
}

/** "ring 0 (exterior)", "polygon 2 ring 1 (hole)". */
function ringName(ring: number, polygon?: number): string {
  const name =
    ring === 0
      ? m.errors_data_ring_exterior({ ring: num(ring) })
      : m.errors_data_ring_hole({ ring: num(ring) });
  return polygon === undefined ? name : m.errors_data_polygon_ring({ polygon: num(polygon), ring: name });
}

/** RFC 7946 §3.1.6: closed rings of 4+ positions, exterior counterclockwise, holes clockwise. */
function polygonRingIssues(rings: Position[][], polygon?: number): string[] {
  const issues: string[] = [];
  rings.forEach((ring, r) => {
    const name = ringName(r, polygon);
    if (!Array.isArray(ring) || ring.length < 4) {
      issues.push(m.errors_data_ring_short({ name, count: num(Array.isArray(ring) ? ring.length : 0) }));
      return;
    }
    if (!samePosition(ring[0], ring[ring.length - 1])) issues.push(m.errors_data_ring_open({ name }));
    const area = ringSignedArea(ring);
    if (r === 0 && area < 0) issues.push(m.errors_data_ring_clockwise({ name }));
    if (r > 0 && area > 0) issues.push(m.errors_data_hole_counterclockwise({ name }));
  });
  return issues;
}

function geometryIssues(geometry: Geometry): string[] {
  switch (geometry.type) {
    case 'Polygon':
      return polygonRingIssues(geometry.coordinates);
    case 'MultiPolygon':
      return geometry.coordinates.flatMap((polygon, p) => polygonRingIssues(polygon, p));
    case 'GeometryCollection':
      return geometry.geometries.flatMap(geometryIssues);
    default:
      return [];
  }
}

/**
 * The library's own words that can still reach a reader (the structure is checked before it
 * runs), in the reader's language; the English is the library's, unchanged.
 */
const LIBRARY: Record<string, () => string> = {
  'The first and last positions must be equivalent': m.errors_data_lib_ring_open,
  'coordinates must have at least four positions': m.errors_data_lib_ring_short,
  'coordinates must have at least two elements': m.errors_data_lib_line_short,
};
const libraryWords = (text: string) => LIBRARY[text]?.() ?? text;

/**
 * geojson-validation's "at 0: at 1: X" as "coordinates 0/1: X". X is ours (the Position rule
 * above) or the library's (see LIBRARY; any other stays in its English).
 */
function plainMessage(message: string): string {
  const path = /^(?:at (\d+): )+/.exec(message);
  if (!path) return libraryWords(message);
  const steps = [...path[0].matchAll(/at (\d+): /g)].map((step) => num(Number(step[1])));
  return `coordinates ${steps.join('/')}: ${libraryWords(message.slice(path[0].length))}`;
}

/** A feature's id as people know it: the id property, else the Feature's own id. */
function recordId(feature: unknown, key?: string): string | undefined {
  if (feature === null || typeof feature !== 'object') return undefined;
  const f = feature as { id?: unknown; properties?: unknown };
  const props = f.properties;
  const own = key && props && typeof props === 'object' ? (props as Record<string, unknown>)[key] : undefined;
  const id = typeof own === 'string' || typeof own === 'number' ? own : f.id;
  return typeof id === 'string' || typeof id === 'number' ? String(id).slice(0, 80) : undefined;
}

function kindOf(value: unknown): PropertyKind | 'other' {
  if (typeof value === 'string') return 'string';
  if (typeof value === 'number' && Number.isFinite(value)) return 'number';
  if (typeof value === 'boolean') return 'boolean';
  if (Array.isArray(value)) {
    if (value.every((v) => typeof v === 'string')) return 'string[]';
    if (value.every((v) => v !== null && typeof v === 'object')) return 'object[]';
  }
  return 'other';
}

function matchesKind(value: unknown, kind: PropertyKind): boolean {
  const actual = kindOf(value);
  // An empty array counts as both kinds of array.
  if (Array.isArray(value) && value.length === 0) return kind.endsWith('[]');
  return actual === kind;
}

/** Validate a parsed GeoJSON value as a FeatureCollection obeying `rules`. */
export function validateFeatureCollection(
  value: unknown,
  file: string,
  rules: LayerRules,
): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const collection = asCollection(value);
  if (typeof collection === 'string') return [{ file, index: -1, message: collection }];
  const features = collection.features as Feature[];
  const idOf = (index: number) => recordId(features[index], rules.uniqueId);
  const push = (index: number, message: string) =>
    issues.push({ file, index, message, ...(index >= 0 && idOf(index) ? { id: idOf(index) } : {}) });
  if (!collection.wrapped)
    for (const message of collectionStructure(value as Record<string, unknown>)) push(-1, message);
  const seen = new Map<string, number>();
  features.forEach((feature: Feature, index: number) => {
    const shape = featureStructure(feature);
    const structural = shape.length ? shape : gjv.isFeature(feature, true).map(plainMessage);
    for (const message of structural) push(index, message);
    if (structural.length > 0) return;

    const type = feature.geometry === null ? null : feature.geometry.type;
    if (!rules.geometry.includes(type)) {
      const expected = joinOr(rules.geometry.map((g) => g ?? 'null'));
      push(index, m.errors_data_geometry_not_allowed({ type: type ?? 'null', expected }));
    }
    if (feature.geometry) for (const message of geometryIssues(feature.geometry)) push(index, message);

    const props = (feature.properties ?? {}) as Record<string, unknown>;
    for (const [key, kind] of Object.entries(rules.required ?? {})) {
      if (!(key in props)) push(index, m.errors_data_missing_property({ key }));
      else if (!matchesKind(props[key], kind)) {
        const value = String(JSON.stringify(props[key])?.slice(0, 60));
        push(index, m.errors_data_property_kind({ key, kind, value }));
      }
    }
    if (rules.uniqueId) {
      const id = props[rules.uniqueId];
      if (id === undefined || id === null || id === '')
        push(index, m.errors_data_missing_id({ key: rules.uniqueId }));
      else {
        const key = String(id);
        const first = seen.get(key);
        if (first !== undefined) push(index, m.errors_data_duplicate_id({ id: key, first: num(first) }));
        else seen.set(key, index);
      }
    }
    if (rules.check) for (const message of rules.check(feature, index)) push(index, message);
  });
  if (rules.checkCollection && issues.length === 0) {
    for (const { index, message } of rules.checkCollection(features as Feature[])) push(index, message);
  }
  return issues;
}

function issueLine({ file, index, id, message }: ValidationIssue): string {
  if (index < 0) return m.errors_data_issue({ file, message });
  const feature = num(index);
  return id
    ? m.errors_data_issue_feature_id({ file, feature, id, message })
    : m.errors_data_issue_feature({ file, feature, message });
}

/** One line a problem: `provinces.geojson, feature 3: longitude 200 is outside -180..180`. */
export function formatIssues(issues: ValidationIssue[], limit = 20): string {
  const lines = issues.slice(0, limit).map(issueLine);
  if (issues.length > limit) lines.push(m.errors_data_issues_more({ count: num(issues.length - limit) }));
  return lines.join('\n');
}

const wrap = (features: unknown[]) => ({ type: 'FeatureCollection', features });

/** Parse JSON text and validate it, reporting JSON syntax errors the same way. */
export function parseAndValidate(
  text: string,
  file: string,
  rules: LayerRules,
): { data?: FeatureCollection; issues: ValidationIssue[] } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    // Some engines quote the text in the message: keep it short, never megabytes of it.
    const reason = (error as Error).message.slice(0, 160);
    return { issues: [{ file, index: -1, message: m.errors_data_layer_not_json({ reason }) }] };
  }
  const issues = validateFeatureCollection(value, file, rules);
  if (issues.length) return { issues };
  const collection = asCollection(value);
  const data = typeof collection !== 'string' && collection.wrapped ? wrap(collection.features) : value;
  return { data: data as FeatureCollection, issues };
}
