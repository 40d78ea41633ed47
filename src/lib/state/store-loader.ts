/**
 * Loads a set of incidents in a worker (store-worker.ts) and hands back the incidents with
 * their columns; where no worker can start it does the same on the page. A worker that stops
 * fails the load, in words that say so.
 */
import { loadIncidentSet, type Geography, type SetResult, type SetSource } from './incident-set.ts';
import type { LoadProgress } from './read-bytes.ts';
import { m } from '../i18n/messages.ts';
import { callWorker } from './worker-call.ts';
import { speechNow } from './worker-locale.ts';
import type { WorkerRequest } from './store-worker.ts';

export async function loadInWorker(
  source: SetSource,
  geography: Geography,
  progress: (p: LoadProgress) => void = () => {},
): Promise<SetResult> {
  // The worker does not load the page's language: it is sent with the request.
  const ask: WorkerRequest = { source, geography, speech: speechNow() };
  const result = await callWorker<LoadProgress, SetResult>({
    name: "The incident store's worker",
    start: () => new Worker(new URL('./store-worker.ts', import.meta.url), { type: 'module' }),
    ask,
    progress,
    onPage: () => loadIncidentSet(source, geography, progress),
    failed: (reason) => new Error(m.errors_load_worker_failed({ reason })),
  });
  // Incidents the page sent come back as they went: the worker returns only their columns.
  const kept = 'incidents' in source && 'columns' in result;
  return kept ? { ...result, incidents: source.incidents } : result;
}
