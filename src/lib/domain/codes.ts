/**
 * Facet values as small integers: each incident's type, precision, side, actors, province,
 * district and place name coded once, so a query counts facets in typed arrays instead of
 * building strings, and a sort by place ranks names instead of reading every incident.
 */
import { INCIDENT_TYPES, LOCATION_PRECISIONS, type Incident } from '../data/incidents.ts';
import type { IncidentType, LocationPrecision } from '../data/incidents.ts';
import { SIDES, sideOf, type Side } from './filters.ts';

export const TYPE_LIST = Object.keys(INCIDENT_TYPES) as IncidentType[];
export const PRECISION_LIST = Object.keys(LOCATION_PRECISIONS) as LocationPrecision[];
export const SIDE_LIST = Object.keys(SIDES) as Side[];

/** A growing dictionary: a name's code is its index. */
class Dictionary {
  readonly names: string[] = [];
  private readonly codes = new Map<string, number>();
  code(name: string): number {
    let c = this.codes.get(name);
    if (c === undefined) {
      c = this.names.length;
      this.names.push(name);
      this.codes.set(name, c);
    }
    return c;
  }
}

export interface Codes {
  type: Uint8Array;
  precision: Uint8Array;
  side: Uint8Array;
  /** Actors as a list per row: row r's codes are actorList[actorStart[r] .. actorStart[r + 1]). */
  actorStart: Uint32Array;
  actorList: Uint32Array;
  actors: string[];
  /** Province and district codes, -1 where none is given. */
  province: Int32Array;
  district: Int32Array;
  provinces: string[];
  districts: string[];
  /** The place name as written (location_name), for sorting the list by place. */
  place: Uint32Array;
  places: string[];
}

export function encode(incidents: readonly Incident[]): Codes {
  const n = incidents.length;
  const actors = new Dictionary();
  const provinces = new Dictionary();
  const districts = new Dictionary();
  const places = new Dictionary();
  const out = {
    type: new Uint8Array(n),
    precision: new Uint8Array(n),
    side: new Uint8Array(n),
    actorStart: new Uint32Array(n + 1),
    province: new Int32Array(n).fill(-1),
    district: new Int32Array(n).fill(-1),
    place: new Uint32Array(n),
  };
  const list: number[] = [];
  incidents.forEach((incident, row) => {
    const p = incident.properties;
    out.type[row] = TYPE_LIST.indexOf(p.type);
    out.precision[row] = PRECISION_LIST.indexOf(p.location_precision);
    out.side[row] = SIDE_LIST.indexOf(sideOf(incident));
    for (const a of p.actors) list.push(actors.code(a));
    out.actorStart[row + 1] = list.length;
    if (p.admin1) out.province[row] = provinces.code(p.admin1);
    if (p.admin2) out.district[row] = districts.code(p.admin2);
    out.place[row] = places.code(p.location_name);
  });
  return {
    ...out,
    actorList: Uint32Array.from(list),
    actors: actors.names,
    provinces: provinces.names,
    districts: districts.names,
    places: places.names,
  };
}

/** Codes of the chosen names (names the data does not hold match nothing). */
export function codesOf(names: readonly string[], dictionary: readonly string[]): Set<number> {
  const out = new Set<number>();
  for (const name of names) {
    const c = dictionary.indexOf(name);
    if (c >= 0) out.add(c);
  }
  return out;
}

/** Each actor with how many times the rows name it, most first, then by name (the actor filter). */
export function actorTally(codes: Pick<Codes, 'actorList' | 'actors'>): { actor: string; count: number }[] {
  const counts = new Int32Array(codes.actors.length);
  for (const code of codes.actorList) counts[code]!++;
  return codes.actors
    .map((actor, code) => ({ actor, count: counts[code]! }))
    .filter((a) => a.count > 0)
    .sort((a, b) => b.count - a.count || a.actor.localeCompare(b.actor));
}
