/**
 * Lists and plain numbers in the reader's language, for every layer's messages: the comma and
 * semicolon of the language (Dari, Pashto and Urdu write ، and ؛), and numbers ungrouped as the
 * English always wrote them ("row 12345"), in the language's digits.
 */
import { m, n } from './messages.ts';

export const commas = (items: readonly string[]): string => items.join(m.errors_list_comma());
export const semicolons = (items: readonly string[]): string => items.join(m.errors_list_semicolon());

/** A row, line, index or count in the reader's digits, ungrouped. */
export const ungrouped = (value: number): string => n(value, { useGrouping: false });
