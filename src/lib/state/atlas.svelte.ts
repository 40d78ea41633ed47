/**
 * The app's state as one rune class: the loaded incidents, the filters, the selection and the
 * layer toggles. Components read and write it; everything derived (the filtered list, counts)
 * is computed here, never stored twice.
 */
import type { Feature, LineString, MultiPolygon, Polygon, Position } from 'geojson';
import type { Incident } from '../data/incidents.ts';
import { BorderAnalysis, type BorderFacts } from '../geo/border.ts';
import { countByArea, type AreaFeature } from '../geo/area-counts.ts';
import { applyFilters, countLabel, defaultFilters, type FilterContext, type Filters } from './filters.ts';
import { defaultLayers, type Basemap, type LayerVisibility } from './layers.ts';
import type { Camera, ViewState } from './view-state.ts';
import type { PrintMapRenderer } from '../map/print-map.ts';
import type { PlayMode } from './timeline.ts';

export type Panel = 'filters' | 'list' | 'detail' | 'layers' | 'spatial';

/** What a click on the map does: select incidents, pick a radius centre, or add a measure point. */
export type MapMode = 'select' | 'pick-centre' | 'measure';

export class AtlasState {
  incidents = $state.raw<Incident[]>([]);
  filters = $state<Filters>(defaultFilters());
  selectedId = $state<string | null>(null);
  hoveredId = $state<string | null>(null);
  layers = $state<LayerVisibility>(defaultLayers());
  basemap = $state<Basemap>('offline');
  onlineStyleUrl = $state<string>(import.meta.env.VITE_ONLINE_STYLE_URL ?? '');
  playMode = $state<PlayMode>('cumulative');
  /** Playback is running: its steps replace the link instead of filling the history. */
  playing = $state(false);
  /** The panel shown on a phone (the desktop shows them side by side). */
  panel = $state<Panel>('list');
  /** Bumped when the map should fly to the selection (a choice in the list, not a click on the map). */
  flyRequest = $state(0);
  /** Incidents within a radius of another, from "Show nearby". */
  nearbyOf = $state<string | null>(null);

  mapMode = $state<MapMode>('select');
  /** The measured path's points, in order. */
  measurePoints = $state.raw<Position[]>([]);
  /** Shade the focus provinces by their incident counts. */
  choropleth = $state(false);

  /** Draws the live map again for a printed page (set by the map once it exists). */
  printMap = $state.raw<PrintMapRenderer | undefined>(undefined);
  /** The briefing-page view is open. */
  printing = $state(false);
  /** The map, for the few panels that ask it something (the measure tool's "add map centre"). */
  map = $state.raw<{ getCenter(): { lng: number; lat: number } } | undefined>(undefined);
  /** Where the map looks, as last reported by the map (after each move). */
  camera = $state.raw<Camera | null>(null);
  /** A camera the map should jump to (a link opened, Back pressed); `n` makes each request new. */
  cameraRequest = $state.raw<{ n: number; camera: Camera } | null>(null);

  /** Set once the basemap is loaded: the line and the two countries. */
  border = $state.raw<BorderAnalysis | undefined>(undefined);
  /** The provinces for counts per area (set once the layers are loaded). */
  areas = $state.raw<AreaFeature[]>([]);
  byId = $derived(new Map(this.incidents.map((i) => [i.properties.id, i])));
  /** Distance to the border and side, computed once per located incident. */
  borderFacts = $derived.by(() => {
    const facts = new Map<string, BorderFacts>();
    if (!this.border) return facts;
    for (const i of this.incidents) if (i.geometry) facts.set(i.properties.id, this.border.facts(i.geometry.coordinates));
    return facts;
  });
  context: FilterContext = { borderKm: (i) => this.borderFacts.get(i.properties.id)?.km };
  filtered = $derived(applyFilters(this.incidents, $state.snapshot(this.filters) as Filters, this.context));
  /** Filtered incidents per province: the Spatial panel's table and the choropleth share it. */
  areaCounts = $derived(countByArea(this.filtered, this.areas));
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

  /** The whole view, for a link. */
  view(): ViewState {
    return {
      camera: this.camera,
      filters: $state.snapshot(this.filters) as Filters,
      selected: this.selectedId,
      layers: $state.snapshot(this.layers),
      basemap: this.basemap,
      measure: this.measurePoints,
      playMode: this.playMode,
      choropleth: this.choropleth,
    };
  }

  /** Show a view from a link or from history. */
  applyView(v: ViewState): void {
    this.filters = v.filters;
    this.layers = v.layers;
    if (v.basemap === 'online' && !this.onlineStyleUrl) this.basemap = 'offline';
    else this.basemap = v.basemap;
    this.measurePoints = v.measure;
    this.playMode = v.playMode;
    this.choropleth = v.choropleth;
    if (v.selected !== this.selectedId) this.select(v.selected);
    if (v.camera) this.cameraRequest = { n: (this.cameraRequest?.n ?? 0) + 1, camera: v.camera };
  }

  setBorder(line: Feature<LineString>, afghanistan: Feature<Polygon | MultiPolygon>, pakistan: Feature<Polygon | MultiPolygon>): void {
    this.border = new BorderAnalysis(line, afghanistan, pakistan);
  }
}
