/**
 * `window.__atlas` lets end-to-end tests wait for the map to be idle and query rendered
 * features instead of comparing pixels. It exposes nothing a user's console could not reach.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';

export interface AtlasTestHook {
  map: MapLibreMap;
  /** Resolves once the map has loaded and finished drawing. */
  idle(): Promise<void>;
  /** Ids of the layers with at least one feature drawn in the viewport. */
  renderedLayers(): string[];
}

declare global {
  interface Window {
    __atlas?: AtlasTestHook;
  }
}

export function exposeTestHook(map: MapLibreMap): void {
  window.__atlas = {
    map,
    idle: () =>
      new Promise((resolve) => {
        const check = () => (map.loaded() && map.areTilesLoaded() && !map.isMoving() ? resolve() : map.once('idle', check));
        check();
      }),
    renderedLayers: () => [...new Set(map.queryRenderedFeatures().map((f) => f.layer.id))].sort(),
  };
}
