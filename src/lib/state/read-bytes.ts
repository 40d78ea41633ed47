/**
 * Reading every byte behind a URL with progress: small on its own, as the payload's worker
 * (payload-worker.ts) loads it without the checks and measures of a set (incident-set.ts).
 */

export type LoadPhase = 'reading' | 'checking' | 'measuring' | 'unpacking';
/** `done` is the share of the phase done (0 to 1); `bytes` while reading. */
export interface LoadProgress {
  phase: LoadPhase;
  done: number;
  bytes?: number;
}

/** Every byte behind a URL, reporting bytes as they arrive. */
export async function readBytes(url: string, progress: (p: LoadProgress) => void): Promise<ArrayBuffer> {
  const response = await fetch(url);
  if (!response.ok || !response.body) throw new Error(`HTTP ${response.status}`);
  const total = Number(response.headers.get('content-length')) || 0;
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let bytes = 0;
  let told = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    bytes += value.length;
    // A few times a second is enough for a bar, and a page need not redraw for every packet.
    if (performance.now() - told < 100) continue;
    told = performance.now();
    progress({ phase: 'reading', done: total ? Math.min(1, bytes / total) : 0, bytes });
  }
  progress({ phase: 'reading', done: 1, bytes });
  const out = new Uint8Array(bytes);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out.buffer;
}
