/** Incidents per district the data names (Kurram, North Waziristan…), with each district's province. */
import type { Incident } from '../data/incidents.ts';
import type { IncidentStore } from './store.ts';

export interface DistrictCount {
  name: string;
  province: string;
  count: number;
}

/** Counted from the incidents: the plain definition, which districtCountsOf is tested against. */
export function districtCounts(incidents: readonly Incident[]): DistrictCount[] {
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

/**
 * The same counts for rows of a store, from its district and province codes: at 100k rows, no
 * walk over the incidents (the Spatial tab's table follows every filter change).
 */
export function districtCountsOf(store: IncidentStore, rows: readonly number[]): DistrictCount[] {
  const { district, province, districts, provinces } = store.codes;
  const counts = new Int32Array(districts.length);
  // The province of the first row that names each district, as districtCounts takes it.
  const provinceOf = new Int32Array(districts.length).fill(-2);
  for (const row of rows) {
    const d = district[row]!;
    if (d < 0) continue;
    counts[d]!++;
    if (provinceOf[d] === -2) provinceOf[d] = province[row]!;
  }
  const out: DistrictCount[] = [];
  counts.forEach((count, d) => {
    if (count) out.push({ name: districts[d]!, province: provinces[provinceOf[d]!] ?? '', count });
  });
  return out.sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
}
