import { describe, expect, it } from 'vitest';
import type { GeoJSONFeature, LngLatBounds } from 'maplibre-gl';
import { inView, sameView } from './archive-layers.ts';

const feature = (properties: Record<string, unknown>, lng = 70, lat = 33) =>
  ({ properties, geometry: { type: 'Point', coordinates: [lng, lat] } }) as unknown as GeoJSONFeature;
/** Only the box from 69 to 71°E, 32 to 34°N. */
const bounds = {
  contains: ([lng, lat]: [number, number]) => lng >= 69 && lng <= 71 && lat >= 32 && lat <= 34,
} as unknown as LngLatBounds;

describe('inView', () => {
  it('counts each incident once, those in view only, latest first, up to the listed number', () => {
    const features = [
      feature({ id: 'a', s: 10 }),
      feature({ id: 'b', s: 30 }),
      feature({ id: 'a', s: 10 }), // the same incident from an overlapping tile
      feature({ id: 'c', s: 20 }),
      feature({ id: 'far', s: 40 }, 75, 33),
    ];
    const view = inView(features, bounds, 6.7, 2);
    expect(view.count).toBe(3);
    expect(view.zoom).toBe(6);
    expect(view.items.map((i) => i.props.id)).toEqual(['b', 'c']);
  });
  it('survives fields of the wrong kind from a crafted archive', () => {
    const view = inView(
      [feature({ id: 7, s: 'x' }), feature({ id: 7, s: 'x' }), feature({ s: 1 })],
      bounds,
      5,
      10,
    );
    expect(view.items.map((i) => i.props.id)).toEqual(['undefined', '7']);
  });
});

describe('sameView', () => {
  it('tells a changed report from a repeated one', () => {
    const a = inView([feature({ id: 'a', s: 1 })], bounds, 5, 10);
    expect(sameView(a, inView([feature({ id: 'a', s: 1 })], bounds, 5, 10))).toBe(true);
    expect(sameView(a, inView([feature({ id: 'b', s: 1 })], bounds, 5, 10))).toBe(false);
    expect(sameView(a, null)).toBe(false);
    expect(sameView(null, null)).toBe(true);
  });
});
