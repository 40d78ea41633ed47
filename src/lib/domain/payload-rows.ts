/**
 * The incidents of a compact payload (payload.ts), kept as JSON and parsed one at a time when
 * first read. Rows go in parts of `PART_ROWS`, each part deflated alone: reading one row inflates
 * its part (126 KB at 100 incidents) and parses that row's JSON only. At 100k, the first load no
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
 * at 100, 50 ms, for a payload 7% larger.
 */
export const PART_ROWS = 100;
/** Parts kept inflated: a walk through every row inflates each part once. */
const KEPT_PARTS = 8;

/** The rows' JSON: deflated parts, and where each row's text ends within its part. */
export interface PayloadRows {
  parts: Uint8Array[];
  ends: Uint32Array;
}

/**
 * Each incident's JSON, one after another, deflated in parts of PART_ROWS. The JSON is ASCII
 * (asciiJson): a row's end is counted in characters and read as a byte offset. The build writes
 * these; the page only reads them.
 */
export function encodeRows(incidents: readonly Incident[]): PayloadRows {
  const utf8 = new TextEncoder();
  const ends = new Uint32Array(incidents.length);
  const parts: Uint8Array[] = [];
  for (let from = 0; from < incidents.length; from += PART_ROWS) {
    let text = '';
    for (let row = from; row < Math.min(from + PART_ROWS, incidents.length); row++) {
      text += asciiJson(incidents[row]!);
      ends[row] = text.length;
    }
    parts.push(deflateSync(utf8.encode(text), { level: 6 }));
  }
  return { parts, ends };
}

/** The incidents, each parsed when first read (lazy-array.ts); a damaged part throws a PayloadError. */
export function lazyIncidents({ parts, ends }: PayloadRows): readonly Incident[] {
  const ascii = new TextDecoder();
  // Each kept part as text: a row is a slice of it, and decoding once per part, not per row,
  // makes a read of every row (a print of 100k) a third faster.
  const kept = new Map<number, string>();
  const textOf = (part: number): string => {
    let text = kept.get(part);
    if (text !== undefined) return text;
    try {
      text = ascii.decode(inflateSync(parts[part]!));
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
