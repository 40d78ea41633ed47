/**
 * MapLibre compiles a shader program the first time it draws with it, and the page waits for the
 * GPU process meanwhile: through SwiftShader, 0.2–0.4 s on the main thread. A large set's first
 * view shows only groups, so the program of single incident symbols was compiled on the first
 * filter that split a group (the bench's first type box at 100k: a 287–411 ms task). Once the map
 * is idle and the page has nothing to do, one transparent icon is drawn for a frame, so that cost
 * comes before the reader's first action instead of in it. The incident icons are added then too
 * (icons.ts: addIconsAhead), in the same frame.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import { whenIdle } from '../domain/when-idle.ts';
import { addIconsAhead } from './icons.ts';

/** The id of the icon's layer, source and image while it is drawn. */
export const WARM_UP_LAYER = 'warm-up-icon';

/**
 * Once the page is idle: adds the incident icons, and draws one invisible icon unless single
 * incidents are drawn already. `gone` says the map was removed meanwhile.
 */
export function warmUpIcons(map: MapLibreMap, gone: () => boolean): void {
  void whenIdle(3000, 500).then(() => {
    if (gone()) return;
    addIconsAhead(map);
    // A drawn incident symbol means the program exists already.
    if (!map.getLayer('incidents-points') || map.getLayer(WARM_UP_LAYER)) return;
    if (map.queryRenderedFeatures({ layers: ['incidents-points'] }).length) return;
    map.addImage(WARM_UP_LAYER, { width: 1, height: 1, data: new Uint8Array(4) });
    map.addSource(WARM_UP_LAYER, {
      type: 'geojson',
      data: { type: 'Point', coordinates: map.getCenter().toArray() },
    });
    map.addLayer({
      id: WARM_UP_LAYER,
      type: 'symbol',
      source: WARM_UP_LAYER,
      layout: { 'icon-image': WARM_UP_LAYER, 'icon-allow-overlap': true, 'icon-ignore-placement': true },
    });
    // A new style (another language) may have dropped them already.
    map.once('idle', () => {
      if (gone()) return;
      if (map.getLayer(WARM_UP_LAYER)) map.removeLayer(WARM_UP_LAYER);
      if (map.getSource(WARM_UP_LAYER)) map.removeSource(WARM_UP_LAYER);
      if (map.hasImage(WARM_UP_LAYER)) map.removeImage(WARM_UP_LAYER);
    });
  });
}
