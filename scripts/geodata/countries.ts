/** Context countries: every Natural Earth country touching the region, clipped to it. */
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import { bboxClip, rewind, bbox } from '@turf/turf';
import type { BBox, Feature, MultiPolygon, Polygon } from 'geojson';
import type { CountryProps } from '../../src/lib/data/layers.ts';
import { roundGeometry } from './io.ts';

/** West, south, east, north: from Qatar (the Doha talks) to the Pamirs. */
export const REGION: BBox = [50, 22, 80, 40];

/** ISO 3166-1 numeric (world-atlas ids) → alpha-3 for the countries in the region. */
const ALPHA3: Record<string, string> = {
  '004': 'AFG', '586': 'PAK', '364': 'IRN', '795': 'TKM', '860': 'UZB', '762': 'TJK',
  '156': 'CHN', '356': 'IND', '417': 'KGZ', '512': 'OMN', '784': 'ARE', '682': 'SAU', '634': 'QAT', '048': 'BHR',
};

export function buildCountries(topology: Topology): Feature<Polygon | MultiPolygon, CountryProps>[] {
  const all = feature(topology, topology.objects.countries as GeometryCollection);
  const out: Feature<Polygon | MultiPolygon, CountryProps>[] = [];
  for (const f of all.features) {
    const id = f.id === undefined ? undefined : String(f.id);
    const iso = id ? ALPHA3[id] : undefined;
    if (!iso) continue; // e.g. Siachen Glacier (no id) and far-away countries
    const [w, s, e, n] = bbox(f);
    if (w > REGION[2] || e < REGION[0] || s > REGION[3] || n < REGION[1]) continue;
    const clipped = bboxClip(f as Feature<Polygon | MultiPolygon>, REGION);
    const rounded = roundGeometry(clipped.geometry);
    if (rounded.coordinates.length === 0) continue;
    const geometry = rewind(rounded, { reverse: false }) as Polygon | MultiPolygon;
    out.push({
      type: 'Feature',
      properties: { name: (f.properties as { name: string }).name, iso_a3: iso, subject: iso === 'AFG' || iso === 'PAK' },
      geometry,
    });
  }
  return out.sort((a, b) => a.properties.iso_a3.localeCompare(b.properties.iso_a3));
}
