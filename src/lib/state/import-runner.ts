/**
 * Runs the importer in a worker (import-worker.ts) and hands back what it says; `cancel` stops
 * it at once. Where workers are not available, the same functions run on the page.
 */
import { importBytes, inspectText, type ImportResult, type Inspection } from '../data/import/import.ts';
import type { ImportOptions } from '../data/import/import.ts';
import { decodeBytes } from '../data/import/read.ts';
import type { ImportRequest } from './import-worker.ts';
import { speechNow } from './worker-locale.ts';
import { m } from '../i18n/messages.ts';

type Reply =
  { inspection: Inspection | string } | { progress: number } | { result: ImportResult } | { failure: string };

export interface ImportJob<T> {
  done: Promise<T>;
  cancel(): void;
}

export class ImportCancelled extends Error {
  constructor() {
    super('cancelled');
  }
}

function run<T>(
  request: ImportRequest,
  pick: (reply: Reply) => T | undefined,
  progress?: (d: number) => void,
): ImportJob<T> {
  const worker = new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module' });
  let reject: (e: Error) => void = () => {};
  const done = new Promise<T>((resolve, fail) => {
    reject = fail;
    worker.onmessage = ({ data }: MessageEvent<Reply>) => {
      if ('progress' in data) return progress?.(data.progress);
      worker.terminate();
      if ('failure' in data) return fail(new Error(data.failure));
      const value = pick(data);
      if (value !== undefined) resolve(value);
    };
    worker.onerror = (e) => {
      worker.terminate();
      fail(new Error(m.errors_import_worker_failed({ reason: e.message })));
    };
  });
  // The worker does not load the page's language: it is sent with the request.
  worker.postMessage({ ...request, speech: speechNow() });
  return {
    done,
    cancel() {
      worker.terminate();
      reject(new ImportCancelled());
    },
  };
}

const onPage = <T>(work: () => T): ImportJob<T> => ({ done: Promise.resolve().then(work), cancel() {} });

export function inspectFile(bytes: Uint8Array, name: string): ImportJob<Inspection | string> {
  if (typeof Worker === 'undefined')
    return onPage(() => {
      const decoded = decodeBytes(bytes);
      return 'problem' in decoded ? decoded.problem : inspectText(decoded.text, name);
    });
  return run({ bytes, name, inspect: true }, (r) => ('inspection' in r ? r.inspection : undefined));
}

export function importFile(
  bytes: Uint8Array,
  name: string,
  mapping: ImportOptions['mapping'],
  progress: (done: number) => void,
): ImportJob<ImportResult> {
  if (typeof Worker === 'undefined') return onPage(() => importBytes(bytes, name, { mapping, progress }));
  return run({ bytes, name, mapping }, (r) => ('result' in r ? r.result : undefined), progress);
}
