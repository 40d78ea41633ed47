/**
 * GeoJSON given to the map's sources only when it differs from what a source holds: each send is
 * a trip to MapLibre's worker and a frame drawn again (through software WebGL, about 0.1 s). A new
 * style empties the sources, even those MapLibre keeps when it diffs a basemap switch (it fires
 * 'style.load' within setStyle, before the components' effects send again), so what they held is
 * forgotten then.
 */
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import type { GeoJSON } from 'geojson';

export class SourceData {
  #held = new WeakMap<GeoJSONSource, unknown>();

  /** Forgets what the sources held at each new style of `map`; returns the undo (for a cleanup). */
  follow(map: MapLibreMap): () => void {
    const forget = () => (this.#held = new WeakMap());
    map.on('style.load', forget);
    return () => map.off('style.load', forget);
  }

  /**
   * Gives source `id` its data unless it holds the same, compared by `key` (the data itself
   * unless given); a source not given data here holds `blank`. False when nothing was sent.
   */
  set(map: MapLibreMap, id: string, data: GeoJSON, key: unknown = data, blank?: unknown): boolean {
    const source = map.getSource(id) as GeoJSONSource | undefined;
    if (!source || (this.#held.has(source) ? this.#held.get(source) : blank) === key) return false;
    this.#held.set(source, key);
    source.setData(data);
    return true;
  }
}
