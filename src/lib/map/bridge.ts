/**
 * What the app outside the map may ask of it, without MapLibre types: its centre (the measure
 * tool's "add map centre") and a print image (the briefing page). The map attaches itself when
 * it exists; until then the answers say so.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { PrintMapOptions, PrintMap } from '../print/map-image.ts';
import { printMapRenderer } from './print-map.ts';

export class MapBridge {
  #map: MapLibreMap | undefined;
  #drawn!: () => void;
  /** Resolves once the map has first drawn the incidents it was sent (then stays resolved). */
  readonly drawn = new Promise<void>((resolve) => (this.#drawn = resolve));

  /** The map has drawn the incidents it was first sent, and is idle: `drawn` resolves. */
  incidentsDrawn(): void {
    this.#drawn();
  }

  attach(map: MapLibreMap): void {
    this.#map = map;
  }

  detach(): void {
    this.#map = undefined;
  }

  /** The map's centre as [lng, lat], or undefined before the map exists. */
  centre(): [number, number] | undefined {
    const c = this.#map?.getCenter();
    return c ? [c.lng, c.lat] : undefined;
  }

  /**
   * The live view drawn again for paper, `wMm` × `hMm` at `dpi`. Abort `options.signal` to
   * cancel a render that a newer one supersedes: it stops drawing and rejects with `AbortError`.
   */
  printImage(wMm: number, hMm: number, dpi: number, options: PrintMapOptions = {}): Promise<PrintMap> {
    if (!this.#map) return Promise.reject(new Error('the map is not ready yet'));
    return printMapRenderer(this.#map)(wMm, hMm, dpi, options);
  }
}
