/**
 * The locator inset: the region's countries in a small equirectangular frame with the printed
 * map's extent drawn on it. Pure: returns SVG path data in the inset's own units (mm).
 */
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';

export interface InsetDrawing {
  countries: { iso: string; subject: boolean; d: string }[];
  /** The printed map's extent as a closed path; absent when it covers the whole inset. */
  extent: string;
  /** Where the data's frame sits in the inset (mm): outside it there is no data, not sea. */
  frame: { x: number; y: number; w: number; h: number };
}

/** The frame the inset shows: the region the country layer covers (scripts/geodata REGION). */
export const INSET_BOUNDS: [number, number, number, number] = [50, 22, 80, 40];

export function insetDrawing(
  countries: Feature<Polygon | MultiPolygon, { iso_a3: string; subject: boolean }>[],
  extent: Position[],
  w: number,
  h: number,
): InsetDrawing {
  const [W, S, E, N] = INSET_BOUNDS;
  // Squash longitudes by the frame's middle latitude so shapes look right.
  const k = Math.cos((((S + N) / 2) * Math.PI) / 180);
  const sx = w / ((E - W) * k),
    sy = h / (N - S);
  const s = Math.min(sx, sy);
  const ox = (w - (E - W) * k * s) / 2,
    oy = (h - (N - S) * s) / 2;
  const px = (p: Position) => `${(ox + (p[0]! - W) * k * s).toFixed(2)} ${(oy + (N - p[1]!) * s).toFixed(2)}`;
  const ring = (r: Position[]) => `M${r.map(px).join('L')}Z`;
  const out = countries.map((c) => {
    const polys = c.geometry.type === 'Polygon' ? [c.geometry.coordinates] : c.geometry.coordinates;
    // Every other vertex is plenty at this size.
    return {
      iso: c.properties.iso_a3,
      subject: c.properties.subject,
      d: polys
        .map((p) => p.map((r) => ring(r.filter((_, i) => i % 2 === 0 || i === r.length - 1))).join(''))
        .join(''),
    };
  });
  return {
    countries: out,
    extent: extent.length ? ring(extent) : '',
    frame: { x: ox, y: oy, w: (E - W) * k * s, h: (N - S) * s },
  };
}
