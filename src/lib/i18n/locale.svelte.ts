/**
 * The language the atlas speaks now, as a rune: every message function reads it (through
 * Paraglide's `getLocale`), so a component re-renders its words when it changes. The page's
 * `lang` and `dir` follow it; the choice is remembered in this browser.
 */
import { overwriteGetLocale } from './paraglide/runtime.js';
import { readDigitsFrom } from './current.ts';
import { LOCALE_INFO, isLocale, localeFromBrowser, type Locale } from './locales.ts';

const STORAGE_KEY = 'durand-atlas.language';
const DIGITS_KEY = 'durand-atlas.latin-digits';

function stored(key: string): string | null {
  try {
    return globalThis.localStorage?.getItem(key) ?? null;
  } catch {
    return null; // Storage refused (private mode, a sandboxed frame): nothing remembered.
  }
}

function remember(key: string, value: string): void {
  try {
    globalThis.localStorage?.setItem(key, value);
  } catch {
    // Not remembered: the language still applies to this visit.
  }
}

function firstLocale(): Locale {
  const saved = stored(STORAGE_KEY);
  if (isLocale(saved)) return saved;
  return localeFromBrowser(globalThis.navigator?.languages ?? []);
}

class LanguageState {
  current = $state<Locale>(firstLocale());
  /** Latin digits (0–9) in every language, for readers who prefer them. */
  latinDigits = $state(stored(DIGITS_KEY) === '1');

  get dir(): 'ltr' | 'rtl' {
    return LOCALE_INFO[this.current].dir;
  }

  set(locale: Locale): void {
    this.current = locale;
    remember(STORAGE_KEY, locale);
    applyToPage(locale);
  }

  setLatinDigits(on: boolean): void {
    this.latinDigits = on;
    remember(DIGITS_KEY, on ? '1' : '0');
  }
}

function applyToPage(locale: Locale): void {
  if (typeof document === 'undefined') return;
  document.documentElement.lang = locale;
  document.documentElement.dir = LOCALE_INFO[locale].dir;
}

export const language = new LanguageState();
overwriteGetLocale(() => language.current);
readDigitsFrom(() => language.latinDigits);
applyToPage(language.current);
