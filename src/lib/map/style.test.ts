import { readFileSync } from 'node:fs';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { LayerSpecification, StyleSpecification, SymbolLayerSpecification } from 'maplibre-gl';
import type { FeatureCollection, Geometry } from 'geojson';
import { describe, expect, it } from 'vitest';
import type { Incidents } from '../data/incidents.ts';
import { labelPoints, pointsAlong } from '../geo/label-points.ts';
import { LAYER_KEYS } from '../domain/layers.ts';
import { badgeOnPaper, incidentTileUrl, withoutSourceLayer } from './incident-layers.ts';
import { toMapFeatures } from './incident-feed.ts';
import { attributionHtml, buildStyle, layerGroup, type BasemapData } from './style.ts';
import { TYPE_SYMBOLS } from '../theme/symbols.ts';
import { theme } from '../theme/theme.ts';

const read = (file: string) =>
  JSON.parse(readFileSync(new URL(`../../../geodata/${file}`, import.meta.url), 'utf8'));
const provinces = read('provinces.geojson');
const countries = read('countries.geojson');
const durandLine = read('durand-line.geojson');
const incidents = read('incidents.geojson') as Incidents;
const basemap: BasemapData = {
  countries,
  provinces,
  durandLine,
  places: read('places.geojson'),
  provinceLabels: labelPoints(provinces),
  countryLabels: labelPoints(countries),
  durandLabels: pointsAlong(durandLine.features[0], [0.5]),
  badgeAnchor: { type: 'Point', coordinates: [70, 33] },
  boundaries: read('boundaries.geojson'),
  disputedLabels: read('kashmir-labels.geojson'),
};
const features = toMapFeatures(incidents.features);
const style = buildStyle({ basemap, incidents: incidentTileUrl(1) }, theme);

const online: StyleSpecification = {
  version: 8,
  name: 'Test online',
  glyphs: 'https://example.test/{fontstack}/{range}.pbf',
  sources: { countries: { type: 'vector', url: 'https://example.test/tiles.json' } },
  layers: [
    { id: 'background', type: 'background', paint: { 'background-color': '#eee' } },
    { id: 'water', type: 'fill', source: 'countries', 'source-layer': 'water' },
  ],
};

