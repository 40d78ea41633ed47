/**
 * Hands the loaded layers to the state, and loads the incidents: read, checked and measured
 * against the Durand Line in a worker, with progress, then given to the state with their columns.
 */
import { incidentsUrl, LayerError, type Layers } from '../data/load.ts';
import type { AreaFeature } from '../geo/area-counts.ts';
import type { OwnData } from './own-data.svelte.ts';
import type { Geography, LoadProgress } from './incident-set.ts';
import { loadInWorker } from './store-loader.ts';

export function geographyOf(layers: Layers): Geography {
  const country = (iso: string) => layers.countries.features.find((c) => c.properties.iso_a3 === iso)!;
  return {
    line: layers.durandLine.features[0]!,
    afg: country('AFG'),
    pak: country('PAK'),
    areas: layers.provinces.features.filter((f) => f.geometry.type !== 'Point') as AreaFeature[],
  };
}

/** The bundled incidents, then the analyst's saved datasets (own-data.svelte.ts) beside them. */
export async function loadAtlas(
  ownData: OwnData,
  layers: Layers,
  progress?: (p: LoadProgress) => void,
): Promise<void> {
  const geography = geographyOf(layers);
  const url = new URL(incidentsUrl, location.href).href;
  const result = await loadInWorker({ url }, geography, progress);
  if ('issues' in result) throw new LayerError(result.file, result.issues);
  await ownData.start(result.incidents, result.columns, geography);
}
