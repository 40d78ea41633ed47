/**
 * The incident overlay: vector tiles of the filtered incidents, clustered by our tile worker
 * (incident-tiles-core.ts), icons by type and precision sized by the fewest deaths any source
 * reports (ACLED's rule), rings for the selection and the hover, and a badge on the Durand Line
 * counting incidents placed only "along the border".
 */
import type { FeatureCollection, Point } from 'geojson';
import type { ExpressionSpecification, LayerSpecification, SourceSpecification } from 'maplibre-gl';
import type { GeoJSONSourceSpecification } from 'maplibre-gl';
import { m, n } from '../i18n/messages.ts';
import type { BorderBadge } from './incident-tiles-core.ts';
import {
  BADGE_LAYER,
  CLUSTER_MAX_ZOOM,
  CLUSTER_RADIUS,
  INCIDENT_LAYER,
  TILE_MAX_ZOOM,
} from './incident-source.ts';

export { CLUSTER_MAX_ZOOM };

/** Where MapLibre asks for version `v` of the incident tiles (incident-tiles.ts answers). */
export const incidentTileUrl = (v: number): string => `atlas://incidents/{z}/{x}/{y}?v=${v}`;

/**
 * The badge for `count` counted incidents placed only "along the border" (none: no badge). It goes
 * to the map in the incident tiles (incident-tiles-core.ts), and as GeoJSON to the printed map.
 */
export function borderBadgeData(anchor: Point, count: number): BorderBadge | null {
  if (!count) return null;
  const [lng, lat] = anchor.coordinates as [number, number];
  // The words are made here, in the reader's language, so a switch re-sends the badge.
  return { lng, lat, count, label: m.map_border_badge({ count: n(count) }) };
}

/** The badge as GeoJSON, for a map fed GeoJSON instead of the tiles (print-map.ts). */
export function borderBadgeFeatures(badge: BorderBadge | null): FeatureCollection<Point> {
  if (!badge) return { type: 'FeatureCollection', features: [] };
  const { lng, lat, count, label } = badge;
  const geometry: Point = { type: 'Point', coordinates: [lng, lat] };
  return {
    type: 'FeatureCollection',
    features: [{ type: 'Feature', properties: { count, label }, geometry }],
  };
}

/** The overlay's start: no incidents yet (version 0; IncidentData feeds them and the badge). */
export function emptyOverlay(): { incidents: string } {
  return { incidents: incidentTileUrl(0) };
}

/** The incident tiles at `tiles` (a version's address), which hold the border badge too. */
export function incidentSources(tiles: string): Record<string, SourceSpecification> {
  return {
    incidents: { type: 'vector', tiles: [tiles], maxzoom: TILE_MAX_ZOOM, promoteId: 'id' },
  };
}

/** The source a map fed GeoJSON gives the badge (see `withoutSourceLayer`). */
export const BADGE_SOURCE = 'border-badge';

/**
 * The incidents as one clustered GeoJSON source, as MapLibre clusters them itself: the printed
 * map's (print-map.ts), made once, where a source of its own can be numbered or grouped again.
 */
export function clusteredIncidentSource(data: FeatureCollection): GeoJSONSourceSpecification {
  return {
    type: 'geojson',
    data,
    cluster: true,
    clusterMaxZoom: CLUSTER_MAX_ZOOM,
    clusterRadius: CLUSTER_RADIUS,
    promoteId: 'id',
  };
}

/**
 * The incident layers drawn from a GeoJSON source instead of the tiles (no source layer), and the
 * badge from a source of its own (BADGE_SOURCE: `borderBadgeFeatures`).
 */
export function withoutSourceLayer(layers: LayerSpecification[]): LayerSpecification[] {
  return layers.map((l) => {
    if (!('source' in l) || l.source !== 'incidents' || !('source-layer' in l)) return l;
    const { 'source-layer': from, ...rest } = l;
    return (from === BADGE_LAYER ? { ...rest, source: BADGE_SOURCE } : rest) as LayerSpecification;
  });
}

/**
 * The sides of its point the badge tries, in turn (after the side it had, as MapLibre does); where
 * none is free of other names it takes the first. On screen that is below the point: on a phone,
 * east of it ran off the map and over Islamabad. On paper its point is a quiet spot of the line
 * with room east of it (print-map.ts), and the words read along the line's side.
 */
const BADGE_SIDES = {
  screen: ['top', [0, 0.8], 'left', [1, 0], 'right', [-1, 0], 'bottom', [0, -0.8]],
  paper: ['left', [1, 0], 'top', [0, 0.8], 'right', [-1, 0], 'bottom', [0, -0.8]],
};

