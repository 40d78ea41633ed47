/**
 * Seeded synthetic incidents and filters in our schema, for checking the store's one-pass
 * query against the plain per-incident filters (and for benchmarks).
 */
import type { Feature, LineString, Polygon } from 'geojson';
import type { Incident, IncidentType, LocationPrecision } from '../../data/incidents.ts';
import { BorderAnalysis } from '../../geo/border.ts';
import { mulberry32 } from '../../geo/random.ts';
import { addDays } from '../dates.ts';
import type { Filters, Side } from '../filters.ts';
import { defaultFilters } from '../filters.ts';

export const TYPES: IncidentType[] = ['airstrike', 'armed_clash', 'talks', 'deportation', 'shelling'];
export const ACTORS = ['Pakistani armed forces', 'Afghan Taliban forces', 'TTP', 'Government of Pakistan'];
export const PROVINCES = ['Khost', 'Paktika', 'Khyber Pakhtunkhwa', 'Kabul'];
export const DISTRICTS = ['Kurram', 'North Waziristan', 'Barmal'];
const PRECISIONS: LocationPrecision[] = ['town', 'district', 'province', 'border', 'country', 'unknown'];

/** A straight "border" at 70°E with Afghanistan west of it and Pakistan east. */
export function testBorder(): BorderAnalysis {
  const line: Feature<LineString> = {
    type: 'Feature',
    properties: {},
    geometry: {
      type: 'LineString',
      coordinates: [
        [70, 25],
        [70, 38],
      ],
    },
  };
  const box = (w: number, e: number): Feature<Polygon> => ({
    type: 'Feature',
    properties: {},
    geometry: {
      type: 'Polygon',
      coordinates: [
        [
          [w, 25],
          [e, 25],
          [e, 38],
          [w, 38],
          [w, 25],
        ],
      ],
    },
  });
  return new BorderAnalysis(line, box(60, 70), box(70, 78));
}

export function randomIncidents(n: number, seed: number): Incident[] {
  const rand = mulberry32(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)]!;
  const out: Incident[] = [];
  for (let i = 0; i < n; i++) {
    const precision = pick(PRECISIONS);
    const located = !['border', 'country', 'unknown'].includes(precision);
    const lng = 62 + rand() * 14;
    const day = addDays('2024-01-01', Math.floor(rand() * 700));
    const month = rand() < 0.2;
    out.push({
      type: 'Feature',
      geometry: located ? { type: 'Point', coordinates: [lng, 28 + rand() * 8] } : null,
      properties: {
        id: `i-${i}`,
        date: month ? day.slice(0, 7) : day,
        ...(!month && rand() < 0.1 ? { end_date: addDays(day, 1 + Math.floor(rand() * 5)) } : {}),
        date_precision: month ? 'month' : 'day',
        type: pick(TYPES),
        actors: ACTORS.filter(() => rand() < 0.4),
        country:
          precision === 'border' ? null : located ? (lng < 70 ? 'AFG' : 'PAK') : pick(['AFG', 'PAK', null]),
        admin1: located && rand() < 0.7 ? pick(PROVINCES) : null,
        ...(precision === 'district' ? { admin2: pick(DISTRICTS) } : {}),
        location_name: `Place ${i % 17}`,
        location_precision: precision,
        claims:
          rand() < 0.3
            ? [{ figure: Math.floor(rand() * 40), what: 'killed', claimed_by: 'x', source: 's' }]
            : [],
        summary: `Synthetic incident ${i} with word${i % 13} and token${i % 7} for search.`,
        sources: [{ id: 's', outlet: 'Test', headline: 'h', date: '2025-01' }],
      },
    });
  }
  // A few aggregates summing up other incidents: a part is in one aggregate only, never itself one.
  const used = new Set<string>();
  for (let a = 0; a < Math.max(1, Math.floor(n / 50)); a++) {
    const whole = out[Math.floor(rand() * n)]!;
    if (used.has(whole.properties.id) || whole.properties.clarity) continue;
    const parts = [0, 1, 2]
      .map(() => out[Math.floor(rand() * n)]!.properties.id)
      .filter((id) => id !== whole.properties.id && !used.has(id));
    if (parts.length === 0) continue;
    whole.properties.clarity = 'aggregate';
    whole.properties.parts = [...new Set(parts)];
    for (const id of [whole.properties.id, ...parts]) used.add(id);
  }
  return out;
}

export function randomFilters(seed: number): Filters {
  const rand = mulberry32(seed);
  const some = <T>(list: readonly T[]) => (rand() < 0.5 ? [] : list.filter(() => rand() < 0.5));
  const f = defaultFilters();
  if (rand() < 0.5) f.from = addDays('2024-01-01', Math.floor(rand() * 600));
  if (rand() < 0.5) f.to = addDays(f.from ?? '2024-01-01', Math.floor(rand() * 300));
  f.types = some(TYPES);
  f.actors = some(ACTORS);
  f.sides = some<Side>(['AFG', 'PAK', 'border', 'other']);
  f.precisions = some(PRECISIONS);
  f.provinces = some(PROVINCES);
  f.districts = rand() < 0.7 ? [] : some(DISTRICTS);
  if (rand() < 0.3) f.search = `word${Math.floor(rand() * 13)}`;
  // Two words, in either order, both needed ("Word1" also matches "word10" to "word12").
  if (rand() < 0.2) f.search = `Token${Math.floor(rand() * 7)} ${f.search || 'synthetic'}`;
  if (rand() < 0.3) f.borderKm = 20 + Math.floor(rand() * 200);
  if (rand() < 0.3)
    f.radius = { lng: 64 + rand() * 10, lat: 29 + rand() * 6, km: 50 + rand() * 300, label: 'x' };
  return f;
}
