/**
 * An incident read back from a tile archive's deepest tile. Archives come from anywhere: the
 * incident's JSON is checked with the same rules as an import before the app shows it.
 */
import { VectorTile } from '@mapbox/vector-tile';
import { PbfReader } from 'pbf';
import type { Incident } from './incidents.ts';
import { LAYERS } from './layers.ts';
import { formatIssues, validateFeatureCollection } from './validate.ts';
import { m } from '../i18n/messages.ts';

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
    return m.tiles_tile_unreadable({ name: file, reason: (error as Error).message.slice(0, 120) });
  }
  if (!features) return m.tiles_tile_no_layer({ name: file, layer });
  for (let i = 0; i < features.length; i++) {
    const props = features.feature(i).properties;
    if (props.id !== id) continue;
    let value: unknown;
    try {
      value = JSON.parse(String(props.json));
    } catch {
      return m.tiles_tile_no_json({ name: file, id });
    }
    const issues = validateFeatureCollection(
      { type: 'FeatureCollection', features: [value] },
      file,
      LAYERS['incidents.geojson'],
    );
    if (issues.length) return formatIssues(issues, 3);
    const incident = value as Incident;
    return incident.properties.id === id ? incident : m.tiles_tile_other_record({ name: file, id });
  }
  return null;
}
