/**
 * Reading a set of incidents and computing its columns: the same steps in the worker
 * (store-worker.ts) and, where no worker can run, on the page. Progress is reported by phase.
 */
import type { Feature, LineString, MultiPolygon, Polygon } from 'geojson';
import type { Incident } from '../data/incidents.ts';
import { LAYERS } from '../data/layers.ts';
import { parseAndValidate, type ValidationIssue } from '../data/validate.ts';
import { BorderAnalysis } from '../geo/border.ts';
import type { AreaFeature } from '../geo/area-counts.ts';
import { computeColumns, type StoreColumns } from '../domain/store-columns.ts';
import { m } from '../i18n/messages.ts';

/** The geography every incident is measured against. */
type CountryFeature = Feature<Polygon | MultiPolygon>;
export interface Geography {
  line: Feature<LineString>;
  afg: CountryFeature;
  pak: CountryFeature;
  areas: AreaFeature[];
}

export type LoadPhase = 'reading' | 'checking' | 'measuring';
/** `done` is the share of the phase done (0 to 1); `bytes` while reading. */
export interface LoadProgress {
  phase: LoadPhase;
  done: number;
  bytes?: number;
}

/** A URL or a text to read and check, or incidents already checked (an import's) to measure. */
export type SetSource = { url: string } | { text: string; name: string } | { incidents: Incident[] };

export type SetResult =
  { incidents: Incident[]; columns: StoreColumns } | { file: string; issues: ValidationIssue[] };

const FILE = 'incidents.geojson';

/** The whole text behind a URL, reporting bytes as they arrive. */
export async function readText(url: string, progress: (p: LoadProgress) => void): Promise<string> {
  const response = await fetch(url);
  if (!response.ok || !response.body) throw new Error(`HTTP ${response.status}`);
  const total = Number(response.headers.get('content-length')) || 0;
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let bytes = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    bytes += value.length;
    progress({ phase: 'reading', done: total ? Math.min(1, bytes / total) : 0, bytes });
  }
  const decoder = new TextDecoder();
  return chunks.map((c) => decoder.decode(c, { stream: true })).join('') + decoder.decode();
}

export async function loadIncidentSet(
  source: SetSource,
  geography: Geography,
  progress: (p: LoadProgress) => void,
): Promise<SetResult> {
  if ('incidents' in source)
    return { incidents: source.incidents, columns: measure(source.incidents, geography, progress) };
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
  return { incidents, columns: measure(incidents, geography, progress) };
}

function measure(incidents: Incident[], geography: Geography, progress: (p: LoadProgress) => void) {
  const border = new BorderAnalysis(geography.line, geography.afg, geography.pak);
  progress({ phase: 'measuring', done: 0 });
  return computeColumns({ incidents, border, areas: geography.areas }, (done) =>
    progress({ phase: 'measuring', done }),
  );
}
