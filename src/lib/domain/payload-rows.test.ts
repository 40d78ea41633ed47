import { deflateSync } from 'fflate';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { encodeRows, lazyIncidents, PART_ROWS } from './payload-rows.ts';
import { randomIncidents } from './test/random-incidents.ts';
import { incident } from './test/make-incident.ts';
import { asciiJson } from './ascii-json.ts';

const set = randomIncidents(1234, 7);
const words = incident({ id: 'w', admin2: 'کُرم – Kurram', location_name: 'Parachinar 🚩' });

afterEach(() => vi.restoreAllMocks());

describe('encodeRows / lazyIncidents', () => {
  it('packs the rows in parts of 25 and gives back the same incidents', () => {
    const rows = encodeRows([...set, words]);
    expect(PART_ROWS).toBe(25);
    expect(rows.parts).toHaveLength(50);
    expect(rows.ends).toHaveLength(1235);
    expect([...lazyIncidents(rows)]).toEqual([...set, words]);
  });

  it('deflates the parts with a dictionary of rows from the set: smaller than each alone', () => {
    const rows = encodeRows(set);
    expect(rows.dictionary.length).toBeGreaterThan(16 * 1024);
    expect(rows.dictionary.length).toBeLessThanOrEqual(32 * 1024);
    // Rows from across the set: the start of one in its last tenth is there.
    const text = new TextDecoder().decode(rows.dictionary);
    const late = set.slice(-120).find((i) => text.includes(asciiJson(i).slice(0, 300)));
    expect(late).toBeDefined();
    const utf8 = new TextEncoder();
    const alone = rows.parts.map((_, k) => {
      const json = set.slice(k * 25, k * 25 + 25).map((i) => JSON.stringify(i));
      return deflateSync(utf8.encode(json.join('')), { level: 6 }).length;
    });
    const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
    expect(sum(rows.parts.map((p) => p.length))).toBeLessThan(sum(alone) * 0.8);
    // A part cannot be read without it.
    expect(() => lazyIncidents({ ...rows, dictionary: new Uint8Array() })[30]).toThrow(/damaged/);
  });

  it('parses only the row read, and the same object again after', () => {
    const incidents = lazyIncidents(encodeRows(set));
    const parse = vi.spyOn(JSON, 'parse');
    const row = incidents[1100]!;
    expect(row).toEqual(set[1100]);
    expect(incidents[1100]).toBe(row);
    expect(parse).toHaveBeenCalledTimes(1);
    expect(incidents[0]).toEqual(set[0]);
    expect(parse).toHaveBeenCalledTimes(2);
  });

  it('names what is wrong with a damaged part when one of its rows is read, the others still read', () => {
    const rows = encodeRows(set);
    rows.parts[26] = rows.parts[26]!.slice(0, 40);
    const incidents = lazyIncidents(rows);
    expect(() => incidents[650]).toThrow(/the compressed incidents are damaged/);
    expect(incidents[10]).toEqual(set[10]);
    expect(incidents[1200]).toEqual(set[1200]);
  });

  it('names the part holding a row that is not JSON', () => {
    const text = '{"id":"a"}{"id":';
    const incidents = lazyIncidents({
      parts: [deflateSync(new TextEncoder().encode(text))],
      ends: Uint32Array.of(10, text.length),
      dictionary: new Uint8Array(),
    });
    expect(incidents[0]).toEqual({ id: 'a' });
    expect(() => incidents[1]).toThrow(/^part 1 of the incidents is not JSON$/);
  });
});
