import { describe, expect, it } from 'vitest';
import type { Incident } from '../data/incidents.ts';
import { districtCountsOf, type DistrictCount } from './districts.ts';
import { IncidentStore } from './store.ts';
import { randomIncidents } from './test/random-incidents.ts';
import { incident } from './test/make-incident.ts';

/** The plain definition, counted from the incidents, which districtCountsOf is tested against. */
function districtCounts(incidents: readonly Incident[]): DistrictCount[] {
  const counts = new Map<string, DistrictCount>();
  for (const i of incidents) {
    const { admin2, admin1 } = i.properties;
    if (!admin2) continue;
    const row = counts.get(admin2) ?? { name: admin2, province: admin1 ?? '', count: 0 };
    row.count++;
    counts.set(admin2, row);
  }
  return [...counts.values()].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
}

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

describe('districtCountsOf', () => {
  it('counts rows of a store as districtCounts counts their incidents', () => {
    const incidents = randomIncidents(400, 5);
    const store = new IncidentStore({ incidents });
    for (const keep of [(r: number) => r % 2 === 0, (r: number) => r % 7 !== 3, () => true]) {
      const rows = incidents.map((_, r) => r).filter(keep);
      const expected = districtCounts(rows.map((r) => incidents[r]!));
      expect(expected.length).toBeGreaterThan(1);
      expect(districtCountsOf(store, rows)).toEqual(expected);
    }
  });
});
