/**
 * The bundled incidents' worker: reads, inflates and unpacks their payload off the page (at 100k,
 * 23 MB read and 31 MB inflated), so the page starts the map meanwhile. The sections move to the
 * page without a copy, and the page assembles them (payload-thread.ts, payload-loader.ts).
 */
import { payloadBuffers } from '../domain/payload.ts';
import { unpackPayload, type Unpacked } from './payload-loader.ts';
import type { LoadProgress } from './read-bytes.ts';
import { speak, type Speech } from './worker-locale.ts';

export interface PayloadAsk {
  url: string;
  /** The reader's language and digits, for the messages (English where absent). */
  speech?: Speech;
}
export type PayloadAnswer = { progress: LoadProgress } | { unpacked: Unpacked } | { crash: string };

const scope = self as unknown as {
  onmessage: ((e: MessageEvent<PayloadAsk>) => void) | null;
  postMessage(message: PayloadAnswer, transfer?: Transferable[]): void;
};

scope.onmessage = async ({ data: { url, speech } }) => {
  try {
    speak(speech);
    const unpacked = await unpackPayload(url, (progress) => scope.postMessage({ progress }));
    scope.postMessage({ unpacked }, 'sections' in unpacked ? payloadBuffers(unpacked.sections) : []);
  } catch (error) {
    scope.postMessage({ crash: error instanceof Error ? error.message : String(error) });
  }
};
