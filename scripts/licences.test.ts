import { describe, expect, it } from 'vitest';
import { packageOf } from './licences.ts';

describe('the package a bundled file comes from', () => {
  it('reads plain and scoped names out of node_modules paths', () => {
    expect(packageOf('/w/node_modules/maplibre-gl/dist/maplibre-gl.mjs')).toBe('maplibre-gl');
    expect(packageOf('/w/node_modules/@turf/helpers/dist/esm/index.js')).toBe('@turf/helpers');
    expect(packageOf('C:\\w\\node_modules\\idb\\build\\index.js')).toBe('idb');
    expect(packageOf('/w/node_modules/a/node_modules/b/index.js')).toBe('b');
  });
  it('gives nothing for our own files', () => {
    expect(packageOf('/w/src/lib/map/style.ts')).toBeUndefined();
  });
});
