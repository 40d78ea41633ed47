/**
 * What RFC 7946 asks of a GeoJSON object that geojson-validation lets through: members that do not
 * belong to the type (a FeatureCollection with `coordinates`), an id that is not a string or
 * number, `properties` that are not an object, a bbox of anything but numbers, positions of more
 * than three numbers, GeometryCollections inside GeometryCollections. Messages say where, in
 * words: "geometry: position 2 has 4 numbers", never "at 0: at 0:". Pure; never throws. The words
 * are the reader's; member names, type names and the file's values stay as they are.
 */
import { m } from '../i18n/messages.ts';
import { num } from './say.ts';

const isRecord = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v);

/** A value named for a message: `"abc"`, `an array`, `an object`, `5` (the file's values as written). */
export function describeValue(value: unknown): string {
  if (Array.isArray(value)) return m.errors_data_value_array();
  if (value === null) return 'null';
  if (typeof value === 'object') return m.errors_data_value_object();
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  return String(value);
}

const GEOMETRY_TYPES = [
  'Point',
  'MultiPoint',
  'LineString',
  'MultiLineString',
  'Polygon',
  'MultiPolygon',
  'GeometryCollection',
];

/** Members that a type must not carry (RFC 7946 §7.1: no mixing of types' members). */
const FOREIGN: Record<string, string[]> = {
  FeatureCollection: ['coordinates', 'geometries', 'geometry', 'properties'],
  Feature: ['coordinates', 'geometries'],
  geometry: ['properties', 'geometry'],
};

function foreignMembers(value: Record<string, unknown>, kind: string): string[] {
  const type = String(value.type);
  return (FOREIGN[kind] ?? [])
    .filter((member) => member in value)
    .map((member) => m.errors_data_foreign_member({ type, member }));
}

function bboxIssues(value: Record<string, unknown>): string[] {
  if (!('bbox' in value)) return [];
  const bbox = value.bbox;
  if (!Array.isArray(bbox) || bbox.length < 4 || bbox.length % 2 !== 0) return [m.errors_data_bbox_list()];
  const bad = bbox.findIndex((n) => typeof n !== 'number' || !Number.isFinite(n));
  return bad >= 0 ? [m.errors_data_bbox_item({ index: num(bad), value: describeValue(bbox[bad]) })] : [];
}

const AXES = [m.errors_data_longitude, m.errors_data_latitude, m.errors_data_altitude];

/** A position's own faults; `where` names it ("position 2 of ring 0"). */
function positionIssues(position: unknown, where: string): string[] {
  if (!Array.isArray(position))
    return [m.errors_data_position_not_list({ where, value: describeValue(position) })];
  const count = num(position.length);
  if (position.length < 2) return [m.errors_data_position_short({ where, count })];
  if (position.length > 3) return [m.errors_data_position_long({ where, count })];
  const bad = position.findIndex((n) => typeof n !== 'number');
  if (bad >= 0) {
    const parts = { where, axis: AXES[bad]!(), value: describeValue(position[bad]) };
    return [
      typeof position[bad] === 'string' ? m.errors_data_axis_text(parts) : m.errors_data_axis_value(parts),
    ];
  }
  return [];
}

/** "position 2", "ring 0", "polygon 1": a part of a geometry's coordinates by its depth. */
const PART = [
  m.errors_data_part_position,
  m.errors_data_part_position,
  m.errors_data_part_ring,
  m.errors_data_part_polygon,
];

/**
 * Walk nested coordinate lists down to positions; `depth` 0 is a position. `where` names the
 * part ("ring 0 of polygon 1"), or is undefined for the coordinates themselves: their parts'
 * faults then come back as "coordinates: …".
 */
