/**
 * Where a point stands to the Durand Line: great-circle km to the nearest point of the line,
 * that point, and the side it lies on by the country polygons (Afghanistan, Pakistan, or
 * neither: Doha, Delhi, Iran).
 */
import type { Feature, LineString, MultiPolygon, Polygon, Position } from 'geojson';
import { LineIndex } from './line-index.ts';
import { PolygonIndex } from './polygon-index.ts';
import { kmRange } from './area-range.ts';

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
  /** The two countries' areas, for the distance range of an incident known only by its country. */
  private readonly countries: Record<'AFG' | 'PAK', Polygon | MultiPolygon>;
  private readonly ranges = new Map<string, [number, number]>();

  constructor(
    line: Feature<LineString> | LineString,
    afghanistan: Feature<Polygon | MultiPolygon>,
    pakistan: Feature<Polygon | MultiPolygon>,
  ) {
    this.line = new LineIndex('geometry' in line ? line.geometry.coordinates : line.coordinates);
    this.countries = { AFG: afghanistan.geometry, PAK: pakistan.geometry };
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

  /** Nearest and farthest km of an area from the line (cached by `key`). */
  range(key: string, area: Polygon | MultiPolygon): [number, number] {
    let r = this.ranges.get(key);
    if (!r) this.ranges.set(key, (r = kmRange(area, this.line)));
    return r;
  }

  /** The same for Afghanistan or Pakistan as a whole. */
  countryRange(iso: 'AFG' | 'PAK'): [number, number] {
    return this.range(`country:${iso}`, this.countries[iso]);
  }

  facts(p: Position): BorderFacts {
    const { km, point } = this.line.nearest(p);
    return { km, nearest: point, side: this.side(p) };
  }
}
