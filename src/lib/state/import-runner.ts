/**
 * Runs the importer in a worker (import-worker.ts) and hands back what it says; `cancel` stops
 * it at once. An import's worker lives on after its answer, holding the incidents, until the
 * page asks it to save them (or cancels). Where workers are not available, the same functions
 * run on the page.
 */
import type { Incident } from '../data/incidents.ts';
import { inspectText, type Inspection } from '../data/import/import.ts';
import { decodeBytes } from '../data/import/read.ts';
import { anySaved, loadDatasets, saveDataset, type Outcome } from './dataset-db.ts';
import type { Dataset, DatasetMeta } from './datasets.ts';
import { importAndMeasure, restoreSaved, type ImportTask, type Imported } from './import-steps.ts';
import type { Geography } from './incident-set.ts';
import { parseChunks } from './payload-loader.ts';
import type { StoreColumns } from '../domain/store-columns.ts';
import type { ImportRequest } from './import-worker.ts';
import { startWorker } from './worker-call.ts';
import { speechNow } from './worker-locale.ts';
import { m } from '../i18n/messages.ts';

type Reply =
  | { inspection: Inspection | string }
  | { progress: number }
  | { imported: Imported }
  | { saved: Outcome }
  | { restored: Awaited<ReturnType<typeof restoreSaved>> }
  | { failure: string };

export interface ImportJob<T> {
  done: Promise<T>;
  cancel(): void;
}

/** An import's job: once done, `save` writes the incidents it kept under a dataset's name. */
export interface ImportFileJob extends ImportJob<Imported> {
  save(dataset: DatasetMeta): Promise<Outcome>;
}

export class ImportCancelled extends Error {
  constructor() {
    super('cancelled');
  }
}

/** One worker for one job: each request waits for its answer; a failure or cancel ends it. */
class WorkerJob {
  private fail: (e: Error) => void = () => {};
  private answer: (reply: Reply) => void = () => {};
  private ended = false;

  constructor(
    private readonly worker: Worker,
    private readonly progress?: (done: number) => void,
  ) {
    this.worker.onmessage = ({ data }: MessageEvent<Reply>) => {
      if ('progress' in data) return this.progress?.(data.progress);
      if ('failure' in data) return this.end(new Error(data.failure));
      this.answer(data);
    };
    this.worker.onerror = (e) => this.end(new Error(m.errors_import_worker_failed({ reason: e.message })));
  }

  ask<T>(request: ImportRequest, pick: (reply: Reply) => T | undefined): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      if (this.ended) return reject(new ImportCancelled());
      this.fail = reject;
      this.answer = (reply) => {
        const value = pick(reply);
        if (value !== undefined) resolve(value);
      };
      this.worker.postMessage(request);
    });
  }

  end(error?: Error): void {
    this.ended = true;
    this.worker.terminate();
    if (error) this.fail(error);
  }
}

const onPage = <T>(work: () => T): ImportJob<T> => ({ done: Promise.resolve().then(work), cancel() {} });

/** A worker job, or null where no worker can be made (none in this browser, or refused). */
function workerJob(progress?: (done: number) => void): WorkerJob | null {
  const worker = startWorker(
    () => new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module' }),
  );
  return worker && new WorkerJob(worker, progress);
}

export function inspectFile(bytes: Uint8Array, name: string): ImportJob<Inspection | string> {
  const job = workerJob();
  if (!job)
    return onPage(() => {
      const decoded = decodeBytes(bytes);
      return 'problem' in decoded ? decoded.problem : inspectText(decoded.text, name);
    });
  // The worker does not load the page's language: it is sent with the request.
  const request = { inspect: { bytes, name }, speech: speechNow() };
  const done = job.ask(request, (r) => ('inspection' in r ? r.inspection : undefined));
  void done.then(
    () => job.end(),
    () => {},
  );
  return { done, cancel: () => job.end(new ImportCancelled()) };
}

export function importFile(task: ImportTask, progress: (done: number) => void): ImportFileJob {
  const job = workerJob(progress);
  if (!job) {
    let kept: Incident[] = [];
    const here = onPage(() => importAndMeasure(task, progress, (k) => (kept = k)));
    return { ...here, save: (dataset) => saveDataset({ ...dataset, incidents: kept }) };
  }
  const done = job.ask({ import: task, speech: speechNow() }, (r) =>
    'imported' in r ? r.imported : undefined,
  );
  // Nothing kept, nothing to save: the worker is not needed any more.
  void done.then(
    (imported) => !imported.ok && job.end(),
    () => {},
  );
  return {
    done,
    cancel: () => job.end(new ImportCancelled()),
    async save(dataset) {
      try {
        return await job.ask({ save: dataset }, (r) => ('saved' in r ? r.saved : undefined));
      } catch (error) {
        const gone = error instanceof ImportCancelled;
        return { ok: false, problem: gone ? m.errors_import_worker_gone() : (error as Error).message };
      } finally {
        job.end();
      }
    },
  };
}

/** A dataset saved earlier, with its columns where a worker measured them. */
export interface SavedDataset {
  dataset: Dataset;
  columns?: StoreColumns;
}

/**
 * The datasets saved in this browser: read, measured and packed in a worker, then unpacked
 * between frames; read on the page where no worker runs (or the worker failed).
 */
export async function restoreDatasets(
  geography: Geography,
): Promise<{ saved: SavedDataset[]; problem?: string }> {
  // Most visits have none: no worker, and no copy of the geography sent to it.
  if (!(await anySaved())) return { saved: [] };
  const job = workerJob();
  if (job) {
    try {
      const request = { restore: geography, speech: speechNow() };
      const { restored, problem } = await job.ask(request, (r) => ('restored' in r ? r.restored : undefined));
      const saved: SavedDataset[] = [];
      for (const { meta, chunks, columns } of restored)
        saved.push({ dataset: { ...meta, incidents: await parseChunks(chunks) }, columns });
      return { saved, ...(problem ? { problem } : {}) };
    } catch {
      // Read them on the page instead, as a browser without workers would.
    } finally {
      job.end();
    }
  }
  const { datasets, problem } = await loadDatasets();
  return { saved: datasets.map((dataset) => ({ dataset })), ...(problem ? { problem } : {}) };
}
