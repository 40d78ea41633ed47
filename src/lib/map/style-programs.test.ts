/**
 * How many shader programs the style asks MapLibre for. MapLibre builds one program per layer
 * type and per set of paint properties read from features; through software WebGL (SwiftShader,
 * as in the bench and the e2e specs) compiling each cost tens to hundreds of ms on every load, so
 * a colour read from features where a second layer would do is a cost, not a detail.
 */
import { createPropertyExpression, latest } from '@maplibre/maplibre-gl-style-spec';
import type { StylePropertySpecification } from '@maplibre/maplibre-gl-style-spec';
import type { FeatureCollection } from 'geojson';
import type { LayerSpecification } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { theme } from '../theme/theme.ts';
import { incidentTileUrl } from './incident-layers.ts';
import { labelLayers } from './label-layers.ts';
import { mapWords } from './label-language.ts';
import { buildStyle, type BasemapData } from './style.ts';

const empty: FeatureCollection = { type: 'FeatureCollection', features: [] };
const basemap: BasemapData = {
  countries: empty,
  provinces: empty,
  provinceLabels: empty,
  countryLabels: empty,
  durandLine: empty,
  boundaries: empty,
  disputedLabels: empty,
  durandLabels: empty,
  places: empty,
  badgeAnchor: { type: 'Point', coordinates: [70, 33] },
};

/** The paint properties a layer reads from its features (each one a shader attribute). */
function fromFeatures(layer: LayerSpecification): string[] {
  const specs = (latest as unknown as Record<string, Record<string, StylePropertySpecification>>)[
    `paint_${layer.type}`
  ];
  const paint = ('paint' in layer ? layer.paint : undefined) ?? {};
  return Object.entries(paint)
    .filter(([name, value]) => {
      // A plain value, as a dash array is written, is no expression.
      if (!Array.isArray(value) || typeof value[0] !== 'string') return false;
      if (!specs?.[name]) throw new Error(`${layer.id}: no spec for ${name}`);
      const parsed = createPropertyExpression(value, name, specs[name]);
      if (parsed.result !== 'success') throw new Error(`${layer.id} ${name}`);
      return parsed.value.kind === 'source' || parsed.value.kind === 'composite';
    })
    .map(([name]) => name)
    .sort();
}

/** The program a layer draws with, named as MapLibre names them, with its feature attributes. */
function programsOf(layer: LayerSpecification): string[] {
  const attributes = fromFeatures(layer);
  const named = (name: string) => [name, ...attributes].join(' ');
  const layout = ('layout' in layer ? layer.layout : undefined) as Record<string, unknown> | undefined;
  if (layer.type === 'line') return [named(layer.paint?.['line-dasharray'] ? 'lineSDF' : 'line')];
  if (layer.type === 'fill') return [named('fill'), named('fillOutline')];
  if (layer.type !== 'symbol') return [named(layer.type)];
  return [
    ...(layout?.['text-field'] !== undefined ? [named('symbolSDF')] : []),
    ...(layout?.['icon-image'] !== undefined ? [named('symbolIcon')] : []),
  ];
}

const programs = (layers: LayerSpecification[]) => [...new Set(layers.flatMap(programsOf))].sort();

describe('shader programs the style asks for', () => {
  it('are one per layer type, the incident groups and imported rings apart', () => {
    const style = buildStyle({ basemap, incidents: incidentTileUrl(1) }, theme);
    expect(programs(style.layers)).toEqual([
      'background',
      'circle',
      // Groups of incidents, sized by how many they hold.
      'circle circle-radius',
      // An imported dataset's rings: drawn only once there is one.
      'circle circle-radius circle-stroke-color',
      'fill',
      'fillOutline',
      'line',
      'lineSDF',
      'symbolIcon',
      'symbolSDF',
    ]);
  });

  it('stay as few in Urdu, whose labels are images beside hidden text', () => {
    const urdu = programs(labelLayers(theme, mapWords('ur')));
    expect(urdu).toEqual(['circle', 'symbolIcon', 'symbolSDF']);
  });
});
