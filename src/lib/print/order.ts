/**
 * Which printed incidents go where: those the printed map shows (numbered 1, 2, 3… by date, on
 * the map and in the table), those that match but lie outside the printed area, and those with
 * no point. The table lists all three; nothing that matches is left out.
 */
import { booleanPointInPolygon } from '@turf/turf';
import type { Feature, Polygon, Position } from 'geojson';
import type { Incident } from '../data/incidents.ts';
import { sortIncidents } from '../domain/sort.ts';

export interface PrintOrder {
  inView: Incident[];
  offMap: Incident[];
  unlocated: Incident[];
}

export function printOrder(filtered: readonly Incident[], extent: Position[]): PrintOrder {
  const box: Feature<Polygon> = {
    type: 'Feature',
    properties: {},
    geometry: { type: 'Polygon', coordinates: [extent] },
  };
  const located = filtered.filter((i) => i.geometry);
  const inside = (i: Incident) => booleanPointInPolygon(i.geometry!, box);
  const byDate = (list: Incident[]) => sortIncidents(list, 'date', 'asc');
  return {
    inView: byDate(located.filter(inside)),
    offMap: byDate(located.filter((i) => !inside(i))),
    unlocated: byDate(filtered.filter((i) => !i.geometry)),
  };
}

/** The table's number of each incident the printed map shows (1, 2, 3… by date). */
export function tableNumbers(inView: readonly Incident[]): Map<string, number> {
  return new Map(inView.map((i, n) => [i.properties.id, n + 1]));
}
