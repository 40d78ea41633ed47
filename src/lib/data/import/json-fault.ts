/**
 * Why a file is not JSON, in the reader's words: the line and column where it stops being JSON,
 * found by jsonc-parser's scanner in strict mode (the engine's own message is English, quotes the
 * file and often gives no place), and whether the file looks cut short.
 */
import { visit } from 'jsonc-parser';
import { m } from '../../i18n/messages.ts';
import { num } from '../say.ts';

/** Where strict JSON first breaks: line and column from 1; `end`, the offset where the fault ends. */
interface JsonError {
  line: number;
  column: number;
  end: number;
}

export function firstJsonError(text: string): JsonError | null {
  let first: JsonError | null = null;
  visit(
    text,
    {
      onError: (_code, offset, length, line, character) => {
        first ??= { line: line + 1, column: character + 1, end: offset + length };
      },
    },
    { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false },
  );
  return first;
}

/** The sentence for a text JSON.parse refused with `error`. */
export function jsonFault(text: string, error: unknown): string {
  const place = firstJsonError(text);
  // Where the scanner finds nothing wrong, the engine's words are all there is (English).
  const reason = place
    ? m.errors_data_json_at({ line: num(place.line), column: num(place.column) })
    : (error as Error).message.slice(0, 160);
  // A fault that runs to the very end (an open bracket, string or value) is a file cut short.
  const cut = place ? place.end >= text.trimEnd().length : /end of (JSON )?input/i.test(reason);
  return cut ? m.errors_data_not_json_cut({ reason }) : m.errors_data_not_json({ reason });
}
