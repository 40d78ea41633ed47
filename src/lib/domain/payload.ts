/**
 * The compact payload of a checked set of incidents: its columns (store-columns.ts) as the bytes
 * of their typed arrays, and the incidents as JSON in deflated parts (payload-rows.ts). The build
 * writes it for the bundled incidents once they pass validation (scripts/incident-payload.ts), so
 * the page neither checks nor measures them again: typed arrays are read in place, and an
 * incident is parsed only when something first reads it.
 *
 * Layout: "DAP1", the header's byte length and the Adler-32 of everything from the header to the
 * last section's end (uint32s, little-endian), the header as JSON, then the sections, each
 * starting at a multiple of 8 bytes. A damaged byte is found at load, not when its row is read.
 */
import type { Incident } from '../data/incidents.ts';
import type { Codes } from './codes.ts';
import { m } from '../i18n/messages.ts';
import {
  CODE_COLUMNS,
  TYPED_COLUMNS,
  withDeferredColumns,
  type DeferredColumn,
  type StoreColumns,
} from './store-columns.ts';
import { checkDictionary, encodeRows, PART_ROWS, type PayloadRows } from './payload-rows.ts';
import { DeflatedText } from './deflated-text.ts';
import { PayloadError } from './payload-error.ts';
import { asciiJson } from './ascii-json.ts';
import { deflateSync, inflateSync } from 'fflate';
import { adler32 } from './adler32.ts';

const MAGIC = 'DAP1';
/** Where the header starts: after the magic, its length and the sum. */
const HEAD_AT = 12;
export const PAYLOAD_VERSION = 7;

const ARRAYS = { Int16Array, Int32Array, Uint8Array, Uint32Array, Float64Array } as const;
type ArrayKind = keyof typeof ARRAYS;
type Column = Int16Array | Int32Array | Uint8Array | Uint32Array | Float64Array;

interface Section {
  offset: number;
  bytes: number;
}
interface ArraySection extends Section {
  kind: ArrayKind;
}
export interface PayloadHeader {
  version: number;
  count: number;
  /** Typed columns by name; codes' arrays under "codes.<name>". */
  arrays: Record<string, ArraySection>;
  /** The codes' dictionaries. */
  names: { actors: string[]; provinces: string[]; districts: string[]; places: string[] };
  partsOf: [number, number[]][];
  /** The rows' ids, a JSON array. */
  ids: Section;
  /** The search text, deflated (read when a search first needs it: deflated-text.ts). */
  searchText: Section;
  /** Its length in characters, checked against the rows' offsets at once. */
  searchChars: number;
  /** The articles cited, a deflated JSON array newest first (read when the About box opens). */
  sources: Section;
  /** The incidents' JSON in deflated parts (payload-rows.ts); each row's end is in arrays.rowEnds. */
  parts: Section[];
  /** The dictionary the parts were deflated with, itself deflated. */
  rowDictionary: Section;
}

/** Where the last section ends, from the first section's start. */
function sectionsEnd(header: PayloadHeader): number {
  const all = [
    ...Object.values(header.arrays ?? {}),
    header.ids,
    header.searchText,
    header.sources,
    header.rowDictionary,
  ];
  return Math.max(0, ...[...all, ...(header.parts ?? [])].map((s) => (s ? s.offset + s.bytes : 0)));
}

const align = (n: number) => Math.ceil(n / 8) * 8;

/** The payload of checked incidents and their columns. */
export function encodePayload(incidents: readonly Incident[], columns: StoreColumns): Uint8Array {
  const utf8 = new TextEncoder();
  const parts: Uint8Array[] = [];
  let length = 0;
  const add = (bytes: Uint8Array): Section => {
    const offset = length;
    parts.push(bytes);
    length = align(length + bytes.byteLength);
    return { offset, bytes: bytes.byteLength };
  };
  const arrays: Record<string, ArraySection> = {};
  const addArray = (name: string, a: Column) => {
    const bytes = new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
    arrays[name] = { kind: a.constructor.name as ArrayKind, ...add(bytes) };
  };
  for (const name of TYPED_COLUMNS) addArray(name, columns[name]);
  for (const name of CODE_COLUMNS) addArray(`codes.${name}`, columns.codes[name]);
  const ids = add(utf8.encode(asciiJson(columns.ids)));
  const searchText = add(deflateSync(utf8.encode(columns.searchText), { level: 6 }));
  const sources = add(deflateSync(utf8.encode(asciiJson(columns.sources)), { level: 6 }));
  const rows = encodeRows(incidents);
  addArray('rowEnds', rows.ends);
  const rowDictionary = add(deflateSync(rows.dictionary, { level: 9 }));
  const rowParts = rows.parts.map(add);
  const { actors, provinces, districts, places } = columns.codes;
  const header: PayloadHeader = {
    version: PAYLOAD_VERSION,
    count: incidents.length,
    arrays,
    names: { actors, provinces, districts, places },
    partsOf: [...columns.partsOf],
    ids,
    searchText,
    searchChars: columns.searchText.length,
    sources,
    parts: rowParts,
    rowDictionary,
  };
  const head = utf8.encode(JSON.stringify(header));
  const start = align(HEAD_AT + head.byteLength);
  const out = new Uint8Array(start + length);
  out.set(utf8.encode(MAGIC), 0);
  out.set(head, HEAD_AT);
  let at = start;
  for (const part of parts) {
    out.set(part, at);
    at = align(at + part.byteLength);
  }
  const view = new DataView(out.buffer);
  view.setUint32(4, head.byteLength, true);
  view.setUint32(8, adler32(out.subarray(HEAD_AT, start + sectionsEnd(header))), true);
  return out;
}

