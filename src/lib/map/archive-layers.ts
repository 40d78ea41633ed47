/**
 * The map's layers for a tile archive (state/tile-archive.svelte.ts): each incident with the
 * same symbol as the bundled ones, inside a ring in the archive's colour. The source is read
 * through the `pmtiles://` protocol, registered once, when the first archive opens.
 */
import {
  addProtocol,
  type LayerSpecification,
  type LngLatBounds,
  type Map as MapLibreMap,
  type GeoJSONFeature,
} from 'maplibre-gl';
import type { Protocol } from 'pmtiles';
import { ARCHIVE_LAYER, type ArchiveProps } from '../domain/archive.ts';
import type { InView, ViewedIncident } from '../state/tile-archive.svelte.ts';
import { ARCHIVE_COLOUR } from '../theme/theme.ts';

export const ARCHIVE_SOURCE = 'archive';
export const ARCHIVE_LAYERS = ['archive-ring', 'archive-points'] as const;

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
  return [
    {
      id: 'archive-ring',
      type: 'circle',
      ...common,
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

/** The archive's features a query found (tiles overlap and repeat them), those in `bounds`, latest first. */
export function inView(
  features: GeoJSONFeature[],
  bounds: LngLatBounds,
  zoom: number,
  listed: number,
): InView {
  const seen = new Map<string, ViewedIncident>();
  for (const f of features) {
    const props = f.properties as ArchiveProps;
    if (seen.has(props.id) || f.geometry.type !== 'Point') continue;
    const [lng, lat] = f.geometry.coordinates as [number, number];
    if (bounds.contains([lng, lat])) seen.set(props.id, { lng, lat, props });
  }
  const items = [...seen.values()].sort(
    (a, b) => b.props.s - a.props.s || a.props.id.localeCompare(b.props.id),
  );
  return { items: items.slice(0, listed), count: items.length, zoom: Math.floor(zoom) };
}
