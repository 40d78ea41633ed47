import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it, vi } from 'vitest';
import { payloadOf } from '../../../scripts/incident-payload.ts';
import { IncidentStore } from '../domain/store.ts';
import type { LoadProgress } from './read-bytes.ts';
import { loadPayload, parseChunks, unpackPayload } from './payload-loader.ts';
import { decodePayload } from '../domain/test/decode-payload.ts';
import { speaking } from '../i18n/test/speaking.ts';
import type { Incident } from '../data/incidents.ts';
import { incidentSpan } from '../domain/filters.ts';

const geodata = fileURLToPath(new URL('../../../geodata', import.meta.url));
const bundled = readFileSync(`${geodata}/incidents.geojson`, 'utf8');
const byId = (a: Incident, b: Incident) => a.properties.id.localeCompare(b.properties.id);
/** The bundled incidents, all of them, newest first (the list's first order): the build writes them so. */
function expectBundledNewestFirst(incidents: readonly Incident[]) {
  const features = JSON.parse(bundled).features as Incident[];
  expect([...incidents].sort(byId)).toEqual([...features].sort(byId));
  const starts = incidents.map((i) => incidentSpan(i)[0]);
  expect(starts).toEqual([...starts].sort().reverse());
}
const urlOf = (bytes: Uint8Array) =>
  `data:application/octet-stream;base64,${Buffer.from(bytes).toString('base64')}`;

/** A payload unpacked here and loaded, as the page does where its worker cannot run. */
const load = (url: string, progress: (p: LoadProgress) => void = () => {}) =>
  loadPayload(unpackPayload(url, progress), progress);

describe('loadPayload', () => {
  it('unpacks the bundled incidents with the columns the build measured', async () => {
    const phases = new Set<LoadProgress['phase']>();
    const result = await load(urlOf(payloadOf(bundled, 'incidents.geojson', geodata)), (p) =>
      phases.add(p.phase),
    );
    if (!('columns' in result)) throw new Error(JSON.stringify(result.issues));
    expectBundledNewestFirst(result.incidents);
    expect(phases).toEqual(new Set(['reading', 'unpacking']));
    // Kabul lies in Afghanistan, 80–90 km from the line as the crow flies.
    const store = new IncidentStore({ incidents: result.incidents }, result.columns);
    const kabul = store.rowOf.get('2025-10-15-kabul-airstrikes')!;
    expect(store.borderFacts(kabul)?.side).toBe('AFG');
    expect(store.borderKm[kabul]).toBeGreaterThan(70);
    expect(store.borderKm[kabul]).toBeLessThan(100);
    expect(store.searchOf(kabul)).toContain('kabul');
  });

  it('reads the payload uncompressed too, with the same incidents', async () => {
    const raw = gunzipSync(payloadOf(bundled, 'incidents.geojson', geodata));
    expect(new TextDecoder().decode(raw.subarray(0, 4))).toBe('DAP1');
    const result = await load(urlOf(raw), () => {});
    if (!('columns' in result)) throw new Error(JSON.stringify(result.issues));
    expectBundledNewestFirst(result.incidents);
  });

  it('names the file and the reason when the read fails', async () => {
    vi.stubGlobal('fetch', async () => new Response(null, { status: 404 }));
    try {
      const failed = await load('https://atlas.example/incidents.bin');
      if (!('issues' in failed)) throw new Error('a failed read gave incidents');
      expect(failed.file).toBe('incidents.geojson');
      expect(failed.issues[0]!.message).toContain('HTTP 404');
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('names the file when the gzip stream is cut short', async () => {
    const packed = payloadOf(bundled, 'incidents.geojson', geodata);
    const result = await load(urlOf(packed.subarray(0, packed.length >> 1)), () => {});
    expect(result).toMatchObject({ file: 'incidents.geojson' });
    if (!('issues' in result)) throw new Error('a cut stream was read');
    expect(result.issues[0]!.message).toMatch(/the compressed incidents are damaged/);
  });

  // The build gzips the payload: gzip's check of the whole (CRC-32) finds a damaged byte at load,
  // in any part, before a row is read.
  it('refuses a gzipped payload with one byte changed, at load, naming the file', async () => {
    const packed = payloadOf(bundled, 'incidents.geojson', geodata);
    const crcAt = packed.length - 8;
    for (const at of [packed.length >> 1, crcAt]) {
      const damaged = Uint8Array.from(packed);
      damaged[at]! ^= 0x10;
      const result = await load(urlOf(damaged), () => {});
      expect(result, `byte ${at} changed`).toMatchObject({ file: 'incidents.geojson' });
      if (!('issues' in result)) throw new Error(`byte ${at} changed and the payload was read`);
      expect(result.issues[0]!.message).toMatch(/the compressed incidents are damaged/);
    }
  });

  it('refuses an uncompressed payload with one byte changed, at load, by its own check', async () => {
    const raw = gunzipSync(payloadOf(bundled, 'incidents.geojson', geodata));
    const damaged = Uint8Array.from(raw);
    damaged[damaged.length - 100]! ^= 0x01;
    const result = await load(urlOf(damaged), () => {});
    expect(result).toMatchObject({ file: 'incidents.geojson' });
    if (!('issues' in result)) throw new Error('a damaged payload was read');
    expect(result.issues[0]!.message).toMatch(/the payload is damaged/);
  });

  it('names the file and what is wrong when the bytes are not a payload, and throws nothing', async () => {
    const result = await load(urlOf(new TextEncoder().encode(bundled)), () => {});
    expect(result).toMatchObject({ file: 'incidents.geojson' });
    if (!('issues' in result)) throw new Error('a GeoJSON text was taken for a payload');
    expect(result.issues[0]!.message).toMatch(/not a Durand Atlas payload/);
  });
});

describe('a broken payload, in words', () => {
  it("names the part of the incidents that is not JSON (not the browser's parser message)", async () => {
    const utf8 = new TextEncoder();
    const chunks = [utf8.encode('[]'), utf8.encode('[{"type": "Feat')];
    await expect(parseChunks(chunks)).rejects.toThrow(/^part 2 of the incidents is not JSON$/);
  });

  it("says what is wrong in the reader's language", () => {
    const text = new TextEncoder().encode(bundled);
    const buffer = text.buffer.slice(text.byteOffset, text.byteOffset + text.byteLength);
    speaking('fa-AF', () =>
      expect(() => decodePayload(buffer)).toThrow('بستهٔ اطلس دیورند نیست (بایت‌های نخست آن «DAP1» نیستند)'),
    );
  });
});

describe('payloadOf (the build)', () => {
  it('refuses a file that breaks the rules, naming the file and the feature', () => {
    const broken = JSON.parse(bundled);
    broken.features[2].properties.date = '2025-13-45';
    const id = broken.features[2].properties.id;
    expect(() => payloadOf(JSON.stringify(broken), 'incidents.geojson', geodata)).toThrow(
      new RegExp(`incidents.geojson cannot be bundled[\\s\\S]*${id}`),
    );
  });
});
