import { describe, expect, it } from 'vitest';
import { VectorTile } from '@mapbox/vector-tile';
import { PbfReader } from 'pbf';
import { IncidentTileIndex, type MapColumns } from './incident-tiles-core.ts';
import { mulberry32 } from '../geo/random.ts';
import type { Point } from 'geojson';

/** Columns for points given as [lng, lat] (null: no point); every third row of a dataset ringed. */
function columns(points: ([number, number] | null)[]): MapColumns {
  return {
    ids: points.map((_, i) => `i${i}`),
    lng: Float64Array.from(points, (p) => (p ? p[0] : NaN)),
    lat: Float64Array.from(points, (p) => (p ? p[1] : 0)),
    type: Uint8Array.from(points, (_, i) => i % 2),
    typeNames: ['airstrike', 'shelling'],
    hollow: Uint8Array.from(points, (_, i) => (i % 5 === 0 ? 1 : 0)),
    cas: Float64Array.from(points, (_, i) => i % 7),
    ring: Int16Array.from(points, (_, i) => (i % 3 === 0 ? 1 : -1)),
    ringColours: ['#000001', '#000002'],
  };
}

type Drawn = { props: Record<string, unknown> };
/** Every feature drawn inside tiles z/x/y covering lng 59–76, lat 23–39 (a tile's buffer left out). */
function drawnAt(index: IncidentTileIndex, z: number, v: number): Drawn[] {
  const tileX = (lng: number) => Math.floor(((lng + 180) / 360) * 2 ** z);
  const tileY = (lat: number) => {
    const s = Math.sin((lat * Math.PI) / 180);
    return Math.floor((0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI)) * 2 ** z);
  };
  const out: Drawn[] = [];
  for (let x = tileX(59); x <= tileX(76); x++)
    for (let y = tileY(39); y <= tileY(23); y++) {
      const { bytes, v: served } = index.tile(z, x, y);
      expect(served).toBe(v);
      const layer = bytes && new VectorTile(new PbfReader(bytes)).layers.incidents;
      for (let i = 0; layer && i < layer.length; i++) {
        const f = layer.feature(i);
        const [p] = f.loadGeometry()[0]!;
        if (p!.x >= 0 && p!.x < layer.extent && p!.y >= 0 && p!.y < layer.extent)
          out.push({ props: f.properties });
      }
    }
  return out;
}
const countOf = (drawn: Drawn[]) =>
  drawn.reduce((sum, d) => sum + (d.props.cluster ? Number(d.props.point_count) : 1), 0);

const rand = mulberry32(7);
const points = Array.from({ length: 3000 }, (_, i): [number, number] | null =>
  i % 10 === 9 ? null : [60 + rand() * 15, 24 + rand() * 14],
);
const everyOther = Uint8Array.from(points, (p, i) => (p && i % 2 === 0 ? 1 : 0));
const expectedIds = (mask: Uint8Array) => points.flatMap((p, i) => (p && mask[i] ? [`i${i}`] : []));

describe('IncidentTileIndex', () => {
  it('draws every masked incident once, grouped or alone, at every zoom', () => {
    const index = new IncidentTileIndex();
    index.load(columns(points));
    index.show(everyOther.slice(), 1);
    for (const z of [2, 5, 8]) expect(countOf(drawnAt(index, z, 1))).toBe(expectedIds(everyOther).length);
    // Past the last grouping zoom every incident is alone: exactly the masked ones.
    const alone = drawnAt(index, 9, 1);
    expect(alone.every((d) => !d.props.cluster)).toBe(true);
    expect(alone.map((d) => String(d.props.id)).sort()).toEqual(expectedIds(everyOther).sort());
  });

  it('keeps the properties the layers style by, and marks groups with their version', () => {
    const index = new IncidentTileIndex();
    index.load(columns(points));
    index.show(everyOther.slice(), 4);
    const alone = drawnAt(index, 9, 4).find((d) => d.props.id === 'i0')!;
    expect(alone.props).toEqual({ id: 'i0', type: 'airstrike', fill: 'hollow', cas: 0, ring: '#000002' });
    const group = drawnAt(index, 3, 4).find((d) => d.props.cluster)!;
    expect(Object.keys(group.props).sort()).toEqual(
      ['cluster', 'cluster_id', 'point_count', 'point_count_abbreviated', 'v'].sort(),
    );
    expect(group.props.v).toBe(4);
  });

  it('opens a group into the incidents at one spot, from the version it was drawn in', () => {
    const spot: [number, number][] = [
      [69, 33],
      [69, 33],
      [69.00001, 33],
      [72, 30],
    ];
    const index = new IncidentTileIndex();
    index.load(columns(spot));
    index.show(Uint8Array.of(1, 1, 1, 1), 1);
    const group = drawnAt(index, 8, 1).find((d) => d.props.cluster)!;
    expect(group.props.point_count).toBe(3);
    index.show(Uint8Array.of(0, 0, 0, 1), 2);
    const found = index.cluster(Number(group.props.cluster_id), 1)!;
    expect(found.ids.sort()).toEqual(['i0', 'i1', 'i2']);
    // They never separate before the last grouping zoom (8): the app lists them instead.
    expect(found.zoom).toBeGreaterThan(8);
    expect(countOf(drawnAt(index, 8, 2))).toBe(1);
  });

  it('reuses the index of the whole set and of the latest sets, checked by content', () => {
    const index = new IncidentTileIndex();
    index.load(columns(points));
    expect(index.builds).toBe(1);
    const all = Uint8Array.from(points, (p) => (p ? 1 : 0));
    index.show(all.slice(), 1);
    expect(index.builds).toBe(1);
    const masks = [1, 2, 3, 4].map((k) =>
      Uint8Array.from(points, (p, i) => (p && i % (k + 1) === 0 ? 1 : 0)),
    );
    // As the map does: a tile asked for after each change.
    const shown = (mask: Uint8Array, v: number) => (index.show(mask.slice(), v), index.tile(0, 0, 0));
    masks.forEach((mask, k) => shown(mask, 2 + k));
    expect(index.builds).toBe(5);
    shown(masks[3]!, 6); // among the three latest
    expect(index.builds).toBe(5);
    shown(masks[0]!, 7); // pushed out by three newer
    expect(index.builds).toBe(6);
    expect(countOf(drawnAt(index, 4, 7))).toBe(expectedIds(masks[0]!).length);
  });

  it('never clusters a mask replaced before anything was asked of it', () => {
    const index = new IncidentTileIndex();
    index.load(columns(points));
    const masks = [2, 3, 4].map((k) => Uint8Array.from(points, (p, i) => (p && i % k === 0 ? 1 : 0)));
    masks.forEach((mask, k) => index.show(mask.slice(), 1 + k));
    expect(index.builds).toBe(1);
    expect(countOf(drawnAt(index, 3, 3))).toBe(expectedIds(masks[2]!).length);
    expect(index.builds).toBe(2);
  });

  it('draws nothing before a first mask, then always the latest version', () => {
    const index = new IncidentTileIndex();
    index.load(columns(points));
    expect(index.tile(0, 0, 0)).toEqual({ bytes: null, v: 0 });
    index.show(everyOther.slice(), 3);
    index.show(
      Uint8Array.from(points, (p) => (p ? 1 : 0)),
      4,
    );
    expect(countOf(drawnAt(index, 2, 4))).toBe(expectedIds(Uint8Array.from(points, () => 1)).length);
  });

  it('lists the features of the latest version in store order', () => {
    const index = new IncidentTileIndex();
    index.load(columns(points));
    index.show(everyOther.slice(), 1);
    expect(index.features().map((f) => f.properties.id)).toEqual(expectedIds(everyOther));
    expect(index.features()[0]).toEqual({
      type: 'Feature',
      properties: { id: 'i0', type: 'airstrike', fill: 'hollow', cas: 0, ring: '#000002' },
      geometry: { type: 'Point', coordinates: points[0] },
    });
  });
});

