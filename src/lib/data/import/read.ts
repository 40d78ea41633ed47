/**
 * From a file's bytes to its text, refusing plainly what cannot be read: too large (before any
 * parsing), empty, binary (a spreadsheet or archive), or not UTF-8. A byte-order mark is dropped;
 * UTF-16 files (marked) are read as such.
 */

/** The largest file an import reads: above it the tab would run short of memory. */
export const MAX_IMPORT_BYTES = 300 * 1024 * 1024;

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

export function sizeProblem(bytes: number): string | undefined {
  if (bytes > MAX_IMPORT_BYTES)
    return `is ${mb(bytes)}, over the ${mb(MAX_IMPORT_BYTES)} an import can take: split it by year or region`;
  if (bytes === 0) return 'is empty';
  return undefined;
}

/** Magic numbers of the binary files people drop by mistake. */
const MAGIC: Array<[bytes: number[], what: string]> = [
  [[0x50, 0x4b, 0x03, 0x04], 'a zip archive or an Excel/ODS workbook (.xlsx): save the sheet as “CSV UTF-8”'],
  [[0xd0, 0xcf, 0x11, 0xe0], 'an old Excel workbook (.xls): save the sheet as “CSV UTF-8”'],
  [[0x25, 0x50, 0x44, 0x46], 'a PDF'],
  [[0x1f, 0x8b], 'a gzip archive: unpack it first'],
  [[0x89, 0x50, 0x4e, 0x47], 'a PNG image'],
];

export function decodeBytes(bytes: Uint8Array): { text: string } | { problem: string } {
  const size = sizeProblem(bytes.length);
  if (size) return { problem: size };
  const magic = MAGIC.find(([m]) => m.every((b, i) => bytes[i] === b));
  if (magic) return { problem: `is ${magic[1]}, not text` };
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)) };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)) };
  const head = bytes.subarray(0, 8192);
  if (head.includes(0)) return { problem: 'is a binary file, not text (it holds zero bytes)' };
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    return text.trim() === '' ? { problem: 'holds only blank space' } : { text };
  } catch {
    const at = firstBadByte(bytes);
    return {
      problem:
        `is not UTF-8 text (byte 0x${bytes[at]!.toString(16).toUpperCase()} at offset ${at}, line ` +
        `${lineAt(bytes, at)}): save it as UTF-8 (in Excel, “CSV UTF-8”) and import it again`,
    };
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
