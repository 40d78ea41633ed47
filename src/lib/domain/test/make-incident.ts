/** Small incidents for state tests: only what a test sets differs from a plain one-day airstrike. */
import type { Incident, IncidentProps } from '../../data/incidents.ts';

export function incident(
  props: Partial<IncidentProps> & { id: string },
  point: [number, number] | null = [69.17, 34.53],
): Incident {
  return Object.freeze({
    type: 'Feature',
    properties: {
      date: '2025-10-09',
      date_precision: 'day',
      type: 'airstrike',
      actors: ['Pakistani armed forces'],
      country: 'AFG',
      admin1: 'Kabul',
      location_name: 'Kabul',
      location_precision: 'town',
      claims: [],
      summary: 'A test incident with a summary long enough.',
      sources: [{ id: 'reuters', outlet: 'Reuters', headline: 'h', date: '2025-10' }],
      ...props,
    },
    geometry: point ? { type: 'Point', coordinates: point } : null,
  }) as Incident;
}
