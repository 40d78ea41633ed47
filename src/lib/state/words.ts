/**
 * Small pieces of wording the state's messages share: names in the current language's quotation
 * marks, and lists joined with its comma or semicolon (Dari, Pashto and Urdu write ، and ؛).
 */
import { m } from '../i18n/messages.ts';
import { commas, semicolons } from '../i18n/lists.ts';

/** “name” (or «name»). */
export const quoted = (name: string): string => m.errors_quoted({ name });

/** “a”, “b”, “c” */
export const quotedList = (names: readonly string[]): string => commas(names.map(quoted));

/** a; b; c */
export const semicolonList = semicolons;
