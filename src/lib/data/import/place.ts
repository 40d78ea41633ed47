/**
 * A point from an imported row's latitude and longitude, with the faults people make: a value out
 * of range, text instead of a number, the two columns swapped. Messages name the values.
 */
import type { Point } from 'geojson';
import { numberIn } from './fields.ts';

/** Longitudes and latitudes around the Durand Line, for telling a swapped pair. */
const REGION = { west: 55, east: 82, south: 20, north: 42 };
const inRegion = (lon: number, lat: number) =>
  lon >= REGION.west && lon <= REGION.east && lat >= REGION.south && lat <= REGION.north;

/** The point, undefined where both cells are empty, or what is wrong with it. */
export function pointIn(latText: string, lonText: string): Point | undefined | string {
  if (latText.trim() === '' && lonText.trim() === '') return undefined;
  const lat = numberIn(latText);
  const lon = numberIn(lonText);
  if (lat === undefined) return `latitude "${latText.trim()}" is not a number`;
  if (lon === undefined) return `longitude "${lonText.trim()}" is not a number`;
  if (Math.abs(lat) > 90 && inRegion(lat, lon))
    return `latitude ${lat} is out of range: the coordinates look swapped (lat, lon)`;
  if (Math.abs(lat) > 90) return `latitude ${lat} is out of range (-90 to 90)`;
  if (Math.abs(lon) > 180) return `longitude ${lon} is out of range (-180 to 180)`;
  if (!inRegion(lon, lat) && inRegion(lat, lon))
    return `latitude ${lat}, longitude ${lon}: the coordinates look swapped (lat, lon)`;
  return { type: 'Point', coordinates: [lon, lat] };
}

/** A GeoJSON feature's point read the same way, for generic GeoJSON imports. */
export function swappedPoint(coordinates: number[]): string | undefined {
  const [lon, lat] = coordinates as [number, number];
  return !inRegion(lon, lat) && inRegion(lat, lon)
    ? `coordinates [${lon}, ${lat}] look swapped (lat, lon)`
    : undefined;
}
