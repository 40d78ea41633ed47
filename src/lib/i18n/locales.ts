/**
 * The atlas's four languages: English, and the three of the border (Dari as spoken in
 * Afghanistan, Pashto, Urdu), each with its writing direction, calendar and the name a reader of
 * it looks for in the switch.
 */
export const LOCALES = ['en', 'fa-AF', 'ps', 'ur'] as const;
export type Locale = (typeof LOCALES)[number];

export interface LocaleInfo {
  /** The language's own name, as the switch shows it. */
  endonym: string;
  /** The English name, for the About text and tests. */
  english: string;
  dir: 'ltr' | 'rtl';
  /** Solar Hijri dates first (Afghanistan's civil calendar), the Gregorian date beside them. */
  solarHijri: boolean;
}

export const LOCALE_INFO: Record<Locale, LocaleInfo> = {
  en: { endonym: 'English', english: 'English', dir: 'ltr', solarHijri: false },
  'fa-AF': { endonym: 'دری', english: 'Dari', dir: 'rtl', solarHijri: true },
  ps: { endonym: 'پښتو', english: 'Pashto', dir: 'rtl', solarHijri: true },
  ur: { endonym: 'اردو', english: 'Urdu', dir: 'rtl', solarHijri: false },
};

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/**
 * The first of the browser's languages the atlas speaks: `fa-AF` for any Persian (Dari is the
 * atlas's only Persian), `ps-PK` as Pashto, `ur-IN` as Urdu; English when none matches.
 */
export function localeFromBrowser(languages: readonly string[]): Locale {
  for (const tag of languages) {
    const language = tag.toLowerCase().split(/[-_]/)[0];
    if (language === 'fa' || language === 'prs') return 'fa-AF';
    if (language === 'ps' || language === 'pbt' || language === 'pbu') return 'ps';
    if (language === 'ur') return 'ur';
    if (language === 'en') return 'en';
  }
  return 'en';
}
