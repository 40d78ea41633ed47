/**
 * An import from bytes to what the page needs, in one place (the import worker runs it; where no
 * worker can run, the page does): the file read and checked, records whose id is already loaded
 * left out, the rest measured against the border, and the incidents packed as JSON chunks. The
 * page parses the chunks between frames and never receives, copies or stores 100k incidents in
 * one piece; the worker keeps them to write to the browser's storage. Datasets saved in an
 * earlier visit come back the same way: read from storage, measured and packed off the page.
 */
import type { Incident } from '../data/incidents.ts';
import {
  importBytes,
  type ImportFormat,
  type ImportOptions,
  type ImportProblem,
} from '../data/import/import.ts';
import { incidentChunks } from '../domain/payload.ts';
import { columnBuffers, type StoreColumns } from '../domain/store-columns.ts';
import { loadDatasets } from './dataset-db.ts';
import { withoutTakenIds, type DatasetMeta } from './datasets.ts';
import { measureIncidents, type Geography } from './incident-set.ts';

export interface ImportTask {
  bytes: Uint8Array;
  name: string;
  mapping?: ImportOptions['mapping'];
  geography: Geography;
  /** Every id already loaded, with the name of the set that holds it. */
  taken: ReadonlyMap<string, string>;
}

/** What the page is sent: no incidents as objects, only their chunks and columns. */
export type Imported =
  | { ok: false; problem: string }
  | {
      ok: true;
      format: ImportFormat;
      /** Rows (or features) read from the file. */
      rows: number;
      /** Every record left out, the file's and the taken ids'. */
      problems: ImportProblem[];
      /** What the reader should know of what was kept (a point not placed, a report's parts absent). */
      warnings: string[];
      /** Records left out only because their id is loaded already. */
      alreadyLoaded: number;
      /** Incidents kept; the chunks hold them in order. */
      count: number;
      columns: StoreColumns;
      chunks: Uint8Array[];
    };

/** The share of the progress bar the reading takes; measuring takes the rest up to PACKED. */
const READ_SHARE = 0.8;
/** Where the bar stands once the worker is done: the page's unpacking fills the rest. */
export const PACKED = 0.95;

/** Runs the import; `kept` receives the incidents kept, for the worker to save later. */
export function importAndMeasure(
  task: ImportTask,
  progress: (done: number) => void,
  kept: (incidents: Incident[]) => void = () => {},
): Imported {
  const { bytes, name, mapping, geography, taken } = task;
  const options = { ...(mapping ? { mapping } : {}), progress: (d: number) => progress(d * READ_SHARE) };
  const result = importBytes(bytes, name, options);
  if (!result.ok) return { ok: false, problem: result.problem };
  const left = withoutTakenIds(result.incidents, taken);
  const problems = [...result.problems, ...left.problems];
  const { format, rows, warnings } = result;
  const base = { ok: true as const, format, rows, problems, warnings, alreadyLoaded: left.problems.length };
  kept(left.kept);
  const measured = (d: number) => progress(READ_SHARE + d * (PACKED - READ_SHARE));
  const columns = measureIncidents(left.kept, geography, (p) => measured(p.done));
  const chunks = incidentChunks(left.kept).map((c) => c.bytes);
  return { ...base, count: left.kept.length, columns, chunks };
}

/** A saved dataset as the page is sent it: its fields, its incidents' chunks, and columns if shown. */
export interface Restored {
  meta: DatasetMeta;
  chunks: Uint8Array[];
  /** Measured for a shown dataset only; a hidden one is measured when it is shown. */
  columns?: StoreColumns;
}

/** The datasets kept in this browser, each packed, the shown ones measured (or why they cannot be read). */
export async function restoreSaved(
  geography: Geography,
): Promise<{ restored: Restored[]; problem?: string }> {
  const { datasets, problem } = await loadDatasets();
  const restored = datasets.map(({ incidents, ...meta }) => ({
    meta,
    chunks: incidentChunks(incidents).map((c) => c.bytes),
    ...(meta.visible ? { columns: measureIncidents(incidents, geography) } : {}),
  }));
  return { restored, ...(problem ? { problem } : {}) };
}

/** What a worker moves to the page instead of copying: the columns' and the chunks' buffers. */
export function movable(columns: StoreColumns | undefined, chunks: readonly Uint8Array[]): Transferable[] {
  return [...(columns ? columnBuffers(columns) : []), ...chunks.map((c) => c.buffer as ArrayBuffer)];
}
