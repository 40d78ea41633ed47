/**
 * The worker that reads, checks and measures a set of incidents off the page's thread, so a
 * 100k set loads behind a moving progress bar instead of a frozen page. It answers each request
 * with progress messages, then the incidents it read and their columns (the columns' buffers
 * moved, not copied); incidents the page sent are not sent back.
 */
import { columnBuffers } from '../domain/store-columns.ts';
import { loadIncidentSet, type Geography, type SetResult, type SetSource } from './incident-set.ts';
import type { LoadProgress } from './read-bytes.ts';
import { serveCalls } from './worker-call.ts';
import { speak, type Speech } from './worker-locale.ts';

export interface WorkerRequest {
  source: SetSource;
  geography: Geography;
  /** The reader's language and digits, for the messages (English where absent). */
  speech?: Speech;
}

let lastPost = 0;
serveCalls<WorkerRequest, LoadProgress, SetResult>(
  async ({ source, geography, speech }, post) => {
    speak(speech);
    const result = await loadIncidentSet(source, geography, (progress) => {
      // At most a few messages a second: the page only redraws a bar.
      const now = performance.now();
      if (now - lastPost < 100 && progress.done < 1) return;
      lastPost = now;
      post(progress);
    });
    // Incidents the page sent are not sent back: it still has them (store-loader.ts).
    return 'columns' in result && 'incidents' in source ? { ...result, incidents: [] } : result;
  },
  (result) => ('columns' in result ? columnBuffers(result.columns) : []),
);
