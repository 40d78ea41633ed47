/**
 * An incident's distance to the Durand Line in words, as exactly as its place is known: one
 * number for a site or a town, a range for a district, a province or a country.
 */
import type { IncidentProps } from '../data/incidents.ts';
import { m, n } from '../i18n/messages.ts';

const ONE_DECIMAL = { minimumFractionDigits: 1, maximumFractionDigits: 1 };

/** "12", "1,049", "0–148" (km), "—" when no place is given. */
export function kmText(range: [number, number] | undefined): string {
  if (!range) return '—';
  const text = (km: number) => (km === 0 ? n(0) : km < 10 ? n(km, ONE_DECIMAL) : n(Math.round(km)));
  const [min, max] = range;
  return Math.abs(max - min) < 0.05 ? text(min) : `${text(min)}–${text(max)}`;
}

/** Whether the range stands for an area (a province, district or country), not a point. */
export function isAreaRange(p: Pick<IncidentProps, 'location_precision'>): boolean {
  return ['province', 'district', 'country'].includes(p.location_precision);
}

/** What area the range covers, for the detail panel. */
export function rangeArea(
  p: Pick<IncidentProps, 'location_precision' | 'admin1' | 'admin2' | 'country'>,
): string {
  if (p.location_precision === 'country')
    return p.country === 'AFG' ? m.words_country_afghanistan() : m.words_country_pakistan();
  if (p.location_precision === 'district' && p.admin2) {
    const province = p.admin1 ?? undefined;
    return province !== undefined
      ? m.words_range_district({ district: p.admin2, province })
      : m.words_range_district_no_province({ district: p.admin2 });
  }
  return p.admin1 ?? m.words_its_province();
}
