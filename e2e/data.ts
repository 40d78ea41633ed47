/**
 * Facts about the bundled data that specs compare the app against, read from the committed
 * file here (not from the app): how many incidents the header counts.
 */
import { readFileSync } from 'node:fs';
import { booleanIntersects, pointToLineDistance } from '@turf/turf';
import type { Feature, FeatureCollection, LineString, MultiPolygon, Point, Polygon } from 'geojson';

interface Props {
  id: string;
  location_precision: string;
  clarity?: string;
  parts?: string[];
}
const file = new URL('../geodata/incidents.geojson', import.meta.url);
export const features = (JSON.parse(readFileSync(file, 'utf8')) as { features: Full[] }).features;

const ids = new Set(features.map((f) => f.properties.id));
/** A summary report is counted through its parts when they are in the data. */
const summaries = features.filter(
  (f) => f.properties.clarity === 'aggregate' && f.properties.parts?.some((p) => ids.has(p)),
);

/** What the header says with no filter: every incident, summary reports not counted again. */
export const TOTAL = features.length - summaries.length;
/** The incidents counted (summary reports whose parts are in the data left out). */
export const COUNTED = features.filter((f) => !summaries.includes(f));

// ── The border buffer's answer, worked out here with turf from the committed layers ──

const layer = <T>(name: string) =>
  JSON.parse(readFileSync(new URL(`../geodata/${name}`, import.meta.url), 'utf8')) as T;
const line = layer<FeatureCollection<LineString>>('durand-line.geojson').features[0]!;
type Area = Feature<Polygon | MultiPolygon, { name: string; country: string }>;
const provinces = layer<FeatureCollection<Polygon | MultiPolygon | Point, { name: string; country: string }>>(
  'provinces.geojson',
).features.filter((f) => f.geometry.type !== 'Point') as Area[];

/** Nearest km of an area to the Durand Line: 0 where they meet, else its nearest vertex. */
function areaMinKm(area: Area): number {
  if (booleanIntersects(area, line)) return 0;
  const polys = area.geometry.type === 'Polygon' ? [area.geometry.coordinates] : area.geometry.coordinates;
  return Math.min(...polys.flat(2).map((p) => pointToLineDistance(p, line)));
}

type Full = {
  properties: Props & { admin1?: string | null; country?: string | null };
  geometry: Point | null;
};

/** Whether an incident may lie within `km` of the line, as the app's buffer is meant to decide. */
export function mayLieWithin(f: Full, km: number): boolean {
  const p = f.properties;
  if (p.location_precision === 'border') return true;
  if (p.location_precision === 'country') return p.country === 'AFG' || p.country === 'PAK';
  if (!f.geometry) return false;
  if (p.location_precision === 'province' || p.location_precision === 'district') {
    const area = provinces.find((a) => a.properties.name === p.admin1 && a.properties.country === p.country);
    if (area) return areaMinKm(area) <= km;
  }
  return pointToLineDistance(f.geometry, line) <= km;
}
