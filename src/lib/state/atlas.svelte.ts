/**
 * The app's state, owned in one place. Each piece has one owner here; components read it
 * through getters and change it only through the intents below (setFilters, select, …).
 * Everything derived from the filters (the matching incidents, facet counts, the timeline's
 * pool, the spatial answers) is computed once, by `runQuery`, from the store and the filters.
 */
import { language } from '../i18n/locale.svelte.ts';
import type { Position } from 'geojson';
import type { Incident } from '../data/incidents.ts';
import type { BorderFacts } from '../geo/border.ts';
import type { AreaFeature } from '../geo/area-counts.ts';
import { reportRowOf } from '../domain/aggregates.ts';
import { countLabel, defaultFilters, type Filters } from '../domain/filters.ts';
import { defaultLayers, type Basemap, type LayerKey, type LayerVisibility } from '../domain/layers.ts';
import { runQuery } from '../domain/query.ts';
import { warmUpSearch } from '../domain/query-warm-up.ts';
import { EMPTY_STORE, IncidentStore, type StoreInput } from '../domain/store.ts';
import type { StoreColumns } from '../domain/store-columns.ts';
import type { PlayMode } from '../domain/timeline.ts';
import type { Camera, ViewState } from './view-state.ts';
import { m } from '../i18n/messages.ts';
import { quotedList } from './words.ts';

export type Panel = 'filters' | 'list' | 'detail' | 'layers' | 'spatial';

/** What a click on the map does: select, pick a radius centre, add a measure point, or place an incident. */
export type MapMode = 'select' | 'pick-centre' | 'measure' | 'pick-point';

export class AtlasState {
  // ── Data ──
  #store = $state.raw<IncidentStore>(EMPTY_STORE);
  /** False until the incidents are loaded: the panels wait, and the map is fed nothing. */
  #loaded = $state(false);
  // ── The view a link carries ──
  #filters = $state.raw<Filters>(defaultFilters());
  #selectedId = $state<string | null>(null);
  #layers = $state.raw<LayerVisibility>(defaultLayers());
  #basemap = $state<Basemap>('offline');
  #measure = $state.raw<Position[]>([]);
  #playMode = $state<PlayMode>('cumulative');
  #choropleth = $state(false);
  #camera = $state.raw<Camera | null>(null);
  /** The imported datasets shown (file names), set with each load; those a link asked for. */
  #datasets = $state.raw<string[]>([]);
  #wantedDatasets: string[] = [];
  /** The address of the tile archive shown (state/tile-archive.svelte.ts opens it); null: none. */
  #archiveLink = $state<string | null>(null);
  // ── This session only ──
  #onlineStyleUrl = $state<string>(import.meta.env.VITE_ONLINE_STYLE_URL ?? '');
  #hoveredId = $state<string | null>(null);
  #panel = $state<Panel>('list');
  #mapMode = $state<MapMode>('select');
  /** The point last picked on the map for the incident editor (n counts picks). */
  #picked = $state.raw<{ lng: number; lat: number; n: number } | null>(null);
  #printing = $state(false);
  #playing = $state(false);
  #notice = $state<string | null>(null);
  #flyRequest = $state(0);
  #cameraRequest = $state.raw<{ n: number; camera: Camera } | null>(null);
  /** The buffer and radius distances last chosen, kept while their filter is off. */
  #bufferKm = $state(20);
  #radiusKm = $state(50);

