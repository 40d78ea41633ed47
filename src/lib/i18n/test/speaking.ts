/** For tests: run code with the messages in one language, whatever else set it (tests share modules). */
import { getLocale, overwriteGetLocale } from '../paraglide/runtime.js';
import type { Locale } from '../locales.ts';

export function speaking<T>(locale: Locale, work: () => T): T {
  const before = getLocale;
  overwriteGetLocale(() => locale);
  try {
    return work();
  } finally {
    overwriteGetLocale(before);
  }
}
