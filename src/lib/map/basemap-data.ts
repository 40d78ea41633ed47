/**
 * The bundled layers as the basemap draws them: label points for countries, provinces and the
 * Durand Line, and the spot on the line where the "along the border" badge sits.
 */
import type { Layers } from '../data/load.ts';
import type { FeatureCollection, Point, Position } from 'geojson';
import { labelPoints, pointsAlong } from '../geo/label-points.ts';
import { LineIndex } from '../geo/line-index.ts';
import { FULL_LABEL_ZOOM } from './label-layers.ts';
import { PolygonIndex } from '../geo/polygon-index.ts';
import type { BasemapData } from './style.ts';

/** Within this many km of the Durand Line a focus label is set on its own side of it. */
const NEAR_LINE_KM = 90;
/** The anchors tried, from the text's corner at the point. */
const CORNERS = ['top-left', 'bottom-left', 'top-right', 'bottom-right'] as const;
type Corner = (typeof CORNERS)[number];

/**
 * Sample points of the box a label of `widthPx` × `heightPx` covers at `zoom` from `anchor` (the
 * text runs away from that corner), in degrees at the point's latitude.
 */
function boxPoints(
  at: Position,
  anchor: Corner,
  widthPx: number,
  heightPx: number,
  zoom: number,
): Position[] {
  const degPerPx = 360 / (512 * 2 ** zoom);
  const w = widthPx * degPerPx;
  const h = heightPx * degPerPx * Math.cos((at[1]! * Math.PI) / 180);
  const sx = anchor.endsWith('left') ? 1 : -1;
  const sy = anchor.startsWith('top') ? -1 : 1;
  const out: Position[] = [];
  for (let i = 0; i <= 8; i++) {
    for (let j = 0; j <= 4; j++) out.push([at[0]! + (sx * w * i) / 8, at[1]! + (sy * h * j) / 4]);
  }
  return out;
}

/** The corner whose text box keeps most inside `own` (all of it, where any corner can). */
function bestCorner(
  at: Position,
  own: PolygonIndex,
  widthPx: number,
  heightPx: number,
  zoom: number,
): Corner {
  const inside = (c: Corner) =>
    boxPoints(at, c, widthPx, heightPx, zoom).filter((q) => own.contains(q)).length;
  return [...CORNERS].sort((a, b) => inside(b) - inside(a))[0]!;
}

/**
 * Label points for the provinces. A focus area next to the line gets the corner its text hangs
 * from, so no name crosses the Durand Line: `anchor_small` for the smallest maps (a phone's first
 * screen, the name alone) and `anchor` from FULL_LABEL_ZOOM on (a district's second line too).
 */
function provinceLabels(layers: Layers): FeatureCollection<Point> {
  const line = new LineIndex(layers.durandLine.features[0]!.geometry.coordinates);
  const land = new Map(layers.countries.features.map((c) => [c.properties.iso_a3, new PolygonIndex(c)]));
  const labels = labelPoints(layers.provinces) as FeatureCollection<Point>;
  for (const f of labels.features) {
    const p = f.properties as Record<string, unknown>;
    const at = f.geometry.coordinates;
    const own = land.get(String(p.country));
    if (!p.focus || !own || line.nearest(at).km > NEAR_LINE_KM) continue;
    const name = String(p.name).length * 9.5 + 14;
    const district = p.level === 'district';
    p.anchor_small = bestCorner(at, own, name, 24, 4);
    p.anchor = bestCorner(
      at,
      own,
      district ? Math.max(name, 175) : name,
      district ? 40 : 24,
      FULL_LABEL_ZOOM,
    );
  }
  return labels;
}

/**
 * The Durand Line's name at three points along it (it runs from Iran north-east to the Wakhan).
 * The north-eastern one sits near the right edge of a phone's first view: its text is set to the
 * west of the point first (`lean`, read by the label layer), the others to the east.
 */
function durandLabelPoints(line: Layers['durandLine']['features'][number]): FeatureCollection<Point> {
  const { features } = pointsAlong(line, [0.12, 0.42, 0.8]);
  return {
    type: 'FeatureCollection',
    features: features.map((f, k) => ({ ...f, properties: { lean: k === 2 ? 'west' : 'east' } })),
  };
}

export function basemapData(layers: Layers): BasemapData {
  const line = layers.durandLine.features[0]!;
  return {
    countries: layers.countries,
    provinces: layers.provinces,
    durandLine: layers.durandLine,
    boundaries: layers.boundaries,
    disputedLabels: layers.kashmirLabels,
    places: layers.places,
    provinceLabels: provinceLabels(layers),
    countryLabels: labelPoints(layers.countries),
    durandLabels: durandLabelPoints(line),
    badgeAnchor: pointsAlong(line, [0.6]).features[0]!.geometry,
  };
}
