/**
 * How far an area lies from a line: the nearest and the farthest of its points, in km. An
 * incident known only by its province (or its country) could be anywhere in it, so its distance
 * to the Durand Line is this range, never one number. Sampled: every vertex and a grid inside;
 * 0 when the line enters the area.
 */
import type { MultiPolygon, Polygon, Position } from 'geojson';
import type { LineIndex } from './line-index.ts';
import { PolygonIndex } from './polygon-index.ts';

const GRID = 24;

function vertices(area: Polygon | MultiPolygon): Position[] {
  const polygons = area.type === 'Polygon' ? [area.coordinates] : area.coordinates;
  return polygons.flatMap((rings) => rings.flat());
}

function interior(area: Polygon | MultiPolygon, inside: PolygonIndex): Position[] {
  const all = vertices(area);
  const xs = all.map((p) => p[0]!);
  const ys = all.map((p) => p[1]!);
  const [w, e, s, n] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const out: Position[] = [];
  for (let i = 0; i <= GRID; i++) {
    for (let j = 0; j <= GRID; j++) {
      const p = [w + ((e - w) * i) / GRID, s + ((n - s) * j) / GRID];
      if (inside.contains(p)) out.push(p);
    }
  }
  return out;
}

export function kmRange(area: Polygon | MultiPolygon, line: LineIndex): [number, number] {
  const inside = new PolygonIndex(area);
  let min = Infinity;
  let max = 0;
  for (const p of [...vertices(area), ...interior(area, inside)]) {
    const km = line.nearest(p).km;
    if (km < min) min = km;
    if (km > max) max = km;
  }
  if (line.coords.some((c) => inside.contains(c))) min = 0;
  return [min, max];
}
