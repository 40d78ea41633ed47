import { describe, expect, it } from 'vitest';
import { editDistance, placeKey, searchPlaces, type PlaceEntry } from './place-search.ts';

const entry = (
  name: string,
  alt: string[] = [],
  kind: PlaceEntry['kind'] = 'place',
  rank = 2,
): PlaceEntry => ({ name, alt, kind, detail: '', position: [0, 0], rank });
const entries = [
  entry('Parachinar', ['Para Chinar']),
  entry('Kurram', ['Kurram District', 'Parachinar'], 'district', 0),
  entry('Paktia', ['Paktya'], 'province', 0),
  entry('Paktika', [], 'province', 0),
  entry('Khost', ['Khōst']),
  entry('Khost', ['Khowst'], 'province', 0),
  entry('Kandahar', ['Kandahār']),
  entry('Mazar-i-Sharif', ['Mazār-e Sharīf']),
  entry('Peshawar'),
  entry('Quetta'),
];
const names = (q: string) => searchPlaces(q, entries).map((e) => `${e.name}/${e.kind}`);

describe('placeKey', () => {
  it('merges the spellings these names come in', () => {
    expect(placeKey('Para Chinar')).toBe(placeKey('Parachinar'));
    expect(placeKey('Paktya')).toBe(placeKey('Paktia'));
    expect(placeKey('Khowst')).toBe(placeKey('Khost'));
    expect(placeKey('Kandahār')).toBe(placeKey('Kandahar'));
    expect(placeKey('Mazar-e Sharif')).toBe(placeKey('Mazar-i-Sharif'));
    expect(placeKey('Paktia')).not.toBe(placeKey('Paktika'));
  });
});

describe('searchPlaces', () => {
  it('finds places whatever the spelling', () => {
    expect(names('Para Chinar')[0]).toBe('Parachinar/place');
    expect(names('Para Chinar')[1]).toBe('Kurram/district');
    expect(names('parachinar')[0]).toBe('Parachinar/place');
    expect(names('Paktya')[0]).toBe('Paktia/province');
    expect(names('Khowst')).toEqual(['Khost/province', 'Khost/place']);
    expect(names('kandahar')[0]).toBe('Kandahar/place');
  });
  it('finds by prefix and forgives a typo', () => {
    expect(names('Pesh')[0]).toBe('Peshawar/place');
    expect(names('Peshwar')[0]).toBe('Peshawar/place');
    expect(names('Queta')[0]).toBe('Quetta/place');
  });
  it('returns nothing for nothing', () => {
    expect(names('')).toEqual([]);
    expect(names('<script>')).toEqual([]);
    expect(names('zzzzzz')).toEqual([]);
  });
  it('computes edit distances with transpositions', () => {
    expect(editDistance('khost', 'khsot')).toBe(1);
    expect(editDistance('abc', 'abc')).toBe(0);
  });
});
