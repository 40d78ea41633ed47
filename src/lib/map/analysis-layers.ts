/**
 * Layers for the spatial questions: the border buffer, the radius circle, the measured path with
 * its leg and total lengths, and the link from the selected incident to its nearest point on the
 * Durand Line. Always visible when they hold data (no layer-panel toggle).
 */
import { circle } from '@turf/turf';
import type { Feature, FeatureCollection, Geometry, LineString, Position } from 'geojson';
import { borderBufferOffThread } from '../geo/buffer-thread.ts';
import type { ExpressionSpecification, LayerSpecification, SourceSpecification } from 'maplibre-gl';
import { formatKm, measure } from '../geo/measure.ts';
import { radiusCentreName, type RadiusQuery } from '../domain/filters.ts';
import { m as words } from '../i18n/messages.ts';

export const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };

/**
 * The border buffer zones made so far, by distance: a distance made once is not made again (one
 * that failed is tried again when next asked for).
 */
const bufferZones = new Map<number, Promise<FeatureCollection>>();
/** Those of them that are ready. */
const readyZones = new Map<number, FeatureCollection>();

/** The zone `km` around `line`, made by `make` (the buffer's worker) the first time it is asked for. */
export function bufferData(
  line: Feature<LineString>,
  km: number,
  make = borderBufferOffThread,
): Promise<FeatureCollection> {
  let zone = bufferZones.get(km);
  if (!zone) {
    zone = make(line, km).then((polygon) => fc([polygon]));
    bufferZones.set(km, zone);
    void zone.then((ready) => readyZones.set(km, ready)).catch(() => bufferZones.delete(km));
  }
  return zone;
}

/** The zone at `km` if it is drawn already (undefined: ask `bufferData`). */
export const bufferDataReady = (km: number): FeatureCollection | undefined => readyZones.get(km);
const fc = (features: Feature<Geometry>[]): FeatureCollection => ({ type: 'FeatureCollection', features });

export const ANALYSIS_SOURCES = [
  'analysis-buffer',
  'analysis-radius',
  'analysis-measure',
  'analysis-area',
  'analysis-link',
] as const;

export function analysisSources(): Record<string, SourceSpecification> {
  return Object.fromEntries(ANALYSIS_SOURCES.map((id) => [id, { type: 'geojson', data: EMPTY }]));
}

export function radiusData(q: RadiusQuery | null): FeatureCollection {
  if (!q) return EMPTY;
  const centre: Position = [q.lng, q.lat];
  return fc([
    circle(centre, q.km, { units: 'kilometers', steps: 96, properties: { role: 'circle' } }),
    {
      type: 'Feature',
      properties: { role: 'centre', label: `${radiusCentreName(q)} · ${formatKm(q.km)}` },
      geometry: { type: 'Point', coordinates: centre },
    },
  ]);
}

export function measureData(points: Position[]): FeatureCollection {
  if (!points.length) return EMPTY;
  const m = measure(points);
  const features: Feature<Geometry>[] = points.map((p, i) => ({
    type: 'Feature',
    properties: { role: 'vertex', index: i },
    geometry: { type: 'Point', coordinates: p },
  }));
  if (m.path) features.unshift({ ...m.path, properties: { role: 'path' } });
  // Leg lengths at the middle of each leg, the total at the last point.
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1]!,
      b = points[i]!;
    features.push({
      type: 'Feature',
      properties: { role: 'leg', label: formatKm(m.legs[i - 1]!) },
      geometry: { type: 'Point', coordinates: [(a[0]! + b[0]!) / 2, (a[1]! + b[1]!) / 2] },
    });
  }
  if (points.length >= 2)
    features.push({
      type: 'Feature',
      properties: { role: 'total', label: words.map_measure_total({ distance: formatKm(m.total) }) },
      geometry: { type: 'Point', coordinates: points[points.length - 1]! },
    });
  return fc(features);
}

export function linkData(
  from: Position | undefined,
  nearest: Position | undefined,
  km: number | undefined,
): FeatureCollection {
  if (!from || !nearest || km === undefined) return EMPTY;
  return fc([
    {
      type: 'Feature',
      properties: { role: 'link', label: words.map_link_to_line({ distance: formatKm(km) }) },
      geometry: { type: 'LineString', coordinates: [from, nearest] },
    },
    { type: 'Feature', properties: { role: 'nearest' }, geometry: { type: 'Point', coordinates: nearest } },
  ]);
}

const role = (r: string): ExpressionSpecification => ['==', ['get', 'role'], r];

