/**
 * The worker that reads a dropped file: it looks at what the file holds (for the preview), or
 * imports it, reporting the share done, so a 100k-row file never freezes the page. Cancel is
 * the page terminating this worker. Its messages are in the language the request names.
 */
import { importBytes, inspectText, type ImportOptions } from '../data/import/import.ts';
import { decodeBytes } from '../data/import/read.ts';
import { speak, type Speech } from './worker-locale.ts';

export interface ImportRequest {
  bytes: Uint8Array;
  name: string;
  /** Only look: the format, the header and the first rows. */
  inspect?: boolean;
  mapping?: ImportOptions['mapping'];
  /** The reader's language and digits, for the messages (English where absent). */
  speech?: Speech;
}

const scope = self as unknown as {
  onmessage: ((e: MessageEvent<ImportRequest>) => void) | null;
  postMessage(message: unknown): void;
};

scope.onmessage = ({ data: { bytes, name, inspect, mapping, speech } }) => {
  try {
    speak(speech);
    if (inspect) {
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
    scope.postMessage({ result: importBytes(bytes, name, { ...(mapping ? { mapping } : {}), progress }) });
  } catch (error) {
    scope.postMessage({ failure: (error as Error).message });
  }
};
