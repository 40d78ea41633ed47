/**
 * The legend as data: exactly the layers shown, the incident types drawn, and the marks for
 * precision and size. The screen legend, the printed page and the PNG/PDF painters all draw
 * these entries.
 */
import { INCIDENT_TYPES, type IncidentType, type LocationPrecision } from '../data/incidents.ts';
import { fillFor, type Fill } from './symbols.ts';
import { m } from '../i18n/messages.ts';
import type { LayerVisibility } from '../domain/layers.ts';

export type LegendSwatch =
  | { kind: 'symbol'; type: IncidentType; fill: Fill }
  /** Filled or hollow in a neutral shape that no incident type uses. */
  | { kind: 'precision'; fill: Fill }
  | { kind: 'line'; color: string; width: number; dash?: number[]; casing?: string }
  | { kind: 'area'; fill: string; stroke: string }
  | { kind: 'ring'; fill: string; stroke: string }
  | { kind: 'dot' }
  | { kind: 'cluster' }
  | { kind: 'number' };

export interface LegendEntry {
  /** Stable key: `type:airstrike`, `durand`, `focus`… */
  key: string;
  group: 'incidents' | 'map';
  label: string;
  swatch: LegendSwatch;
}

/** What the legend needs of the incidents drawn: how many, and which types and precisions. */
export interface DrawnKinds {
  located: number;
  types: readonly IncidentType[];
  precisions: readonly LocationPrecision[];
}

export interface LegendInput {
  layers: LayerVisibility;
  /** The types and precisions of the incidents drawn (none: no incident entries). */
  drawn: DrawnKinds;
  /** The printed map numbers each incident (keyed to the table) instead of grouping them. */
  numbered?: boolean;
  /** On paper: the style layers that drew something; entries for the others are left out. */
  rendered?: ReadonlySet<string>;
  /** The analyst's datasets shown, each drawn with a ring of its colour. */
  rings?: readonly { name: string; colour: string }[];
  theme: {
    durand: string;
    durandCasing: string;
    countryLine: string;
    deFactoLine: string;
    provinceLine: string;
    focusFill: string;
    focusLine: string;
  };
}

export function legendEntries({
  layers,
  drawn,
  theme,
  numbered = false,
  rendered,
  rings = [],
}: LegendInput): LegendEntry[] {
  const entries: LegendEntry[] = [];
  const add = (group: LegendEntry['group'], key: string, label: string, swatch: LegendSwatch) =>
    entries.push({ key, group, label, swatch });
  if (layers.incidents && drawn.types.length) {
    const types = (Object.keys(INCIDENT_TYPES) as IncidentType[]).filter((t) => drawn.types.includes(t));
    for (const type of types)
      add('incidents', `type:${type}`, INCIDENT_TYPES[type], { kind: 'symbol', type, fill: 'filled' });
    const fills = new Set(drawn.precisions.map(fillFor));
    if (fills.has('filled'))
      add('incidents', 'precision:filled', m.words_legend_filled(), {
        kind: 'precision',
        fill: 'filled',
      });
    if (fills.has('hollow'))
      add('incidents', 'precision:hollow', m.words_legend_hollow(), {
        kind: 'precision',
        fill: 'hollow',
      });
    for (const ring of rings)
      add('incidents', `dataset:${ring.name}`, m.words_legend_ringed({ name: ring.name }), {
        kind: 'ring',
        fill: '#ffffff',
        stroke: ring.colour,
      });
    add('incidents', 'size', m.words_legend_size(), { kind: 'dot' });
    if (numbered) add('incidents', 'number', m.words_legend_number(), { kind: 'number' });
    else if (drawn.located > 1) add('incidents', 'cluster', m.words_legend_cluster(), { kind: 'cluster' });
  }
  // A map entry shows when its layer is on and, on paper, when something of it was drawn.
  const shows = (on: boolean, layer: string) => on && (!rendered || rendered.has(layer));
  if (shows(layers.durand, 'durand-line'))
    // One sentence in the catalogue (the name and status the map labels take from theme.ts), so
    // each language words it whole.
    add('map', 'durand', m.words_legend_durand(), {
      kind: 'line',
      color: theme.durand,
      width: 0.8,
      dash: [2, 1],
      casing: theme.durandCasing,
    });
  if (shows(layers.basemap, 'countries-line'))
    add('map', 'country', m.words_legend_country(), { kind: 'line', color: theme.countryLine, width: 0.4 });
  if (shows(layers.basemap, 'countries-de-facto'))
    add('map', 'de-facto', m.words_legend_de_facto(), {
      kind: 'line',
      color: theme.deFactoLine,
      width: 0.5,
      dash: [0.5, 0.75],
    });
  if (shows(layers.provinces, 'provinces-line'))
    add('map', 'province', m.words_legend_province(), {
      kind: 'line',
      color: theme.provinceLine,
      width: 0.3,
    });
  if (shows(layers.focus, 'provinces-fill'))
    add('map', 'focus', m.words_legend_focus(), {
      kind: 'area',
      fill: theme.focusFill,
      stroke: theme.focusLine,
    });
  if (shows(layers.focus, 'provinces-district-seat'))
    add('map', 'kurram', m.words_legend_kurram(), {
      kind: 'ring',
      fill: theme.focusFill,
      stroke: theme.focusLine,
    });
  if (['places-dot', 'places-dot-2', 'places-dot-3'].some((id) => shows(layers.places, id)))
    add('map', 'places', m.words_legend_places(), { kind: 'ring', fill: '#ffffff', stroke: '#2c3540' });
  return entries;
}
