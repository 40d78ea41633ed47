import { describe, expect, it } from 'vitest';
import { LocatedMask, mapColumns, mapFeature } from './incident-feed.ts';
import { IncidentTileIndex } from './incident-tiles-core.ts';
import { incident } from '../domain/test/make-incident.ts';
import { IncidentStore } from '../domain/store.ts';

describe('mapFeature', () => {
  it('flattens the properties MapLibre styles by; no point, no feature', () => {
    const located = incident({ id: 'a', type: 'talks', location_precision: 'district' }, [69.5, 33.1]);
    expect(mapFeature(located)).toEqual({
      type: 'Feature',
      properties: { id: 'a', type: 'talks', fill: 'hollow', cas: 0 },
      geometry: { type: 'Point', coordinates: [69.5, 33.1] },
    });
    expect(mapFeature(incident({ id: 'b' }, null))).toBeNull();
  });
});

const all = ['a', 'b', 'c', 'd', 'e'].map((id, i) =>
  incident(
    {
      id,
      type: i % 2 ? 'shelling' : 'airstrike',
      location_precision: i === 3 ? 'province' : 'town',
      claims: i === 2 ? [{ figure: 4, what: 'civilians killed', claimed_by: 'x', source: 'reuters' }] : [],
    } as never,
    i === 1 ? null : [60 + i, 30],
  ),
);

describe('mapColumns', () => {
  it('gives the tile worker what makes the same features as mapFeature, rings included', () => {
    const rings = [-1, -1, 0, 7, -1];
    const index = new IncidentTileIndex();
    index.load(mapColumns(new IncidentStore({ incidents: all, rings })));
    index.show(Uint8Array.of(1, 1, 1, 1, 1), 1);
    const expected = all.map((i, row) => mapFeature(i, rings[row])).filter((f) => f !== null);
    expect(index.features()).toEqual(expected);
    expect(expected[1]!.properties).toMatchObject({ id: 'c', cas: 4, ring: expect.any(String) });
  });
});

describe('LocatedMask', () => {
  const store = new IncidentStore({ incidents: all });
  const rows = (mask: Uint8Array) => [...mask].flatMap((bit, row) => (bit ? [row] : []));

  it('sends a new store with its columns, leaving out incidents without a point', () => {
    const step = new LocatedMask().next(store, [0, 1, 2, 3, 4])!;
    expect(step.columns?.ids).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(rows(step.mask)).toEqual([0, 2, 3, 4]);
  });
  it('sends a change as a mask alone, and nothing when the located rows are the same', () => {
    const feed = new LocatedMask();
    feed.next(store, [0, 1, 2, 3, 4]);
    const step = feed.next(store, [0, 2, 3])!;
    expect(step.columns).toBeUndefined();
    expect(rows(step.mask)).toEqual([0, 2, 3]);
    expect(feed.next(store, [0, 1, 2, 3])).toBeNull(); // row 1 has no point: not on the map anyway
    expect(rows(feed.next(store, [4])!.mask)).toEqual([4]);
  });
  it('sends the columns again for another store', () => {
    const feed = new LocatedMask();
    feed.next(store, [0]);
    const other = new IncidentStore({ incidents: all.slice(0, 3) });
    const step = feed.next(other, [0, 2])!;
    expect(step.columns?.ids).toEqual(['a', 'b', 'c']);
    expect(rows(step.mask)).toEqual([0, 2]);
  });
});
