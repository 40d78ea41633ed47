/**
 * Lists and plain numbers in the reader's language, for every layer's messages: the comma and
 * semicolon of the language (Dari, Pashto and Urdu write ، and ؛), and numbers ungrouped as the
 * English always wrote them ("row 12345"), in the language's digits.
 */
import { m, n } from './messages.ts';
import { currentLocale } from './current.ts';
import { LOCALE_INFO } from './locales.ts';

export const commas = (items: readonly string[]): string => items.join(m.errors_list_comma());
export const semicolons = (items: readonly string[]): string => items.join(m.errors_list_semicolon());

/** A row, line, index or count in the reader's digits, ungrouped. */
export const ungrouped = (value: number): string => n(value, { useGrouping: false });

/**
 * A piece of data (a name, a searched text) inside a sentence built in code: in a right-to-left
 * language, isolated (U+2068 … U+2069) so that "Pakistan Army، TTP" keeps each name whole and the
 * list in order, as <bdi> does in the page's markup. Left to right, it is returned as it is.
 */
export function isolated(text: string): string {
  return LOCALE_INFO[currentLocale()].dir === 'rtl' ? `\u2068${text}\u2069` : text;
}
