/**
 * The bundled incidents' worker: reads, inflates and unpacks their payload off the page (at 100k,
 * 23 MB read and 31 MB inflated), so the page starts the map meanwhile. The sections move to the
 * page without a copy, and the page assembles them (payload-thread.ts, payload-loader.ts).
 */
import { payloadBuffers } from '../domain/payload.ts';
import { unpackPayload, type Unpacked } from './payload-loader.ts';
import type { LoadProgress } from './read-bytes.ts';
import { serveCalls } from './worker-call.ts';
import { speak, type Speech } from './worker-locale.ts';

export interface PayloadAsk {
  url: string;
  /** The reader's language and digits, for the messages (English where absent). */
  speech?: Speech;
}

serveCalls<PayloadAsk, LoadProgress, Unpacked>(
  ({ url, speech }, progress) => {
    speak(speech);
    return unpackPayload(url, progress);
  },
  (unpacked) => ('sections' in unpacked ? payloadBuffers(unpacked.sections) : []),
);
