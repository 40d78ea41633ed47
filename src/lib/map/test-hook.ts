/**
 * `window.__atlas` lets end-to-end tests wait for the map to be idle and query rendered
 * features instead of comparing pixels. It exposes nothing a user's console could not reach.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import { incidentTiles } from './incident-tiles.ts';

export interface AtlasTestHook {
  map: MapLibreMap;
  /** Resolves once the map has loaded and finished drawing. */
  idle(): Promise<void>;
  /** Ids of the layers with at least one feature drawn in the viewport. */
  renderedLayers(): string[];
  /** Ids of the incidents the tile worker shows (the latest version sent): the map under the filters. */
  incidentIds(): Promise<string[]>;
  /** The version of the incidents the first tile answered came from (0: drawn empty first). */
  firstTileVersion(): number | undefined;
  /** Ids of single incidents drawn in the viewport (not inside a cluster). */
  renderedIncidentIds(): string[];
  /** Screen position of a drawn incident, to click it as a person would. */
  incidentPoint(id: string): { x: number; y: number } | undefined;
}

declare global {
  interface Window {
    __atlas?: AtlasTestHook;
  }
}

export function exposeTestHook(map: MapLibreMap): void {
  window.__atlas = {
    map,
    // Always wait for a fresh frame: a style change made just before (a layer hidden, a filter
    // set) is only in what queryRenderedFeatures sees after the map has drawn again.
    idle: () =>
      new Promise((resolve) => {
        map.once('idle', () => resolve());
        map.triggerRepaint();
      }),
    renderedLayers: () => [...new Set(map.queryRenderedFeatures().map((f) => f.layer.id))].sort(),
    incidentIds: async () => (await incidentTiles().features()).map((f) => f.properties.id).sort(),
    firstTileVersion: () => incidentTiles().firstAnswered,
    renderedIncidentIds: () =>
      [
        ...new Set(
          map.queryRenderedFeatures({ layers: ['incidents-points'] }).map((f) => String(f.properties.id)),
        ),
      ].sort(),
    incidentPoint: (id) => {
      const f = map
        .queryRenderedFeatures({ layers: ['incidents-points'] })
        .find((x) => x.properties.id === id);
      if (!f || f.geometry.type !== 'Point') return undefined;
      const p = map.project(f.geometry.coordinates as [number, number]);
      const box = map.getCanvas().getBoundingClientRect();
      return { x: box.left + p.x, y: box.top + p.y };
    },
  };
}
