/**
 * Which of many areas holds a point: a Flatbush index of the areas' boxes narrows the search to
 * the one or two areas whose box holds it, then a point-in-polygon test decides. For 100,000
 * incidents and 40 provinces this is milliseconds, not seconds.
 */
import Flatbush from 'flatbush';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { PolygonIndex } from './polygon-index.ts';

export class AreaLookup {
  private readonly boxes: Flatbush;
  private readonly polygons: PolygonIndex[];

  constructor(areas: readonly Feature<Polygon | MultiPolygon>[]) {
    this.polygons = areas.map((a) => new PolygonIndex(a));
    this.boxes = new Flatbush(Math.max(1, areas.length));
    for (const a of areas) {
      const rings = a.geometry.type === 'Polygon' ? [a.geometry.coordinates] : a.geometry.coordinates;
      const xs = rings.flat(2).map((p) => p[0]!);
      const ys = rings.flat(2).map((p) => p[1]!);
      this.boxes.add(Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys));
    }
    if (areas.length === 0) this.boxes.add(1e9, 1e9, 1e9, 1e9);
    this.boxes.finish();
  }

  /** Index of the first area (in the order given) holding the point, or -1. */
  find(p: Position): number {
    const candidates = this.boxes.search(p[0]!, p[1]!, p[0]!, p[1]!).sort((a, b) => a - b);
    for (const i of candidates) if (i < this.polygons.length && this.polygons[i]!.contains(p)) return i;
    return -1;
  }
}
