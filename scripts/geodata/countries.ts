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
export const COUNTRY_ALPHA3: Record<string, string> = {
  '004': 'AFG',
  '586': 'PAK',
  '364': 'IRN',
  '795': 'TKM',
  '860': 'UZB',
  '762': 'TJK',
  '156': 'CHN',
  '356': 'IND',
  '417': 'KGZ',
  '512': 'OMN',
  '784': 'ARE',
  '682': 'SAU',
  '634': 'QAT',
  '048': 'BHR',
};

/** Siachen Glacier, held by India and claimed by Pakistan, has no ISO code of its own. */
export const SIACHEN = 'XSG';

export function buildCountries(topology: Topology): Feature<Polygon | MultiPolygon, CountryProps>[] {
  const all = feature(topology, topology.objects.countries as GeometryCollection);
  const out: Feature<Polygon | MultiPolygon, CountryProps>[] = [];
  for (const f of all.features) {
    const id = f.id === undefined ? undefined : String(f.id);
    const name = (f.properties as { name: string }).name;
    // Siachen has no ISO code: a user-assigned one (ISO 3166 keeps X.. for that), so it is land.
    const iso = id ? COUNTRY_ALPHA3[id] : name === 'Siachen Glacier' ? SIACHEN : undefined;
    if (!iso) continue; // far-away countries
    const [w, s, e, n] = bbox(f);
    if (w > REGION[2] || e < REGION[0] || s > REGION[3] || n < REGION[1]) continue;
    const clipped = bboxClip(f as Feature<Polygon | MultiPolygon>, REGION);
    const rounded = roundGeometry(clipped.geometry);
    if (rounded.coordinates.length === 0) continue;
    const geometry = rewind(rounded, { reverse: false }) as Polygon | MultiPolygon;
    out.push({
      type: 'Feature',
      properties: {
        name: iso === SIACHEN ? 'Siachen Glacier (disputed by India and Pakistan)' : name,
        iso_a3: iso,
        subject: iso === 'AFG' || iso === 'PAK',
      },
      geometry,
    });
  }
  return out.sort((a, b) => a.properties.iso_a3.localeCompare(b.properties.iso_a3));
}
