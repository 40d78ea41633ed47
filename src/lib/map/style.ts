/**
 * The offline basemap as code: typed layers built from the bundled layers and the theme,
 * checked in tests with the style spec's validator. No `glyphs`: MapLibre draws labels with the
 * bundled web font, so nothing is fetched from outside.
 */
import type { FeatureCollection, Point } from 'geojson';
import type { LayerSpecification, SourceSpecification, StyleSpecification } from 'maplibre-gl';
import type { LayerKey } from '../domain/layers.ts';
import { incidentLayers, incidentSources } from './incident-layers.ts';
import { analysisLayersAbove, analysisLayersBelow, analysisSources } from './analysis-layers.ts';
import type { Theme } from '../theme/theme.ts';
import { labelLayers } from './label-layers.ts';
import { m } from '../i18n/messages.ts';

export interface BasemapData {
  countries: FeatureCollection;
  provinces: FeatureCollection;
  provinceLabels: FeatureCollection;
  countryLabels: FeatureCollection;
  durandLine: FeatureCollection;
  /** Boundaries between the other countries: `kind` international or de_facto. */
  boundaries: FeatureCollection;
  /** "Pakistan-administered Kashmir" and the like. */
  disputedLabels: FeatureCollection;
  /** Points along the line where its name is written (line labels vanish on its curves). */
  durandLabels: FeatureCollection;
  places: FeatureCollection;
  /** Where the badge counting incidents "along the border" sits on the line. */
  badgeAnchor: Point;
}

export { DURAND_NAME, DURAND_STATUS } from '../theme/theme.ts';

/**
 * The data's credit under the map, in the reader's language: the words translated, the names of
 * the sources and their licence as they are. Our own catalogue text, so it may carry links.
 */
export const attributionHtml = (): string =>
  `${m.map_attribution_boundaries()}: <a href="https://www.naturalearthdata.com/">Natural Earth</a> · ` +
  `${m.map_attribution_places()}: <a href="https://www.geonames.org/">GeoNames</a> (CC BY 4.0)`;

export function basemapLayers(t: Theme): LayerSpecification[] {
  const isSubject = ['==', ['get', 'subject'], true];
  const isFocus = ['==', ['get', 'focus'], true];
  const isArea = ['!=', ['geometry-type'], 'Point'];
  return [
    { id: 'background', type: 'background', paint: { 'background-color': t.sea } },
    // One layer per colour: a colour read from each feature would make MapLibre build a second
    // pair of fill shader programs, and through software WebGL each costs time on every load.
    {
      id: 'countries-fill',
      type: 'fill',
      source: 'countries',
      filter: ['!', isSubject],
      paint: { 'fill-color': t.land },
    },
    {
      id: 'countries-fill-subject',
      type: 'fill',
      source: 'countries',
      filter: isSubject,
      paint: { 'fill-color': t.subjectLand },
    },
    {
      id: 'provinces-fill',
      type: 'fill',
      source: 'provinces',
      filter: ['all', isArea, isFocus],
      paint: { 'fill-color': t.focusFill, 'fill-opacity': 0.45 },
    },
    {
      id: 'provinces-line',
      type: 'line',
      source: 'provinces',
      filter: isArea,
      paint: {
        'line-color': t.provinceLine,
        'line-width': ['interpolate', ['linear'], ['zoom'], 4, 0.5, 8, 1.2],
      },
    },
    {
      id: 'provinces-focus-line',
      type: 'line',
      source: 'provinces',
      filter: ['all', isArea, isFocus],
      paint: {
        'line-color': t.focusLine,
        'line-width': ['interpolate', ['linear'], ['zoom'], 4, 1.2, 8, 2.5],
      },
    },
    {
      id: 'countries-line',
      type: 'line',
      source: 'boundaries',
      filter: ['==', ['get', 'kind'], 'international'],
      paint: {
        'line-color': t.countryLine,
        'line-width': ['interpolate', ['linear'], ['zoom'], 4, 0.8, 8, 1.6],
      },
    },
    // Kashmir's Line of Control and the like: held, not agreed; drawn apart from borders.
    {
      id: 'countries-de-facto',
      type: 'line',
      source: 'boundaries',
      filter: ['==', ['get', 'kind'], 'de_facto'],
      paint: {
        'line-color': t.deFactoLine,
        'line-dasharray': [1, 1.5],
        'line-width': ['interpolate', ['linear'], ['zoom'], 4, 1.1, 8, 2],
      },
    },
    // Kurram has no open boundary: a ring around its seat, never an invented outline.
    {
      id: 'provinces-district-seat',
      type: 'circle',
      source: 'provinces',
      filter: ['==', ['geometry-type'], 'Point'],
      paint: {
        'circle-radius': ['interpolate', ['linear'], ['zoom'], 4, 6, 9, 14],
        'circle-color': t.focusFill,
        'circle-opacity': 0.35,
        'circle-stroke-color': t.focusLine,
        'circle-stroke-width': 2,
      },
    },
    {
      id: 'durand-line-casing',
      type: 'line',
      source: 'durand-line',
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: {
        'line-color': t.durandCasing,
        'line-width': ['interpolate', ['linear'], ['zoom'], 4, 4, 8, 7],
      },
    },
    {
      id: 'durand-line',
      type: 'line',
      source: 'durand-line',
      layout: { 'line-join': 'round' },
      paint: {
        'line-color': t.durand,
        'line-width': ['interpolate', ['linear'], ['zoom'], 4, 2, 8, 3.5],
        'line-dasharray': [3, 1.5],
      },
    },
    ...labelLayers(t),
  ] as LayerSpecification[];
}

