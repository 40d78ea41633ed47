/**
 * Loads a set of incidents in a worker (store-worker.ts) and hands back the incidents with
 * their columns; where workers are not available it does the same on the page.
 */
import { loadIncidentSet, type Geography, type SetResult, type SetSource } from './incident-set.ts';
import type { LoadProgress } from './read-bytes.ts';
import { m } from '../i18n/messages.ts';
import { speechNow } from './worker-locale.ts';
import type { WorkerRequest } from './store-worker.ts';

type WorkerMessage = { progress: LoadProgress } | { result: SetResult } | { failure: string };

export function loadInWorker(
  source: SetSource,
  geography: Geography,
  progress: (p: LoadProgress) => void = () => {},
): Promise<SetResult> {
  if (typeof Worker === 'undefined') return loadIncidentSet(source, geography, progress);
  const worker = new Worker(new URL('./store-worker.ts', import.meta.url), { type: 'module' });
  return new Promise<SetResult>((resolve, reject) => {
    worker.onmessage = ({ data }: MessageEvent<WorkerMessage>) => {
      if ('progress' in data) return progress(data.progress);
      worker.terminate();
      if (!('result' in data)) return reject(new Error(data.failure));
      // Incidents the page sent come back as they went: the worker returns only their columns.
      const kept = 'incidents' in source && 'columns' in data.result;
      resolve(kept ? { ...data.result, incidents: source.incidents } : data.result);
    };
    worker.onerror = (e) => {
      worker.terminate();
      reject(new Error(m.errors_load_worker_failed({ reason: e.message })));
    };
    // The worker does not load the page's language: it is sent with the request.
    const request: WorkerRequest = { source, geography, speech: speechNow() };
    worker.postMessage(request);
  });
}
