import { readFileSync } from 'node:fs';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { labelPoints, pointsAlong } from '../geo/label-points.ts';
import { basemapStyle, SOURCES } from './style.ts';
import { theme } from './theme.ts';

const read = (file: string) => JSON.parse(readFileSync(new URL(`../../../geodata/${file}`, import.meta.url), 'utf8'));
const provinces = read('provinces.geojson');
const countries = read('countries.geojson');
const durandLine = read('durand-line.geojson');
const style = basemapStyle(
  {
    countries,
    provinces,
    durandLine,
    places: read('places.geojson'),
    provinceLabels: labelPoints(provinces),
    countryLabels: labelPoints(countries),
    durandLabels: pointsAlong(durandLine.features[0], [0.5]),
  },
  theme,
);

describe('basemapStyle', () => {
  it('is a valid MapLibre style', () => {
    expect(validateStyleMin(style).map((e) => e.message)).toEqual([]);
  });
  it('needs nothing from the network: no glyphs, no sprite, only inline GeoJSON', () => {
    expect(style.glyphs).toBeUndefined();
    expect(style.sprite).toBeUndefined();
    for (const source of Object.values(style.sources)) {
      expect(source.type).toBe('geojson');
      expect(typeof (source as { data: unknown }).data).toBe('object');
    }
  });
  it('has unique layer ids, and every layer’s source exists', () => {
    const ids = style.layers.map((l) => l.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(Object.keys(style.sources).sort()).toEqual([...SOURCES].sort());
    for (const layer of style.layers) if ('source' in layer) expect(Object.keys(style.sources)).toContain(layer.source);
  });
  it('only names bundled fonts', () => {
    const bundled = new Set(Object.values(theme.fonts).flat());
    const fonts = JSON.stringify(style.layers).match(/Atlas Sans[^"]*/g) ?? [];
    expect(fonts.length).toBeGreaterThan(0);
    for (const font of fonts) expect(bundled.has(font as never), font).toBe(true);
  });
  it('credits Natural Earth and GeoNames', () => {
    const attribution = JSON.stringify(style.sources);
    expect(attribution).toContain('Natural Earth');
    expect(attribution).toContain('GeoNames');
  });
});
