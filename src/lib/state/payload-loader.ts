/**
 * Opens the bundled incidents' compact payload (domain/payload.ts): checked and measured when
 * the app was built, so the page only reads bytes and takes the columns as they are; each
 * incident is parsed when first read (domain/payload-rows.ts). An import's incidents come as
 * JSON chunks, parsed a chunk at a time with a turn for the page between them (parseChunks).
 */
import type { Incident } from '../data/incidents.ts';
import { assemblePayload, PayloadError, readPayload, type PayloadSections } from '../domain/payload.ts';
import { lazyIncidents } from '../domain/payload-rows.ts';
import { m, n } from '../i18n/messages.ts';
import type { SetResult } from './incident-set.ts';
import { readBytes, type LoadProgress } from './read-bytes.ts';

const FILE = 'incidents.geojson';

/** Whether the bytes are gzipped (they start 1f 8b). */
function gzipped(buffer: ArrayBuffer): boolean {
  const head = new Uint8Array(buffer, 0, Math.min(2, buffer.byteLength));
  return head[0] === 0x1f && head[1] === 0x8b;
}

/**
 * The bytes inflated when they are gzipped, else as they are. The browser checks the stream's
 * CRC-32 as it inflates: a damaged byte anywhere fails here.
 */
export async function inflated(buffer: ArrayBuffer): Promise<ArrayBuffer> {
  if (!gzipped(buffer)) return buffer;
  const stream = new Blob([buffer]).stream().pipeThrough(new DecompressionStream('gzip'));
  try {
    return await new Response(stream).arrayBuffer();
  } catch {
    throw new PayloadError(m.errors_payload_damaged());
  }
}

/**
 * A turn for the page (input, paint) between two pieces of work. A message, not a timer: a tab in
 * the background runs timers about once a second, which would make 50 chunks take 50 s.
 */
function yieldToPage(): Promise<void> {
  const channel = new MessageChannel();
  return new Promise<void>((resolve) => {
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/** One chunk's incidents; a PayloadError naming the part (from 1) when it is not JSON. */
function chunkIncidents(text: string, index: number): Incident[] {
  try {
    return JSON.parse(text) as Incident[];
  } catch {
    throw new PayloadError(m.errors_payload_chunk_not_json({ part: n(index + 1) }));
  }
}

/**
 * Incidents from JSON chunks (domain/payload.ts), parsed one chunk at a time with a turn for the
 * page before each, so 100k incidents never hold the page for long. Throws a PayloadError on a
 * chunk that is not JSON.
 */
export async function parseChunks(
  chunks: readonly Uint8Array[],
  progress: (done: number) => void = () => {},
): Promise<Incident[]> {
  const incidents: Incident[] = [];
  const decoder = new TextDecoder();
  for (const [i, chunk] of chunks.entries()) {
    progress(i / chunks.length);
    await yieldToPage();
    for (const incident of chunkIncidents(decoder.decode(chunk), i)) incidents.push(incident);
  }
  return incidents;
}

/** A payload read and unpacked to its sections, or why not (said in the reader's words). */
export type Unpacked = { sections: PayloadSections } | { failure: string };

/**
 * The sections of the payload at `url`. A failed read or a broken payload is a failure naming
 * what is wrong, never a throw. The payload's worker (payload-worker.ts) runs this off the page;
 * the page runs it where no worker can.
 */
export async function unpackPayload(url: string, progress: (p: LoadProgress) => void): Promise<Unpacked> {
  const failed = (reason: string): Unpacked => ({ failure: m.errors_data_not_loaded({ reason }) });
  let buffer: ArrayBuffer;
  try {
    buffer = await readBytes(url, progress);
  } catch (error) {
    return failed((error as Error).message);
  }
  try {
    progress({ phase: 'unpacking', done: 0 });
    return { sections: readPayload(await inflated(buffer), { verify: !gzipped(buffer) }) };
  } catch (error) {
    if (error instanceof PayloadError) return failed(error.message);
    throw error;
  }
}

/**
 * The incidents and columns of a payload being unpacked (unpackPayload, here or in its worker:
 * payload-thread.ts), or the file and what is wrong with it.
 */
export async function loadPayload(
  unpacking: Promise<Unpacked>,
  progress: (p: LoadProgress) => void,
): Promise<SetResult> {
  const unpacked = await unpacking;
  const failed = (message: string): SetResult => ({
    file: FILE,
    issues: [{ file: FILE, index: -1, message }],
  });
  if ('failure' in unpacked) return failed(unpacked.failure);
  try {
    const { columns, rows } = assemblePayload(unpacked.sections);
    progress({ phase: 'unpacking', done: 1 });
    return { incidents: lazyIncidents(rows), columns };
  } catch (error) {
    if (error instanceof PayloadError) return failed(m.errors_data_not_loaded({ reason: error.message }));
    throw error;
  }
}
