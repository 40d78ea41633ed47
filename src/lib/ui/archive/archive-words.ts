/**
 * An archive's incident in words for its list. Tile fields come from any archive, so each is
 * checked before it is formatted; a value the app does not know is shown as it is, as text.
 */
import { DATE_PRECISIONS, INCIDENT_TYPES, parseIsoDate, type IncidentType } from '../../data/incidents.ts';
import type { ArchiveProps } from '../../domain/archive.ts';
import { formatIncidentDate } from '../../domain/incident-dates.ts';
import type { ArchiveCount } from '../../domain/archive-summary.ts';
import { m, n } from '../../i18n/messages.ts';

export function archiveDate(p: ArchiveProps): string {
  const precision = p.dp as (typeof DATE_PRECISIONS)[number];
  const known = (d: unknown) => typeof d === 'string' && parseIsoDate(d) !== undefined;
  if (!known(p.dt) || !DATE_PRECISIONS.includes(precision) || (p.de !== undefined && !known(p.de)))
    return String(p.dt);
  return formatIncidentDate({ date: p.dt, date_precision: precision, ...(p.de ? { end_date: p.de } : {}) });
}

/** A type's label; an unknown one as it is. */
export function archiveType(t: string): string {
  return Object.hasOwn(INCIDENT_TYPES, t) ? INCIDENT_TYPES[t as IncidentType] : String(t);
}

/** How many of the archive's incidents match, saying "about" or "at most" where the count is not exact. */
export function archiveCountText(count: ArchiveCount): string {
  const say = count.atMost ? m.tiles_count_at_most : count.approximate ? m.tiles_count_about : m.tiles_count;
  return say({ matching: n(count.matching), total: n(count.total) });
}
