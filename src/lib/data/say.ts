/**
 * What the data layer's messages share: numbers in the reader's digits, written as the English
 * has always written them (no grouping: "row 12345", "offset 70000"), and lists joined in the
 * reader's words. English in build scripts, and in workers until the page tells them otherwise.
 */
import { m } from '../i18n/messages.ts';
import { semicolons, ungrouped } from '../i18n/lists.ts';

/** A row, line, index or count in the reader's digits, ungrouped. */
export const num = ungrouped;

/** "Point or null", in the reader's words. */
export const joinOr = (items: readonly string[]): string => items.join(m.errors_data_list_or());

/** "a date column and both latitude and longitude", in the reader's words. */
export const joinAnd = (items: readonly string[]): string => items.join(m.errors_data_list_and());

/** "fault one; fault two", with the reader's semicolon. */
export const joinFaults = semicolons;
