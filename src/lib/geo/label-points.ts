/**
 * One label point per polygon feature: its centre of mass when that lies inside, else a point
 * on its surface (turf's `pointOnFeature`), so concave provinces never get a label outside them.
 */
import { along, booleanPointInPolygon, centerOfMass, length, pointOnFeature } from '@turf/turf';
import type {
  Feature,
  FeatureCollection,
  GeoJsonProperties,
  LineString,
  MultiPolygon,
  Point,
  Polygon,
} from 'geojson';

export function labelPoint(feature: Feature<Polygon | MultiPolygon>): Point {
  const centre = centerOfMass(feature).geometry;
  return booleanPointInPolygon(centre, feature) ? centre : pointOnFeature(feature).geometry;
}

/** Label points for every polygon of `fc`, keeping properties; points pass through unchanged. */
export function labelPoints<P extends GeoJsonProperties>(
  fc: FeatureCollection<Polygon | MultiPolygon | Point, P>,
): FeatureCollection<Point, P> {
  return {
    type: 'FeatureCollection',
    features: fc.features.map((f) => ({
      type: 'Feature',
      properties: f.properties,
      geometry: f.geometry.type === 'Point' ? f.geometry : labelPoint(f as Feature<Polygon | MultiPolygon>),
    })),
  };
}

/** Points at the given fractions of a line's length, for labels written beside the line. */
export function pointsAlong<P extends GeoJsonProperties>(
  line: Feature<LineString, P>,
  fractions: number[],
): FeatureCollection<Point, P> {
  const km = length(line, { units: 'kilometers' });
  return {
    type: 'FeatureCollection',
    features: fractions.map((f) => ({
      type: 'Feature',
      properties: line.properties,
      geometry: along(line, km * f, { units: 'kilometers' }).geometry,
    })),
  };
}
