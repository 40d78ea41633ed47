/** An incident's date in words, as precisely as it is known: "10 or 11 Oct 2025", "week of 13 Oct 2025". */
import type { IncidentProps } from '../data/incidents.ts';
import { dateSpan } from '../data/dates.ts';
import { daysBetween, formatDate, formatRange } from './dates.ts';

type Dated = Pick<IncidentProps, 'date' | 'end_date' | 'date_precision'>;

export function formatIncidentDate(p: Dated, long = false): string {
  const end = p.end_date;
  switch (p.date_precision) {
    case 'week':
      return `week of ${formatDate(p.date, long)}`;
    case 'span':
      if (!end) return formatDate(p.date, long);
      if (daysBetween(p.date, end) !== 1) return `within ${formatRange(p.date, end, long)}`;
      // "10 or 11 Oct 2025"; "31 Oct or 1 Nov 2025" across a month.
      if (p.date.slice(0, 7) === end.slice(0, 7))
        return `${Number(p.date.slice(8))} or ${formatDate(end, long)}`;
      return `${formatDate(p.date, long)} or ${formatDate(end, long)}`;
    default:
      if (!end) return formatDate(p.date, long);
      return formatRange(dateSpan(p.date)![0], dateSpan(end)![1], long);
  }
}

/** How the date is known, in words for the detail panel. */
export const DATE_PRECISION_WORDS: Record<IncidentProps['date_precision'], string> = {
  day: 'to the day',
  span: 'to a span of days: one of them, not which',
  week: 'to the week only',
  month: 'to the month only',
  year: 'to the year only',
};