/**
 * Incidents as JSON arrays of `size` each, in order (ASCII only: asciiJson): an import's bytes,
 * which move between threads without a copy and which the page parses one at a time between
 * frames (payload-loader.ts: parseChunks).
 */
export function incidentChunks(
  incidents: readonly Incident[],
  size = 2000,
): { count: number; bytes: Uint8Array }[] {
  const utf8 = new TextEncoder();
  const chunks: { count: number; bytes: Uint8Array }[] = [];
  for (let from = 0; from < incidents.length; from += size) {
    const slice = incidents.slice(from, from + size);
    chunks.push({ count: slice.length, bytes: utf8.encode(asciiJson(slice)) });
  }
  return chunks;
}

export { PayloadError };

/** The payload's list of articles, or a PayloadError naming that section. */
function sourceList(json: () => string): StoreColumns['sources'] {
  let list: unknown;
  try {
    list = JSON.parse(json());
  } catch {
    list = null;
  }
  if (!Array.isArray(list)) throw new PayloadError(m.errors_payload_no_column({ name: 'sources' }));
  return list as StoreColumns['sources'];
}

/** A payload read: the columns and the incidents' parts (copied out, so each can be moved alone). */
export interface ReadPayload {
  header: PayloadHeader;
  columns: StoreColumns;
  rows: PayloadRows;
}

/**
 * A payload's sections as read from its bytes: plain data and typed arrays each in a buffer of
 * its own, so a worker can read them and move them to the page without a copy (payloadBuffers).
 */
export interface PayloadSections {
  header: PayloadHeader;
  /** Typed columns by name, the codes' as "codes.<name>", and "rowEnds". */
  arrays: Record<string, Column>;
  ids: unknown[];
  searchText: Uint8Array;
  sources: Uint8Array;
  parts: Uint8Array[];
  dictionary: Uint8Array;
}

/** The buffers to move with a payload's sections. */
export function payloadBuffers(s: PayloadSections): ArrayBuffer[] {
  const arrays = [...Object.values(s.arrays), s.searchText, s.sources, ...s.parts, s.dictionary];
  return arrays.map((a) => a.buffer as ArrayBuffer);
}

/**
 * Reads a payload's header and sections; throws a PayloadError saying what is wrong. `verify`
 * sums the header and sections against the payload's Adler-32; a gzipped payload was checked
 * whole by its stream's CRC-32 as it was inflated (payload-loader.ts), so its reader skips this.
 */
