/**
 * The map for the components inside <MapView>, held raw (MapLibre objects must never become
 * deep proxies). `styleReady` is true while the current style is loaded: components that add
 * data or change layers wait for it, and run again after a basemap switch (a new style).
 */
import { getContext, setContext } from 'svelte';
import type { Map as MapLibreMap } from 'maplibre-gl';

const KEY = Symbol('durand-atlas-map');

export class MapContext {
  map = $state.raw<MapLibreMap | undefined>(undefined);
  /** True once the style and every source have loaded. */
  loaded = $state(false);
  /** The current style is loaded: sources and layers may be touched. */
  styleReady = $state(false);
}

export function prepareMapContext(): MapContext {
  const context = new MapContext();
  setContext(KEY, context);
  return context;
}

export function getMapContext(): MapContext & { map: MapLibreMap } {
  const context = getContext<MapContext | undefined>(KEY);
  if (!context?.map) throw new Error('getMapContext() must be used inside <MapView>, once the map exists');
  return context as MapContext & { map: MapLibreMap };
}
