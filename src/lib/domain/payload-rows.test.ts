import { deflateSync } from 'fflate';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { encodeRows, lazyIncidents, PART_ROWS } from './payload-rows.ts';
import { randomIncidents } from './test/random-incidents.ts';
import { incident } from './test/make-incident.ts';

const set = randomIncidents(1234, 7);
const words = incident({ id: 'w', admin2: 'کُرم – Kurram', location_name: 'Parachinar 🚩' });

afterEach(() => vi.restoreAllMocks());

describe('encodeRows / lazyIncidents', () => {
  it('packs the rows in parts of 100 and gives back the same incidents', () => {
    const rows = encodeRows([...set, words]);
    expect(PART_ROWS).toBe(100);
    expect(rows.parts).toHaveLength(13);
    expect(rows.ends).toHaveLength(1235);
    expect([...lazyIncidents(rows)]).toEqual([...set, words]);
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
    rows.parts[6] = rows.parts[6]!.slice(0, 40);
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
    });
    expect(incidents[0]).toEqual({ id: 'a' });
    expect(() => incidents[1]).toThrow(/^part 1 of the incidents is not JSON$/);
  });
});
