// vt-pbf ships no types: the one function the tile cutter calls (scripts/tiles/cut.ts).
declare module 'vt-pbf' {
  export interface TileFeature {
    /** 1: point. */
    type: 1 | 2 | 3;
    /** For a point, its positions in tile units (0 to the extent). */
    geometry: [number, number][];
    tags: Record<string, string | number | boolean>;
  }
  export function fromGeojsonVt(
    layers: Record<string, { features: TileFeature[] }>,
    options?: { version?: number; extent?: number },
  ): Uint8Array;
}
