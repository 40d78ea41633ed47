import { describe, expect, it } from 'vitest';
import { formatDay, formatMonthIn, formatNumber, formatPartialDay, solarHijriDay } from './format.ts';
import { localeFromBrowser } from './locales.ts';

// Expected days worked out by hand from the Solar Hijri calendar (1 Hamal = 21 March in these
// years; the first six months have 31 days), not by the code under test.
describe('Solar Hijri days (Afghanistan)', () => {
  it('Nowruz 2025 is 1 Hamal 1404, in Dari and Pashto month names', () => {
    expect(solarHijriDay('2025-03-21', { locale: 'fa-AF', latinDigits: true })).toBe('1 حمل 1404');
    expect(solarHijriDay('2025-03-21', { locale: 'ps', latinDigits: true })).toBe('1 وری 1404');
  });

  it('15 August 2021 is 24 Asad 1400; 12 October 2025 is 20 Mizan 1404', () => {
    expect(solarHijriDay('2021-08-15', { locale: 'fa-AF', latinDigits: true })).toBe('24 اسد 1400');
    expect(solarHijriDay('2025-10-12', { locale: 'fa-AF', latinDigits: true })).toBe('20 میزان 1404');
    expect(solarHijriDay('2025-10-12', { locale: 'ps', latinDigits: true })).toBe('20 تله 1404');
  });

  it('Pashto: its own month names in both calendars, Dari digits (Chromium has no Pashto data)', () => {
    expect(solarHijriDay('2025-10-12', { locale: 'ps' })).toBe('۲۰ تله ۱۴۰۴');
    expect(formatDay('2025-10-12', { locale: 'ps' })).toBe('۲۰ تله ۱۴۰۴ (۱۲ اکتوبر ۲۰۲۵)');
    expect(formatPartialDay('2025-12', { locale: 'ps', latinDigits: true })).toBe('ډسمبر 2025');
    expect(formatMonthIn('2025-01', { locale: 'ps' })).toBe('جنوري');
    expect(formatNumber(100040, { locale: 'ps' })).toBe('۱۰۰٬۰۴۰');
  });

  it('writes Eastern Arabic-Indic digits unless Latin digits are asked for', () => {
    expect(solarHijriDay('2025-03-21', { locale: 'fa-AF' })).toBe('۱ حمل ۱۴۰۴');
  });

  it('Dari and Pashto show the Gregorian day beside; Urdu and English the Gregorian day alone', () => {
    const dari = formatDay('2025-10-12', { locale: 'fa-AF' });
    // Day month year, as Dari writes it (ICU's short pattern was "اکتوبر ۱۲, ۲۰۲۵").
    expect(dari).toBe('۲۰ میزان ۱۴۰۴ (۱۲ اکتوبر ۲۰۲۵)');
    expect(formatDay('2025-10-12', { locale: 'ur' })).toBe('12 اکتوبر، 2025');
    expect(formatDay('2025-10-12', { locale: 'en' })).toBe('12 Oct 2025');
  });
});

describe('numbers', () => {
  it('follow each locale, or Latin digits on request', () => {
    expect(formatNumber(100040, { locale: 'en' })).toBe('100,040');
    expect(formatNumber(100040, { locale: 'fa-AF' })).toBe('۱۰۰٬۰۴۰');
    expect(formatNumber(100040, { locale: 'ps', latinDigits: true })).toBe('100,040');
    expect(formatNumber(12, { locale: 'ur' })).toBe('12');
  });
});

describe('the first visit', () => {
  it("follows the browser's first language the atlas speaks", () => {
    expect(localeFromBrowser(['de-DE', 'ps-AF', 'en'])).toBe('ps');
    expect(localeFromBrowser(['fa-IR'])).toBe('fa-AF');
    expect(localeFromBrowser(['ur-PK'])).toBe('ur');
    expect(localeFromBrowser(['de', 'fr'])).toBe('en');
    expect(localeFromBrowser([])).toBe('en');
  });
});
