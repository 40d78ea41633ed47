/**
 * Faults people make with a point that are still valid GeoJSON: latitude and longitude swapped,
 * and 0, 0 written for a place not known. Shared by the importer's columns and the incident rules.
 */
import { m } from '../i18n/messages.ts';

/** Longitudes and latitudes around the Durand Line, for telling a swapped pair. */
const REGION = { west: 55, east: 82, south: 20, north: 42 };
export const inRegion = (lon: number, lat: number): boolean =>
  lon >= REGION.west && lon <= REGION.east && lat >= REGION.south && lat <= REGION.north;

/** Exactly 0, 0 ("Null Island", in the Gulf of Guinea) stands for a missing place far more often than not. */
export const isNullIsland = (lon: number, lat: number): boolean => lon === 0 && lat === 0;

/** What is wrong with a point feature's [lon, lat], or undefined (its range is checked elsewhere). */
export function pointFault(coordinates: readonly unknown[]): string | undefined {
  const [lon, lat] = coordinates;
  if (typeof lon !== 'number' || typeof lat !== 'number') return undefined;
  if (isNullIsland(lon, lat)) return m.errors_data_null_island();
  return !inRegion(lon, lat) && inRegion(lat, lon)
    ? m.errors_data_coordinates_swapped({ lon: String(lon), lat: String(lat) })
    : undefined;
}