function coordinateIssues(coords: unknown, depth: number, where?: string): string[] {
  // "coordinates" is the member's name: it stays as GeoJSON writes it.
  const name = where ?? 'coordinates';
  if (depth === 0) return positionIssues(coords, name);
  if (!Array.isArray(coords)) return [m.errors_data_not_list({ where: name, value: describeValue(coords) })];
  const out: string[] = [];
  for (let i = 0; i < coords.length && out.length < 5; i++) {
    const part = PART[depth - 1]!({ index: num(i) });
    const inner = where === undefined ? part : m.errors_data_part_of({ part, whole: where });
    out.push(...coordinateIssues(coords[i], depth - 1, inner));
  }
  return where === undefined ? out.map((message) => `coordinates: ${message}`) : out;
}

const DEPTH: Record<string, number> = {
  Point: 0,
  MultiPoint: 1,
  LineString: 1,
  MultiLineString: 2,
  Polygon: 2,
  MultiPolygon: 3,
};

/** Structural faults of a geometry object (null is a valid "no geometry"). */
export function geometryStructure(geometry: unknown, nested = false): string[] {
  if (geometry === null) return [];
  if (!isRecord(geometry)) return [m.errors_data_geometry_not_object({ value: describeValue(geometry) })];
  const type = geometry.type;
  if (typeof type !== 'string' || !GEOMETRY_TYPES.includes(type))
    return [m.errors_data_geometry_type({ value: describeValue(type) })];
  const issues = [...foreignMembers(geometry, 'geometry'), ...bboxIssues(geometry)];
  if (type === 'GeometryCollection') {
    if (nested) return [m.errors_data_nested_collection()];
    const parts = geometry.geometries;
    if (!Array.isArray(parts)) return [...issues, m.errors_data_no_geometries()];
    return [...issues, ...parts.flatMap((g) => geometryStructure(g, true))];
  }
  if (!('coordinates' in geometry)) return [...issues, m.errors_data_no_coordinates({ type })];
  return [...issues, ...coordinateIssues(geometry.coordinates, DEPTH[type]!)];
}

/** Structural faults of one Feature object. */
export function featureStructure(feature: unknown): string[] {
  if (!isRecord(feature)) return [m.errors_data_not_feature({ value: describeValue(feature) })];
  if (feature.type !== 'Feature')
    return [m.errors_data_type_not_feature({ value: describeValue(feature.type) })];
  const issues = [...foreignMembers(feature, 'Feature'), ...bboxIssues(feature)];
  if ('id' in feature && typeof feature.id !== 'string' && typeof feature.id !== 'number')
    issues.push(m.errors_data_feature_id({ value: describeValue(feature.id) }));
  if (!('geometry' in feature)) issues.push(m.errors_data_no_geometry_member());
  else issues.push(...geometryStructure(feature.geometry));
  if (!('properties' in feature)) issues.push(m.errors_data_no_properties_member());
  else if (feature.properties !== null && !isRecord(feature.properties))
    issues.push(m.errors_data_properties_not_object({ value: describeValue(feature.properties) }));
  return issues;
}

/** Faults of the collection object itself (not its features). */
export function collectionStructure(value: Record<string, unknown>): string[] {
  return [...foreignMembers(value, 'FeatureCollection'), ...bboxIssues(value)];
}

/**
 * What a parsed JSON value is, as GeoJSON: a collection to read, a single Feature (read as a
 * collection of one), or a message saying exactly what was found instead.
 */
export function asCollection(value: unknown): { features: unknown[]; wrapped?: 'Feature' } | string {
  if (!isRecord(value)) return m.errors_data_file_holds({ value: describeValue(value) });
  const type = value.type;
  if (type === 'FeatureCollection') {
    if (!Array.isArray(value.features)) return m.errors_data_no_features();
    return { features: value.features };
  }
  if (type === 'Feature') return { features: [value], wrapped: 'Feature' };
  if (typeof type === 'string' && GEOMETRY_TYPES.includes(type)) return m.errors_data_bare_geometry({ type });
  return m.errors_data_collection_type({ value: describeValue(type) });
}
