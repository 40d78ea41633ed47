/** A point with no name is labelled by its coordinates in the reader's words and digits. */
import { describe, expect, it } from 'vitest';
import { latitudeWords, pointWords } from './coordinates.ts';
import { speaking } from './test/speaking.ts';
import { radiusCentreName } from '../domain/filters.ts';

describe('coordinates in words', () => {
  it('English: latitude first, hemispheres as letters, two decimals', () => {
    speaking('en', () => {
      expect(pointWords(70.1, 33.9)).toBe('33.90° N, 70.10° E');
      expect(pointWords(-0.5, -12.345)).toBe('12.35° S, 0.50° W');
      expect(latitudeWords(33.64, 1)).toBe('33.6° N');
      expect(pointWords(-0.001, -0.004)).toBe('0.00° N, 0.00° E');
    });
  });

  it('Dari, Pashto and Urdu: their words, digits and comma', () => {
    speaking('fa-AF', () => expect(pointWords(70.1, 33.9)).toBe('۳۳٫۹۰° شمالی، ۷۰٫۱۰° شرقی'));
    speaking('ps', () => expect(pointWords(70.1, 33.9)).toBe('۳۳٫۹۰° شمالي، ۷۰٫۱۰° ختیځ'));
    // Urdu's digits are Latin by default (Intl's `ur`, as Pakistan's press writes them).
    speaking('ur', () => expect(pointWords(70.1, 33.9)).toBe('33.90° شمال، 70.10° مشرق'));
  });

  it("a radius centre keeps its name, and a picked point is named in the reader's language", () => {
    const picked = { lng: 70.1, lat: 33.9, km: 50, label: '' };
    speaking('en', () => expect(radiusCentreName({ ...picked, label: 'Parachinar' })).toBe('Parachinar'));
    speaking('fa-AF', () => expect(radiusCentreName(picked)).toBe('۳۳٫۹۰° شمالی، ۷۰٫۱۰° شرقی'));
  });
});
