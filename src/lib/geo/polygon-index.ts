/**
 * Point in polygon for many points: ray casting against only the edges a Flatbush index says
 * the eastward ray can cross, instead of every edge of a 2,000-vertex country.
 */
import Flatbush from 'flatbush';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';

export class PolygonIndex {
  private readonly edges: Float64Array;
  private readonly index: Flatbush;
  private readonly box: [number, number, number, number];

  constructor(feature: Feature<Polygon | MultiPolygon> | Polygon | MultiPolygon) {
    const geometry = 'geometry' in feature ? feature.geometry : feature;
    const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
    const list: number[] = [];
    for (const rings of polygons)
      for (const ring of rings)
        for (let i = 0; i < ring.length - 1; i++)
          list.push(ring[i]![0]!, ring[i]![1]!, ring[i + 1]![0]!, ring[i + 1]![1]!);
    this.edges = Float64Array.from(list);
    const n = list.length / 4;
    this.index = new Flatbush(Math.max(1, n));
    let minX = Infinity,
      minY = Infinity,
      maxX = -Infinity,
      maxY = -Infinity;
    for (let e = 0; e < n; e++) {
      const x0 = this.edges[4 * e]!,
        y0 = this.edges[4 * e + 1]!,
        x1 = this.edges[4 * e + 2]!,
        y1 = this.edges[4 * e + 3]!;
      this.index.add(Math.min(x0, x1), Math.min(y0, y1), Math.max(x0, x1), Math.max(y0, y1));
      minX = Math.min(minX, x0);
      maxX = Math.max(maxX, x0);
      minY = Math.min(minY, y0);
      maxY = Math.max(maxY, y0);
    }
    if (n === 0) this.index.add(0, 0, 0, 0);
    this.index.finish();
    this.box = [minX, minY, maxX, maxY];
  }

  contains(p: Position): boolean {
    const x = p[0]!,
      y = p[1]!;
    if (x < this.box[0] || x > this.box[2] || y < this.box[1] || y > this.box[3]) return false;
    let inside = false;
    // Edges whose box meets the ray from p eastwards (holes and outer rings alike: even-odd).
    for (const e of this.index.search(x, y, this.box[2], y)) {
      const x0 = this.edges[4 * e]!,
        y0 = this.edges[4 * e + 1]!,
        x1 = this.edges[4 * e + 2]!,
        y1 = this.edges[4 * e + 3]!;
      if (y0 > y !== y1 > y && x < ((x1 - x0) * (y - y0)) / (y1 - y0) + x0) inside = !inside;
    }
    return inside;
  }
}
