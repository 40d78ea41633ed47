/**
 * The bundled incidents' payload read and unpacked in a worker (payload-worker.ts), so that at
 * 100k the page's thread is free for the map while 23 MB arrive and inflate. Where no worker can
 * be made, or it cannot run, the page reads the payload itself: slower, never lost.
 */
import { unpackPayload, type Unpacked } from './payload-loader.ts';
import type { PayloadAnswer, PayloadAsk } from './payload-worker.ts';
import type { LoadProgress } from './read-bytes.ts';
import { speechNow } from './worker-locale.ts';

export function unpackOffThread(url: string, progress: (p: LoadProgress) => void): Promise<Unpacked> {
  if (typeof Worker !== 'function') return unpackPayload(url, progress);
  let worker: Worker;
  try {
    worker = new Worker(new URL('./payload-worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return unpackPayload(url, progress);
  }
  return new Promise<Unpacked>((resolve, reject) => {
    worker.onmessage = ({ data }: MessageEvent<PayloadAnswer>) => {
      if ('progress' in data) return progress(data.progress);
      worker.terminate();
      if ('unpacked' in data) resolve(data.unpacked);
      else reject(new Error(data.crash));
    };
    // The worker could not start, stopped, or its answer could not be read: the page reads the
    // payload from the start (said in the console: slower, so worth knowing).
    const onThePage = (reason: string) => {
      console.warn(`The incidents' worker failed (${reason}); reading them on the page.`);
      worker.terminate();
      unpackPayload(url, progress).then(resolve, reject);
    };
    worker.onerror = (e) => {
      e.preventDefault();
      onThePage(e.message);
    };
    worker.onmessageerror = () => onThePage('an unreadable message');
    const ask: PayloadAsk = { url, speech: speechNow() };
    worker.postMessage(ask);
  });
}
