/**
 * Reading the cells of an imported row: numbers, dates in the forms ACLED and UCDP write them,
 * country names and codes, ids as slugs. Each reader returns undefined (or a message) for what it
 * cannot read; none guesses.
 */
import type { Qualifier } from '../schema.ts';

export type Row = Record<string, string>;

/** A cell's trimmed text ('' when absent). */
export const cell = (row: Row, key: string): string => (row[key] ?? '').trim();

/**
 * Persian (۰–۹) and Arabic-Indic (٠–٩) digits as Latin ones, the Arabic decimal separator (٫) as a
 * point and its thousands separator (٬) dropped: a sheet typed in Dari, Pashto or Urdu reads the same.
 */
export function latinDigits(text: string): string {
  return text.replace(/[\u06f0-\u06f9\u0660-\u0669\u066b\u066c]/g, (c) => {
    const code = c.charCodeAt(0);
    if (c === '\u066b') return '.';
    if (c === '\u066c') return '';
    return String(code >= 0x6f0 ? code - 0x6f0 : code - 0x660);
  });
}

/** A count or coordinate from a cell: "12", "12.5", "-3", "۳۳٫۵"; undefined for '' or anything else. */
export function numberIn(text: string): number | undefined {
  const t = latinDigits(text.trim());
  if (t === '' || !/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(t)) return undefined;
  return Number(t);
}

/** A whole non-negative count, or undefined. */
export function countIn(text: string): number | undefined {
  const n = numberIn(text);
  return n !== undefined && Number.isInteger(n) && n >= 0 ? n : undefined;
}

/** How a sheet words an approximate count, onto our qualifiers ("~5" is about five). */
const WORDED: Array<[RegExp, Qualifier]> = [
  [/^(at least|min\.?|minimum)\s*(\d+)$|^(\d+)\s*\+$/, 'at least'],
  [/^(more than|over|>)\s*(\d+)$/, 'more than'],
  [/^(about|around|approx\.?|approximately|some|c\.|ca\.|~)\s*(\d+)$/, 'about'],
  [/^(up to|max\.?|maximum|<=)\s*(\d+)$/, 'up to'],
  [/^(fewer than|less than|under|<)\s*(\d+)$/, 'fewer than'],
  [/^(\d+)[- ]odd$/, '-odd'],
];

/**
 * A figure from a cell as a sheet writes one: "12", "2-3" or "2 to 3" (a range), "at least 5",
 * "about 5", "5+", "50-odd"; undefined where it is none of these.
 */
export function figureIn(
  text: string,
): { figure: number | [number, number]; qualifier?: Qualifier } | undefined {
  const t = latinDigits(text.trim()).toLowerCase().replace(/\s+/g, ' ');
  const count = countIn(t);
  if (count !== undefined) return { figure: count };
  const range = /^(\d+) ?(?:-|–|to) ?(\d+)$/.exec(t);
  if (range && +range[1]! < +range[2]!) return { figure: [+range[1]!, +range[2]!] };
  for (const [form, qualifier] of WORDED) {
    const found = form.exec(t);
    const digits = found?.slice(1).find((g) => g !== undefined && /^\d+$/.test(g));
    if (digits) return { figure: Number(digits), qualifier };
  }
  return undefined;
}

/** Lower-case slug for ids: "AFG 12,345" → "afg-12-345". */
export function slug(text: string): string {
  return text
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

const pad = (n: number) => String(n).padStart(2, '0');

function validDay(y: number, m: number, d: number): string | undefined {
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d)
    return undefined;
  return `${y}-${pad(m)}-${pad(d)}`;
}

/**
 * An ISO day from the forms the datasets use: "2024-01-15", "2024-01-15 00:00:00.000",
 * "15-01-2024" (ACLED's dd-mm-yyyy), "15 January 2024", "January 15, 2024". Slashed forms
 * (01/02/2024) are refused: day and month cannot be told apart.
 */
export function dayIn(text: string): string | undefined {
  const t = latinDigits(text.trim());
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:[ T][\d:.]+Z?)?$/.exec(t);
  if (iso) return validDay(+iso[1]!, +iso[2]!, +iso[3]!);
  // ACLED's codebook writes dd-mm-yyyy; only dashes, so a slashed US date is never misread.
  const numeric = /^(\d{1,2})-(\d{1,2})-(\d{4})$/.exec(t);
  if (numeric) return validDay(+numeric[3]!, +numeric[2]!, +numeric[1]!);
  const dmy = /^(\d{1,2})[ -]([A-Za-z]+)[ ,-]+(\d{4})$/.exec(t);
  if (dmy) return monthDay(+dmy[3]!, dmy[2]!, +dmy[1]!);
  const mdy = /^([A-Za-z]+) (\d{1,2}),? (\d{4})$/.exec(t);
  if (mdy) return monthDay(+mdy[3]!, mdy[1]!, +mdy[2]!);
  return undefined;
}

function monthDay(year: number, monthName: string, day: number): string | undefined {
  const name = monthName.toLowerCase();
  const m = MONTHS.findIndex((full) => full === name || (name.length >= 3 && full.startsWith(name)));
  return m < 0 ? undefined : validDay(year, m + 1, day);
}

/** ISO day, month or year as written ("2024-01-15", "2024-01", "2024"), else a day in another form. */
export function isoDateIn(text: string): { date: string; precision: 'day' | 'month' | 'year' } | undefined {
  const t = latinDigits(text.trim());
  if (/^\d{4}$/.test(t)) return { date: t, precision: 'year' };
  const month = /^(\d{4})-(\d{2})$/.exec(t);
  if (month && +month[2]! >= 1 && +month[2]! <= 12) return { date: t, precision: 'month' };
  const day = dayIn(t);
  return day ? { date: day, precision: 'day' } : undefined;
}

/** The ISO day `days` after (or before) another. */
export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** Whole days from one ISO day to another. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** The region's countries by name, ISO numeric code and Gleditsch–Ward code (UCDP's country_id). */
const COUNTRIES: Array<[alpha3: string, name: string, numeric: string, gw: string]> = [
  ['AFG', 'afghanistan', '4', '700'],
  ['PAK', 'pakistan', '586', '770'],
  ['IRN', 'iran', '364', '630'],
  ['IND', 'india', '356', '750'],
  ['CHN', 'china', '156', '710'],
  ['TJK', 'tajikistan', '762', '702'],
  ['TKM', 'turkmenistan', '795', '701'],
  ['UZB', 'uzbekistan', '860', '704'],
];

/** ISO alpha-3 from a name, alpha-3 or numeric code; undefined when not one of the region's. */
export function countryIn(text: string, kind: 'name' | 'numeric' | 'gw' = 'name'): string | undefined {
  const t = text.trim().toLowerCase();
  if (t === '') return undefined;
  const found = COUNTRIES.find(([alpha3, name, numeric, gw]) =>
    kind === 'numeric'
      ? numeric === String(Number(t))
      : kind === 'gw'
        ? gw === t
        : name === t || alpha3 === t.toUpperCase(),
  );
  if (found) return found[0];
  return kind === 'name' && /^[a-z]{3}$/.test(t) ? t.toUpperCase() : undefined;
}

/** "Paktika province" → "Paktika"; "Barmal district" → "Barmal" (UCDP's adm_1 and adm_2). */
export function areaName(text: string): string | undefined {
  const t = text.trim().replace(/\s+(province|district|division|agency|state)$/i, '');
  return t === '' ? undefined : t;
}

/** Names from a list cell: "A; B" → ["A", "B"]. */
export function namesIn(text: string): string[] {
  return text
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean);
}