export interface StyleInput {
  basemap: BasemapData;
  /** The address of the incident tiles (a version of them: incident-layers.ts). */
  incidents: string;
  /** An online vector style to draw under our layers instead of the bundled land and countries. */
  online?: StyleSpecification;
}

/** Our layers that the online basemap replaces. */
const REPLACED_BY_ONLINE = new Set([
  'background',
  'countries-fill',
  'countries-fill-subject',
  'countries-line',
  'country-labels',
  'country-labels-subject',
]);
const ONLINE_PREFIX = 'online-';

function basemapSources(data: BasemapData): Record<string, SourceSpecification> {
  const source = (fc: FeatureCollection) => ({ type: 'geojson' as const, data: fc });
  return {
    countries: source(data.countries),
    'country-labels': source(data.countryLabels),
    'durand-labels': source(data.durandLabels),
    provinces: source(data.provinces),
    'province-labels': source(data.provinceLabels),
    'durand-line': source(data.durandLine),
    boundaries: source(data.boundaries),
    'disputed-labels': source(data.disputedLabels),
    places: source(data.places),
  };
}

/** The labels drawn over the group circles, in their order (see `labelsOverGroups`). */
const OVER_GROUPS = ['places-label', 'border-badge', 'province-focus-labels', 'durand-labels'];

/**
 * Place, focus-area and Durand Line names and the border badge are drawn over the group circles
 * (a group at Kabul or Islamabad hid the city's name), under the groups' counts and the single
 * incidents. MapLibre places the top layer's labels first: the Durand Line's names, then the focus
 * areas' (always drawn), then the badge, which takes a side of its point that none of them covers
 * (where none is free it is drawn anyway on its first side, under them); place names give way to
 * all three. The counts still take no room from them (incident-layers.ts).
 */
function labelsOverGroups(layers: LayerSpecification[]): LayerSpecification[] {
  const moved = OVER_GROUPS.map((id) => layers.find((l) => l.id === id)).filter((l) => l !== undefined);
  const rest = layers.filter((l) => !OVER_GROUPS.includes(l.id));
  const groups = rest.findIndex((l) => l.id === 'incidents-cluster');
  if (groups < 0) throw new Error('The style has no incidents-cluster layer to draw labels over');
  return [...rest.slice(0, groups + 1), ...moved, ...rest.slice(groups + 1)];
}

/** The whole style: the basemap (bundled, or an online one underneath) and the incident overlay. */
export function buildStyle(input: StyleInput, t: Theme): StyleSpecification {
  const ours = labelsOverGroups([
    ...basemapLayers(t),
    ...analysisLayersBelow(),
    ...incidentLayers(),
    ...analysisLayersAbove(),
  ]);
  const sources = {
    ...basemapSources(input.basemap),
    ...incidentSources(input.incidents),
    ...analysisSources(),
  };
  if (!input.online) return { version: 8, name: 'Durand Atlas', sources, layers: ours };
  // Prefix the online style's ids so they never clash with ours.
  const online = input.online;
  const onlineSources = Object.fromEntries(
    Object.entries(online.sources).map(([id, src]) => [ONLINE_PREFIX + id, src]),
  );
  const onlineLayers = online.layers.map(
    (l) =>
      ({
        ...l,
        id: ONLINE_PREFIX + l.id,
        ...('source' in l && l.source ? { source: ONLINE_PREFIX + l.source } : {}),
      }) as LayerSpecification,
  );
  return {
    version: 8,
    name: `Durand Atlas on ${online.name ?? 'an online basemap'}`,
    ...(online.glyphs ? { glyphs: online.glyphs } : {}),
    ...(online.sprite ? { sprite: online.sprite } : {}),
    sources: { ...onlineSources, ...sources },
    layers: [...onlineLayers, ...ours.filter((l) => !REPLACED_BY_ONLINE.has(l.id))],
  };
}

/** Which style layers each toggle of the layer panel shows or hides (the analysis layers: none). */
export function layerGroup(layerId: string): LayerKey | undefined {
  const basemap = ['countries-', 'country-labels', ONLINE_PREFIX];
  if (basemap.some((prefix) => layerId.startsWith(prefix))) return 'basemap';
  if (layerId === 'provinces-line' || layerId === 'province-labels') return 'provinces';
  if (layerId.startsWith('provinces-') || layerId === 'province-focus-labels') return 'focus';
  if (layerId.startsWith('durand-') || layerId === 'border-badge') return 'durand';
  if (layerId.startsWith('places-')) return 'places';
  if (layerId.startsWith('incidents-')) return 'incidents';
  return undefined;
}
