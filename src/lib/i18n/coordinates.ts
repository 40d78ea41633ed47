/**
 * A latitude and longitude in words of the reader's language and its digits ("33.90° N, 70.10° E",
 * "۳۳٫۹۰° شمالی، ۷۰٫۱۰° شرقی"): the label of a point that has no name of its own.
 */
import { m, n } from './messages.ts';

function degrees(value: number, decimals: number): string {
  const fixed = { minimumFractionDigits: decimals, maximumFractionDigits: decimals, useGrouping: false };
  return n(Math.abs(value), fixed);
}

/** Rounded first, so that -0.001 is 0.00° N, not 0.00° S. */
const rounded = (value: number, decimals: number) => Number(value.toFixed(decimals));

/** A latitude ("33.6° N"), to `decimals` places. */
export function latitudeWords(lat: number, decimals = 2): string {
  const value = rounded(lat, decimals);
  const deg = degrees(value, decimals);
  return value >= 0 ? m.words_deg_north({ deg }) : m.words_deg_south({ deg });
}

/** A longitude ("70.1° E"), to `decimals` places. */
export function longitudeWords(lng: number, decimals = 2): string {
  const value = rounded(lng, decimals);
  const deg = degrees(value, decimals);
  return value >= 0 ? m.words_deg_east({ deg }) : m.words_deg_west({ deg });
}

/** Latitude, then longitude, as a reader of maps expects them. */
export function pointWords(lng: number, lat: number, decimals = 2): string {
  return m.words_coordinate_pair({ lat: latitudeWords(lat, decimals), lng: longitudeWords(lng, decimals) });
}
