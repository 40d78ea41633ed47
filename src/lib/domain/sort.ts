/** Sorting the incident list. Ties keep date order so the list never jumps about. */
import type { Incident } from '../data/incidents.ts';
import { INCIDENT_TYPES } from '../data/incidents.ts';
import { conservativeDeaths } from './casualties.ts';
import { incidentSpan } from './filters.ts';

export type SortKey = 'date' | 'type' | 'place' | 'casualties' | 'border';
export type SortDir = 'asc' | 'desc';

const byDate = (a: Incident, b: Incident) =>
  incidentSpan(a)[0].localeCompare(incidentSpan(b)[0]) || a.properties.id.localeCompare(b.properties.id);

/** Distance to the border for sorting; incidents without one sort last either way. */
export type BorderKmOf = (i: Incident) => number | undefined;

const compare: Record<Exclude<SortKey, 'border'>, (a: Incident, b: Incident) => number> = {
  date: byDate,
  type: (a, b) => INCIDENT_TYPES[a.properties.type].localeCompare(INCIDENT_TYPES[b.properties.type]),
  place: (a, b) => a.properties.location_name.localeCompare(b.properties.location_name),
  casualties: (a, b) => conservativeDeaths(a) - conservativeDeaths(b),
};

export function sortIncidents(
  list: Incident[],
  key: SortKey,
  dir: SortDir,
  borderKm?: BorderKmOf,
): Incident[] {
  const sign = dir === 'asc' ? 1 : -1;
  if (key === 'border') {
    const km = (i: Incident) => borderKm?.(i);
    return [...list].sort((a, b) => {
      const ka = km(a),
        kb = km(b);
      if (ka === undefined || kb === undefined) return ka === kb ? byDate(a, b) : ka === undefined ? 1 : -1;
      return sign * (ka - kb) || byDate(a, b);
    });
  }
  return [...list].sort((a, b) => sign * compare[key](a, b) || byDate(a, b));
}
