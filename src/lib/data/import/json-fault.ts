/**
 * Why a file is not JSON, in the reader's words: the line and column where it stops being JSON,
 * found by jsonc-parser's scanner in strict mode (the engine's own message is English, quotes the
 * file and often gives no place), and whether the file looks cut short.
 */
import { printParseErrorCode, visit } from 'jsonc-parser';
import { m } from '../../i18n/messages.ts';
import { num } from '../say.ts';

/** Where strict JSON first breaks: line and column from 1, and what jsonc-parser calls the fault. */
interface JsonError {
  line: number;
  column: number;
  offset: number;
  end: number;
  fault: ReturnType<typeof printParseErrorCode>;
}

/** Thrown to stop the scan at its first fault: a broken 300 MB file is not read to its end. */
class Found extends Error {}

export function firstJsonError(text: string): JsonError | null {
  let first: JsonError | null = null;
  try {
    visit(
      text,
      {
        onError: (code, offset, length, line, character) => {
          const fault = printParseErrorCode(code);
          first = { line: line + 1, column: character + 1, offset, end: offset + length, fault };
          throw new Found();
        },
      },
      { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false },
    );
  } catch (error) {
    if (!(error instanceof Found)) throw error;
  }
  return first;
}

/** Faults that mean the text stopped in the middle of something: an open string, comment or number. */
const UNFINISHED = new Set(['UnexpectedEndOfString', 'UnexpectedEndOfComment', 'UnexpectedEndOfNumber']);

/**
 * Whether the text looks cut short: the fault is where the text ends, or is something left
 * unfinished there (a cut-off `tru`). A trailing comma before the last brace, or a brace too
 * many, is a fault at the last character, not past it: that file is whole, and wrong.
 */
function cutShort(place: JsonError, text: string): boolean {
  const length = text.trimEnd().length;
  if (place.offset >= length || UNFINISHED.has(place.fault)) return true;
  return place.fault === 'InvalidSymbol' && place.end >= length;
}

/** The sentence for a text JSON.parse refused with `error`. */
export function jsonFault(text: string, error: unknown): string {
  const place = firstJsonError(text);
  // Where the scanner finds nothing wrong, the engine's words are all there is (English).
  const reason = place
    ? m.errors_data_json_at({ line: num(place.line), column: num(place.column) })
    : (error as Error).message.slice(0, 160);
  const cut = place ? cutShort(place, text) : /end of (JSON )?input/i.test(reason);
  return cut ? m.errors_data_not_json_cut({ reason }) : m.errors_data_not_json({ reason });
}
