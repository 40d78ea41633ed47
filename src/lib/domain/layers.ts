/** The layer toggles of the layer panel; the legend and the map follow the same value. */
import { m } from '../i18n/messages.ts';

export const LAYER_KEYS = ['incidents', 'provinces', 'focus', 'durand', 'places', 'basemap'] as const;
export type LayerKey = (typeof LAYER_KEYS)[number];
export type LayerVisibility = Record<LayerKey, boolean>;

/** Labels in the current language (getters: read when shown, never frozen). */
export const LAYER_LABELS: Record<LayerKey, string> = {
  get incidents() {
    return m.words_layer_incidents();
  },
  get provinces() {
    return m.words_layer_provinces();
  },
  get focus() {
    return m.words_layer_focus();
  },
  get durand() {
    return m.words_layer_durand();
  },
  get places() {
    return m.words_layer_places();
  },
  get basemap() {
    return m.words_layer_basemap();
  },
};

export function defaultLayers(): LayerVisibility {
  return { incidents: true, provinces: true, focus: true, durand: true, places: true, basemap: true };
}

export type Basemap = 'offline' | 'online';
