/**
 * The app's state as one rune class: the loaded incidents, the filters, the selection and the
 * layer toggles. Components read and write it; everything derived (the filtered list, counts)
 * is computed here, never stored twice.
 */
import type { Incident } from '../data/incidents.ts';
import { applyFilters, countLabel, defaultFilters, type Filters } from './filters.ts';
import { defaultLayers, type Basemap, type LayerVisibility } from './layers.ts';
import type { PlayMode } from './timeline.ts';

export type Panel = 'filters' | 'list' | 'detail' | 'layers';

export class AtlasState {
  incidents = $state.raw<Incident[]>([]);
  filters = $state<Filters>(defaultFilters());
  selectedId = $state<string | null>(null);
  hoveredId = $state<string | null>(null);
  layers = $state<LayerVisibility>(defaultLayers());
  basemap = $state<Basemap>('offline');
  onlineStyleUrl = $state<string>(import.meta.env.VITE_ONLINE_STYLE_URL ?? '');
  playMode = $state<PlayMode>('cumulative');
  /** The panel shown on a phone (the desktop shows them side by side). */
  panel = $state<Panel>('list');
  /** Bumped when the map should fly to the selection (a choice in the list, not a click on the map). */
  flyRequest = $state(0);
  /** Incidents within a radius of another, from "Show nearby". */
  nearbyOf = $state<string | null>(null);

  byId = $derived(new Map(this.incidents.map((i) => [i.properties.id, i])));
  filtered = $derived(applyFilters(this.incidents, $state.snapshot(this.filters) as Filters));
  selected = $derived(this.selectedId ? this.byId.get(this.selectedId) : undefined);
  countText = $derived(countLabel(this.filtered.length, this.incidents.length));

  select(id: string | null, options: { fly?: boolean } = {}): void {
    this.selectedId = id;
    if (id) this.panel = 'detail';
    if (id && options.fly) this.flyRequest++;
  }

  resetFilters(): void {
    this.filters = defaultFilters();
  }
}
