/**
 * A point from an imported row's latitude and longitude, with the faults people make: a value out
 * of range, text instead of a number, the two columns swapped. Messages name the values.
 */
import type { Point } from 'geojson';
import { numberIn } from './fields.ts';
import { m } from '../../i18n/messages.ts';
import { inRegion, isNullIsland } from '../point-checks.ts';

/** The point, undefined where both cells are empty, or what is wrong with it. */
export function pointIn(latText: string, lonText: string): Point | undefined | string {
  if (latText.trim() === '' && lonText.trim() === '') return undefined;
  const lat = numberIn(latText);
  const lon = numberIn(lonText);
  // The values are the file's, as it writes them (not in the reader's digits).
  if (lat === undefined) return m.errors_data_latitude_not_number({ value: latText.trim() });
  if (lon === undefined) return m.errors_data_longitude_not_number({ value: lonText.trim() });
  if (Math.abs(lat) > 90 && inRegion(lat, lon)) return m.errors_data_latitude_swapped({ value: String(lat) });
  if (Math.abs(lat) > 90) return m.errors_data_latitude_range({ value: String(lat) });
  if (Math.abs(lon) > 180) return m.errors_data_longitude_range({ value: String(lon) });
  if (isNullIsland(lon, lat)) return m.errors_data_null_island();
  if (!inRegion(lon, lat) && inRegion(lat, lon))
    return m.errors_data_point_swapped({ lat: String(lat), lon: String(lon) });
  return { type: 'Point', coordinates: [lon, lat] };
}
