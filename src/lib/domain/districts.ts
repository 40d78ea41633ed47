/** Incidents per district the data names (Kurram, North Waziristan…), with each district's province. */
import type { IncidentStore } from './store.ts';

export interface DistrictCount {
  name: string;
  province: string;
  count: number;
}

/**
 * Counted rows of a store per district, from its district and province codes: at 100k rows, no
 * walk over the incidents (the Spatial tab's table follows every filter change). A district's
 * province is that of the first row naming it.
 */
export function districtCountsOf(store: IncidentStore, rows: readonly number[]): DistrictCount[] {
  const { district, province, districts, provinces } = store.codes;
  const counts = new Int32Array(districts.length);
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
