/**
 * Urdu map labels as Nastaliq images: the style stays valid, each Arabic-script label asks for
 * the image of its own words (read from the expressions MapLibre evaluates), its Naskh text is
 * kept but hidden and takes no room, and a switch to another language undoes all of it.
 */
import { createExpression, latest, validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { StylePropertySpecification } from '@maplibre/maplibre-gl-style-spec';
import type { LayerSpecification, StyleSpecification } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { theme } from '../theme/theme.ts';
import { labelLayers } from './label-layers.ts';
import { labelProperties, mapWords } from './label-language.ts';
import { parseLabelImage } from './label-images.ts';

const urdu = labelLayers(theme, mapWords('ur'));
const english = labelLayers(theme, mapWords('en'));
const layer = (layers: LayerSpecification[], id: string) =>
  layers.find((l) => l.id === id) as LayerSpecification & {
    layout: Record<string, unknown>;
    paint: Record<string, unknown>;
  };

/** The image id a layer's `icon-image` gives for a feature at a zoom. */
function imageFor(id: string, properties: Record<string, unknown>, zoom = 5): string {
  const spec = latest.layout_symbol['icon-image'] as unknown as StylePropertySpecification;
  const parsed = createExpression(layer(urdu, id).layout['icon-image'], 'icon-image', spec);
  if (parsed.result !== 'success') throw new Error(JSON.stringify(parsed.value));
  const feature = { type: 1, properties, geometry: [] } as never;
  return String(parsed.value.evaluate({ zoom }, feature));
}

describe('Urdu map labels in Nastaliq', () => {
  it('make a valid style', () => {
    const empty = { type: 'geojson' as const, data: { type: 'FeatureCollection' as const, features: [] } };
    const sources = ['country-labels', 'disputed-labels', 'province-labels', 'places', 'durand-labels'];
    const style: StyleSpecification = {
      version: 8,
      sources: Object.fromEntries(sources.map((s) => [s, empty])),
      layers: urdu,
    };
    expect(validateStyleMin(style).map((e) => e.message)).toEqual([]);
  });

  it('ask for the image of each label’s Urdu words', () => {
    expect(imageFor('durand-labels', {})).toBe('nastaliq:durand|ڈیورنڈ لائن\nافغانستان اسے تسلیم نہیں کرتا');
    expect(imageFor('country-labels-subject', { iso_a3: 'PAK', subject: true, name: 'Pakistan' })).toBe(
      'nastaliq:subject|پاکستان',
    );
    expect(imageFor('country-labels', { iso_a3: 'IRN', subject: false, name: 'Iran' })).toBe(
      'nastaliq:country|ایران',
    );
    // Natural Earth's Urdu name where it has one, the English name where not.
    expect(imageFor('province-labels', { name: 'Kandahar', name_ur: 'قندھار' })).toBe(
      'nastaliq:province|قندھار',
    );
    expect(imageFor('province-labels', { name: 'Kurram' })).toBe('nastaliq:province|Kurram');
    const kurram = { name: 'Kurram', name_ur: 'کرم', level: 'district', focus: true };
    expect(imageFor('province-focus-labels', kurram, 5)).toBe('nastaliq:focus|کرم');
    expect(parseLabelImage(imageFor('province-focus-labels', kurram, 7))).toEqual({
      kind: 'focus',
      text: `کرم\n${mapWords('ur').districtNote}`,
    });
  });

  it('keep the Naskh text for readers of the style, hidden and taking no room', () => {
    const durand = layer(urdu, 'durand-labels');
    expect(JSON.stringify(durand.layout['text-field'])).toContain('ڈیورنڈ لائن');
    expect(durand.paint['text-opacity']).toBe(0);
    expect(durand.layout['text-ignore-placement']).toBe(true);
    expect(durand.layout['text-variable-anchor-offset']).toBeUndefined();
    // The north-eastern label's image hangs west of its point, the others east.
    expect(durand.layout['icon-anchor']).toEqual(['match', ['get', 'lean'], 'west', 'right', 'left']);
    expect(durand.layout['text-anchor']).toEqual(durand.layout['icon-anchor']);
    expect(layer(urdu, 'country-labels').paint['icon-opacity']).toBe(0.55);
    // Place names are English in every language: MapLibre draws them as text.
    expect(layer(urdu, 'places-label').layout['icon-image']).toBeUndefined();
    expect(layer(urdu, 'places-label').paint['text-opacity']).toBeUndefined();
  });

  it('are undone by a switch to English', () => {
    const props = labelProperties(english);
    expect(Object.keys(props)).toContain('durand-labels');
    expect(props['durand-labels']!.layout['icon-image']).toBeUndefined();
    expect('icon-image' in props['durand-labels']!.layout).toBe(true);
    expect(JSON.stringify(props['durand-labels']!.layout['text-variable-anchor-offset'])).toContain(
      '["get","lean"]',
    );
    expect(props['durand-labels']!.layout['icon-anchor']).toBeUndefined();
    expect(props['durand-labels']!.paint['text-opacity']).toBeUndefined();
    expect(props['country-labels']!.paint['text-opacity']).toBe(0.55);
    expect(props['province-focus-labels']!.layout['text-allow-overlap']).toBe(true);
    expect(labelProperties(urdu)['durand-labels']!.layout['icon-image']).toBeDefined();
  });

  it('read their kind and words back from an image id, and nothing else', () => {
    expect(parseLabelImage('nastaliq:kashmir|کشمیر')).toEqual({ kind: 'kashmir', text: 'کشمیر' });
    expect(parseLabelImage('nastaliq:bogus|x')).toBeNull();
    expect(parseLabelImage('airstrike-filled')).toBeNull();
  });
});
