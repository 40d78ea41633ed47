/**
 * One question to a worker made for it, and the worker's side of that exchange: progress on the
 * way, then one answer or a failure, and the worker ends. Where no worker can start, the page
 * does the work itself. When a started worker stops (or says what cannot be read), the caller's
 * rule holds: fail with its own words (`failed`), or do the work on the page too.
 *
 * Used by the bundled payload (payload-thread.ts) and the sets measured for the store
 * (store-loader.ts). An import talks to its worker several times (import-runner.ts) and the
 * border buffer keeps one for the page's life (geo/buffer-thread.ts); they only share
 * `startWorker`, or nothing (geo cannot import from here).
 */

/** What a worker says to the page: progress, then an answer or why it could not answer. */
export type WorkerReply<P, A> = { progress: P } | { answer: A } | { failure: string };

export interface WorkerCall<P, A> {
  /** What the worker is, for the console ("The incidents' worker"). */
  name: string;
  /** Makes the worker: `new Worker(new URL(…, import.meta.url))`, written where Vite sees it. */
  start: () => Worker;
  ask: unknown;
  progress?: (p: P) => void;
  /** The same work done on the page. */
  onPage: () => Promise<A>;
  /** The error for a worker that stopped; absent, its work is done on the page instead. */
  failed?: (reason: string) => Error;
}

/** A new worker, or null where none can be made (none in this browser, or refused). */
export function startWorker(start: () => Worker): Worker | null {
  if (typeof Worker !== 'function') return null;
  try {
    return start();
  } catch {
    return null;
  }
}

export function callWorker<P, A>(call: WorkerCall<P, A>): Promise<A> {
  const worker = startWorker(call.start);
  if (!worker) return call.onPage();
  return new Promise<A>((resolve, reject) => {
    worker.onmessage = ({ data }: MessageEvent<WorkerReply<P, A>>) => {
      if ('progress' in data) return call.progress?.(data.progress);
      worker.terminate();
      if ('answer' in data) resolve(data.answer);
      else reject(new Error(data.failure));
    };
    const stopped = (reason: string) => {
      worker.terminate();
      if (call.failed) return reject(call.failed(reason));
      // Slower, so worth knowing.
      console.warn(`${call.name} failed (${reason}); its work is done on the page.`);
      call.onPage().then(resolve, reject);
    };
    worker.onerror = (e) => {
      e.preventDefault();
      stopped(e.message);
    };
    worker.onmessageerror = () => stopped('an unreadable message');
    worker.postMessage(call.ask);
  });
}

/** The worker's side: answers each question with `work`, its buffers moved rather than copied. */
export function serveCalls<Q, P, A>(
  work: (ask: Q, progress: (p: P) => void) => Promise<A>,
  moved: (answer: A, ask: Q) => Transferable[] = () => [],
): void {
  const scope = self as unknown as {
    onmessage: ((e: MessageEvent<Q>) => void) | null;
    postMessage(message: WorkerReply<P, A>, transfer?: Transferable[]): void;
  };
  scope.onmessage = async ({ data: ask }) => {
    try {
      const answer = await work(ask, (progress) => scope.postMessage({ progress }));
      scope.postMessage({ answer }, moved(answer, ask));
    } catch (error) {
      scope.postMessage({ failure: error instanceof Error ? error.message : String(error) });
    }
  };
}
