/**
 * The subtitle written from the filters keeps each name from the data whole in a right-to-left
 * sentence: isolated (U+2068 … U+2069) in Dari, as it is in English.
 */
import { describe, expect, it } from 'vitest';
import { defaultFilters } from '../domain/filters.ts';
import { speaking } from '../i18n/test/speaking.ts';
import { describeFilters } from './describe.ts';

const [FSI, PDI] = ['\u2068', '\u2069'];
const filters = {
  ...defaultFilters(),
  actors: ['Pakistan Army', 'TTP'],
  radius: { lng: 70.1, lat: 33.9, km: 50, label: 'Parachinar' },
};

describe('the subtitle from the filters', () => {
  it('English: names as they are, no marks', () => {
    const text = speaking('en', () => describeFilters(filters, undefined));
    expect(text).toContain('; within 50 km of Parachinar; involving Pakistan Army and TTP');
    expect(text).not.toMatch(/[\u2066-\u2069]/);
  });

  it('Dari: each name isolated, joined with Dari words and punctuation', () => {
    const text = speaking('fa-AF', () => describeFilters(filters, undefined));
    expect(text).toContain(`در فاصلهٔ ۵۰ کیلومتری ${FSI}Parachinar${PDI}؛ `);
    expect(text).toContain(`با دخالت ${FSI}Pakistan Army${PDI} و ${FSI}TTP${PDI}`);
  });

  it('Dari: a point picked on the map is named by its coordinates, in Dari', () => {
    const picked = { ...defaultFilters(), radius: { lng: 70.1, lat: 33.9, km: 50, label: '' } };
    const text = speaking('fa-AF', () => describeFilters(picked, undefined));
    expect(text).toContain(`کیلومتری ${FSI}۳۳٫۹۰° شمالی، ۷۰٫۱۰° شرقی${PDI}`);
  });
});
