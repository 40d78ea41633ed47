/**
 * The worker that reads, checks and measures a set of incidents off the page's thread, so a
 * 100k set loads behind a moving progress bar instead of a frozen page. It answers each request
 * with progress messages, then the incidents it read and their columns (the columns' buffers
 * moved, not copied); incidents the page sent are not sent back.
 */
import { columnBuffers } from '../domain/store-columns.ts';
import { loadIncidentSet, type Geography, type SetSource } from './incident-set.ts';
import { speak, type Speech } from './worker-locale.ts';

export interface WorkerRequest {
  source: SetSource;
  geography: Geography;
  /** The reader's language and digits, for the messages (English where absent). */
  speech?: Speech;
}

const scope = self as unknown as {
  onmessage: ((e: MessageEvent<WorkerRequest>) => void) | null;
  postMessage(message: unknown, transfer?: Transferable[]): void;
};

let lastPost = 0;
scope.onmessage = async ({ data: { source, geography, speech } }) => {
  try {
    speak(speech);
    const result = await loadIncidentSet(source, geography, (progress) => {
      // At most a few messages a second: the page only redraws a bar.
      const now = performance.now();
      if (now - lastPost < 100 && progress.done < 1) return;
      lastPost = now;
      scope.postMessage({ progress });
    });
    // Incidents the page sent are not sent back: it still has them (store-loader.ts).
    if ('columns' in result && 'incidents' in source)
      scope.postMessage({ result: { ...result, incidents: [] } }, columnBuffers(result.columns));
    else if ('columns' in result) scope.postMessage({ result }, columnBuffers(result.columns));
    else scope.postMessage({ result });
  } catch (error) {
    scope.postMessage({ failure: (error as Error).message });
  }
};
