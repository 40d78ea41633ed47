import { describe, expect, it } from 'vitest';
import { difference, mapFeature, MapFeed } from './incident-feed.ts';
import { incident } from '../domain/test/make-incident.ts';

describe('difference', () => {
  it('lists what appears and what goes, in order', () => {
    expect(difference([1, 3, 5, 7], [2, 3, 7, 9])).toEqual({ add: [2, 9], remove: [1, 5] });
    expect(difference([], [0, 4])).toEqual({ add: [0, 4], remove: [] });
    expect(difference([0, 4], [])).toEqual({ add: [], remove: [0, 4] });
    expect(difference([2], [2])).toEqual({ add: [], remove: [] });
  });
});

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

describe('MapFeed', () => {
  const all = ['a', 'b', 'c', 'd', 'e'].map((id, i) => incident({ id }, i === 1 ? null : [60 + i, 30]));
  const ids = (step: unknown) =>
    (step as { data: { features: { properties: { id: string } }[] } }).data.features.map(
      (f) => f.properties.id,
    );

  it('sends a new store whole, leaving out incidents without a point', () => {
    expect(ids(new MapFeed().next(all, [0, 1, 2, 3, 4]))).toEqual(['a', 'c', 'd', 'e']);
  });
  it('sends a small change as the difference, and nothing when nothing changed', () => {
    const feed = new MapFeed();
    feed.next(all, [0, 1, 2, 3, 4]);
    const step = feed.next(all, [0, 2, 3]) as { diff: { add: unknown[]; remove: unknown[] } };
    expect(step.diff.remove).toEqual(['e']);
    expect(step.diff.add).toEqual([]);
    expect(feed.next(all, [0, 1, 2, 3])).toBeNull(); // row 1 has no point: not on the map anyway
    const back = feed.next(all, [0, 2, 3, 4]) as unknown as {
      diff: { add: { properties: { id: string } }[] };
    };
    expect(back.diff.add.map((f) => f.properties.id)).toEqual(['e']);
  });
  it('sends the whole set when the change is as big as the set, and after a reset', () => {
    const feed = new MapFeed();
    feed.next(all, [0, 2, 3, 4]);
    expect(ids(feed.next(all, [0]))).toEqual(['a']);
    feed.reset();
    expect(ids(feed.next(all, [0]))).toEqual(['a']);
  });
});