/** Drawn under the incidents. */
export function analysisLayersBelow(): LayerSpecification[] {
  return [
    // The area a province- or district-level incident could lie anywhere in, when selected.
    {
      id: 'analysis-area-fill',
      type: 'fill',
      source: 'analysis-area',
      paint: { 'fill-color': '#1a73e8', 'fill-opacity': 0.08 },
    },
    {
      id: 'analysis-area-line',
      type: 'line',
      source: 'analysis-area',
      paint: { 'line-color': '#1a73e8', 'line-width': 2, 'line-dasharray': [3, 1.5] },
    },
    {
      id: 'analysis-buffer-fill',
      type: 'fill',
      source: 'analysis-buffer',
      paint: { 'fill-color': '#b3261e', 'fill-opacity': 0.09 },
    },
    {
      id: 'analysis-buffer-line',
      type: 'line',
      source: 'analysis-buffer',
      paint: { 'line-color': '#b3261e', 'line-width': 1.2, 'line-dasharray': [2, 2], 'line-opacity': 0.8 },
    },
    {
      id: 'analysis-radius-fill',
      type: 'fill',
      source: 'analysis-radius',
      filter: role('circle'),
      paint: { 'fill-color': '#1a73e8', 'fill-opacity': 0.08 },
    },
    {
      id: 'analysis-radius-line',
      type: 'line',
      source: 'analysis-radius',
      filter: role('circle'),
      paint: { 'line-color': '#1a73e8', 'line-width': 1.6 },
    },
  ] as LayerSpecification[];
}

/** Drawn over the incidents. */
export function analysisLayersAbove(): LayerSpecification[] {
  return [
    {
      id: 'analysis-link-line',
      type: 'line',
      source: 'analysis-link',
      filter: role('link'),
      paint: { 'line-color': '#111', 'line-width': 1.5, 'line-dasharray': [1.5, 1.5] },
    },
    {
      id: 'analysis-link-point',
      type: 'circle',
      source: 'analysis-link',
      filter: role('nearest'),
      paint: {
        'circle-radius': 4,
        'circle-color': '#fff',
        'circle-stroke-color': '#111',
        'circle-stroke-width': 2,
      },
    },
    {
      id: 'analysis-link-label',
      type: 'symbol',
      source: 'analysis-link',
      filter: role('link'),
      layout: {
        'symbol-placement': 'line-center',
        'text-field': ['get', 'label'],
        'text-font': ['Atlas Sans Bold'],
        'text-size': 11.5,
        'text-offset': [0, -0.8],
        'text-allow-overlap': true,
      },
      paint: { 'text-color': '#111', 'text-halo-color': '#fff', 'text-halo-width': 2 },
    },
    {
      id: 'analysis-radius-centre',
      type: 'circle',
      source: 'analysis-radius',
      filter: role('centre'),
      paint: {
        'circle-radius': 5,
        'circle-color': '#1a73e8',
        'circle-stroke-color': '#fff',
        'circle-stroke-width': 2,
      },
    },
    {
      id: 'analysis-radius-label',
      type: 'symbol',
      source: 'analysis-radius',
      filter: role('centre'),
      layout: {
        'text-field': ['get', 'label'],
        'text-font': ['Atlas Sans Bold'],
        'text-size': 12,
        'text-anchor': 'top',
        'text-offset': [0, 0.8],
        'text-allow-overlap': true,
      },
      paint: { 'text-color': '#0b4fa8', 'text-halo-color': '#fff', 'text-halo-width': 2 },
    },
    {
      id: 'analysis-measure-line',
      type: 'line',
      source: 'analysis-measure',
      filter: role('path'),
      layout: { 'line-cap': 'round' },
      paint: { 'line-color': '#111', 'line-width': 2.5, 'line-dasharray': [3, 1.5] },
    },
    {
      id: 'analysis-measure-points',
      type: 'circle',
      source: 'analysis-measure',
      filter: role('vertex'),
      paint: {
        'circle-radius': 4.5,
        'circle-color': '#fff',
        'circle-stroke-color': '#111',
        'circle-stroke-width': 2,
      },
    },
    {
      id: 'analysis-measure-labels',
      type: 'symbol',
      source: 'analysis-measure',
      filter: ['any', role('leg'), role('total')],
      layout: {
        'text-field': ['get', 'label'],
        'text-font': ['Atlas Sans Bold'],
        'text-size': ['case', role('total'), 13, 11.5],
        'text-anchor': ['case', role('total'), 'left', 'center'],
        'text-offset': ['case', role('total'), ['literal', [0.9, 0]], ['literal', [0, 0]]],
        'text-allow-overlap': true,
        'text-ignore-placement': true,
      },
      paint: { 'text-color': '#111', 'text-halo-color': '#fff', 'text-halo-width': 2.5 },
    },
  ] as LayerSpecification[];
}
