/**
 * Hands the loaded layers to the state, and loads the bundled incidents: the compact payload the
 * build wrote once they passed its checks and were measured against the Durand Line
 * (scripts/incident-payload.ts), unpacked with progress and given to the state with their columns.
 */
import { incidentsUrl, LayerError, type Layers } from '../data/load.ts';
import type { OwnData } from './own-data.svelte.ts';
import { geographyOf, type LoadProgress } from './incident-set.ts';
import { loadPayload } from './payload-loader.ts';

/** The bundled incidents, then the analyst's saved datasets (own-data.svelte.ts) beside them. */
export async function loadAtlas(
  ownData: OwnData,
  layers: Layers,
  progress?: (p: LoadProgress) => void,
): Promise<void> {
  const geography = geographyOf(layers);
  const url = new URL(incidentsUrl, location.href).href;
  const result = await loadPayload(url, progress ?? (() => {}));
  if ('issues' in result) throw new LayerError(result.file, result.issues);
  await ownData.start(result.incidents, result.columns, geography);
}
