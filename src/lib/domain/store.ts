/**
 * The loaded incidents and their columns (store-columns.ts): each incident's days, codes, side,
 * distance to the Durand Line, province, conservative deaths and folded search text. Queries
 * (query.ts) read these columns instead of recomputing per filter.
 */
import type { Position } from 'geojson';
import type { Incident } from '../data/incidents.ts';
import type { BorderFacts } from '../geo/border.ts';
import type { AreaFeature } from '../geo/area-counts.ts';
import { PointIndex } from '../geo/point-index.ts';
import { whenIdle } from './when-idle.ts';
import { computeColumns, SIDE_CODES, type StoreColumns, type StoreInput } from './store-columns.ts';

export { dayNumber } from './dates.ts';
export type { StoreInput } from './store-columns.ts';

// The columns are the store's own fields, read as store.start[row] (assigned in the constructor).
// eslint-disable-next-line @typescript-eslint/no-empty-object-type, @typescript-eslint/no-unsafe-declaration-merging
export interface IncidentStore extends StoreColumns {}

// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export class IncidentStore {
  readonly incidents: readonly Incident[];
  readonly size: number;
  readonly rowOf: ReadonlyMap<string, number>;
  readonly areas: readonly AreaFeature[];
  readonly rings: readonly number[];
  #points: PointIndex | undefined;

  /** Columns made elsewhere (a worker) are taken as they are; otherwise they are computed here. */
  constructor(input: StoreInput, columns: StoreColumns = computeColumns(input)) {
    this.incidents = input.incidents;
    this.size = input.incidents.length;
    this.areas = input.areas ?? [];
    this.rings = input.rings ?? [];
    // Descriptors, not values: a payload's searchText is a getter, read only by a search.
    Object.defineProperties(this, Object.getOwnPropertyDescriptors(columns));
    this.rowOf = new Map(columns.ids.map((id, row) => [id, row]));
  }

  get(id: string): Incident | undefined {
    const row = this.rowOf.get(id);
    return row === undefined ? undefined : this.incidents[row];
  }

  point(row: number): Position | undefined {
    const lng = this.lng[row];
    return lng === undefined || Number.isNaN(lng) ? undefined : [lng, this.lat[row]!];
  }

  /** The located rows in a spatial index for radius questions, made the first time one is asked. */
  get pointIndex(): PointIndex {
    return (this.#points ??= new PointIndex({ lng: this.lng, lat: this.lat }));
  }

  get hasPointIndex(): boolean {
    return this.#points !== undefined;
  }

  /**
   * Makes the point index in the page's next quiet moment (75 ms at 100k), so that a radius
   * question about to be asked (its place box has focus) does not wait for it.
   */
  async preparePointIndex(): Promise<void> {
    if (this.#points) return;
    await whenIdle(1000);
    void this.pointIndex;
  }

  /** Distance, nearest point and side of the line for a located incident. */
  borderFacts(row: number): BorderFacts | undefined {
    const side = SIDE_CODES[this.side[row]!];
    if (!side) return undefined;
    return {
      km: this.borderKm[row]!,
      nearest: [this.nearest[2 * row]!, this.nearest[2 * row + 1]!],
      side,
    };
  }

  /** The folded search text of one row. */
  searchOf(row: number): string {
    return this.searchText.slice(this.searchStart[row], this.searchStart[row + 1]! - 1);
  }
}

export const EMPTY_STORE = new IncidentStore({ incidents: [] });
