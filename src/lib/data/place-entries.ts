/** Everything the place search can find: towns, provinces (at their label point) and Kurram. */
import type { FeatureCollection, Point } from 'geojson';
import type { PlaceEntry } from '../geo/place-search.ts';
import type { Places, ProvinceProps, Provinces } from './layers.ts';

export function placeEntries(
  places: Places,
  provinces: Provinces,
  provinceLabels: FeatureCollection<Point>,
): PlaceEntry[] {
  const entries: PlaceEntry[] = places.features.map((f) => ({
    name: f.properties.name,
    alt: f.properties.alt_names,
    kind: 'place',
    detail: `${f.properties.rank === 1 ? 'capital' : f.properties.rank === 2 ? 'city' : 'town'}, ${f.properties.admin1}`,
    position: f.geometry.coordinates as [number, number],
    rank: f.properties.rank,
  }));
  provinces.features.forEach((f, i) => {
    const p = f.properties as ProvinceProps;
    const at = provinceLabels.features[i]?.geometry.coordinates as [number, number] | undefined;
    if (!at) return;
    entries.push({
      name: p.name,
      alt: p.alt_names,
      kind: p.level === 'district' ? 'district' : 'province',
      detail:
        p.level === 'district'
          ? `district of ${p.parent}, at its seat ${p.seat}`
          : `${p.level}, ${p.country === 'AFG' ? 'Afghanistan' : 'Pakistan'}`,
      position: at,
      rank: 0,
    });
  });
  return entries;
}
