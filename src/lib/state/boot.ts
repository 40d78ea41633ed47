/** Hands the loaded layers to the state: the incidents, the border analysis and the provinces. */
import type { Layers } from '../data/load.ts';
import { BorderAnalysis } from '../geo/border.ts';
import type { AreaFeature } from '../geo/area-counts.ts';
import type { AtlasState } from './atlas.svelte.ts';

export function loadAtlas(atlas: AtlasState, layers: Layers): void {
  const country = (iso: string) => layers.countries.features.find((c) => c.properties.iso_a3 === iso)!;
  const border = new BorderAnalysis(layers.durandLine.features[0]!, country('AFG'), country('PAK'));
  const areas = layers.provinces.features.filter((f) => f.geometry.type !== 'Point') as AreaFeature[];
  atlas.load({ incidents: layers.incidents.features, border, areas });
}
