import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { adler32 } from './adler32.ts';

describe('adler32', () => {
  it('gives the published value of "Wikipedia" and 1 for nothing', () => {
    expect(adler32(new TextEncoder().encode('Wikipedia'))).toBe(0x11e60398);
    expect(adler32(new Uint8Array(0))).toBe(1);
  });

  it('agrees with the check zlib writes, past its runs of 5,552 bytes and at every byte value', () => {
    // zlib's stream ends with the Adler-32 of what it compressed, big-endian.
    let seed = 7;
    for (const length of [1, 5551, 5552, 5553, 200_000]) {
      const bytes = new Uint8Array(length);
      for (let i = 0; i < length; i++) bytes[i] = (seed = (seed * 1103515245 + 12345) >>> 0) >>> 24;
      bytes.fill(255, 0, Math.min(length, 6000));
      const zlib = deflateSync(bytes);
      expect(adler32(bytes), `${length} bytes`).toBe(zlib.readUInt32BE(zlib.length - 4));
    }
  });
});
