/** The Durand Line: the arc Afghanistan (004) and Pakistan (586) share in Natural Earth 10m. */
import { mesh } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { Feature, LineString, Position } from 'geojson';
import type { DurandLineProps } from '../../src/lib/data/layers.ts';
import { roundGeometry } from './io.ts';

const AFG = '004';
const PAK = '586';

export function buildDurandLine(topology: Topology): Feature<LineString, DurandLineProps> {
  const countries = topology.objects.countries as GeometryCollection;
  const shared = mesh(
    topology,
    countries,
    (a, b) => a !== b && [a.id, b.id].sort().join() === [AFG, PAK].join(),
  );
  if (shared.coordinates.length !== 1) {
    throw new Error(`expected one shared AFG–PAK arc in world-atlas, found ${shared.coordinates.length}`);
  }
  let coords: Position[] = shared.coordinates[0]!;
  // Run south-west (Iran tripoint) to north-east (China tripoint).
  if (coords[0]![0]! > coords[coords.length - 1]![0]!) coords = [...coords].reverse();
  return {
    type: 'Feature',
    properties: {
      id: 'durand-line',
      name: 'Durand Line',
      description:
        'The Afghanistan–Pakistan boundary drawn in 1893, from the Iran tripoint to the China tripoint.',
      status: 'Pakistan treats it as the international border; Afghanistan has never recognised it as one.',
      source: 'Natural Earth 10m admin-0 countries (world-atlas), the arc shared by Afghanistan and Pakistan',
    },
    geometry: roundGeometry({ type: 'LineString', coordinates: coords }),
  };
}
