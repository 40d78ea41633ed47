/**
 * The incidents of a compact payload (payload.ts), kept as JSON and parsed one at a time when
 * first read. Rows go in parts of `PART_ROWS`, each part deflated alone: reading one row inflates
 * its part (about 32 KB of JSON) and parses that row's JSON only. At 100k, the first load no
 * longer inflates and parses 126 MB of JSON; it reads the few rows the list shows.
 */
import { deflateSync, inflateSync } from 'fflate';
import type { Incident } from '../data/incidents.ts';
import { m, n } from '../i18n/messages.ts';
import { lazyArray } from './lazy-array.ts';
import { PayloadError } from './payload-error.ts';
import { asciiJson } from './ascii-json.ts';

/**
 * Rows to a part: small enough that a list of rows from all over the set reads quickly. At 500,
 * the 17 rows of the first screen at 100k (newest first, from 17 parts) took 330 ms to inflate;
 * at 100, 50 ms. At 25 a part inflates in about a third of the time of one of 100 (Node, 100k
 * synthetic), and with the shared dictionary below the payload is still 10 % smaller than 100-row
 * parts without it (14.5 MB against 16.3 MB).
 */
export const PART_ROWS = 25;
/** Parts kept inflated: a walk through every row inflates each part once. */
const KEPT_PARTS = 16;
/** Deflate's window: a preset dictionary longer than this is never read. */
const DICTIONARY_BYTES = 32 * 1024;

/**
 * The rows' JSON: deflated parts, where each row's text ends within its part, and the preset
 * dictionary every part was deflated with (rows' JSON from across the set; empty: none).
 */
export interface PayloadRows {
  parts: Uint8Array[];
  ends: Uint32Array;
  dictionary: Uint8Array;
}

/**
 * The JSON of whole rows evenly spaced through the set, as many as deflate's window holds: a
 * small part finds the keys and the common words it repeats there instead of spelling them out
 * again. (The first 512 characters of 64 rows did worse: 17.0 MB at 100k against 14.5 MB.)
 */
function dictionaryOf(incidents: readonly Incident[]): Uint8Array {
  const n = incidents.length;
  const sample = Array.from({ length: 16 }, (_, k) => asciiJson(incidents[Math.floor((k * n) / 16)]!));
  const meanLength = sample.reduce((sum, json) => sum + json.length, 0) / sample.length;
  const step = Math.max(1, Math.floor(n / Math.max(1, Math.floor(DICTIONARY_BYTES / meanLength))));
  let text = '';
  for (let row = 0; row < n && text.length < DICTIONARY_BYTES; row += step)
    text += asciiJson(incidents[row]!);
  return new TextEncoder().encode(text.slice(-DICTIONARY_BYTES));
}

/** Whether a set of `count` rows is deflated with a dictionary, and how long one may be. */
export function checkDictionary(count: number, dictionary: Uint8Array): boolean {
  return count > PART_ROWS === dictionary.length > 0 && dictionary.length <= DICTIONARY_BYTES;
}

const withDictionary = (dictionary: Uint8Array) => (dictionary.length ? { dictionary } : {});

/**
 * Each incident's JSON, one after another, deflated in parts of PART_ROWS with a shared
 * dictionary. The JSON is ASCII (asciiJson): a row's end is counted in characters and read as a
 * byte offset. The build writes these; the page only reads them.
 */
export function encodeRows(incidents: readonly Incident[]): PayloadRows {
  const utf8 = new TextEncoder();
  const ends = new Uint32Array(incidents.length);
  const parts: Uint8Array[] = [];
  const dictionary = incidents.length > PART_ROWS ? dictionaryOf(incidents) : new Uint8Array();
  for (let from = 0; from < incidents.length; from += PART_ROWS) {
    let text = '';
    for (let row = from; row < Math.min(from + PART_ROWS, incidents.length); row++) {
      text += asciiJson(incidents[row]!);
      ends[row] = text.length;
    }
    parts.push(deflateSync(utf8.encode(text), { level: 6, ...withDictionary(dictionary) }));
  }
  return { parts, ends, dictionary };
}

/** The incidents, each parsed when first read (lazy-array.ts); a damaged part throws a PayloadError. */
export function lazyIncidents({ parts, ends, dictionary }: PayloadRows): readonly Incident[] {
  const ascii = new TextDecoder();
  // Each kept part as text: a row is a slice of it, and decoding once per part, not per row,
  // makes a read of every row (a print of 100k) a third faster.
  const kept = new Map<number, string>();
  const textOf = (part: number): string => {
    let text = kept.get(part);
    if (text !== undefined) return text;
    try {
      // Inflated into a buffer of the part's known length: fflate need not grow one as it goes.
      const out = new Uint8Array(ends[Math.min(ends.length, (part + 1) * PART_ROWS) - 1]!);
      text = ascii.decode(inflateSync(parts[part]!, { ...withDictionary(dictionary), out }));
    } catch {
      throw new PayloadError(m.errors_payload_damaged());
    }
    if (kept.size >= KEPT_PARTS) kept.delete(kept.keys().next().value!);
    kept.set(part, text);
    return text;
  };
  return lazyArray(ends.length, (row) => {
    const part = Math.floor(row / PART_ROWS);
    const start = row % PART_ROWS ? ends[row - 1]! : 0;
    const json = textOf(part).slice(start, ends[row]);
    try {
      return JSON.parse(json) as Incident;
    } catch {
      throw new PayloadError(m.errors_payload_chunk_not_json({ part: n(part + 1) }));
    }
  });
}
