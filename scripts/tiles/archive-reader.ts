/**
 * For tests and the bench: an archive's bytes read back with the `pmtiles` package (the reader the
 * app uses), and a tile's points decoded with @mapbox/vector-tile, so the writer is checked by
 * code it does not share.
 */
import { PMTiles, type Source } from 'pmtiles';
import { VectorTile } from '@mapbox/vector-tile';
import { PbfReader } from 'pbf';
import { ARCHIVE_LAYER } from '../../src/lib/domain/archive.ts';

export function archiveOf(bytes: Uint8Array): PMTiles {
  const source: Source = {
    getKey: () => 'memory',
    getBytes: async (offset, length) => ({ data: bytes.slice(offset, offset + length).buffer }),
  };
  return new PMTiles(source);
}

export interface DecodedPoint {
  lng: number;
  lat: number;
  properties: Record<string, string | number | boolean>;
}

/** The incident points of one tile, or [] where the archive has no such tile. */
export async function pointsOf(archive: PMTiles, z: number, x: number, y: number): Promise<DecodedPoint[]> {
  const tile = await archive.getZxy(z, x, y);
  if (!tile) return [];
  const layer = new VectorTile(new PbfReader(new Uint8Array(tile.data))).layers[ARCHIVE_LAYER];
  if (!layer) return [];
  return Array.from({ length: layer.length }, (_, i) => {
    const feature = layer.feature(i).toGeoJSON(x, y, z);
    const [lng, lat] = (feature.geometry as { coordinates: number[] }).coordinates as [number, number];
    return { lng, lat, properties: layer.feature(i).properties };
  });
}
