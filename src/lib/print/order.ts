/**
 * Which printed incidents go where: those the printed map shows (numbered 1, 2, 3… by date, on
 * the map and in the table), those that match but lie outside the printed area, and those with
 * no point. The table lists all three; nothing that matches is left out.
 *
 * All of it is worked out on the store's rows and columns (points, start days, codes): a print
 * of 100,000 incidents reads only the incidents its table shows.
 */
import { booleanPointInPolygon } from '@turf/turf';
import type { Feature, Polygon, Position } from 'geojson';
import type { Incident } from '../data/incidents.ts';
import { PRECISION_LIST, TYPE_LIST } from '../domain/codes.ts';
import { coveredRows } from '../domain/query.ts';
import { sortRows } from '../domain/sort.ts';
import type { IncidentStore } from '../domain/store.ts';
import type { DrawnKinds } from '../theme/legend-entries.ts';

/** The incidents a print covers: rows of a store. */
export interface PrintSet {
  store: IncidentStore;
  rows: readonly number[];
}

/** The rows of a print in table order: in view, then outside the printed area, then with no point. */
export interface PrintRows {
  inView: number[];
  offMap: number[];
  unlocated: number[];
}

/** The same order as incidents, for the full table (CSV): it reads every one. */
export interface PrintOrder {
  inView: Incident[];
  offMap: Incident[];
  unlocated: Incident[];
}

/**
 * The last order per set and printed area: the map's numbers and the page ask for the same one,
 * and the page is built again on every keystroke in its title.
 */
const lastRows = new WeakMap<PrintSet, { extent: Position[]; rows: PrintRows }>();

export function printRows(set: PrintSet, extent: Position[]): PrintRows {
  const last = lastRows.get(set);
  if (last && sameRing(last.extent, extent)) return last.rows;
  const rows = orderRows(set, extent);
  lastRows.set(set, { extent, rows });
  return rows;
}

const sameRing = (a: Position[], b: Position[]) =>
  a.length === b.length && a.every((p, k) => p[0] === b[k]![0] && p[1] === b[k]![1]);

function orderRows(set: PrintSet, extent: Position[]): PrintRows {
  const box: Feature<Polygon> = {
    type: 'Feature',
    properties: {},
    geometry: { type: 'Polygon', coordinates: [extent] },
  };
  const { store } = set;
  const out: PrintRows = { inView: [], offMap: [], unlocated: [] };
  // By start day, then id: the order of the list sorted by date (sort.ts).
  for (const row of sortRows(store, set.rows, 'date', 'asc')) {
    const lng = store.lng[row]!;
    if (Number.isNaN(lng)) out.unlocated.push(row);
    else (booleanPointInPolygon([lng, store.lat[row]!], box) ? out.inView : out.offMap).push(row);
  }
  return out;
}

/** Every row of the print, in table order. */
export const allRows = (rows: PrintRows): number[] => [...rows.inView, ...rows.offMap, ...rows.unlocated];

/** The incidents of each part, for the full table. */
export function printOrder(set: PrintSet, extent: Position[]): PrintOrder {
  const rows = printRows(set, extent);
  const read = (list: number[]) => list.map((row) => set.store.incidents[row]!);
  return { inView: read(rows.inView), offMap: read(rows.offMap), unlocated: read(rows.unlocated) };
}

/** The table's number of each incident the printed map shows (1, 2, 3… by date), by id. */
export function tableNumbers(store: IncidentStore, inView: readonly number[]): Map<string, number> {
  return new Map(inView.map((row, n) => [store.ids[row]!, n + 1]));
}

/** How many of the rows count: aggregate reports whose parts are among them are not counted again. */
export function countedAmong(store: IncidentStore, rows: readonly number[]): number {
  const member = new Uint8Array(store.size);
  for (const row of rows) member[row] = 1;
  return rows.length - coveredRows(store, (row) => member[row] === 1).length;
}

/** The types and place precisions of the rows, from their codes, for the legend. */
export function drawnKindsOf(store: IncidentStore, rows: readonly number[]): DrawnKinds {
  const types = new Uint8Array(TYPE_LIST.length);
  const precisions = new Uint8Array(PRECISION_LIST.length);
  for (const row of rows) {
    types[store.codes.type[row]!] = 1;
    precisions[store.codes.precision[row]!] = 1;
  }
  // In the schema's order, as the query's own count of what the map draws (query-scan.ts).
  return {
    located: rows.length,
    types: TYPE_LIST.filter((_, code) => types[code]),
    precisions: PRECISION_LIST.filter((_, code) => precisions[code]),
  };
}
