/**
 * Draws the border buffer off the page's thread: JSTS takes 0.2–0.4 s per new distance, which on
 * the page held every other input that long (buffer-thread.ts sends the work here).
 */
import type { Feature, LineString } from 'geojson';
import { borderBuffer } from './buffer.ts';

export interface BufferAsk {
  id: number;
  line: Feature<LineString>;
  km: number;
}

self.onmessage = async ({ data }: MessageEvent<BufferAsk>) => {
  try {
    postMessage({ id: data.id, zone: await borderBuffer(data.line, data.km) });
  } catch (error) {
    postMessage({ id: data.id, error: (error as Error).message });
  }
};
