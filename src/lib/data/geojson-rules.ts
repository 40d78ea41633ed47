/**
 * What RFC 7946 asks of a GeoJSON object that geojson-validation lets through: members that do not
 * belong to the type (a FeatureCollection with `coordinates`), an id that is not a string or
 * number, `properties` that are not an object, a bbox of anything but numbers, positions of more
 * than three numbers, GeometryCollections inside GeometryCollections. Messages say where, in
 * words: "geometry: position 2 has 4 numbers", never "at 0: at 0:". Pure; never throws.
 */

const isRecord = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v);

/** A value named for a message: `"abc"`, `an array`, `an object`, `5`. */
export function describeValue(value: unknown): string {
  if (Array.isArray(value)) return 'an array';
  if (value === null) return 'null';
  if (typeof value === 'object') return 'an object';
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
    .map((member) => `a ${type} must not have a "${member}" member`);
}

function bboxIssues(value: Record<string, unknown>): string[] {
  if (!('bbox' in value)) return [];
  const bbox = value.bbox;
  if (!Array.isArray(bbox) || bbox.length < 4 || bbox.length % 2 !== 0)
    return ['bbox must be a list of 4 or 6 numbers'];
  const bad = bbox.findIndex((n) => typeof n !== 'number' || !Number.isFinite(n));
  return bad >= 0 ? [`bbox item ${bad} is ${describeValue(bbox[bad])}, not a number`] : [];
}

/** A position's own faults; `where` names it ("position 2 of ring 0"). */
function positionIssues(position: unknown, where: string): string[] {
  if (!Array.isArray(position)) return [`${where} is ${describeValue(position)}, not a list of numbers`];
  if (position.length < 2)
    return [`${where} has ${position.length} number(s); it needs longitude and latitude`];
  if (position.length > 3)
    return [`${where} has ${position.length} numbers; GeoJSON positions have 2 (or 3 with altitude)`];
  const bad = position.findIndex((n) => typeof n !== 'number');
  if (bad >= 0) {
    const axis = ['longitude', 'latitude', 'altitude'][bad];
    const note = typeof position[bad] === 'string' ? ' (text, not a number: remove the quotes)' : '';
    return [`${where}: ${axis} is ${describeValue(position[bad])}${note}`];
  }
  return [];
}

/** Walk nested coordinate lists down to positions; `depth` 0 is a position. */
function coordinateIssues(coords: unknown, depth: number, where: string): string[] {
  if (depth === 0) return positionIssues(coords, where);
  if (!Array.isArray(coords)) return [`${where} is ${describeValue(coords)}, not a list`];
  const names = ['position', 'position', 'ring', 'polygon'];
  const out: string[] = [];
  for (let i = 0; i < coords.length && out.length < 5; i++) {
    const inner = `${names[depth - 1]} ${i}${where === 'coordinates' ? '' : ` of ${where}`}`;
    out.push(...coordinateIssues(coords[i], depth - 1, inner));
  }
  return out;
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
  if (!isRecord(geometry)) return [`geometry is ${describeValue(geometry)}, not an object or null`];
  const type = geometry.type;
  if (typeof type !== 'string' || !GEOMETRY_TYPES.includes(type))
    return [`geometry type ${describeValue(type)} is not a GeoJSON geometry type`];
  const issues = [...foreignMembers(geometry, 'geometry'), ...bboxIssues(geometry)];
  if (type === 'GeometryCollection') {
    if (nested) return ['a GeometryCollection inside a GeometryCollection is not allowed'];
    const parts = geometry.geometries;
    if (!Array.isArray(parts)) return [...issues, 'a GeometryCollection needs a "geometries" list'];
    return [...issues, ...parts.flatMap((g) => geometryStructure(g, true))];
  }
  if (!('coordinates' in geometry)) return [...issues, `a ${type} needs "coordinates"`];
  const found = coordinateIssues(geometry.coordinates, DEPTH[type]!, 'coordinates');
  return [...issues, ...found.map((m) => (m.startsWith('coordinates') ? m : `coordinates: ${m}`))];
}

/** Structural faults of one Feature object. */
export function featureStructure(feature: unknown): string[] {
  if (!isRecord(feature)) return [`is ${describeValue(feature)}, not a Feature object`];
  if (feature.type !== 'Feature') return [`type is ${describeValue(feature.type)}, not "Feature"`];
  const issues = [...foreignMembers(feature, 'Feature'), ...bboxIssues(feature)];
  if ('id' in feature && typeof feature.id !== 'string' && typeof feature.id !== 'number')
    issues.push(`id is ${describeValue(feature.id)}; a Feature id is a string or a number`);
  if (!('geometry' in feature)) issues.push('has no "geometry" member (use null for none)');
  else issues.push(...geometryStructure(feature.geometry));
  if (!('properties' in feature)) issues.push('has no "properties" member (use null for none)');
  else if (feature.properties !== null && !isRecord(feature.properties))
    issues.push(`properties is ${describeValue(feature.properties)}; it must be an object or null`);
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
  if (!isRecord(value)) return `the file holds ${describeValue(value)}, not a GeoJSON object`;
  const type = value.type;
  if (type === 'FeatureCollection') {
    if (!Array.isArray(value.features)) return 'a FeatureCollection needs a "features" list';
    return { features: value.features };
  }
  if (type === 'Feature') return { features: [value], wrapped: 'Feature' };
  if (typeof type === 'string' && GEOMETRY_TYPES.includes(type))
    return (
      `the file is a bare ${type} geometry, with no properties: an incident needs at least a date ` +
      'and a type, so wrap it in a Feature with those properties'
    );
  return `"type" is ${describeValue(type)}: expected "FeatureCollection" or "Feature"`;
}
