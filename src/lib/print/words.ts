/**
 * Small pieces of the printed words: numbers in the reader's digits, and lists joined with the
 * language's own commas, semicolons and "and" (Dari, Pashto and Urdu write "،" and "؛").
 */
import { m, n } from '../i18n/messages.ts';
import { commas } from '../i18n/lists.ts';

export { commas, semicolons } from '../i18n/lists.ts';

/** A number written as `String(x)` writes it (no thousands grouping), in the language's digits. */
export const plain = (x: number): string => n(x, { useGrouping: false, maximumFractionDigits: 20 });

/** A count with thousands grouped ("1,200"). */
export const count = (x: number): string => n(x);

/** "a, b and c" */
export function listWords(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return m.print_list_and({ first: commas(items.slice(0, -1)), last: items[items.length - 1]! });
}
