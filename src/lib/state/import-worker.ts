/**
 * The worker that reads a dropped file: it looks at what the file holds (for the preview), or
 * imports it, reporting the share done, so a 100k-row file never freezes the page. An import's
 * incidents stay here: the page gets their columns and JSON chunks (moved, not copied), then
 * names the dataset, and this worker writes it to the browser's storage and says when that is
 * done. On a visit, it reads the datasets saved earlier and sends them the same way. Cancel is
 * the page terminating this worker. Its messages are in the language the request names.
 */
import type { Incident } from '../data/incidents.ts';
import { inspectText } from '../data/import/import.ts';
import { decodeBytes } from '../data/import/read.ts';
import { saveDataset } from './dataset-db.ts';
import type { DatasetMeta } from './datasets.ts';
import { importAndMeasure, movable, restoreSaved, type ImportTask } from './import-steps.ts';
import type { Geography } from './incident-set.ts';
import { speak, type Speech } from './worker-locale.ts';

export type ImportRequest =
  | {
      inspect: { bytes: Uint8Array; name: string };
      /** The reader's language and digits, for the messages (English where absent). */
      speech?: Speech;
    }
  | { import: ImportTask; speech?: Speech }
  /** Read the datasets saved in this browser, measure and pack them. */
  | { restore: Geography; speech?: Speech }
  /** Write the incidents of the last import under this dataset. */
  | { save: DatasetMeta };

const scope = self as unknown as {
  onmessage: ((e: MessageEvent<ImportRequest>) => void) | null;
  postMessage(message: unknown, transfer?: Transferable[]): void;
};

let kept: Incident[] = [];

async function answer(request: ImportRequest): Promise<void> {
  if ('save' in request) {
    scope.postMessage({ saved: await saveDataset({ ...request.save, incidents: kept }) });
    return;
  }
  speak(request.speech);
  if ('restore' in request) {
    const restored = await restoreSaved(request.restore);
    const moved = restored.restored.flatMap((r) => movable(r.columns, r.chunks));
    scope.postMessage({ restored }, moved);
    return;
  }
  if ('inspect' in request) {
    const { bytes, name } = request.inspect;
    const decoded = decodeBytes(bytes);
    const seen = 'problem' in decoded ? decoded.problem : inspectText(decoded.text, name);
    scope.postMessage({ inspection: seen });
    return;
  }
  let last = 0;
  const progress = (done: number) => {
    const now = performance.now();
    if (now - last < 100) return;
    last = now;
    scope.postMessage({ progress: done });
  };
  const imported = importAndMeasure(request.import, progress, (incidents) => (kept = incidents));
  const moved = imported.ok ? movable(imported.columns, imported.chunks) : [];
  scope.postMessage({ imported }, moved);
}

scope.onmessage = ({ data }) => {
  answer(data).catch((error: unknown) => scope.postMessage({ failure: (error as Error).message }));
};
