/**
 * The Urdu map's labels as Nastaliq images (label-images.ts). Each label layer keeps its text
 * (what a reader of the style or of rendered features finds), drawn invisible and taking no room,
 * and shows the same words as an image placed where the text would hang; the image takes part in
 * collisions as the text did. The Durand Line's labels hang to the east of their points, the
 * north-eastern one to the west (an image cannot try anchors in turn as text does).
 */
import type { ExpressionSpecification, LayerSpecification, SymbolLayerSpecification } from 'maplibre-gl';
import type { MapWords } from './label-language.ts';
import { labelImage } from './label-images.ts';
import { FULL_LABEL_ZOOM, offsetFor } from './label-places.ts';

function images(w: MapWords): Record<string, ExpressionSpecification> {
  const isDistrict: ExpressionSpecification = ['==', ['get', 'level'], 'district'];
  return {
    'country-labels': labelImage('country', w.countryName),
    'country-labels-subject': labelImage('subject', w.countryName),
    'countries-disputed-labels': labelImage('kashmir', w.kashmirName),
    'province-labels': labelImage('province', w.provinceName),
    'province-focus-labels': [
      'step',
      ['zoom'],
      labelImage('focus', w.provinceName),
      FULL_LABEL_ZOOM,
      [
        'case',
        isDistrict,
        labelImage('focus', ['concat', w.provinceName, '\n', w.districtNote]),
        labelImage('focus', w.provinceName),
      ],
    ],
    'durand-labels': labelImage('durand', `${w.durandName}\n${w.durandStatus}`),
  };
}

/** Where each image hangs: the text's anchor and offset, in px of the label's size. */
const PLACES: Record<string, { anchor: unknown; offset: unknown }> = {
  'province-focus-labels': {
    anchor: [
      'step',
      ['zoom'],
      ['coalesce', ['get', 'anchor_small'], 'center'],
      FULL_LABEL_ZOOM,
      ['coalesce', ['get', 'anchor'], 'center'],
    ],
    offset: ['step', ['zoom'], offsetFor('anchor_small', 12.5), FULL_LABEL_ZOOM, offsetFor('anchor', 12.5)],
  },
  // East of its point, or west where the point leans west (basemap-data.ts), as in other letters.
  'durand-labels': {
    anchor: ['match', ['get', 'lean'], 'west', 'right', 'left'],
    offset: ['match', ['get', 'lean'], 'west', ['literal', [-10, 0]], ['literal', [10, 0]]],
  },
};

export function inNastaliq(layers: LayerSpecification[], w: MapWords): LayerSpecification[] {
  const byLayer = images(w);
  return layers.map((layer) => {
    const image = byLayer[layer.id];
    if (!image || layer.type !== 'symbol') return layer;
    const { layout = {}, paint = {} } = layer as SymbolLayerSpecification;
    const place = PLACES[layer.id];
    const { 'text-variable-anchor-offset': variable, ...text } = layout as Record<string, unknown>;
    return {
      ...layer,
      layout: {
        ...text,
        'icon-image': image,
        ...(place ? { 'icon-anchor': place.anchor, 'icon-offset': place.offset } : {}),
        // The hidden text hangs as its image does, where it had anchors to choose from.
        ...(place && variable ? { 'text-anchor': place.anchor } : {}),
        'icon-allow-overlap': layout['text-allow-overlap'] ?? false,
        'text-allow-overlap': true,
        'text-ignore-placement': true,
      },
      paint: { ...paint, 'text-opacity': 0, 'icon-opacity': paint['text-opacity'] ?? 1 },
    } as SymbolLayerSpecification;
  });
}
