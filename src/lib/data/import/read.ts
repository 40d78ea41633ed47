/**
 * From a file's bytes to its text, refusing plainly what cannot be read: too large (before any
 * parsing), empty, binary (a spreadsheet or archive), or not UTF-8. A byte-order mark is dropped;
 * UTF-16 files (marked) are read as such. Messages in the reader's language.
 */
import { m, n } from '../../i18n/messages.ts';
import { num } from '../say.ts';

/** The largest file an import reads: above it the tab would run short of memory. */
export const MAX_IMPORT_BYTES = 300 * 1024 * 1024;

const tenths = { minimumFractionDigits: 1, maximumFractionDigits: 1, useGrouping: false };
const mb = (bytes: number) => m.errors_data_megabytes({ size: n(bytes / 1024 / 1024, tenths) });

export function sizeProblem(bytes: number): string | undefined {
  if (bytes > MAX_IMPORT_BYTES)
    return m.errors_data_too_large({ size: mb(bytes), max: mb(MAX_IMPORT_BYTES) });
  if (bytes === 0) return m.errors_data_empty();
  return undefined;
}

/** Magic numbers of the binary files people drop by mistake (what each is: a function, for the language). */
const MAGIC: Array<[bytes: number[], what: () => string]> = [
  [[0x50, 0x4b, 0x03, 0x04], m.errors_data_magic_zip],
  [[0xd0, 0xcf, 0x11, 0xe0], m.errors_data_magic_xls],
  [[0x25, 0x50, 0x44, 0x46], m.errors_data_magic_pdf],
  [[0x1f, 0x8b], m.errors_data_magic_gzip],
  [[0x89, 0x50, 0x4e, 0x47], m.errors_data_magic_png],
];

export function decodeBytes(bytes: Uint8Array): { text: string } | { problem: string } {
  const size = sizeProblem(bytes.length);
  if (size) return { problem: size };
  const magic = MAGIC.find(([head]) => head.every((b, i) => bytes[i] === b));
  if (magic) return { problem: m.errors_data_not_text({ what: magic[1]() }) };
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)) };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)) };
  const head = bytes.subarray(0, 8192);
  if (head.includes(0)) return { problem: m.errors_data_binary() };
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    return text.trim() === '' ? { problem: m.errors_data_blank() } : { text };
  } catch {
    const at = firstBadByte(bytes);
    // The byte stays in hex with Latin digits, as an editor shows it; offset and line are counts.
    const byte = bytes[at]!.toString(16).toUpperCase();
    return { problem: m.errors_data_not_utf8({ byte, offset: num(at), line: num(lineAt(bytes, at)) }) };
  }
}

/** Where UTF-8 decoding first fails. */
function firstBadByte(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i]!;
    const n =
      b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    if (n === 0) return i;
    for (let k = 1; k < n; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    i += n;
  }
  return 0;
}

function lineAt(bytes: Uint8Array, at: number): number {
  let line = 1;
  for (let i = 0; i < at; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/** Text with a leading byte-order mark dropped (a string read elsewhere may keep it). */
export const withoutBom = (text: string): string => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
