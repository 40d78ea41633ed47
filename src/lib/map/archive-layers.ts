/**
 * The map's layers for a tile archive (state/tile-archive.svelte.ts): each incident as a dot in its
 * type's colour, and from ARCHIVE_SYMBOL_ZOOM with the bundled incidents' symbol, ringed in the
 * archive's colour. The source is read
 * through the `pmtiles://` protocol, registered once, when the first archive opens.
 */
import {
  addProtocol,
  type ExpressionSpecification,
  type LayerSpecification,
  type LngLatBounds,
  type Map as MapLibreMap,
  type GeoJSONFeature,
} from 'maplibre-gl';
import type { Protocol } from 'pmtiles';
import { ARCHIVE_LAYER, type ArchiveProps } from '../domain/archive.ts';
import type { InView, ViewedIncident } from '../state/tile-archive.svelte.ts';
import { ARCHIVE_COLOUR } from '../theme/theme.ts';
import { TYPE_SYMBOLS } from '../theme/symbols.ts';

export const ARCHIVE_SOURCE = 'archive';
export const ARCHIVE_LAYERS = ['archive-dots', 'archive-ring', 'archive-points'] as const;
/** The layers a click or a test reads incidents from. */
export const ARCHIVE_POINT_LAYERS = ['archive-dots', 'archive-points'];
/**
 * From this zoom the archive's incidents are drawn with the type symbols; below it, as dots in the
 * type's colour: thousands of symbols cost seconds a frame in software WebGL, dots a fraction.
 */
export const ARCHIVE_SYMBOL_ZOOM = 11;

let protocol: Promise<Protocol> | undefined;

/** The `pmtiles://` protocol, registered with MapLibre on first use. */
export function archiveProtocol(): Promise<Protocol> {
  protocol ??= import('pmtiles').then(({ Protocol }) => {
    const p = new Protocol();
    addProtocol('pmtiles', p.tile);
    return p;
  });
  return protocol;
}

function layers(): LayerSpecification[] {
  const common = { source: ARCHIVE_SOURCE, 'source-layer': ARCHIVE_LAYER } as const;
  const colours = Object.entries(TYPE_SYMBOLS).flatMap(([type, symbol]) => [type, symbol.color]);
  const typeColour = [
    'match',
    ['get', 't'],
    ...colours,
    TYPE_SYMBOLS.other.color,
  ] as unknown as ExpressionSpecification;
  return [
    {
      id: 'archive-dots',
      type: 'circle',
      ...common,
      maxzoom: ARCHIVE_SYMBOL_ZOOM,
      paint: {
        'circle-radius': ['interpolate', ['linear'], ['zoom'], 4, 3, ARCHIVE_SYMBOL_ZOOM, 6],
        'circle-color': typeColour,
        'circle-stroke-color': ARCHIVE_COLOUR,
        'circle-stroke-width': 1.2,
      },
    },
    {
      id: 'archive-ring',
      type: 'circle',
      ...common,
      minzoom: ARCHIVE_SYMBOL_ZOOM,
      paint: {
        'circle-radius': 11,
        'circle-color': 'rgba(0,0,0,0)',
        'circle-stroke-color': ARCHIVE_COLOUR,
        'circle-stroke-width': 2,
      },
    },
    {
      id: 'archive-points',
      type: 'symbol',
      ...common,
      minzoom: ARCHIVE_SYMBOL_ZOOM,
      layout: {
        // The bundled incidents' icons (map/icons.ts): filled for a site or town, hollow for an area.
        'icon-image': [
          'concat',
          'incident-',
          ['get', 't'],
          '-',
          ['match', ['get', 'p'], ['exact', 'town'], 'filled', 'hollow'],
        ],
        'icon-size': 0.85,
        'icon-allow-overlap': true,
        'icon-ignore-placement': true,
      },
    },
  ];
}

/** Adds the archive `key` under the bundled incidents (their layers stay on top). */
export function addArchive(map: MapLibreMap, key: string): void {
  removeArchive(map);
  const below = map.getStyle().layers.find((l) => l.id.startsWith('incidents-'))?.id;
  map.addSource(ARCHIVE_SOURCE, { type: 'vector', url: `pmtiles://${key}` });
  for (const layer of layers()) map.addLayer(layer, below);
}

export function removeArchive(map: MapLibreMap): void {
  for (const id of ARCHIVE_LAYERS) if (map.getLayer(id)) map.removeLayer(id);
  if (map.getSource(ARCHIVE_SOURCE)) map.removeSource(ARCHIVE_SOURCE);
}

/**
 * The archive's features a query found (tiles overlap and repeat them), those in `bounds`, latest
 * first. Tile fields come from any archive: ids and days are read as text and numbers whatever
 * they hold.
 */
export function inView(
  features: GeoJSONFeature[],
  bounds: LngLatBounds,
  zoom: number,
  listed: number,
): InView {
  const seen = new Map<string, ViewedIncident>();
  for (const f of features) {
    const id = String((f.properties as ArchiveProps).id);
    if (seen.has(id) || f.geometry.type !== 'Point') continue;
    const [lng, lat] = f.geometry.coordinates as [number, number];
    if (!bounds.contains([lng, lat])) continue;
    // Copied only once kept: a query at a busy view returns thousands, most repeats or outside.
    const props = { ...(f.properties as ArchiveProps), id };
    props.s = Number(props.s) || 0;
    seen.set(id, { lng, lat, props });
  }
  const items = [...seen.values()].sort(
    (a, b) => b.props.s - a.props.s || a.props.id.localeCompare(b.props.id),
  );
  return { items: items.slice(0, listed), count: items.length, zoom: Math.floor(zoom) };
}

/** Whether two reports of the view say the same, so the panel is not redrawn for nothing. */
export function sameView(a: InView | null, b: InView | null): boolean {
  if (!a || !b) return a === b;
  return (
    a.count === b.count &&
    a.zoom === b.zoom &&
    a.items.every((item, i) => item.props.id === b.items[i]?.props.id)
  );
}
