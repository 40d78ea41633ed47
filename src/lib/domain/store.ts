/**
 * The loaded incidents and the facts every query needs, computed once: each incident's days,
 * side, distance to the Durand Line, province, conservative deaths and folded search text.
 * Queries (query.ts) read these columns instead of recomputing per filter, and never need a
 * caller to pass facts along.
 */
import type { Position } from 'geojson';
import type { Incident } from '../data/incidents.ts';
import type { BorderAnalysis, BorderFacts } from '../geo/border.ts';
import { AreaLookup } from '../geo/area-lookup.ts';
import type { AreaFeature } from '../geo/area-counts.ts';
import { conservativeDeaths } from './casualties.ts';
import { dayNumber } from './dates.ts';
import { incidentSpan, searchText } from './filters.ts';
import { encode, type Codes } from './codes.ts';

export { dayNumber } from './dates.ts';

export interface StoreInput {
  incidents: readonly Incident[];
  /** The line and the two countries, for distances and sides (absent in some tests). */
  border?: BorderAnalysis;
  /** Provinces for the per-province tallies. */
  areas?: readonly AreaFeature[];
}

export class IncidentStore {
  readonly incidents: readonly Incident[];
  readonly size: number;
  readonly rowOf = new Map<string, number>();
  /** First and last day covered, as day numbers. */
  readonly start: Int32Array;
  readonly end: Int32Array;
  /** Facet values as codes (codes.ts). */
  readonly codes: Codes;
  /** Great-circle km to the Durand Line (NaN without a point), and the facts behind it. */
  readonly borderKm: Float64Array;
  /**
   * Where the incident could be, as km from the line: a point gives one number; a province,
   * district or country gives the nearest and farthest km of its area (NaN: no place at all).
   */
  readonly kmMin: Float64Array;
  readonly kmMax: Float64Array;
  readonly borderFacts: (BorderFacts | undefined)[];
  /** Index into `areas` of the province holding the point, or -1. */
  readonly area: Int16Array;
  readonly areas: readonly AreaFeature[];
  readonly deaths: Float64Array;
  readonly search: string[];
  /** For each aggregate's row, the rows of its parts present in the store. */
  readonly partsOf = new Map<number, number[]>();
  private readonly areaByName = new Map<string, number>();

  constructor({ incidents, border, areas = [] }: StoreInput) {
    const n = incidents.length;
    this.incidents = incidents;
    this.size = n;
    this.areas = areas;
    this.start = new Int32Array(n);
    this.end = new Int32Array(n);
    this.borderKm = new Float64Array(n).fill(NaN);
    this.kmMin = new Float64Array(n).fill(NaN);
    this.kmMax = new Float64Array(n).fill(NaN);
    this.area = new Int16Array(n).fill(-1);
    this.deaths = new Float64Array(n);
    this.borderFacts = new Array<BorderFacts | undefined>(n);
    this.search = new Array<string>(n);
    const lookup = new AreaLookup(areas);
    this.codes = encode(incidents);
    areas.forEach((a, i) => this.areaByName.set(`${a.properties.country}:${a.properties.name}`, i));
    incidents.forEach((incident, row) => {
      this.rowOf.set(incident.properties.id, row);
      const [first, last] = incidentSpan(incident);
      this.start[row] = dayNumber(first);
      this.end[row] = dayNumber(last);
      this.deaths[row] = conservativeDeaths(incident);
      this.search[row] = searchText(incident);
      const point = incident.geometry?.coordinates;
      if (point) {
        const facts = border?.facts(point);
        this.borderFacts[row] = facts;
        if (facts) this.borderKm[row] = facts.km;
        this.area[row] = lookup.find(point);
      }
      const range = border ? this.rangeOf(incident, border) : undefined;
      if (range) [this.kmMin[row], this.kmMax[row]] = range;
    });
    this.linkAggregates();
  }

  /** The km range an incident's place allows (see kmMin). */
  private rangeOf(incident: Incident, border: BorderAnalysis): [number, number] | undefined {
    const p = incident.properties;
    const km = this.borderKm[this.rowOf.get(p.id)!]!;
    if (p.location_precision === 'border') return [0, 0];
    if (p.location_precision === 'country' && (p.country === 'AFG' || p.country === 'PAK')) {
      return border.countryRange(p.country);
    }
    if (Number.isNaN(km)) return undefined;
    // A district without an outline could be anywhere in its province: the province's range holds it.
    if (p.location_precision === 'province' || p.location_precision === 'district') {
      const i = this.areaByName.get(`${p.country}:${p.admin1}`);
      if (i !== undefined) return border.range(`${p.country}:${p.admin1}`, this.areas[i]!.geometry);
    }
    return [km, km];
  }

  private linkAggregates(): void {
    this.incidents.forEach((incident, row) => {
      const p = incident.properties;
      if (p.clarity !== 'aggregate') return;
      const rows = (p.parts ?? []).map((id) => this.rowOf.get(id)).filter((r) => r !== undefined);
      this.partsOf.set(row, rows);
    });
  }

  get(id: string): Incident | undefined {
    const row = this.rowOf.get(id);
    return row === undefined ? undefined : this.incidents[row];
  }

  point(row: number): Position | undefined {
    return this.incidents[row]?.geometry?.coordinates;
  }
}

export const EMPTY_STORE = new IncidentStore({ incidents: [] });
