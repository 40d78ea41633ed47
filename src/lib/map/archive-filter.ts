/**
 * The app's filters as a MapLibre filter expression over a tile archive's points (their fields:
 * domain/archive.ts), so the map filters an archive it never loads whole. The radius is drawn as
 * a 96-sided circle (`within`); the text search has no field to look in and is left out, which
 * the archive panel says.
 */
import type { FilterSpecification } from 'maplibre-gl';
import { circle } from '@turf/turf';
import { barless } from '../domain/archive.ts';
import { dayNumber } from '../domain/dates.ts';
import type { Filters } from '../domain/filters.ts';

type Expression = unknown[];

export function archiveFilter(f: Filters): FilterSpecification {
  const all: Expression[] = [];
  const among = (key: string, values: readonly string[]) =>
    values.length && all.push(['in', ['coalesce', ['get', key], ''], ['literal', values]]);
  if (f.from) all.push(['>=', ['get', 'e'], dayNumber(f.from)]);
  if (f.to) all.push(['<=', ['get', 's'], dayNumber(f.to)]);
  among('t', f.types);
  among('sd', f.sides);
  among('p', f.precisions);
  among('a1', f.provinces);
  among('a2', f.districts);
  if (f.actors.length) all.push(['any', ...f.actors.map((a) => ['in', `|${barless(a)}|`, ['get', 'a']])]);
  if (f.borderKm !== null) all.push(['<=', ['coalesce', ['get', 'km'], 1e9], f.borderKm]);
  if (f.radius) {
    const { lng, lat, km } = f.radius;
    all.push(['within', circle([lng, lat], km, { units: 'kilometers', steps: 96 }).geometry]);
  }
  return ['all', ...all] as FilterSpecification;
}
