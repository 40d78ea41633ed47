/**
 * The bundled incidents' payload read and unpacked in a worker (payload-worker.ts), so that at
 * 100k the page's thread is free for the map while 23 MB arrive and inflate. Where no worker can
 * be made, or it stops, the page reads the payload itself: slower, never lost.
 */
import { unpackPayload, type Unpacked } from './payload-loader.ts';
import type { PayloadAsk } from './payload-worker.ts';
import type { LoadProgress } from './read-bytes.ts';
import { callWorker } from './worker-call.ts';
import { speechNow } from './worker-locale.ts';

export function unpackOffThread(url: string, progress: (p: LoadProgress) => void): Promise<Unpacked> {
  const ask: PayloadAsk = { url, speech: speechNow() };
  return callWorker<LoadProgress, Unpacked>({
    name: "The incidents' worker",
    start: () => new Worker(new URL('./payload-worker.ts', import.meta.url), { type: 'module' }),
    ask,
    progress,
    // From the start: what the worker had read is gone with it.
    onPage: () => unpackPayload(url, progress),
  });
}
