/**
 * The border buffer drawn in a worker (buffer-worker.ts), one worker for the page's life. Where no
 * worker can be made or it fails, the buffer is drawn on the page as before: slower, never lost.
 */
import type { Feature, LineString, MultiPolygon, Polygon } from 'geojson';
import { borderBuffer } from './buffer.ts';
import type { BufferAsk } from './buffer-worker.ts';

type Zone = Feature<Polygon | MultiPolygon>;
type Answer = { id: number; zone: Zone } | { id: number; error: string };
interface Waiting {
  ask: BufferAsk;
  resolve: (zone: Zone) => void;
  reject: (error: Error) => void;
}

let worker: Worker | null | undefined;
let asked = 0;
const waiting = new Map<number, Waiting>();

function start(): Worker | null {
  try {
    const made = new Worker(new URL('./buffer-worker.ts', import.meta.url), { type: 'module' });
    made.onmessage = ({ data }: MessageEvent<Answer>) => {
      const entry = waiting.get(data.id);
      waiting.delete(data.id);
      if (!entry) return;
      if ('zone' in data) entry.resolve(data.zone);
      else entry.reject(new Error(data.error));
    };
    // The worker could not run: what it was asked is drawn here, and so is all that follows.
    made.onerror = () => {
      worker = null;
      made.terminate();
      for (const { ask, resolve, reject } of waiting.values())
        borderBuffer(ask.line, ask.km).then(resolve, reject);
      waiting.clear();
    };
    return made;
  } catch {
    return null;
  }
}

export function borderBufferOffThread(line: Feature<LineString>, km: number): Promise<Zone> {
  if (worker === undefined) worker = typeof Worker === 'function' ? start() : null;
  if (!worker) return borderBuffer(line, km);
  const ask: BufferAsk = { id: ++asked, line, km };
  const answer = new Promise<Zone>((resolve, reject) => waiting.set(ask.id, { ask, resolve, reject }));
  worker.postMessage(ask);
  return answer;
}
