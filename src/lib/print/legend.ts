/**
 * The printed legend: exactly the layers the printed map shows, the incident types drawn in the
 * printed extent, and the marks for precision and size. A list of entries that the page view and
 * the PNG/PDF painters draw alike.
 */
import { INCIDENT_TYPES, type Incident, type IncidentType } from '../data/incidents.ts';
import { fillFor, type Fill } from '../map/symbols.ts';
import { DURAND_NAME, DURAND_STATUS } from '../map/style.ts';
import type { LayerVisibility } from '../state/layers.ts';

export type LegendSwatch =
  | { kind: 'symbol'; type: IncidentType; fill: Fill }
  | { kind: 'line'; color: string; width: number; dash?: number[]; casing?: string }
  | { kind: 'area'; fill: string; stroke: string }
  | { kind: 'ring'; fill: string; stroke: string }
  | { kind: 'dot' }
  | { kind: 'cluster' }
  | { kind: 'number' };

export interface LegendEntry {
  label: string;
  swatch: LegendSwatch;
}

export interface LegendInput {
  layers: LayerVisibility;
  /** Incidents drawn on the printed map (located, filtered, in the extent). */
  drawn: Incident[];
  /** The printed map numbers each incident (keyed to the table) instead of grouping them. */
  numbered?: boolean;
  theme: { durand: string; durandCasing: string; countryLine: string; provinceLine: string; focusFill: string; focusLine: string };
}

export function legendEntries({ layers, drawn, theme, numbered = false }: LegendInput): LegendEntry[] {
  const entries: LegendEntry[] = [];
  if (layers.incidents && drawn.length) {
    const types = (Object.keys(INCIDENT_TYPES) as IncidentType[]).filter((t) => drawn.some((i) => i.properties.type === t));
    for (const type of types) entries.push({ label: INCIDENT_TYPES[type], swatch: { kind: 'symbol', type, fill: 'filled' } });
    const fills = new Set(drawn.map((i) => fillFor(i.properties.location_precision)));
    if (fills.has('filled')) entries.push({ label: 'Filled: town or site known', swatch: { kind: 'symbol', type: 'policy', fill: 'filled' } });
    if (fills.has('hollow')) entries.push({ label: 'Hollow: district or province only', swatch: { kind: 'symbol', type: 'policy', fill: 'hollow' } });
    entries.push({ label: 'Size: largest claimed casualties', swatch: { kind: 'dot' } });
    if (numbered) entries.push({ label: 'Number: the incident’s row in the table', swatch: { kind: 'number' } });
    else if (drawn.length > 1) entries.push({ label: 'Number: incidents grouped at that spot', swatch: { kind: 'cluster' } });
  }
  if (layers.durand) entries.push({ label: `${DURAND_NAME} (${DURAND_STATUS})`, swatch: { kind: 'line', color: theme.durand, width: 0.8, dash: [2, 1], casing: theme.durandCasing } });
  if (layers.basemap) entries.push({ label: 'International boundary', swatch: { kind: 'line', color: theme.countryLine, width: 0.4 } });
  if (layers.provinces) entries.push({ label: 'Province boundary', swatch: { kind: 'line', color: theme.provinceLine, width: 0.3 } });
  if (layers.focus) {
    entries.push({ label: 'Focus province', swatch: { kind: 'area', fill: theme.focusFill, stroke: theme.focusLine } });
    entries.push({ label: 'Kurram district (no open boundary)', swatch: { kind: 'ring', fill: theme.focusFill, stroke: theme.focusLine } });
  }
  if (layers.places) entries.push({ label: 'Capital, city or town', swatch: { kind: 'ring', fill: '#ffffff', stroke: '#2c3540' } });
  return entries;
}
