import { describe, expect, it } from 'vitest';
import type { ArchiveProps } from '../../src/lib/domain/archive.ts';
import { tileOf, worldXY } from '../../src/lib/geo/mercator.ts';
import { cutTiles, type TilePoint } from './cut.ts';
import { pmtilesParts } from './pmtiles-writer.ts';
import { archiveOf, pointsOf } from './archive-reader.ts';

const props = (id: string): ArchiveProps => ({
  id,
  s: 19_000,
  e: 19_000,
  t: 'shelling',
  sd: 'AFG',
  p: 'town',
  a: '|A|',
  pl: 'Somewhere',
  dt: '2022-01-08',
  dp: 'day',
});
// Parachinar and Torkham, and n points near Khost spread over a few hundred metres.
const point = (id: string, lng: number, lat: number, rank: number): TilePoint => ({
  lng,
  lat,
  rank,
  props: props(id),
  json: JSON.stringify({ id }),
});
const near = (n: number) =>
  Array.from({ length: n }, (_, i) => point(`k${i}`, 69.9 + (i % 10) * 0.0003, 33.33 + i * 0.00001, i / n));

async function archive(points: TilePoint[], maxPerTile: number) {
  const options = { minZoom: 3, maxZoom: 10, maxPerTile };
  const { tiles, completeFromZoom } = cutTiles(points, options);
  const parts = pmtilesParts(tiles, {
    ...options,
    bounds: [60, 24, 76, 38],
    center: [67, 31, 3],
    metadata: {},
  });
  return { reader: archiveOf(new Uint8Array(Buffer.concat(parts))), completeFromZoom };
}

describe('cutTiles', () => {
  it('puts each point in its tile at each zoom, where a reader finds it', async () => {
    const { reader, completeFromZoom } = await archive(
      [point('parachinar', 70.0956, 33.8992, 0.5), point('torkham', 71.0953, 34.1084, 0.2)],
      10,
    );
    expect(completeFromZoom).toBe(3);
    // Parachinar at zoom 10 is tile x 711, y 409, by hand: 1024 · (70.0956 + 180) / 360 = 711.4 and
    // 1024 · (0.5 − ln((1 + sin φ) / (1 − sin φ)) / 4π) = 1024 · (0.5 − 1.2590 / 12.566) = 409.4.
    const [found] = await pointsOf(reader, 10, 711, 409);
    expect(found!.properties.id).toBe('parachinar');
    expect(found!.lng).toBeCloseTo(70.0956, 3);
    expect(found!.lat).toBeCloseTo(33.8992, 3);
    expect(JSON.parse(String(found!.properties.json))).toEqual({ id: 'parachinar' });
    // At zoom 3 both share tile 5, 3, without the whole incident.
    const shallow = await pointsOf(reader, 3, 5, 3);
    expect(shallow.map((p) => p.properties.id).sort()).toEqual(['parachinar', 'torkham']);
    expect(shallow[0]!.properties.json).toBeUndefined();
  });

  it('thins shallow tiles to the lowest ranks, keeping every point at the deepest zoom', async () => {
    const { reader, completeFromZoom } = await archive(near(500), 40);
    // All 500 fall in one zoom-10 tile, so every shallower tile holds the same 500: only zoom 10 is whole.
    expect(completeFromZoom).toBe(10);
    const [x10, y10] = worldXY(69.9, 33.33).map((v) => Math.floor(v * 1024)) as [number, number];
    expect(await pointsOf(reader, 10, x10, y10)).toHaveLength(500);
    const kept = await pointsOf(reader, 3, x10 >> 7, y10 >> 7);
    // Ranks are i / 500: the 40 lowest are k0 … k39.
    expect(kept.map((p) => p.properties.id).sort()).toEqual(
      Array.from({ length: 40 }, (_, i) => `k${i}`).sort(),
    );
  });

  it('calls the shallowest zoom with nothing left out complete', async () => {
    // Two groups of 30, 200 km apart: with 40 a tile, zooms where they share a tile are thinned.
    const west = near(30);
    const east = near(30).map((p, i) => ({ ...p, lng: p.lng + 2, props: props(`e${i}`) }));
    const { reader, completeFromZoom } = await archive([...west, ...east], 40);
    const sharedAt = [3, 4, 5, 6].filter((z) => {
      const [a, b] = [worldXY(69.9, 33.33), worldXY(71.9, 33.33)].map((w) => Math.floor(w[0] * 2 ** z));
      return a === b;
    });
    expect(completeFromZoom).toBe(Math.max(...sharedAt) + 1);
    expect(await pointsOf(reader, completeFromZoom, ...tileOf(69.9, 33.33, completeFromZoom))).toHaveLength(
      30,
    );
  });
});
