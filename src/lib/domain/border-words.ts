/**
 * An incident's distance to the Durand Line in words, as exactly as its place is known: one
 * number for a site or a town, a range for a district, a province or a country.
 */
import type { IncidentProps } from '../data/incidents.ts';

/** "12", "1,049", "0–148" (km), "—" when no place is given. */
export function kmText(range: [number, number] | undefined): string {
  if (!range) return '—';
  const n = (km: number) =>
    km === 0 ? '0' : km < 10 ? km.toFixed(1) : Math.round(km).toLocaleString('en-GB');
  const [min, max] = range;
  return Math.abs(max - min) < 0.05 ? n(min) : `${n(min)}–${n(max)}`;
}

/** Whether the range stands for an area (a province, district or country), not a point. */
export function isAreaRange(p: Pick<IncidentProps, 'location_precision'>): boolean {
  return ['province', 'district', 'country'].includes(p.location_precision);
}

/** What area the range covers, for the detail panel. */
export function rangeArea(
  p: Pick<IncidentProps, 'location_precision' | 'admin1' | 'admin2' | 'country'>,
): string {
  if (p.location_precision === 'country') return p.country === 'AFG' ? 'Afghanistan' : 'Pakistan';
  if (p.location_precision === 'district' && p.admin2) {
    return `${p.admin2} district (no outline: the range of ${p.admin1 ?? 'its province'})`;
  }
  return `${p.admin1 ?? 'its province'}`;
}
