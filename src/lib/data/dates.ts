/**
 * Incident dates: ISO days, months and years, and the rules tying `date`, `end_date` and
 * `date_precision` together. Pure; the domain's day arithmetic builds on `dateSpan`.
 */
import type { DatePrecision } from './schema.ts';
import { m } from '../i18n/messages.ts';
import { num } from './say.ts';

const ISO_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export interface ParsedDate {
  year: number;
  month?: number;
  day?: number;
  precision: 'day' | 'month' | 'year';
}

/** Parse an ISO day, month or year; `undefined` for anything else (2025-13-45, 2025-02-30). */
export function parseIsoDate(value: unknown): ParsedDate | undefined {
  if (typeof value !== 'string') return undefined;
  const m = ISO_DATE.exec(value);
  if (!m) return undefined;
  const year = Number(m[1]);
  const month = m[2] === undefined ? undefined : Number(m[2]);
  const day = m[3] === undefined ? undefined : Number(m[3]);
  if (month !== undefined && (month < 1 || month > 12)) return undefined;
  if (day !== undefined) {
    const last = new Date(Date.UTC(year, month!, 0)).getUTCDate();
    if (day < 1 || day > last) return undefined;
  }
  const precision = day !== undefined ? 'day' : month !== undefined ? 'month' : 'year';
  return { year, month, day, precision };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** First and last day an ISO day/month/year covers, as `YYYY-MM-DD` (a month spans its month). */
export function dateSpan(value: string): [string, string] | undefined {
  const d = parseIsoDate(value);
  if (!d) return undefined;
  if (d.precision === 'day') return [value, value];
  if (d.precision === 'month') {
    const last = new Date(Date.UTC(d.year, d.month!, 0)).getUTCDate();
    return [`${value}-01`, `${value}-${pad(last)}`];
  }
  return [`${value}-01-01`, `${value}-12-31`];
}

const DAY_MS = 86_400_000;
const dayNumber = (iso: string) => Math.round(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);

/** Longest uncertain span (UCDP date_prec 2–3: within a week). */
export const MAX_SPAN_DAYS = 7;

/** Which ISO form each precision needs for `date`. */
const FORM: Record<DatePrecision, 'day' | 'month' | 'year'> = {
  day: 'day',
  span: 'day',
  week: 'day',
  month: 'month',
  year: 'year',
};

interface Dated {
  date: string;
  end_date?: string;
  date_precision: DatePrecision;
}

/** "needs a date given to the day", in the reader's words. */
const UNIT = { day: m.errors_data_unit_day, month: m.errors_data_unit_month, year: m.errors_data_unit_year };

/** Located messages for a bad date, end date or precision; never throws. Dates are the file's, as written. */
export function dateIssues(p: Dated): string[] {
  const issues: string[] = [];
  const date = parseIsoDate(p.date);
  const precision = p.date_precision;
  if (!date) issues.push(m.errors_data_not_iso_day({ value: String(p.date) }));
  const known = (precision as string) in FORM;
  if (!known) {
    const list = Object.keys(FORM).join(', ');
    issues.push(m.errors_data_not_one_of({ field: 'date_precision', value: String(precision), list }));
  }
  if (date && known && date.precision !== FORM[precision]) {
    const unit = UNIT[FORM[precision]]();
    issues.push(m.errors_data_precision_form({ precision, unit, date: p.date }));
  }
  if (p.end_date === undefined) {
    if (precision === 'span') issues.push(m.errors_data_span_needs_end());
    return issues;
  }
  const end = parseIsoDate(p.end_date);
  if (!end) return [...issues, m.errors_data_not_iso_date({ field: 'end_date', value: String(p.end_date) })];
  if (!date) return issues;
  if (dateSpan(p.end_date)![1] < dateSpan(p.date)![0])
    issues.push(m.errors_data_end_before({ end: p.end_date, date: p.date }));
  if (precision === 'week') issues.push(m.errors_data_week_end());
  if (precision === 'span') {
    const days = end.precision === 'day' ? dayNumber(p.end_date) - dayNumber(p.date) : NaN;
    if (!(days >= 1 && days < MAX_SPAN_DAYS)) {
      issues.push(m.errors_data_span_days({ max: num(MAX_SPAN_DAYS), date: p.date, end: p.end_date }));
    }
  }
  return issues;
}