describe('buildStyle (offline)', () => {
  it('is a valid MapLibre style', () => {
    expect(validateStyleMin(style).map((e) => e.message)).toEqual([]);
  });
  it('needs nothing from the network: no glyphs, no sprite, inline GeoJSON and our own tiles', () => {
    expect(style.glyphs).toBeUndefined();
    expect(style.sprite).toBeUndefined();
    for (const [id, source] of Object.entries(style.sources)) {
      if (id === 'incidents') {
        // Made on the page by the incident tile worker (incident-tiles.ts), not fetched.
        expect(source).toMatchObject({ type: 'vector', tiles: ['atlas://incidents/{z}/{x}/{y}?v=1'] });
        continue;
      }
      expect(source.type).toBe('geojson');
      expect(typeof (source as { data: unknown }).data).toBe('object');
    }
  });
  it('has unique layer ids, and every layer’s source exists', () => {
    const ids = style.layers.map((l) => l.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const layer of style.layers)
      if ('source' in layer) expect(Object.keys(style.sources)).toContain(layer.source);
  });
  it('puts every layer but the sea under one layer-panel toggle, and every toggle has layers', () => {
    for (const layer of style.layers)
      if (layer.id !== 'background' && !layer.id.startsWith('analysis-'))
        expect(layerGroup(layer.id), layer.id).toBeDefined();
    for (const key of LAYER_KEYS)
      expect(
        style.layers.some((l) => layerGroup(l.id) === key),
        key,
      ).toBe(true);
  });
  it('draws the names and the border badge over the group circles, under counts and incidents', () => {
    const at = (id: string) => style.layers.findIndex((l) => l.id === id);
    const over = ['places-label', 'border-badge', 'province-focus-labels', 'durand-labels'].map(at);
    // In this order (MapLibre places the top one first: place names give way to the other three,
    // the badge to the focus areas' and the line's names), right above the circles.
    expect(over).toEqual([...over].sort((a, b) => a - b));
    expect(over[0]).toBe(at('incidents-cluster') + 1);
    expect(over[3]).toBeLessThan(at('incidents-cluster-count'));
    expect(over[3]).toBeLessThan(at('incidents-points'));
    // The other labels stay under the incidents.
    expect(at('province-labels')).toBeLessThan(at('incidents-cluster'));
    expect(at('country-labels')).toBeLessThan(at('incidents-cluster'));
  });

  it('reads the border badge from its own layer of the incident tiles, and from GeoJSON on paper', () => {
    const fromTiles = style.layers.filter((l) => 'source' in l && l.source === 'incidents');
    const layerOf = (l: LayerSpecification) => ('source-layer' in l ? l['source-layer'] : undefined);
    expect(fromTiles.map((l) => [l.id, layerOf(l)])).toContainEqual(['border-badge', 'badge']);
    expect(fromTiles.filter((l) => l.id !== 'border-badge').map(layerOf)).toEqual(
      Array(fromTiles.length - 1).fill('incidents'),
    );
    const onPaper = withoutSourceLayer(style.layers).find((l) => l.id === 'border-badge')!;
    expect(onPaper).toMatchObject({ source: 'border-badge' });
    expect(layerOf(onPaper)).toBeUndefined();
  });

  it('has the border badge try below its point first on screen, east of it first on paper', () => {
    const firstSide = (layers: LayerSpecification[]) => {
      const badge = layers.find((l) => l.id === 'border-badge') as SymbolLayerSpecification;
      const sides = badge.layout?.['text-variable-anchor-offset'] as unknown as ['literal', unknown[]];
      return sides[1].slice(0, 2);
    };
    expect(firstSide(style.layers)).toEqual(['top', [0, 0.8]]);
    expect(firstSide(badgeOnPaper(style.layers))).toEqual(['left', [1, 0]]);
  });

  it('only names bundled fonts', () => {
    const bundled = new Set(Object.values(theme.fonts).flat());
    const fonts = JSON.stringify(style.layers).match(/Atlas Sans[^"]*/g) ?? [];
    expect(fonts.length).toBeGreaterThan(0);
    for (const font of fonts) expect(bundled.has(font as never), font).toBe(true);
  });
  it('credits Natural Earth and GeoNames under the map, in words of the catalogue', () => {
    expect(attributionHtml()).toBe(
      'Boundaries: <a href="https://www.naturalearthdata.com/">Natural Earth</a> · ' +
        'Places: <a href="https://www.geonames.org/">GeoNames</a> (CC BY 4.0)',
    );
    // The control carries the credit (MapView.svelte); a source's own would repeat it in English.
    expect(JSON.stringify(style.sources)).not.toContain('attribution');
  });
  it('draws only located incidents, flat, with a casualty size', () => {
    expect(features.features.length).toBe(incidents.features.filter((i) => i.geometry).length);
    const barmal = features.features.find((f) => f.properties.id === '2024-12-25-barmal-airstrikes')!;
    expect(barmal.properties).toEqual({
      id: '2024-12-25-barmal-airstrikes',
      type: 'airstrike',
      fill: 'hollow',
      cas: 20,
    });
  });
});

describe('Kashmir', () => {
  const layer = (id: string) =>
    style.layers.find((l) => l.id === id) as { filter?: unknown; paint?: Record<string, unknown> };
  it('draws the Line of Control apart from international borders, dashed in its own colour', () => {
    expect(layer('countries-line').filter).toEqual(['==', ['get', 'kind'], 'international']);
    const deFacto = layer('countries-de-facto');
    expect(deFacto.filter).toEqual(['==', ['get', 'kind'], 'de_facto']);
    expect(deFacto.paint?.['line-dasharray']).toBeDefined();
    expect(deFacto.paint?.['line-color']).not.toBe(layer('countries-line').paint?.['line-color']);
  });
  it('has a Line of Control among the de facto lines, and labels who administers which part', () => {
    const lines = (basemap.boundaries as FeatureCollection<Geometry, { kind: string; name: string }>)
      .features;
    expect(lines.filter((f) => f.properties.kind === 'de_facto').map((f) => f.properties.name)).toContain(
      'Line of Control (India–Pakistan)',
    );
    expect(
      lines.some(
        (f) =>
          f.properties.kind === 'international' && /India.*Pakistan|Pakistan.*India/.test(f.properties.name),
      ),
    ).toBe(true);
    const labels = (basemap.disputedLabels as FeatureCollection<Geometry, { name: string }>).features;
    expect(labels.map((f) => f.properties.name)).toEqual(
      expect.arrayContaining(['Pakistan-administered Kashmir', 'Indian-administered Kashmir']),
    );
    expect(layer('countries-disputed-labels')).toBeDefined();
  });
});

describe('buildStyle (online basemap)', () => {
  const composed = buildStyle({ basemap, incidents: incidentTileUrl(1), online }, theme);
  it('is valid, keeps the online glyphs and prefixes its ids', () => {
    expect(validateStyleMin(composed).map((e) => e.message)).toEqual([]);
    expect(composed.glyphs).toBe(online.glyphs);
    expect(composed.layers.slice(0, 2).map((l) => l.id)).toEqual(['online-background', 'online-water']);
    expect(composed.sources['online-countries']).toEqual(online.sources.countries);
    expect(composed.sources.countries?.type).toBe('geojson');
  });
  it('replaces our land and countries but keeps the border, provinces and incidents on top', () => {
    const ids = composed.layers.map((l) => l.id);
    expect(ids).not.toContain('countries-fill');
    for (const id of ['durand-line', 'provinces-line', 'incidents-points']) expect(ids).toContain(id);
    expect(ids.indexOf('incidents-points')).toBeGreaterThan(ids.indexOf('online-water'));
  });
});

describe('symbols', () => {
  it('gives every type a distinct colour-and-shape pair', () => {
    const pairs = Object.values(TYPE_SYMBOLS).map((s) => `${s.shape}/${s.color}`);
    expect(new Set(pairs).size).toBe(pairs.length);
  });
  it('tells types apart by shape alone (grayscale)', () => {
    const shapes = Object.values(TYPE_SYMBOLS).map((s) => s.shape);
    expect(new Set(shapes).size).toBe(shapes.length);
  });
});
