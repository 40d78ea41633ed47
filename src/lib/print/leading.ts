/**
 * How tall the printed page's lines are in its language, as a factor of the English page's: the
 * one place the layout's line heights and text blocks (title, subtitle, legend, scale note,
 * footer, table rows, articles) grow for a script. Nastaliq (Urdu) sets each word on a slope,
 * from high at its start down to the baseline at its end, and reaches about twice as high as
 * Latin or Naskh at one size (Noto Nastaliq Urdu's ascent is 1.9 em, its descent 0.6 em). Its
 * lines are 1.9 em, as the app's Urdu text (app.css), where the page's English lines are 1.3 em.
 * Dari and Pashto (Vazirmatn) keep the English lines.
 */
import { currentLocale } from '../i18n/current.ts';
import type { Locale } from '../i18n/locales.ts';

export const LEADING: Record<Locale, number> = { en: 1, 'fa-AF': 1, ps: 1, ur: 1.9 / 1.3 };

/** The line factor of a language; the app's current one unless told. */
export const leadingOf = (lang: Locale = currentLocale()): number => LEADING[lang];

/** Whether the language's Arabic-script letters are set in Nastaliq (Noto Nastaliq Urdu). */
export const usesNastaliq = (lang: Locale = currentLocale()): boolean => lang === 'ur';
