import { describe, expect, it } from 'vitest';
import { kmText, rangeArea } from './border-words.ts';

describe('kmText', () => {
  it('gives one number for a point and a range for an area', () => {
    expect(kmText([12.345, 12.345])).toBe('12');
    expect(kmText([3.21, 3.21])).toBe('3.2');
    expect(kmText([0, 148.4])).toBe('0–148');
    expect(kmText([1049, 1049])).toBe('1,049');
    expect(kmText(undefined)).toBe('—');
  });
  it('names the area a range covers', () => {
    const base = { country: 'AFG', admin2: null } as const;
    expect(rangeArea({ ...base, location_precision: 'province', admin1: 'Paktika' })).toBe('Paktika');
    expect(rangeArea({ ...base, location_precision: 'district', admin1: 'Paktika', admin2: 'Barmal' })).toBe(
      'Barmal district (no outline: the range of Paktika)',
    );
    expect(rangeArea({ ...base, location_precision: 'country', admin1: null })).toBe('Afghanistan');
  });
});
