import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Layers } from '../data/load.ts';
import { basemapData } from './basemap-data.ts';

const geodata = (file: string) =>
  JSON.parse(readFileSync(new URL(`../../../geodata/${file}`, import.meta.url), 'utf8'));
const layers: Layers = {
  countries: geodata('countries.geojson'),
  provinces: geodata('provinces.geojson'),
  durandLine: geodata('durand-line.geojson'),
  boundaries: geodata('boundaries.geojson'),
  kashmirLabels: geodata('kashmir-labels.geojson'),
  places: geodata('places.geojson'),
};

describe('the Durand Line labels', () => {
  it('are three, and only the north-eastern one (near a phone’s right edge) leans west', () => {
    const { features } = basemapData(layers).durandLabels;
    expect(features).toHaveLength(3);
    const east = (f: (typeof features)[number]) => (f.geometry as { coordinates: number[] }).coordinates[0]!;
    const byLongitude = [...features].sort((a, b) => east(a) - east(b));
    // Near Chitral and Kunar, about 71.5° E; the others, by Chagai and Zhob, lie west of 69° E.
    expect(east(byLongitude[2]!)).toBeGreaterThan(71);
    expect(byLongitude.map((f) => f.properties?.lean)).toEqual(['east', 'east', 'west']);
  });
});
