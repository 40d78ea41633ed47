/** An incident's date in words, as precisely as it is known: "10 or 11 Oct 2025", "week of 13 Oct 2025". */
import type { IncidentProps } from '../data/incidents.ts';
import { dateSpan } from '../data/dates.ts';
import { daysBetween, formatDate, formatRange } from './dates.ts';
import { m, n } from '../i18n/messages.ts';
import { currentLocale } from '../i18n/current.ts';

type Dated = Pick<IncidentProps, 'date' | 'end_date' | 'date_precision'>;

export function formatIncidentDate(p: Dated, long = false): string {
  const end = p.end_date;
  switch (p.date_precision) {
    case 'week':
      return m.words_date_week_of({ date: formatDate(p.date, long) });
    case 'span':
      if (!end) return formatDate(p.date, long);
      if (daysBetween(p.date, end) !== 1)
        return m.words_date_within({ range: formatRange(p.date, end, long) });
      // "10 or 11 Oct 2025"; "31 Oct or 1 Nov 2025" across a month.
      // Only in English: other calendars do not share the Gregorian month.
      if (p.date.slice(0, 7) === end.slice(0, 7) && currentLocale() === 'en')
        return m.words_date_either({ first: n(Number(p.date.slice(8))), second: formatDate(end, long) });
      return m.words_date_either({ first: formatDate(p.date, long), second: formatDate(end, long) });
    default:
      if (!end) return formatDate(p.date, long);
      return formatRange(dateSpan(p.date)![0], dateSpan(end)![1], long);
  }
}

/** How the date is known, in words for the detail panel (getters: the current language). */
export const DATE_PRECISION_WORDS: Record<IncidentProps['date_precision'], string> = {
  get day() {
    return m.words_dated_day();
  },
  get span() {
    return m.words_dated_span();
  },
  get week() {
    return m.words_dated_week();
  },
  get month() {
    return m.words_dated_month();
  },
  get year() {
    return m.words_dated_year();
  },
};
