/**
 * Label points naming who administers each part of Kashmir. Two are computed: the label point of
 * Pakistan's two Kashmir units (provinces.geojson) and of India's (Natural Earth admin-1). Natural
 * Earth has no Aksai Chin polygon, so its label stands at a position chosen by hand, which the
 * build checks lies inside China and east of the Line of Actual Control.
 */
import { booleanPointInPolygon, featureCollection, pointToLineDistance, union } from '@turf/turf';
import type { Feature, LineString, MultiPolygon, Point, Polygon, Position } from 'geojson';
import type { AreaLabelProps } from '../../src/lib/data/layers.ts';
import { labelPoint } from '../../src/lib/geo/label-points.ts';
import { roundPosition } from './io.ts';

type Area = Feature<Polygon | MultiPolygon>;

/** Aksai Chin, about 80 km east of the Line of Actual Control (cartographic choice, not a site). */
export const AKSAI_CHIN_ANCHOR: Position = [79.3, 35.0];

function pointIn(parts: Area[]): Position {
  const merged = parts.length === 1 ? parts[0]! : union(featureCollection(parts));
  if (!merged) throw new Error('kashmir-labels: empty union');
  return roundPosition(labelPoint(merged).coordinates);
}

export interface LabelInput {
  /** Gilgit-Baltistan and Azad Jammu and Kashmir. */
  pakistani: Area[];
  /** Jammu and Kashmir and Ladakh (India). */
  indian: Area[];
  china: Area;
  /** The India–China Line of Actual Control segments inside the region. */
  lac: Feature<LineString>[];
}

export function buildKashmirLabels(s: LabelInput): Feature<Point, AreaLabelProps>[] {
  const km = Math.min(...s.lac.map((l) => pointToLineDistance(AKSAI_CHIN_ANCHOR, l)));
  if (!booleanPointInPolygon(AKSAI_CHIN_ANCHOR, s.china) || km < 30 || km > 150) {
    throw new Error(`kashmir-labels: Aksai Chin anchor not in China 30–150 km from the LAC (${km} km)`);
  }
  const label = (p: AreaLabelProps, coordinates: Position): Feature<Point, AreaLabelProps> => ({
    type: 'Feature',
    properties: p,
    geometry: { type: 'Point', coordinates },
  });
  return [
    label(
      {
        id: 'kashmir-chinese-administered',
        name: 'Chinese-administered Aksai Chin',
        administered_by: 'CHN',
        claimed_by: ['IND'],
        placement: 'chosen by hand inside China, east of the Line of Actual Control',
      },
      AKSAI_CHIN_ANCHOR,
    ),
    label(
      {
        id: 'kashmir-indian-administered',
        name: 'Indian-administered Kashmir',
        administered_by: 'IND',
        claimed_by: ['PAK'],
        placement: 'label point of Jammu and Kashmir with Ladakh (Natural Earth admin-1)',
      },
      pointIn(s.indian),
    ),
    label(
      {
        id: 'kashmir-pakistani-administered',
        name: 'Pakistan-administered Kashmir',
        administered_by: 'PAK',
        claimed_by: ['IND'],
        placement: 'label point of Gilgit-Baltistan with Azad Jammu and Kashmir (provinces.geojson)',
      },
      pointIn(s.pakistani),
    ),
  ];
}
