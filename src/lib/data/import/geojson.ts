/**
 * GeoJSON imports: a collection already in our schema is validated as it is; any other collection
 * of points is read as a table (its properties, and the point's latitude and longitude), through
 * the same column mapping as a CSV file.
 */
import { featureStructure } from '../geojson-rules.ts';
import type { Row } from './fields.ts';
import { m } from '../../i18n/messages.ts';
import { joinFaults } from '../say.ts';

/** Header names for the point's own coordinates, next to the properties' columns. */
export const GEOMETRY_LAT = 'geometry latitude';
export const GEOMETRY_LON = 'geometry longitude';

const propsOf = (f: unknown) => (f as { properties?: unknown } | null)?.properties;

/** True where the features carry our schema's fields (read as incidents, not as a table). */
export function isIncidentCollection(features: unknown[]): boolean {
  return features.some((f) => {
    const p = propsOf(f);
    return p !== null && typeof p === 'object' && 'date_precision' in p && 'location_precision' in p;
  });
}

/** A property as a cell: a list of plain values as a CSV writes one ("a; b"), any other object as JSON. */
const text = (v: unknown): string =>
  v === null || v === undefined
    ? ''
    : Array.isArray(v) && v.every((x) => x === null || typeof x !== 'object')
      ? v.filter((x) => x !== null && x !== '').join('; ')
      : typeof v === 'object'
        ? JSON.stringify(v)
        : String(v);

export function pointRows(features: unknown[]): {
  header: string[];
  rows: Row[];
  numbers: number[];
  broken: Map<number, string>;
} {
  const keys = new Set<string>();
  const rows: Row[] = [];
  const broken = new Map<number, string>();
  features.forEach((f, i) => {
    const row: Row = {};
    const faults = featureStructure(f);
    const geometry = (f as { geometry?: { type?: string; coordinates?: number[] } | null }).geometry;
    if (faults.length) broken.set(i, joinFaults(faults));
    else if (geometry && geometry.type !== 'Point')
      broken.set(i, m.errors_data_only_points({ type: String(geometry.type) }));
    else if (geometry?.coordinates) {
      row[GEOMETRY_LON] = String(geometry.coordinates[0]);
      row[GEOMETRY_LAT] = String(geometry.coordinates[1]);
    }
    const props = propsOf(f);
    if (!faults.length && props && typeof props === 'object')
      for (const [k, v] of Object.entries(props)) {
        keys.add(k);
        row[k] = text(v);
      }
    // The feature's own id where its properties carry none.
    const id = (f as { id?: unknown } | null)?.id;
    if (!faults.length && (typeof id === 'string' || typeof id === 'number') && !row['id']) {
      keys.add('id');
      row['id'] = String(id);
    }
    rows.push(row);
  });
  return { header: [GEOMETRY_LAT, GEOMETRY_LON, ...keys], rows, numbers: rows.map((_, i) => i), broken };
}
