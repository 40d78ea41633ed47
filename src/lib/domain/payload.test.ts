import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
  assemblePayload,
  encodePayload,
  incidentChunks,
  payloadBuffers,
  PayloadError,
  readPayload,
} from './payload.ts';
import { asciiJson } from './ascii-json.ts';
import { computeColumns } from './store-columns.ts';
import { lazyIncidents } from './payload-rows.ts';
import { IncidentStore } from './store.ts';
import { decodePayload } from './test/decode-payload.ts';
import { incident } from './test/make-incident.ts';
import { randomIncidents } from './test/random-incidents.ts';

const incidents = [
  incident({ id: 'a', actors: ['TTP', 'Pakistani armed forces'], admin2: 'Kurram' }),
  incident({ id: 'b', date: '2025-10-12', type: 'armed_clash', admin1: 'Khost' }, [69.9, 33.3]),
  incident({ id: 'c', clarity: 'aggregate', parts: ['a', 'b'] }, null),
];
const columns = computeColumns({ incidents });
const bufferOf = (bytes: Uint8Array) => bytes.slice().buffer;
/** The header after "DAP1", its length and the sum (12 bytes), and where the sections start. */
function headerOf(bytes: Uint8Array) {
  const headLength = new DataView(bytes.buffer, bytes.byteOffset).getUint32(4, true);
  const header = JSON.parse(new TextDecoder().decode(bytes.subarray(12, 12 + headLength)));
  return { headLength, header, start: Math.ceil((12 + headLength) / 8) * 8 };
}

/**
 * The payload again with another header, of any length (the sum left as it was): sections
 * count from their start, which moves with the header's length.
 */
function withOtherHeader(whole: Uint8Array, changed: object): ArrayBuffer {
  const { start } = headerOf(whole);
  const head = new TextEncoder().encode(JSON.stringify(changed));
  const at = Math.ceil((12 + head.length) / 8) * 8;
  const out = new Uint8Array(at + whole.length - start);
  out.set(whole.subarray(0, 12));
  new DataView(out.buffer).setUint32(4, head.length, true);
  out.set(head, 12);
  out.set(whole.subarray(start), at);
  return bufferOf(out);
}