/** The layers with the badge trying its sides in the order for paper (print-map.ts). */
export function badgeOnPaper(layers: LayerSpecification[]): LayerSpecification[] {
  return layers.map((l) =>
    l.id === 'border-badge' && l.type === 'symbol'
      ? { ...l, layout: { ...l.layout, 'text-variable-anchor-offset': ['literal', BADGE_SIDES.paper] } }
      : l,
  );
}

const NONE = '__none__';
export const idFilter = (id: string | null): ExpressionSpecification => [
  'all',
  ['!', ['has', 'point_count']],
  ['==', ['get', 'id'], id ?? NONE],
];

/** A cluster's count written as `locale` writes numbers (MapLibre formats it with Intl). */
export const clusterCountField = (locale: string): ExpressionSpecification => [
  'number-format',
  ['get', 'point_count'],
  { locale },
];

/** The overlay's layers; those of the incident tiles read their layer "incidents" unless named. */
export function incidentLayers(): LayerSpecification[] {
  return incidentLayerList().map((l) =>
    l.source === 'incidents' && !('source-layer' in l)
      ? ({ ...l, 'source-layer': INCIDENT_LAYER } as LayerSpecification)
      : l,
  );
}

function incidentLayerList(): (LayerSpecification & { source: string })[] {
  const size: ExpressionSpecification = [
    'interpolate',
    ['linear'],
    ['get', 'cas'],
    0,
    0.8,
    10,
    1,
    100,
    1.35,
    1000,
    1.7,
  ];
  return [
    {
      id: 'border-badge',
      type: 'symbol',
      source: 'incidents',
      'source-layer': BADGE_LAYER,
      layout: {
        'text-field': ['get', 'label'],
        'text-font': ['Atlas Sans Bold'],
        'text-size': 11.5,
        'text-variable-anchor-offset': ['literal', BADGE_SIDES.screen],
        'text-justify': 'auto',
        'text-allow-overlap': true,
      },
      paint: { 'text-color': '#7a1f17', 'text-halo-color': '#fff5e6', 'text-halo-width': 3 },
    },
    {
      id: 'incidents-cluster',
      type: 'circle',
      source: 'incidents',
      filter: ['has', 'point_count'],
      paint: {
        'circle-color': '#2c3540',
        'circle-opacity': 0.85,
        'circle-radius': ['step', ['get', 'point_count'], 13, 5, 16, 15, 20, 50, 25],
        'circle-stroke-color': '#ffffff',
        'circle-stroke-width': 2,
      },
    },
    {
      id: 'incidents-cluster-count',
      type: 'symbol',
      source: 'incidents',
      filter: ['has', 'point_count'],
      // Drawn over its circle without pushing place and province names off the map.
      layout: {
        'text-field': clusterCountField('en-GB'),
        'text-font': ['Atlas Sans Bold'],
        'text-size': 12.5,
        'text-allow-overlap': true,
        'text-ignore-placement': true,
      },
      paint: { 'text-color': '#ffffff' },
    },
    {
      id: 'incidents-hover',
      type: 'circle',
      source: 'incidents',
      filter: idFilter(null),
      paint: {
        'circle-radius': 17,
        'circle-color': 'rgba(26,115,232,0.15)',
        'circle-stroke-color': '#1a73e8',
        'circle-stroke-width': 2,
      },
    },
    {
      id: 'incidents-selected',
      type: 'circle',
      source: 'incidents',
      filter: idFilter(null),
      paint: {
        'circle-radius': 19,
        'circle-color': 'rgba(0,0,0,0)',
        'circle-stroke-color': '#111',
        'circle-stroke-width': 3,
      },
    },
    {
      // An imported dataset's own colour, as a ring round each of its symbols.
      id: 'incidents-rings',
      type: 'circle',
      source: 'incidents',
      filter: ['all', ['!', ['has', 'point_count']], ['has', 'ring']],
      paint: {
        'circle-radius': ['+', 3, ['*', 12, size]],
        'circle-color': 'rgba(0,0,0,0)',
        'circle-stroke-color': ['get', 'ring'],
        'circle-stroke-width': 2.5,
      },
    },
    {
      id: 'incidents-points',
      type: 'symbol',
      source: 'incidents',
      filter: ['!', ['has', 'point_count']],
      layout: {
        'icon-image': ['concat', 'incident-', ['get', 'type'], '-', ['get', 'fill']],
        'icon-size': size,
        'icon-allow-overlap': true,
        'icon-ignore-placement': true,
        // Bigger incidents drawn last, on top.
        'symbol-sort-key': ['get', 'cas'],
      },
    },
  ] as (LayerSpecification & { source: string })[];
}