  // ── Derived, once ──
  result = $derived(runQuery(this.#store, this.#filters));
  /** The row of each part's summary report, by the part's id. */
  reportRowOf = $derived(reportRowOf(this.#store.partsOf, this.#store.ids));
  selected = $derived(this.#selectedId ? this.#store.get(this.#selectedId) : undefined);
  countText = $derived(countLabel(this.result.countedRows.length, this.result.total));

  get store(): IncidentStore {
    return this.#store;
  }
  get loaded(): boolean {
    return this.#loaded;
  }
  get incidents(): readonly Incident[] {
    return this.#store.incidents;
  }
  get filtered(): Incident[] {
    return this.result.filtered;
  }
  get counted(): Incident[] {
    return this.result.counted;
  }
  /** Aggregate reports listed among the matches but counted through their parts. */
  get uncountedSummaries(): number {
    return this.result.rows.length - this.result.countedRows.length;
  }
  get filters(): Readonly<Filters> {
    return this.#filters;
  }
  get selectedId(): string | null {
    return this.#selectedId;
  }
  get hoveredId(): string | null {
    return this.#hoveredId;
  }
  get layers(): Readonly<LayerVisibility> {
    return this.#layers;
  }
  get archiveLink(): string | null {
    return this.#archiveLink;
  }
  get basemap(): Basemap {
    return this.#basemap;
  }
  get onlineStyleUrl(): string {
    return this.#onlineStyleUrl;
  }
  get measurePoints(): readonly Position[] {
    return this.#measure;
  }
  get playMode(): PlayMode {
    return this.#playMode;
  }
  get playing(): boolean {
    return this.#playing;
  }
  get choropleth(): boolean {
    return this.#choropleth;
  }
  get camera(): Camera | null {
    return this.#camera;
  }
  get cameraRequest(): { n: number; camera: Camera } | null {
    return this.#cameraRequest;
  }
  get flyRequest(): number {
    return this.#flyRequest;
  }
  get panel(): Panel {
    return this.#panel;
  }
  get mapMode(): MapMode {
    return this.#mapMode;
  }
  get printing(): boolean {
    return this.#printing;
  }
  get notice(): string | null {
    return this.#notice;
  }
  get bufferKm(): number {
    return this.#filters.borderKm ?? this.#bufferKm;
  }
  get radiusKm(): number {
    return this.#filters.radius?.km ?? this.#radiusKm;
  }

  /** Distance to the border and side of a located incident. */
  borderFacts(id: string): BorderFacts | undefined {
    const row = this.#store.rowOf.get(id);
    return row === undefined ? undefined : this.#store.borderFacts(row);
  }

  /** The province a province- or district-level incident could lie anywhere in (no district outlines). */
  areaOf(id: string): AreaFeature | undefined {
    const p = this.#store.get(id)?.properties;
    if (!p || (p.location_precision !== 'province' && p.location_precision !== 'district')) return undefined;
    return this.#store.areas.find(
      (a) => a.properties.name === p.admin1 && a.properties.country === p.country,
    );
  }

  /** Nearest and farthest km to the line the incident's place allows (one number for a point). */
  borderRange(id: string): [number, number] | undefined {
    const row = this.#store.rowOf.get(id);
    if (row === undefined || Number.isNaN(this.#store.kmMin[row]!)) return undefined;
    return [this.#store.kmMin[row]!, this.#store.kmMax[row]!];
  }

  // ── Intents ──
  /** A new set of incidents; `columns` where a worker computed them already. */
  load(input: StoreInput, columns?: StoreColumns, datasets: string[] = []): void {
    this.#store = new IncidentStore(input, columns);
    this.#loaded = true;
    this.#datasets = datasets;
    const missing = this.#wantedDatasets.filter((name) => !datasets.includes(name));
    this.#wantedDatasets = [];
    const lacking = missing.length ? m.errors_link_missing_data({ names: quotedList(missing) }) : '';
    const unknown =
      this.#selectedId && !this.#store.get(this.#selectedId)
        ? m.errors_link_unknown_incident({ id: this.#selectedId })
        : '';
    if (unknown) this.#selectedId = null;
    if (unknown || lacking)
      this.notify([unknown, lacking, m.errors_link_rest_shown()].filter(Boolean).join(' '));
  }

  setFilters(patch: Partial<Filters>): void {
    this.#filters = { ...this.#filters, ...patch };
    if (patch.borderKm) this.#bufferKm = patch.borderKm;
    if (patch.radius) this.#radiusKm = patch.radius.km;
  }

  resetFilters(): void {
    this.#filters = defaultFilters();
  }

  /** A search is coming (its box has focus): its text readied, a search run ahead (query-warm-up.ts). */
  prepareSearch(): void {
    const store = this.#store;
    void warmUpSearch(store, () => this.#store === store && !this.#filters.search);
  }

  /** A radius question is coming (its place box has focus): the store readies its point index. */
  prepareRadius(): void {
    void this.#store.preparePointIndex();
  }

  /** The border buffer on (at `km`, or the last distance) or off. */
  setBuffer(on: boolean, km = this.bufferKm): void {
    this.#bufferKm = Math.min(200, Math.max(1, Math.round(km) || 1));
    this.setFilters({ borderKm: on ? this.#bufferKm : null });
  }

  /** Search around a centre at the current radius. */
  setRadiusCentre(lng: number, lat: number, label: string): void {
    this.setFilters({ radius: { lng, lat, label, km: this.radiusKm } });
  }

  setRadiusKm(km: number): void {
    this.#radiusKm = Math.min(1000, Math.max(1, Math.round(km) || 1));
    const r = this.#filters.radius;
    if (r) this.setFilters({ radius: { ...r, km: this.#radiusKm } });
  }

  /** Show the incidents placed only "along the border" (the badge on the line). */
  showBorderIncidents(): void {
    this.setFilters({ sides: ['border'] });
    this.#panel = 'list';
  }

  select(id: string | null, options: { fly?: boolean } = {}): void {
    this.#selectedId = id;
    if (id) this.#panel = 'detail';
    if (id && options.fly) this.#flyRequest++;
  }

  hover(id: string | null): void {
    this.#hoveredId = id;
  }

  showPanel(panel: Panel): void {
    this.#panel = panel;
  }

  setLayer(key: LayerKey, visible: boolean): void {
    this.#layers = { ...this.#layers, [key]: visible };
  }

  setBasemap(basemap: Basemap): void {
    this.#basemap = basemap === 'online' && !this.#onlineStyleUrl ? 'offline' : basemap;
  }

  useOnlineStyle(url: string): void {
    this.#onlineStyleUrl = url.trim();
    if (this.#onlineStyleUrl) this.#basemap = 'online';
  }

  /** The online basemap failed: say why and stay on the bundled map. */
  basemapFailed(reason: string): void {
    this.notify(m.errors_basemap_failed({ reason }));
    this.#basemap = 'offline';
  }

  setMapMode(mode: MapMode): void {
    this.#mapMode = mode;
    // A centre is about to be picked: the radius question that follows finds the index made.
    if (mode === 'pick-centre') this.prepareRadius();
  }

  /** A click in "pick a centre" mode: the radius search is centred there. */
  pickCentre(lng: number, lat: number): void {
    // No name: each reader sees the coordinates in their own language (radiusCentreName).
    this.setRadiusCentre(lng, lat, '');
    this.#mapMode = 'select';
  }

  addMeasurePoint(point: Position): void {
    this.#measure = [...this.#measure, point];
  }

  removeLastMeasurePoint(): void {
    this.#measure = this.#measure.slice(0, -1);
  }

  clearMeasure(): void {
    this.#measure = [];
  }

  /** Esc on the map: leave picking or measuring (a measure in progress is dropped). */
  get picked(): { lng: number; lat: number; n: number } | null {
    return this.#picked;
  }

  /** A click in "place an incident" mode: the editor takes the point. */
  pickPoint(lng: number, lat: number): void {
    this.#picked = { lng, lat, n: (this.#picked?.n ?? 0) + 1 };
    this.#mapMode = 'select';
  }

  cancelMapMode(): void {
    if (this.#mapMode === 'measure') this.#measure = [];
    this.#mapMode = 'select';
  }

  setPlayMode(mode: PlayMode): void {
    this.#playMode = mode;
  }

  setPlaying(playing: boolean): void {
    this.#playing = playing;
  }

  setChoropleth(on: boolean): void {
    this.#choropleth = on;
  }

  /** The map moved (reported by the map after each move). */
  cameraMoved(camera: Camera): void {
    this.#camera = camera;
  }

  openPrint(): void {
    this.#printing = true;
  }

  closePrint(): void {
    this.#printing = false;
  }

  setArchiveLink(url: string | null): void {
    this.#archiveLink = url;
  }

  notify(message: string): void {
    this.#notice = message;
  }

  dismissNotice(): void {
    this.#notice = null;
  }

  /** The whole view, for a link. */
  view(): ViewState {
    return {
      camera: this.#camera,
      filters: this.#filters,
      selected: this.#selectedId,
      layers: this.#layers,
      basemap: this.#basemap,
      measure: [...this.#measure],
      playMode: this.#playMode,
      choropleth: this.#choropleth,
      datasets: this.#datasets,
      archive: this.#archiveLink,
      lang: language.current,
    };
  }

  /** Show a view from a link or from history. */
  applyView(v: ViewState): void {
    this.#filters = v.filters;
    if (v.filters.borderKm) this.#bufferKm = v.filters.borderKm;
    if (v.filters.radius) this.#radiusKm = v.filters.radius.km;
    this.#layers = v.layers;
    this.setBasemap(v.basemap);
    this.#measure = v.measure;
    this.#playMode = v.playMode;
    this.#choropleth = v.choropleth;
    this.#wantedDatasets = v.datasets;
    this.#archiveLink = v.archive;
    if (v.lang && v.lang !== language.current) language.set(v.lang);
    if (v.selected !== this.#selectedId) this.select(v.selected);
    if (v.camera) this.#cameraRequest = { n: (this.#cameraRequest?.n ?? 0) + 1, camera: v.camera };
  }
}