describe('the border badge in the incident tiles', () => {
  const badge = { lng: 70, lat: 33, count: 4, label: '4 along the border' };
  /** The badge features of tile z/x/y, back in longitude and latitude. */
  const badgesIn = (index: IncidentTileIndex, z: number, x: number, y: number) => {
    const { bytes } = index.tile(z, x, y);
    const layer = bytes && new VectorTile(new PbfReader(bytes)).layers.badge;
    return layer ? Array.from({ length: layer.length }, (_, i) => layer.feature(i).toGeoJSON(x, y, z)) : [];
  };
  // Worked out by hand: 70° E is 250/360 of the way from 180° W, 22.2 tiles of 32 at zoom 5;
  // 33° N is 0.403 of the way down in Web Mercator, 12.9 tiles.
  const HOLDING = [5, 22, 12] as const;

  it('is in the one tile holding its point, with its words, though no incident is there', () => {
    const index = new IncidentTileIndex();
    index.load(columns([[61, 25]]));
    index.show(Uint8Array.of(1), 1, badge);
    const [found, ...more] = badgesIn(index, ...HOLDING);
    expect(more).toEqual([]);
    expect(found!.properties).toEqual({ count: 4, label: '4 along the border' });
    const [lng, lat] = (found!.geometry as Point).coordinates as [number, number];
    expect(lng).toBeCloseTo(70, 2);
    expect(lat).toBeCloseTo(33, 2);
    for (const [x, y] of [
      [21, 12],
      [23, 12],
      [22, 11],
      [22, 13],
    ])
      expect(badgesIn(index, 5, x!, y!)).toEqual([]);
  });

  it('takes new words as a new version of the same rows, and goes when none is sent', () => {
    const index = new IncidentTileIndex();
    index.load(columns(points));
    index.show(everyOther.slice(), 1, badge);
    const before = drawnAt(index, 3, 1);
    const builds = index.builds;
    index.relabel(2, { ...badge, label: '4 صرف سرحد کے ساتھ' });
    // The same incidents and groups; a group's version says which index its id is from.
    const unversioned = (drawn: Drawn[]) => drawn.map(({ props: { v: _, ...rest } }) => rest);
    expect(unversioned(drawnAt(index, 3, 2))).toEqual(unversioned(before));
    expect(index.builds).toBe(builds);
    expect(badgesIn(index, ...HOLDING).map((f) => f.properties?.label)).toEqual(['4 صرف سرحد کے ساتھ']);
    index.show(everyOther.slice(), 3, null);
    expect(badgesIn(index, ...HOLDING)).toEqual([]);
  });

  it('takes new words right after a mask no tile has been asked for yet, and not after a newer one', () => {
    const index = new IncidentTileIndex();
    index.load(columns(points));
    index.show(everyOther.slice(), 1, badge);
    index.relabel(2, { ...badge, label: 'new words' });
    expect(countOf(drawnAt(index, 3, 2))).toBe(expectedIds(everyOther).length);
    index.show(everyOther.slice(), 4, badge);
    index.relabel(3, { ...badge, label: 'late words' });
    expect(countOf(drawnAt(index, 3, 4))).toBe(expectedIds(everyOther).length);
    expect(badgesIn(index, ...HOLDING).map((f) => f.properties?.label)).toEqual(['4 along the border']);
  });
});
