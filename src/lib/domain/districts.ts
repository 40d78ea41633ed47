/** Incidents per district the data names (Kurram, North Waziristan…), with each district's province. */
import type { Incident } from '../data/incidents.ts';

export interface DistrictCount {
  name: string;
  province: string;
  count: number;
}

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
