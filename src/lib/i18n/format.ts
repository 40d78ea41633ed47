/**
 * Numbers and dates in the reader's language through Intl: each locale's digits unless Latin
 * digits are asked for; in Dari and Pashto the Solar Hijri date (Afghanistan's calendar) with
 * the Gregorian date beside it, in Urdu and English the Gregorian date.
 */
import { LOCALE_INFO, type Locale } from './locales.ts';
import { PASHTO_GREGORIAN_MONTHS, PASHTO_SOLAR_MONTHS, solarParts } from './pashto.ts';

export interface FormatOptions {
  locale: Locale;
  latinDigits?: boolean;
}

/**
 * English as written in the region's English press (12 Oct 2025, 100,040); Pashto's digits and
 * separators are Dari's (Chromium has no Pashto number data).
 */
const base = (locale: Locale) => (locale === 'en' ? 'en-GB' : locale === 'ps' ? 'fa-AF' : locale);

function tag(o: FormatOptions, calendar?: string): string {
  const extensions = [calendar && `ca-${calendar}`, o.latinDigits && 'nu-latn'].filter(Boolean);
  return extensions.length ? `${base(o.locale)}-u-${extensions.join('-')}` : base(o.locale);
}

// Making an Intl formatter costs far more than using one (a loading bar's figure, a list of 100k
// dates): each is made once per locale and options.
const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();
function numberFormat(locale: string, options?: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale} ${JSON.stringify(options ?? {})}`;
  let f = numberFormats.get(key);
  if (!f) numberFormats.set(key, (f = new Intl.NumberFormat(locale, options)));
  return f;
}
function dateFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale} ${JSON.stringify(options)}`;
  let f = dateFormats.get(key);
  if (!f) dateFormats.set(key, (f = new Intl.DateTimeFormat(locale, options)));
  return f;
}

/** The Intl locale numbers are written in (also MapLibre's `number-format` on the map). */
export const numberLocale = (o: FormatOptions): string => (o.latinDigits ? 'en-GB' : base(o.locale));

/** Latin digits are grouped the English way (ICU's Pashto would write 100.040 for 100,040). */
export function formatNumber(value: number, o: FormatOptions, options?: Intl.NumberFormatOptions): string {
  return numberFormat(numberLocale(o), options).format(value);
}

/** A UTC midnight for an ISO day (`2025-03-21`). */
const utcDay = (iso: string) => new Date(`${iso.slice(0, 10)}T00:00:00Z`);

/** The Gregorian day as the locale writes it (English: 21 Mar 2025). */
export function gregorianDay(iso: string, o: FormatOptions, month: 'short' | 'long' = 'short'): string {
  if (o.locale === 'ps')
    return pashtoDay(o, Number(iso.slice(8, 10)), gregorianMonth(iso), Number(iso.slice(0, 4)));
  // Dari's short pattern in ICU is English's ("اکتوبر ۱۵, ۲۰۲۵", with a Latin comma): its long
  // one is the order a Dari reader writes, day month year.
  const f = dateFormat(tag(o, 'gregory'), {
    day: 'numeric',
    month: o.locale === 'fa-AF' ? 'long' : month,
    year: 'numeric',
    timeZone: 'UTC',
  });
  return f.format(utcDay(iso));
}

const gregorianMonth = (iso: string) => PASHTO_GREGORIAN_MONTHS[Number(iso.slice(5, 7)) - 1]!;
const whole = (value: number, o: FormatOptions) => formatNumber(value, o, { useGrouping: false });
const pashtoDay = (o: FormatOptions, day: number, month: string, year: number) =>
  `${whole(day, o)} ${month} ${whole(year, o)}`;

/** The Solar Hijri day, day month year. */
export function solarHijriDay(iso: string, o: FormatOptions): string {
  if (o.locale === 'ps') {
    const { day, month, year } = solarParts(iso);
    return pashtoDay(o, day, PASHTO_SOLAR_MONTHS[month - 1]!, year);
  }
  const f = dateFormat(tag(o, 'persian'), {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
  const parts = Object.fromEntries(f.formatToParts(utcDay(iso)).map((p) => [p.type, p.value]));
  return `${parts.day} ${parts.month} ${parts.year}`;
}

/** A day as the reader's calendar writes it; Solar Hijri days carry the Gregorian day beside. */
export function formatDay(iso: string, o: FormatOptions): string {
  if (!LOCALE_INFO[o.locale].solarHijri) return gregorianDay(iso, o);
  return `${solarHijriDay(iso, o)} (${gregorianDay(iso, o)})`;
}

/** A year (`2025`), a month (`2025-10`) or a day, as precisely as it is given. */
export function formatPartialDay(iso: string, o: FormatOptions): string {
  if (iso.length >= 10) return formatDay(iso, o);
  if (o.locale === 'ps') {
    const year = whole(Number(iso.slice(0, 4)), o);
    return iso.length === 7 ? `${gregorianMonth(iso)} ${year}` : year;
  }
  const options: Intl.DateTimeFormatOptions =
    iso.length === 7
      ? { month: 'long', year: 'numeric', timeZone: 'UTC' }
      : { year: 'numeric', timeZone: 'UTC' };
  return dateFormat(tag(o, 'gregory'), options).format(
    utcDay(iso.length === 7 ? `${iso}-15` : `${iso}-06-15`),
  );
}

/** A Gregorian month's name alone (`2025-10` → "اکتبر"), for timeline ticks. */
export function formatMonthIn(month: string, o: FormatOptions): string {
  if (o.locale === 'ps') return gregorianMonth(month);
  const f = dateFormat(tag(o, 'gregory'), { month: 'long', timeZone: 'UTC' });
  return f.format(utcDay(`${month}-15`));
}
