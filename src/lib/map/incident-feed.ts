/**
 * What the clustered incident source must be sent to show a new set of rows. MapLibre clones
 * whatever it is sent into its worker, and at 100k incidents a full `setData` froze the page on
 * every filter; so each incident's map feature is made once per store, and a filter change
 * sends only the difference (`updateData`): the features that appear and the ids that go. A
 * change as big as the new set itself is sent whole.
 */
import type { Feature, FeatureCollection, Point } from 'geojson';
import type { GeoJSONSource } from 'maplibre-gl';
import type { Incident } from '../data/incidents.ts';
import { conservativeDeaths } from '../domain/casualties.ts';
import { fillFor } from '../theme/symbols.ts';
import { DATASET_COLOURS } from '../theme/theme.ts';

export interface IncidentMapProps {
  id: string;
  type: string;
  fill: string;
  cas: number;
  /** The colour of the imported dataset it belongs to; absent for the bundled data. */
  ring?: string;
}
export type MapFeature = Feature<Point, IncidentMapProps>;
type SourceDiff = Parameters<GeoJSONSource['updateData']>[0];
export type FeedStep = { data: FeatureCollection } | { diff: SourceDiff };

/** One incident as the flat feature MapLibre draws (it cannot filter on nested arrays), or null. */
export function mapFeature(incident: Incident, ring = -1): MapFeature | null {
  if (!incident.geometry) return null;
  const p = incident.properties;
  return {
    type: 'Feature',
    properties: {
      id: p.id,
      type: p.type,
      fill: fillFor(p.location_precision),
      cas: conservativeDeaths(incident),
      ...(ring >= 0 ? { ring: DATASET_COLOURS[ring % DATASET_COLOURS.length] } : {}),
    },
    geometry: incident.geometry,
  };
}

/** Located incidents as a collection (for a whole set and for tests). */
export function toMapFeatures(incidents: readonly Incident[]): FeatureCollection<Point, IncidentMapProps> {
  return {
    type: 'FeatureCollection',
    features: incidents.map((i) => mapFeature(i)).filter((f) => f !== null),
  };
}

export class MapFeed {
  private incidents: readonly Incident[] | null = null;
  private features: (MapFeature | null)[] = [];
  /** The located rows the source holds, ascending. */
  private shown: number[] = [];

  /** The source was made again (a new style) and holds nothing yet. */
  reset(): void {
    this.shown = [];
  }

  /** The step from what the source shows to `rows` (ascending store rows), or null: no change. */
  next(
    incidents: readonly Incident[],
    rows: readonly number[],
    rings: readonly number[] = [],
  ): FeedStep | null {
    if (incidents !== this.incidents) {
      this.incidents = incidents;
      this.features = incidents.map((incident, row) => mapFeature(incident, rings[row]));
      this.shown = this.located(rows);
      return { data: this.collection(this.shown) };
    }
    const wanted = this.located(rows);
    const { add, remove } = difference(this.shown, wanted);
    if (!add.length && !remove.length) return null;
    this.shown = wanted;
    if (add.length + remove.length >= wanted.length) return { data: this.collection(wanted) };
    return {
      diff: {
        add: add.map((row) => this.features[row]!),
        remove: remove.map((row) => this.features[row]!.properties.id),
      },
    };
  }

  private located(rows: readonly number[]): number[] {
    return rows.filter((row) => this.features[row]);
  }

  private collection(rows: number[]): FeatureCollection {
    return { type: 'FeatureCollection', features: rows.map((row) => this.features[row]!) };
  }
}

/** What is in `next` and not `before` (add), and the reverse (remove); both ascending. */
export function difference(
  before: readonly number[],
  next: readonly number[],
): { add: number[]; remove: number[] } {
  const add: number[] = [];
  const remove: number[] = [];
  let i = 0;
  let j = 0;
  while (i < before.length || j < next.length) {
    const a = before[i];
    const b = next[j];
    if (b === undefined || (a !== undefined && a < b)) {
      remove.push(a!);
      i++;
    } else if (a === undefined || b < a) {
      add.push(b);
      j++;
    } else {
      i++;
      j++;
    }
  }
  return { add, remove };
}
