/** The layer toggles of the layer panel; the legend and the map follow the same value. */
export const LAYER_KEYS = ['incidents', 'provinces', 'focus', 'durand', 'places', 'basemap'] as const;
export type LayerKey = (typeof LAYER_KEYS)[number];
export type LayerVisibility = Record<LayerKey, boolean>;

export const LAYER_LABELS: Record<LayerKey, string> = {
  incidents: 'Incidents',
  provinces: 'Provinces',
  focus: 'Focus areas',
  durand: 'Durand Line',
  places: 'Places',
  basemap: 'Basemap (land, countries)',
};

export function defaultLayers(): LayerVisibility {
  return { incidents: true, provinces: true, focus: true, durand: true, places: true, basemap: true };
}

export type Basemap = 'offline' | 'online';
