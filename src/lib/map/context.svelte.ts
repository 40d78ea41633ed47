/**
 * The map for components that need it, held raw (MapLibre objects must never become deep
 * proxies). The getter throws a clear error when used outside <MapView>.
 */
import { getContext, setContext } from 'svelte';
import type { Map as MapLibreMap } from 'maplibre-gl';

const KEY = Symbol('durand-atlas-map');

export class MapContext {
  map = $state.raw<MapLibreMap | undefined>(undefined);
  /** True once the style and every source have loaded. */
  loaded = $state(false);
}

export function prepareMapContext(): MapContext {
  const context = new MapContext();
  setContext(KEY, context);
  return context;
}

export function getMapContext(): MapContext {
  const context = getContext<MapContext | undefined>(KEY);
  if (!context) throw new Error('getMapContext() must be used inside <MapView>');
  return context;
}
