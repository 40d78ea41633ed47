import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { withDpi } from './png-dpi.ts';

// A 1 × 1 white PNG.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8/5+hHgAHggJ/PchI7wAAAABJRU5ErkJggg==',
  'base64',
);

describe('withDpi', () => {
  it('writes 300 dpi as 11,811 pixels per metre in a pHYs chunk after the header', () => {
    const out = withDpi(new Uint8Array(PNG), 300);
    expect(out.length).toBe(PNG.length + 21);
    const view = new DataView(out.buffer);
    expect(Buffer.from(out.subarray(37, 41)).toString()).toBe('pHYs');
    expect(view.getUint32(41)).toBe(11811);
    expect(view.getUint32(45)).toBe(11811);
    expect(out[49]).toBe(1);
  });
  it('stays a valid PNG that image tools read at 300 dpi', () => {
    const dir = mkdtempSync(join(tmpdir(), 'png-'));
    const file = join(dir, 'dpi.png');
    writeFileSync(file, withDpi(new Uint8Array(PNG), 300));
    // pdfimages is not for PNGs; python's zlib-free check: the CRC must match, as any decoder checks.
    const py = `import struct,zlib,sys
d=open(sys.argv[1],'rb').read();i=8
while i<len(d):
  n=struct.unpack('>I',d[i:i+4])[0];t=d[i+4:i+8];c=struct.unpack('>I',d[i+8+n:i+12+n])[0]
  assert zlib.crc32(t+d[i+8:i+8+n])&0xffffffff==c,t
  if t==b'pHYs':print(struct.unpack('>IIB',d[i+8:i+17]))
  i+=12+n`;
    expect(execFileSync('python3', ['-c', py, file]).toString().trim()).toBe('(11811, 11811, 1)');
  });
});
