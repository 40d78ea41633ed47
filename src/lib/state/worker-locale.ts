/**
 * The reader's language in a worker. A worker has its own global scope and never loads the rune
 * (locale.svelte.ts): the page sends the language and the digits with each request, and the
 * worker takes them on before it works, so its messages come back in the reader's words. A
 * request without them is answered in English, as build scripts are.
 */
import { currentFormat, currentLocale, readDigitsFrom } from '../i18n/current.ts';
import { setLocale } from '../i18n/paraglide/runtime.js';
import type { Locale } from '../i18n/locales.ts';

export interface Speech {
  locale: Locale;
  latinDigits: boolean;
}

/** On the page, when posting: the language and digits the reader has now. */
export function speechNow(): Speech {
  return { locale: currentLocale(), latinDigits: currentFormat().latinDigits === true };
}

/** In the worker, before the work: speak as the page asked. */
export function speak(speech: Speech | undefined): void {
  if (!speech) return;
  setLocale(speech.locale, { reload: false });
  readDigitsFrom(() => speech.latinDigits);
}