export function readPayload(buffer: ArrayBuffer, { verify = true } = {}): PayloadSections {
  const bytes = new Uint8Array(buffer);
  const text = new TextDecoder();
  if (bytes.byteLength < HEAD_AT || text.decode(bytes.subarray(0, 4)) !== MAGIC)
    throw new PayloadError(m.errors_payload_not_ours());
  const headLength = new DataView(buffer).getUint32(4, true);
  if (HEAD_AT + headLength > bytes.byteLength) throw new PayloadError(m.errors_payload_cut_header());
  let header: PayloadHeader;
  try {
    header = JSON.parse(text.decode(bytes.subarray(HEAD_AT, HEAD_AT + headLength))) as PayloadHeader;
  } catch {
    throw new PayloadError(m.errors_payload_header_not_json());
  }
  if (typeof header !== 'object' || header === null || Array.isArray(header))
    throw new PayloadError(m.errors_payload_header_not_object());
  if (header.version !== PAYLOAD_VERSION)
    throw new PayloadError(
      m.errors_payload_version({ found: String(header.version), reads: String(PAYLOAD_VERSION) }),
    );
  const start = align(HEAD_AT + headLength);
  if (verify) {
    // A payload cut short is named as such, before its sum can only say it is damaged.
    const end = start + sectionsEnd(header);
    if (end > bytes.byteLength) throw new PayloadError(m.errors_payload_cut());
    const sum = new DataView(buffer).getUint32(8, true);
    if (adler32(bytes.subarray(HEAD_AT, end)) !== sum) throw new PayloadError(m.errors_payload_sum());
  }
  const section = ({ offset, bytes: size }: Section): Uint8Array => {
    // A section is where the header says: whole, not negative, within the payload.
    if (!(Number.isSafeInteger(offset) && offset >= 0 && Number.isSafeInteger(size) && size >= 0))
      throw new PayloadError(m.errors_payload_damaged());
    if (start + offset + size > bytes.byteLength) throw new PayloadError(m.errors_payload_cut());
    return bytes.subarray(start + offset, start + offset + size);
  };
  const array = (name: string): Column => {
    const s = header.arrays[name];
    if (!s || !Object.hasOwn(ARRAYS, s.kind)) throw new PayloadError(m.errors_payload_no_column({ name }));
    const Kind = ARRAYS[s.kind];
    if (s.bytes % Kind.BYTES_PER_ELEMENT) throw new PayloadError(m.errors_payload_column_cut({ name }));
    return new Kind(section(s).slice().buffer);
  };
  const names = [...CODE_COLUMNS.map((n) => `codes.${n}`), ...TYPED_COLUMNS, 'rowEnds'];
  const arrays = Object.fromEntries(names.map((name) => [name, array(name)]));
  let ids: unknown;
  try {
    ids = JSON.parse(text.decode(section(header.ids)));
  } catch {
    ids = null;
  }
  if (!Array.isArray(ids) || ids.length !== header.count)
    throw new PayloadError(m.errors_payload_no_column({ name: 'ids' }));
  if (!header.rowDictionary) throw new PayloadError(m.errors_payload_no_column({ name: 'rowDictionary' }));
  let dictionary: Uint8Array;
  try {
    dictionary = inflateSync(section(header.rowDictionary));
  } catch (e) {
    if (e instanceof PayloadError) throw e;
    throw new PayloadError(m.errors_payload_damaged());
  }
  return {
    header,
    arrays,
    ids,
    searchText: section(header.searchText).slice(),
    sources: section(header.sources).slice(),
    parts: header.parts.map((part) => section(part).slice()),
    dictionary,
  };
}

/** The columns and rows of a payload's sections; throws a PayloadError saying what is wrong. */
export function assemblePayload(read: PayloadSections): ReadPayload {
  const { header, arrays } = read;
  const codes = Object.fromEntries(CODE_COLUMNS.map((n) => [n, arrays[`codes.${n}`]]));
  const store = Object.fromEntries(TYPED_COLUMNS.map((n) => [n, arrays[n]]));
  const searchText = new DeflatedText(read.searchText, (text) => {
    if (text.length !== header.searchChars) throw new PayloadError(m.errors_payload_search_text());
  });
  const sources = new DeflatedText(read.sources, () => {});
  // Each only when read: at 100k, the search text is 43 MB that a first load need not inflate.
  const columns = withDeferredColumns(
    {
      ids: read.ids,
      ...store,
      codes: { ...codes, ...header.names } as unknown as Codes,
      partsOf: new Map(header.partsOf),
      warmSearch: () => searchText.warm(),
    } as Omit<StoreColumns, DeferredColumn>,
    { searchText: () => searchText.text, sources: () => sourceList(() => sources.text) },
  );
  if (
    columns.searchStart.length !== header.count + 1 ||
    columns.searchStart[header.count] !== header.searchChars
  )
    throw new PayloadError(m.errors_payload_search_text());
  const ends = arrays['rowEnds'];
  if (!(ends instanceof Uint32Array) || ends.length !== header.count)
    throw new PayloadError(m.errors_payload_column_cut({ name: 'rowEnds' }));
  if (read.parts.length !== Math.ceil(header.count / PART_ROWS))
    throw new PayloadError(m.errors_payload_no_column({ name: 'parts' }));
  if (!checkDictionary(header.count, read.dictionary)) throw new PayloadError(m.errors_payload_damaged());
  return { header, columns, rows: { parts: read.parts, ends, dictionary: read.dictionary } };
}
