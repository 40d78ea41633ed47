/**
 * The basemap's words: country names, who administers each part of Kashmir, provinces, places,
 * the five focus areas and the Durand Line's name and status. Labels use the bundled fonts.
 */
import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import type { Theme } from '../theme/theme.ts';
import { mapWords, type MapWords } from './label-language.ts';
import { inNastaliq } from './label-nastaliq.ts';
import { FULL_LABEL_ZOOM, offsetFor } from './label-places.ts';

export { FULL_LABEL_ZOOM };

export function labelLayers(t: Theme, w: MapWords = mapWords()): LayerSpecification[] {
  const layers = naskhLayers(t, w);
  return w.locale === 'ur' ? inNastaliq(layers, w) : layers;
}

/** A place's dot by its rank (1 the largest): one layer each, for the reason in naskhLayers. */
const PLACE_DOTS = [
  { rank: 1, radius: 4.5, stroke: 2 },
  { rank: 2, radius: 3.2, stroke: 1.4 },
  { rank: 3, radius: 2.4, stroke: 1.4 },
] as const;

/** The labels as MapLibre draws text itself: every language but Urdu. */
function naskhLayers(t: Theme, w: MapWords): LayerSpecification[] {
  const isSubject: ExpressionSpecification = ['==', ['get', 'subject'], true];
  const isFocus: ExpressionSpecification = ['==', ['get', 'focus'], true];
  // Larger places from the first zoom, smaller ones as the map zooms in.
  const shown: ExpressionSpecification = ['<=', ['get', 'rank'], ['step', ['zoom'], 1, 4.5, 2, 6.5, 3]];
  const countryLabels = (subject: boolean): LayerSpecification => ({
    id: subject ? 'country-labels-subject' : 'country-labels',
    type: 'symbol',
    source: 'country-labels',
    filter: subject ? isSubject : ['!', isSubject],
    layout: {
      'text-field': ['upcase', w.countryName],
      'text-font': [...t.fonts.bold],
      'text-size': subject ? 15 : 12,
      'text-letter-spacing': 0.18,
      'text-max-width': 12,
    },
    paint: {
      'text-color': subject ? t.label : t.labelSoft,
      'text-opacity': 0.55,
      'text-halo-color': t.halo,
      'text-halo-width': 1,
    },
  });
  // Colours and sizes fixed per layer, not read from each feature: each paint property read from
  // features makes MapLibre build one more shader program, and software WebGL compiles each on
  // every load. The two subject countries are placed first.
  return [
    countryLabels(false),
    countryLabels(true),
    {
      id: 'countries-disputed-labels',
      type: 'symbol',
      source: 'disputed-labels',
      layout: {
        'text-field': w.kashmirName,
        'text-font': [...t.fonts.italic],
        'text-size': 11,
        'text-max-width': 9,
      },
      paint: { 'text-color': t.deFactoLine, 'text-halo-color': t.halo, 'text-halo-width': 1.5 },
    },
    {
      id: 'province-labels',
      type: 'symbol',
      source: 'province-labels',
      filter: ['!', isFocus],
      layout: {
        'text-field': w.provinceName,
        'text-font': [...t.fonts.italic],
        'text-size': 11,
        'text-max-width': 8,
      },
      paint: { 'text-color': t.labelSoft, 'text-halo-color': t.halo, 'text-halo-width': 1.5 },
    },
    ...PLACE_DOTS.map(({ rank, radius, stroke }): LayerSpecification => ({
      id: rank === 1 ? 'places-dot' : `places-dot-${rank}`,
      type: 'circle',
      source: 'places',
      filter: ['all', rank < 3 ? ['==', ['get', 'rank'], rank] : ['>=', ['get', 'rank'], rank], shown],
      paint: {
        'circle-radius': radius,
        'circle-color': t.halo,
        'circle-stroke-color': t.placeDot,
        'circle-stroke-width': stroke,
      },
    })),
    {
      id: 'places-label',
      type: 'symbol',
      source: 'places',
      filter: shown,
      layout: {
        'text-field': ['get', 'name'],
        'text-font': [
          'match',
          ['get', 'rank'],
          1,
          ['literal', [...t.fonts.bold]],
          ['literal', [...t.fonts.regular]],
        ],
        'text-size': ['match', ['get', 'rank'], 1, 14, 2, 12, 11],
        'text-variable-anchor': ['left', 'right', 'top', 'bottom'],
        'text-radial-offset': 0.6,
        'symbol-sort-key': ['get', 'rank'],
      },
      paint: { 'text-color': t.label, 'text-halo-color': t.halo, 'text-halo-width': 1.5 },
    },
    // Above the places so the five focus areas always keep their names; they step aside from a
    // city of the same name rather than hide it.
    {
      id: 'province-focus-labels',
      type: 'symbol',
      source: 'province-labels',
      filter: isFocus,
      layout: {
        'text-field': [
          'step',
          ['zoom'],
          ['upcase', w.provinceName],
          FULL_LABEL_ZOOM,
          [
            'case',
            ['==', ['get', 'level'], 'district'],
            [
              'format',
              ['upcase', w.provinceName],
              {},
              `\n${w.districtNote}`,
              { 'font-scale': 0.78, 'text-font': ['literal', [...t.fonts.italic]] },
            ],
            ['upcase', w.provinceName],
          ],
        ],
        'text-font': [...t.fonts.bold],
        'text-size': 12.5,
        'text-letter-spacing': 0.08,
        'text-max-width': 14,
        // Beside the Durand Line a label hangs from the corner that keeps it on its own side.
        'text-anchor': [
          'step',
          ['zoom'],
          ['coalesce', ['get', 'anchor_small'], 'center'],
          FULL_LABEL_ZOOM,
          ['coalesce', ['get', 'anchor'], 'center'],
        ],
        'text-offset': ['step', ['zoom'], offsetFor('anchor_small'), FULL_LABEL_ZOOM, offsetFor('anchor')],
        'text-justify': 'auto',
        // The five focus areas are always named, on a phone too.
        'text-allow-overlap': true,
      },
      paint: { 'text-color': t.focusLine, 'text-halo-color': t.halo, 'text-halo-width': 2 },
    },
    {
      id: 'durand-labels',
      type: 'symbol',
      source: 'durand-labels',
      layout: {
        'text-field': [
          'format',
          w.durandName,
          {},
          `\n${w.durandStatus}`,
          { 'font-scale': 0.8, 'text-font': ['literal', [...t.fonts.italic]] },
        ],
        'text-font': [...t.fonts.bold],
        'text-size': 12.5,
        // East of the point first, or west where the point says so (basemap-data.ts), then above
        // and below: 0.8 em from it each way.
        'text-variable-anchor-offset': [
          'match',
          ['get', 'lean'],
          'west',
          ['literal', ['right', [-0.8, 0], 'left', [0.8, 0], 'top', [0, 0.8], 'bottom', [0, -0.8]]],
          ['literal', ['left', [0.8, 0], 'right', [-0.8, 0], 'top', [0, 0.8], 'bottom', [0, -0.8]]],
        ],
        'text-justify': 'auto',
        'text-max-width': 16,
      },
      paint: { 'text-color': t.durand, 'text-halo-color': t.halo, 'text-halo-width': 2 },
    },
  ] as LayerSpecification[];
}
