/**
 * Where a point stands to the Durand Line: great-circle km to the nearest point of the line,
 * that point, and the side it lies on by the country polygons (Afghanistan, Pakistan, or
 * neither: Doha, Delhi, Iran).
 */
import type { Feature, LineString, MultiPolygon, Polygon, Position } from 'geojson';
import { LineIndex } from './line-index.ts';
import { PolygonIndex } from './polygon-index.ts';

export type BorderSide = 'AFG' | 'PAK' | 'other';

export interface BorderFacts {
  km: number;
  nearest: [number, number];
  side: BorderSide;
}

export class BorderAnalysis {
  private readonly line: LineIndex;
  private readonly afg: PolygonIndex;
  private readonly pak: PolygonIndex;

  constructor(
    line: Feature<LineString> | LineString,
    afghanistan: Feature<Polygon | MultiPolygon>,
    pakistan: Feature<Polygon | MultiPolygon>,
  ) {
    this.line = new LineIndex('geometry' in line ? line.geometry.coordinates : line.coordinates);
    this.afg = new PolygonIndex(afghanistan);
    this.pak = new PolygonIndex(pakistan);
  }

  side(p: Position): BorderSide {
    return this.afg.contains(p) ? 'AFG' : this.pak.contains(p) ? 'PAK' : 'other';
  }

  /** Only the distance, for bulk work. */
  kmToLine(p: Position): number {
    return this.line.nearest(p).km;
  }

  facts(p: Position): BorderFacts {
    const { km, point } = this.line.nearest(p);
    return { km, nearest: point, side: this.side(p) };
  }
}
