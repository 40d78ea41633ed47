import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../src/lib/geo/random.ts';
import { pmtilesParts, serializeDirectory, type ArchiveTile } from './pmtiles-writer.ts';
import { archiveOf } from './archive-reader.ts';

const concat = (parts: Uint8Array[]) => new Uint8Array(Buffer.concat(parts));
const OPTIONS = {
  minZoom: 2,
  maxZoom: 14,
  bounds: [60.5, 24.25, 75.125, 37.5] as [number, number, number, number],
  center: [67.5, 31, 5] as [number, number, number],
  metadata: { name: 'test', durandAtlas: { count: 3 } },
};
const tileOf = (z: number, x: number, y: number, text = `${z}/${x}/${y}`): ArchiveTile => ({
  z,
  x,
  y,
  data: gzipSync(text),
});

describe('pmtilesParts, read back with the pmtiles package', () => {
  it('writes the header, metadata and every tile where the reader finds them', async () => {
    const tiles = [tileOf(5, 22, 13), tileOf(2, 2, 1), tileOf(14, 11_700, 6_600), tileOf(5, 21, 13)];
    const archive = archiveOf(concat(pmtilesParts(tiles, OPTIONS)));
    const header = await archive.getHeader();
    expect(header).toMatchObject({
      specVersion: 3,
      minZoom: 2,
      maxZoom: 14,
      minLon: 60.5,
      minLat: 24.25,
      maxLon: 75.125,
      maxLat: 37.5,
      centerZoom: 5,
      centerLon: 67.5,
      centerLat: 31,
      numAddressedTiles: 4,
      numTileEntries: 4,
      clustered: true,
      tileType: 1,
      tileCompression: 2,
      internalCompression: 2,
    });
    expect(await archive.getMetadata()).toEqual({ name: 'test', durandAtlas: { count: 3 } });
    for (const [z, x, y] of [
      [5, 22, 13],
      [2, 2, 1],
      [14, 11_700, 6_600],
      [5, 21, 13],
    ] as const) {
      const tile = await archive.getZxy(z, x, y);
      expect(new TextDecoder().decode(new Uint8Array(tile!.data))).toBe(`${z}/${x}/${y}`);
    }
    expect(await archive.getZxy(5, 23, 13)).toBeUndefined();
  });

  it('moves entries into leaf directories when the root would pass 16 KiB', async () => {
    const random = mulberry32(7);
    const seen = new Set<string>();
    const tiles: ArchiveTile[] = [];
    while (tiles.length < 40_000) {
      const [x, y] = [Math.floor(random() * 16_384), Math.floor(random() * 16_384)];
      if (seen.has(`${x}/${y}`)) continue;
      seen.add(`${x}/${y}`);
      tiles.push(tileOf(14, x, y, 'x'.repeat(1 + Math.floor(random() * 300))));
    }
    const parts = pmtilesParts(tiles, OPTIONS);
    expect(parts[3]!.length).toBeGreaterThan(0); // the leaf directories
    expect(parts[1]!.length).toBeLessThanOrEqual(16_384 - 127);
    const archive = archiveOf(concat(parts));
    for (const t of [tiles[0]!, tiles[12_345]!, tiles[39_999]!]) {
      const tile = await archive.getZxy(t.z, t.x, t.y);
      // The reader hands tiles back inflated.
      expect(new Uint8Array(tile!.data)).toEqual(new Uint8Array(gunzipSync(t.data)));
    }
  });
});

describe('serializeDirectory', () => {
  it('writes counts, id deltas, run lengths, lengths and offsets as varints', () => {
    const entries = [
      { tileId: 1, offset: 0, length: 300, runLength: 1 },
      { tileId: 5, offset: 300, length: 2, runLength: 1 },
      { tileId: 6, offset: 1000, length: 1, runLength: 0 },
    ];
    // 300 as a varint is 0xac 0x02; the second offset follows the first (0), the third does not (1000 + 1).
    expect([...serializeDirectory(entries)]).toEqual([
      3, 1, 4, 1, 1, 1, 0, 0xac, 0x02, 2, 1, 1, 0, 0xe9, 0x07,
    ]);
  });
});
