import { describe, expect, it } from 'vitest';
import { districtCounts } from './districts.ts';
import { incident } from './test/make-incident.ts';

describe('districtCounts', () => {
  it('counts incidents per named district, most first, with the province', () => {
    const list = [
      incident({ id: 'a', admin1: 'Khyber Pakhtunkhwa', admin2: 'Kurram' }),
      incident({ id: 'b', admin1: 'Khyber Pakhtunkhwa', admin2: 'North Waziristan' }),
      incident({ id: 'c', admin1: 'Khyber Pakhtunkhwa', admin2: 'Kurram' }),
      incident({ id: 'd' }),
    ];
    expect(districtCounts(list)).toEqual([
      { name: 'Kurram', province: 'Khyber Pakhtunkhwa', count: 2 },
      { name: 'North Waziristan', province: 'Khyber Pakhtunkhwa', count: 1 },
    ]);
  });
});
