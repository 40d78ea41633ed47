/**
 * The first screen's loading (bootAtlas): the layers, and the bundled incidents, the compact
 * payload the build wrote once they passed its checks and were measured against the Durand Line
 * (scripts/incident-payload.ts), read from the start, unpacked with progress and given to the
 * state with their columns.
 */
import type { FeatureCollection, Point } from 'geojson';
import { incidentsUrl, LayerError, loadLayers, type Layers } from '../data/load.ts';
import { placeEntries } from '../data/place-entries.ts';
import type { PlaceEntry } from '../geo/place-search.ts';
import { labelPoints } from '../geo/label-points.ts';
import type { OwnData } from './own-data.svelte.ts';
import type { AtlasState } from './atlas.svelte.ts';
import { warmUpQueries } from '../domain/query-warm-up.ts';
import { geographyOf } from './incident-set.ts';
import type { LoadProgress } from './read-bytes.ts';
import { loadPayload, type Unpacked } from './payload-loader.ts';
import { unpackOffThread } from './payload-thread.ts';

/**
 * Starts reading the bundled incidents' payload now, in a worker: its bytes need nothing from the
 * layers, so they come in and unpack while the layers load and the map starts (at 100k, 23 MB).
 * A failed read is reported by `loadAtlas`, which awaits it.
 */
function readBundled(progress: (p: LoadProgress) => void): Promise<Unpacked> {
  const reading = unpackOffThread(new URL(incidentsUrl, location.href).href, progress);
  reading.catch(() => {}); // not unhandled while the layers load
  return reading;
}

/** The bundled incidents, then the analyst's saved datasets (own-data.svelte.ts) beside them. */
async function loadAtlas(
  ownData: OwnData,
  layers: Layers,
  progress: (p: LoadProgress) => void,
  reading: Promise<Unpacked>,
): Promise<void> {
  const geography = geographyOf(layers);
  const result = await loadPayload(reading, progress);
  if ('issues' in result) throw new LayerError(result.file, result.issues);
  await ownData.start(result.incidents, result.columns, geography);
}

/** The layers and the place names searched on the map (from the places and the provinces). */
export interface LoadedLayers {
  layers: Layers;
  places: PlaceEntry[];
}

/**
 * The first screen's loading: the layers (small; the map comes up with them), then the bundled
 * incidents behind a progress bar, their bytes read from the start beside the layers.
 */
export function bootAtlas(
  ownData: OwnData,
  progress: (p: LoadProgress) => void,
): { layersLoading: Promise<LoadedLayers>; loading: Promise<LoadedLayers> } {
  const reading = readBundled(progress);
  const layersLoading = loadLayers().then((layers) => {
    const labels = labelPoints(layers.provinces) as FeatureCollection<Point>;
    return { layers, places: placeEntries(layers.places, layers.provinces, labels) };
  });
  const loading = layersLoading.then(async (loaded) => {
    await loadAtlas(ownData, loaded.layers, progress, reading);
    return loaded;
  });
  return { layersLoading, loading };
}

/**
 * Once the first view is drawn (`drawn` resolves), the query's code runs ahead of the reader's
 * first filter for the store shown then (query-warm-up.ts). A failed load says so itself.
 */
export function warmUpWhenDrawn(atlas: AtlasState, drawn: Promise<unknown>): void {
  const warm = () => {
    const store = atlas.store;
    return warmUpQueries(store, () => atlas.store === store);
  };
  void drawn.then(warm, () => {});
}
