/**
 * The message functions, one per catalogue key (messages/{locale}/*.json, compiled by Paraglide
 * into ./paraglide), with numbers and days in the current language. Each returns the text in the
 * language set by locale.svelte.ts (English in scripts and workers, which do not load it).
 */
import { currentFormat } from './current.ts';
import { formatDay, formatNumber, solarHijriDay } from './format.ts';

export { m } from './paraglide/messages.js';

/** A number in the current language's digits and grouping ("100,040", "۱۰۰٬۰۴۰"). */
export function n(value: number, options?: Intl.NumberFormatOptions): string {
  return formatNumber(value, currentFormat(), options);
}

/** An ISO day in the current language's calendar (Solar Hijri with Gregorian in Dari and Pashto). */
export function day(iso: string): string {
  return formatDay(iso, currentFormat());
}

/** An ISO day in the Solar Hijri calendar alone ("۱ حمل ۱۴۰۴"), in the current language. */
export function solarDay(iso: string): string {
  return solarHijriDay(iso, currentFormat());
}
