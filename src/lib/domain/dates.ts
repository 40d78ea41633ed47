/** ISO day arithmetic in UTC (no time zones: incidents are dated by day at most). */
import { currentFormat } from '../i18n/current.ts';
import { formatMonthIn, formatPartialDay as formatDayIn, type FormatOptions } from '../i18n/format.ts';

const DAY = 86_400_000;

export function toTime(day: string): number {
  return Date.parse(`${day}T00:00:00Z`);
}

/** Whole days since 1970-01-01 for an ISO day. */
export function dayNumber(day: string): number {
  return Math.round(toTime(day) / DAY);
}

/** The ISO day of a day number. */
export function dayOfNumber(n: number): string {
  return fromTime(n * DAY);
}

export function fromTime(t: number): string {
  return new Date(t).toISOString().slice(0, 10);
}

export function addDays(day: string, n: number): string {
  return fromTime(toTime(day) + n * DAY);
}

/** Whole days from a to b (b − a). */
export function daysBetween(a: string, b: string): number {
  return Math.round((toTime(b) - toTime(a)) / DAY);
}

export function addMonths(day: string, n: number): string {
  const d = new Date(toTime(day));
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() + n);
  return fromTime(d.getTime());
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTHS_LONG = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** The reader's language and digits when it is not English (dates then go through Intl). */
function otherLanguage(): FormatOptions | null {
  const format = currentFormat();
  return format.locale === 'en' ? null : format;
}

/** "17 Oct 2025", "Oct 2025", "2025" by precision; in Dari and Pashto the Solar Hijri day too. */
export function formatDate(iso: string, long = false): string {
  const other = otherLanguage();
  if (other) return formatDayIn(iso, other);
  const [y, m, d] = iso.split('-');
  const names = long ? MONTHS_LONG : MONTHS;
  if (!m) return y!;
  const month = names[Number(m) - 1]!;
  return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
}

/** A month's short name alone ("Oct"; in other languages the month as Intl names it). */
export function formatMonthName(month: string): string {
  const other = otherLanguage();
  if (!other) return MONTHS[Number(month.slice(5, 7)) - 1]!;
  return formatMonthIn(month, other);
}

/** "9–19 October 2025", "30 Sep – 2 Oct 2025", "Oct 2024 – Mar 2025" for a range of ISO days. */
export function formatRange(from: string, to: string, long = true): string {
  if (from === to) return formatDate(from, long);
  if (otherLanguage()) return `${formatDate(from)} – ${formatDate(to)}`;
  // Whole months read as months: "October 2025", "Oct 2024 – Mar 2025".
  if (from.endsWith('-01') && addDays(to, 1).endsWith('-01')) {
    if (from.slice(0, 7) === to.slice(0, 7)) return formatDate(from.slice(0, 7), long);
    return `${formatDate(from.slice(0, 7))} – ${formatDate(to.slice(0, 7))}`;
  }
  const [fy, fm, fd] = from.split('-');
  const [ty, tm, td] = to.split('-');
  const month = (long ? MONTHS_LONG : MONTHS)[Number(tm) - 1];
  if (fy === ty && fm === tm) return `${Number(fd)}–${Number(td)} ${month} ${ty}`;
  if (fy === ty)
    return `${Number(fd)} ${MONTHS[Number(fm) - 1]} – ${Number(td)} ${MONTHS[Number(tm) - 1]} ${ty}`;
  return `${formatDate(from)} – ${formatDate(to)}`;
}
