/** Web Mercator tiles: where a point falls in the tile pyramid (as MapLibre and PMTiles count). */

/** A point's position in Web Mercator, 0 to 1 across the world (x east, y south); x is not wrapped. */
export function worldXY(lng: number, lat: number): [number, number] {
  const sin = Math.sin((lat * Math.PI) / 180);
  const y = 0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI);
  return [(lng + 180) / 360, Math.min(1, Math.max(0, y))];
}

/** The tile x and y holding a point at zoom z. */
export function tileOf(lng: number, lat: number, z: number): [number, number] {
  const scale = 2 ** z;
  const [x, y] = worldXY(lng, lat);
  return [Math.min(scale - 1, Math.floor(x * scale)), Math.min(scale - 1, Math.floor(y * scale))];
}
