/**
 * Writes a PMTiles v3 archive (https://github.com/protomaps/PMTiles/blob/main/spec/v3/spec.md):
 * a 127-byte header, a root directory, JSON metadata, leaf directories and the tiles, in one
 * file any static host serves with range requests. The `pmtiles` package reads archives but
 * does not write them; its tile-id function keeps our ids the reader's. Tiles arrive gzipped
 * and in any order; they are written in tile-id order (a "clustered" archive).
 */
import { gzipSync } from 'node:zlib';
import { zxyToTileId } from 'pmtiles';

export interface ArchiveTile {
  z: number;
  x: number;
  y: number;
  /** The tile's bytes, already gzipped. */
  data: Uint8Array;
}

export interface ArchiveOptions {
  minZoom: number;
  maxZoom: number;
  /** West, south, east, north in degrees. */
  bounds: [number, number, number, number];
  center: [number, number, number];
  metadata: object;
}

interface Entry {
  tileId: number;
  offset: number;
  length: number;
  runLength: number;
}

const HEADER_BYTES = 127;
/** The header and root directory a reader fetches first, in one request of 16 KiB. */
const FIRST_FETCH = 16_384;
const GZIP = 2;
const MVT = 1;

/** The archive's parts, in file order: write them one after another. */
export function pmtilesParts(tiles: ArchiveTile[], options: ArchiveOptions): Uint8Array[] {
  const sorted = tiles
    .map((t) => ({ id: zxyToTileId(t.z, t.x, t.y), data: t.data }))
    .sort((a, b) => a.id - b.id);
  let offset = 0;
  const entries: Entry[] = sorted.map(({ id, data }) => {
    const entry = { tileId: id, offset, length: data.length, runLength: 1 };
    offset += data.length;
    return entry;
  });
  const { root, leaves } = directories(entries);
  const metadata = gzipSync(JSON.stringify(options.metadata));
  const header = headerBytes({
    rootLength: root.length,
    metadataLength: metadata.length,
    leavesLength: leaves.length,
    tilesLength: offset,
    tileCount: entries.length,
    options,
  });
  return [header, root, metadata, leaves, ...sorted.map((t) => t.data)];
}

/** A root directory that fits the first fetch, with leaf directories when the entries do not. */
function directories(entries: Entry[]): { root: Uint8Array; leaves: Uint8Array } {
  const whole = gzipSync(serializeDirectory(entries));
  if (whole.length <= FIRST_FETCH - HEADER_BYTES) return { root: whole, leaves: new Uint8Array() };
  for (let size = 4096; ; size *= 2) {
    const leafParts: Uint8Array[] = [];
    const rootEntries: Entry[] = [];
    let offset = 0;
    for (let i = 0; i < entries.length; i += size) {
      const leaf = gzipSync(serializeDirectory(entries.slice(i, i + size)));
      rootEntries.push({ tileId: entries[i]!.tileId, offset, length: leaf.length, runLength: 0 });
      leafParts.push(leaf);
      offset += leaf.length;
    }
    const root = gzipSync(serializeDirectory(rootEntries));
    if (root.length <= FIRST_FETCH - HEADER_BYTES) return { root, leaves: Buffer.concat(leafParts) };
  }
}

/** Entries as the spec's varint columns: tile-id deltas, run lengths, lengths, offsets. */
export function serializeDirectory(entries: Entry[]): Uint8Array {
  const out: number[] = [];
  varint(out, entries.length);
  let last = 0;
  for (const e of entries) {
    varint(out, e.tileId - last);
    last = e.tileId;
  }
  for (const e of entries) varint(out, e.runLength);
  for (const e of entries) varint(out, e.length);
  entries.forEach((e, i) => {
    const previous = entries[i - 1];
    // 0 means "right after the previous entry", which a clustered archive mostly is.
    const follows = previous && e.offset === previous.offset + previous.length;
    varint(out, follows ? 0 : e.offset + 1);
  });
  return Uint8Array.from(out);
}

function varint(out: number[], value: number): void {
  let v = value;
  while (v >= 0x80) {
    out.push((v % 0x80) | 0x80);
    v = Math.floor(v / 0x80);
  }
  out.push(v);
}

interface HeaderFacts {
  rootLength: number;
  metadataLength: number;
  leavesLength: number;
  tilesLength: number;
  tileCount: number;
  options: ArchiveOptions;
}

function headerBytes(f: HeaderFacts): Uint8Array {
  const bytes = new Uint8Array(HEADER_BYTES);
  const view = new DataView(bytes.buffer);
  bytes.set(new TextEncoder().encode('PMTiles'), 0);
  bytes[7] = 3;
  const metadataOffset = HEADER_BYTES + f.rootLength;
  const leavesOffset = metadataOffset + f.metadataLength;
  const tilesOffset = leavesOffset + f.leavesLength;
  const u64 = [
    HEADER_BYTES,
    f.rootLength,
    metadataOffset,
    f.metadataLength,
    leavesOffset,
    f.leavesLength,
    tilesOffset,
    f.tilesLength,
    f.tileCount, // addressed tiles
    f.tileCount, // entries
    f.tileCount, // distinct contents
  ];
  u64.forEach((value, i) => view.setBigUint64(8 + 8 * i, BigInt(value), true));
  bytes.set([1, GZIP, GZIP, MVT, f.options.minZoom, f.options.maxZoom], 96);
  const e7 = (degrees: number) => Math.round(degrees * 1e7);
  const [w, s, e, n] = f.options.bounds;
  [w, s, e, n].forEach((d, i) => view.setInt32(102 + 4 * i, e7(d), true));
  const [lng, lat, zoom] = f.options.center;
  view.setUint8(118, zoom);
  view.setInt32(119, e7(lng), true);
  view.setInt32(123, e7(lat), true);
  return bytes;
}