describe('encodePayload / decodePayload', () => {
  it('starts with "DAP1", the header length and the sum, with every section on an 8-byte boundary', () => {
    const bytes = encodePayload(incidents, columns);
    expect(new TextDecoder().decode(bytes.subarray(0, 4))).toBe('DAP1');
    const { header, start } = headerOf(bytes);
    expect(header.count).toBe(3);
    // The sum: zlib's Adler-32 of the header and sections, to the last section's end.
    const last = header.parts.at(-1);
    const zlib = deflateSync(bytes.subarray(12, start + last.offset + last.bytes));
    expect(new DataView(bytes.buffer).getUint32(8, true)).toBe(zlib.readUInt32BE(zlib.length - 4));
    // 3 rows: one part of deflated JSON, and where each row ends in it.
    expect(header.parts).toHaveLength(1);
    expect(header.arrays.rowEnds).toMatchObject({ kind: 'Uint32Array', bytes: 12 });
    for (const s of Object.values(header.arrays) as { offset: number }[]) expect(s.offset % 8).toBe(0);
    // 3 rows of Int32 day numbers: 12 bytes.
    expect(header.arrays.start).toMatchObject({ kind: 'Int32Array', bytes: 12 });
  });

  it('gives back the same columns and incidents', () => {
    const { columns: back, rows } = decodePayload(bufferOf(encodePayload(incidents, columns)));
    // The search text is not read until asked for (a getter), then it is the same.
    expect(Object.getOwnPropertyDescriptor(back, 'searchText')?.get).toBeTypeOf('function');
    const store = new IncidentStore({ incidents: [...lazyIncidents(rows)] }, back);
    expect(Object.getOwnPropertyDescriptor(store, 'searchText')?.get).toBeTypeOf('function');
    // So is the list of articles (the About box's), then it is the same.
    expect(Object.getOwnPropertyDescriptor(store, 'sources')?.get).toBeTypeOf('function');
    expect(store.sources).toEqual([incidents[0]!.properties.sources[0]]);
    const { warmSearch, ...rest } = back;
    expect(warmSearch).toBeTypeOf('function');
    expect(rest).toEqual(columns);
    expect(store.searchOf(1)).toBe(columns.searchText.split('\u0001')[1]);
    expect(Array.from(back.start)).toEqual(Array.from(columns.start));
    expect(back.codes.actors).toEqual(['TTP', 'Pakistani armed forces']);
    expect(back.partsOf.get(2)).toEqual([0, 1]);
    // Ids and points as columns: the store finds rows and draws points without the incidents.
    expect(back.ids).toEqual(['a', 'b', 'c']);
    expect(Array.from(back.lng)).toEqual([incidents[0]!.geometry!.coordinates[0], 69.9, NaN]);
    expect(Array.from(back.lat)).toEqual([incidents[0]!.geometry!.coordinates[1], 33.3, NaN]);
    expect([...lazyIncidents(rows)]).toEqual(incidents);
  });

  it('writes the incidents as ASCII, and they parse back to the same words', () => {
    const words = incident({ id: 'd', admin2: 'کُرم – Kurram', location_name: 'Parachinar 🚩' });
    const [chunk] = incidentChunks([words]);
    const bytes = chunk!.bytes;
    expect(bytes.every((b) => b < 0x80)).toBe(true);
    const text = new TextDecoder().decode(bytes);
    // An en dash as its escape, the flag as its two UTF-16 halves.
    expect(text).toContain('\\u2013');
    expect(text).toContain('\\ud83d\\udea9');
    expect(JSON.parse(text)).toEqual([words]);
    expect(asciiJson({ a: 'a "quoted" \\ path' })).toBe(JSON.stringify({ a: 'a "quoted" \\ path' }));
  });

  it('moves each column alone: no two columns share a buffer', () => {
    const { columns: back } = decodePayload(bufferOf(encodePayload(incidents, columns)));
    expect(back.start.buffer).not.toBe(back.end.buffer);
    expect(back.start.byteOffset).toBe(0);
  });

  it('read in a worker, moves to the page whole and without a copy, and assembles the same', () => {
    // More incidents than one part, so the rows' dictionary is not empty.
    const many = randomIncidents(60, 7);
    const manyColumns = computeColumns({ incidents: many });
    const sections = readPayload(bufferOf(encodePayload(many, manyColumns)));
    expect(sections.dictionary.byteLength).toBeGreaterThan(0);
    // As postMessage does: a clone, each buffer listed moved (the one read from left empty).
    const moved = structuredClone(sections, { transfer: payloadBuffers(sections) });
    const all = [...Object.values(sections.arrays), sections.searchText, sections.sources, ...sections.parts];
    for (const array of [...all, sections.dictionary])
      expect(array.byteLength, 'every buffer is moved, none copied').toBe(0);
    const { columns: back, rows } = assemblePayload(moved);
    const { warmSearch, ...rest } = back;
    expect(warmSearch).toBeTypeOf('function');
    expect(rest).toEqual(manyColumns);
    expect([...lazyIncidents(rows)]).toEqual(many);
  });

  it('says what is wrong with something that is not a payload', () => {
    const notOne = new TextEncoder().encode('{"type":"FeatureCollection"}');
    expect(() => decodePayload(bufferOf(notOne))).toThrow(/not a Durand Atlas payload/);
    const whole = encodePayload(incidents, columns);
    expect(() => decodePayload(bufferOf(whole.subarray(0, 40)))).toThrow(/cut short in its header/);
    expect(() => decodePayload(bufferOf(whole.subarray(0, whole.length - 10)))).toThrow(/cut short/);
    // The same length in other bytes: version 8 in the header.
    const other = whole.slice();
    // The header (ASCII) from byte 12: the sum's bytes before it need not decode as text.
    const at = 12 + new TextDecoder().decode(other.subarray(12, 60)).indexOf('"version":7') + 10;
    other[at] = '8'.charCodeAt(0);
    expect(() => decodePayload(bufferOf(other))).toThrow(/payload version 8; this app reads 7/);
    expect(() => decodePayload(bufferOf(whole.subarray(0, 40)))).toThrow(PayloadError);
    // Headers that are JSON but not an object, after "DAP1", their length (4) and an unused sum.
    for (const head of ['null', '[1] ', '"ab"', '1234']) {
      const odd = new Uint8Array(16);
      odd.set(new TextEncoder().encode(`DAP1\u0004\u0000\u0000\u0000\u0000\u0000\u0000\u0000${head}`));
      expect(() => decodePayload(bufferOf(odd)), head).toThrow(/the payload header is not a JSON object/);
    }
  });

  it('finds a damaged byte in the header or any section at load, unless its reader checked it', () => {
    const whole = encodePayload(incidents, columns);
    const { header, start } = headerOf(whole);
    const last = header.parts.at(-1);
    const name = new TextDecoder().decode(whole).indexOf(header.names.places[0]);
    // A place's name in the header, a coordinate (either would only be shown wrong), the middle of
    // the last row part, and the sum itself.
    for (const at of [name + 1, start + header.arrays.lng.offset + 3, start + last.offset + 9, 8]) {
      const damaged = whole.slice();
      damaged[at]! ^= 0x01;
      expect(() => decodePayload(bufferOf(damaged)), `byte ${at}`).toThrow(
        /the payload is damaged: its bytes do not match the checksum written with them/,
      );
      expect(() => decodePayload(bufferOf(damaged), { verify: false }), `byte ${at}`).not.toThrow();
    }
    expect(() => decodePayload(bufferOf(whole))).not.toThrow();
  });

  it('reads a payload without its last padding bytes, and says one cut into a section is cut', () => {
    const whole = encodePayload(incidents, columns);
    const { header, start } = headerOf(whole);
    const last = header.parts.at(-1);
    const end = start + last.offset + last.bytes;
    expect(() => decodePayload(bufferOf(whole.subarray(0, end)))).not.toThrow();
    expect(() => decodePayload(bufferOf(whole.subarray(0, end - 1)))).toThrow(/the payload is cut short/);
  });

  // A header of the right sum that says something wrong: a writer's mistake, not damage.
  it('refuses a header that names a column of a kind it does not know, or a cut column', () => {
    const whole = encodePayload(incidents, columns);
    const { header } = headerOf(whole);
    const withHeader = (changed: object) => withOtherHeader(whole, changed);
    const unchecked = { verify: false };
    const kind = structuredClone(header);
    kind.arrays.start.kind = 'toString';
    expect(() => decodePayload(withHeader(kind), unchecked)).toThrow(/has no column "start"/);
    expect(() => decodePayload(withHeader(kind))).toThrow(/the payload is damaged/);
    const cut = structuredClone(header);
    cut.arrays.start.bytes = 11;
    expect(() => decodePayload(withHeader(cut), unchecked)).toThrow(/column "start" is cut/);
    // The list of articles is read when the About box opens: a damaged one is named then.
    const sources = structuredClone(header);
    sources.sources.bytes -= 3;
    const back = decodePayload(withHeader(sources), unchecked).columns;
    expect(() => back.sources).toThrow(/has no column "sources"/);
    expect(() => back.sources).toThrow(PayloadError);
  });

  it('refuses a missing, misplaced or wrong dictionary of the rows at load, by name', () => {
    const whole = encodePayload(incidents, columns);
    const { header } = headerOf(whole);
    const withHeader = (changed: object) => withOtherHeader(whole, changed);
    const read = (rowDictionary: unknown) => () =>
      decodePayload(withHeader({ ...header, rowDictionary }), { verify: false });
    expect(read(undefined)).toThrow(/has no column "rowDictionary"/);
    expect(read({ offset: -8, bytes: 4 })).toThrow(/the compressed incidents are damaged/);
    expect(read({ offset: 0.5, bytes: 4 })).toThrow(PayloadError);
    // Not deflated (the ids' JSON), and deflated but not wanted: 3 rows have no dictionary.
    expect(read(header.ids)).toThrow(/the compressed incidents are damaged/);
    expect(read(header.searchText)).toThrow(/the compressed incidents are damaged/);
    expect(read(header.rowDictionary)).not.toThrow();
  });
});
