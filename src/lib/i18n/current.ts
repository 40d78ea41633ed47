/**
 * The current language and digits for code that formats words outside components (domain,
 * state, print). Plain TypeScript, no runes, so build scripts and workers can import it: there the
 * language is English. In the page, locale.svelte.ts points both at its runes, so a component
 * reading them re-renders on a switch.
 */
import { getLocale } from './paraglide/runtime.js';
import type { FormatOptions } from './format.ts';
import type { Locale } from './locales.ts';

let latinDigits: () => boolean = () => false;

/** Where Latin digits are asked for (locale.svelte.ts, from the reader's setting). */
export function readDigitsFrom(source: () => boolean): void {
  latinDigits = source;
}

export function currentLocale(): Locale {
  return getLocale();
}

export function currentFormat(): FormatOptions {
  return { locale: getLocale(), latinDigits: latinDigits() };
}
