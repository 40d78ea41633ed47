/**
 * Everything a link must bring back: the camera, the filters, the selection, the layers, the
 * basemap, the border buffer and radius search (both part of the filters), the measured path,
 * the timeline's playback mode and the province shading. One typed object; the URL codec
 * (url-codec.ts) turns it into a fragment and back.
 */
import type { Position } from 'geojson';
import { defaultFilters, type Filters } from '../domain/filters.ts';
import { defaultLayers, type Basemap, type LayerVisibility } from '../domain/layers.ts';
import type { PlayMode } from '../domain/timeline.ts';
import type { Locale } from '../i18n/locales.ts';

export interface Camera {
  lng: number;
  lat: number;
  zoom: number;
  bearing: number;
  pitch: number;
}

export interface ViewState {
  /** null: the app's opening view (the whole Durand Line). */
  camera: Camera | null;
  filters: Filters;
  selected: string | null;
  layers: LayerVisibility;
  basemap: Basemap;
  measure: Position[];
  playMode: PlayMode;
  choropleth: boolean;
  /** The imported datasets shown (their file names): a recipient without them is told so. */
  datasets: string[];
  /** The tile archive shown, by address (http(s) or a path on the atlas's own host); null: none. */
  archive: string | null;
  /** The interface language; null: a link without one keeps the reader's own. */
  lang: Locale | null;
}

export function defaultViewState(): ViewState {
  return {
    camera: null,
    filters: defaultFilters(),
    selected: null,
    layers: defaultLayers(),
    basemap: 'offline',
    measure: [],
    playMode: 'cumulative',
    choropleth: false,
    datasets: [],
    archive: null,
    lang: null,
  };
}

/** Limits a link must keep to; a longer state is refused with a message. */
export const MAX_LINK_CHARS = 8000;
export const MAX_MEASURE_POINTS = 100;
export const MAX_TEXT_CHARS = 200;
export const MAX_LIST_ITEMS = 60;
