/**
 * An incident read back from a tile archive's deepest tile. Archives come from anywhere: the
 * incident's JSON is checked with the same rules as an import before the app shows it.
 */
import { VectorTile } from '@mapbox/vector-tile';
import { PbfReader } from 'pbf';
import type { Incident } from './incidents.ts';
import { LAYERS } from './layers.ts';
import { formatIssues, validateFeatureCollection } from './validate.ts';

/** The incident `id` in a decoded tile's `layer`, null where the tile does not hold it, or what is wrong. */
export function incidentInTile(
  tile: Uint8Array,
  layer: string,
  id: string,
  file: string,
): Incident | string | null {
  let features;
  try {
    features = new VectorTile(new PbfReader(tile)).layers[layer];
  } catch (error) {
    return `${file}: a tile cannot be read (${(error as Error).message.slice(0, 120)})`;
  }
  if (!features) return `${file}: a tile has no "${layer}" layer`;
  for (let i = 0; i < features.length; i++) {
    const props = features.feature(i).properties;
    if (props.id !== id) continue;
    let value: unknown;
    try {
      value = JSON.parse(String(props.json));
    } catch {
      return `${file}: incident ${id} carries no readable JSON`;
    }
    const issues = validateFeatureCollection(
      { type: 'FeatureCollection', features: [value] },
      file,
      LAYERS['incidents.geojson'],
    );
    if (issues.length) return formatIssues(issues, 3);
    const incident = value as Incident;
    return incident.properties.id === id ? incident : `${file}: incident ${id} carries another's record`;
  }
  return null;
}
