/**
 * Reading a set of incidents and computing its columns: the same steps in the worker
 * (store-worker.ts) and, where no worker can run, on the page. Progress is reported by phase.
 */
import type { Feature, LineString, MultiPolygon, Polygon } from 'geojson';
import type { Incident } from '../data/incidents.ts';
import type { Layers } from '../data/load.ts';
import { LAYERS } from '../data/layers.ts';
import { parseAndValidate, type ValidationIssue } from '../data/validate.ts';
import { BorderAnalysis } from '../geo/border.ts';
import type { AreaFeature } from '../geo/area-counts.ts';
import { computeColumns, type StoreColumns } from '../domain/store-columns.ts';
import { m } from '../i18n/messages.ts';
import { readBytes, type LoadProgress } from './read-bytes.ts';

/** The geography every incident is measured against. */
type CountryFeature = Feature<Polygon | MultiPolygon>;
export interface Geography {
  line: Feature<LineString>;
  afg: CountryFeature;
  pak: CountryFeature;
  areas: AreaFeature[];
}

/** The line, the two countries and the provinces, from the bundled layers. */
export function geographyOf(layers: Pick<Layers, 'countries' | 'durandLine' | 'provinces'>): Geography {
  const country = (iso: string) => layers.countries.features.find((c) => c.properties.iso_a3 === iso)!;
  return {
    line: layers.durandLine.features[0]!,
    afg: country('AFG'),
    pak: country('PAK'),
    areas: layers.provinces.features.filter((f) => f.geometry.type !== 'Point') as AreaFeature[],
  };
}

/** A URL or a text to read and check, or incidents already checked (an import's) to measure. */
export type SetSource = { url: string } | { text: string; name: string } | { incidents: Incident[] };

export type SetResult =
  { incidents: readonly Incident[]; columns: StoreColumns } | { file: string; issues: ValidationIssue[] };

const FILE = 'incidents.geojson';

/** The whole text behind a URL. */
export async function readText(url: string, progress: (p: LoadProgress) => void): Promise<string> {
  return new TextDecoder().decode(await readBytes(url, progress));
}

export async function loadIncidentSet(
  source: SetSource,
  geography: Geography,
  progress: (p: LoadProgress) => void,
): Promise<SetResult> {
  if ('incidents' in source)
    return { incidents: source.incidents, columns: measureIncidents(source.incidents, geography, progress) };
  const file = 'url' in source ? FILE : source.name;
  let text: string;
  try {
    text = 'url' in source ? await readText(source.url, progress) : source.text;
  } catch (error) {
    const reason = (error as Error).message;
    return { file, issues: [{ file, index: -1, message: m.errors_data_not_loaded({ reason }) }] };
  }
  progress({ phase: 'checking', done: 0 });
  const { data, issues } = parseAndValidate(text, file, LAYERS[FILE]);
  if (!data) return { file, issues };
  const incidents = data.features as Incident[];
  return { incidents, columns: measureIncidents(incidents, geography, progress) };
}

/** Each incident's columns, measured against the geography. */
export function measureIncidents(
  incidents: readonly Incident[],
  geography: Geography,
  progress: (p: LoadProgress) => void = () => {},
): StoreColumns {
  const border = new BorderAnalysis(geography.line, geography.afg, geography.pak);
  progress({ phase: 'measuring', done: 0 });
  return computeColumns({ incidents, border, areas: geography.areas }, (done) =>
    progress({ phase: 'measuring', done }),
  );
}
