/**
 * Pashto dates by table: Chromium ships no Pashto calendar data (Intl falls back to English), and
 * ICU's Pashto names Gregorian months with the solar ones. So month names come from here, and the
 * Solar Hijri day numbers from Dari's calendar (the same calendar), in Pashto's digits.
 */
/** Hamal to Hut, as Afghan Pashto names the solar months. */
export const PASHTO_SOLAR_MONTHS = [
  'وری',
  'غویی',
  'غبرگولی',
  'چنگاښ',
  'زمری',
  'وږی',
  'تله',
  'لړم',
  'لیندۍ',
  'مرغومی',
  'سلواغه',
  'کب',
];

/** January to December as Pashto writes the Gregorian months. */
export const PASHTO_GREGORIAN_MONTHS = [
  'جنوري',
  'فبروري',
  'مارچ',
  'اپرېل',
  'مۍ',
  'جون',
  'جولای',
  'اګست',
  'سپتمبر',
  'اکتوبر',
  'نومبر',
  'ډسمبر',
];

const solarNumbers = new Intl.DateTimeFormat('fa-AF-u-ca-persian-nu-latn', {
  day: 'numeric',
  month: 'numeric',
  year: 'numeric',
  timeZone: 'UTC',
});

/** Day, month (1–12) and year of an ISO day in the Solar Hijri calendar. */
export function solarParts(iso: string): { day: number; month: number; year: number } {
  const f = solarNumbers;
  const parts = Object.fromEntries(
    f.formatToParts(new Date(`${iso.slice(0, 10)}T00:00:00Z`)).map((p) => [p.type, p.value]),
  );
  return { day: Number(parts.day), month: Number(parts.month), year: Number(parts.year) };
}
