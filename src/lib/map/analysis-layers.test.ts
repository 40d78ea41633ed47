/** The spatial layers' map labels are in the reader's language and digits. */
import { lineString } from '@turf/turf';
import { describe, expect, it, vi } from 'vitest';
import { speaking } from '../i18n/test/speaking.ts';
import { bufferData, bufferDataReady, linkData, measureData } from './analysis-layers.ts';
import { borderBufferOffThread } from '../geo/buffer-thread.ts';

// The real buffer, but for the next ask that `failNext` says fails.
const failNext = vi.hoisted(() => ({ on: false }));
vi.mock('../geo/buffer-thread.ts', async (real) => {
  const { borderBufferOffThread: made } = await real<typeof import('../geo/buffer-thread.ts')>();
  return {
    borderBufferOffThread: vi.fn((...ask: Parameters<typeof made>) => {
      if (!failNext.on) return made(...ask);
      failNext.on = false;
      return Promise.reject(new Error('the worker failed'));
    }),
  };
});

const labels = (fc: ReturnType<typeof measureData>) =>
  fc.features.map((f) => f.properties?.label).filter((l) => l !== undefined);

const path = [
  [69, 33],
  [70, 33],
];

describe('labels on the map', () => {
  it('say the total of a measured path and the distance to the line in English', () => {
    speaking('en', () => {
      expect(labels(measureData(path)).at(-1)).toMatch(/^Total \d+(\.\d)? km$/);
      expect(labels(linkData([69, 33], [70, 33], 12.34))).toEqual(['12.3 km to the Durand Line']);
    });
  });

  it('say them in Dari, with its digits', () => {
    speaking('fa-AF', () => {
      expect(labels(linkData([69, 33], [70, 33], 12.34))[0]).toMatch(/^۱۲٫۳ .* تا خط دیورند$/);
      expect(labels(measureData(path)).at(-1)).toMatch(/^مجموع [۰-۹]/);
    });
  });
});

describe('the border buffer zones', () => {
  const line = lineString([
    [70, 33],
    [71, 34],
  ]);
  it('are there to draw at once once a distance has been made, and only then', async () => {
    expect(bufferDataReady(7)).toBeUndefined();
    const made = bufferData(line, 7);
    expect(bufferDataReady(7)).toBeUndefined();
    const zone = await made;
    expect(zone.features[0]?.geometry.type).toBe('Polygon');
    expect(bufferDataReady(7)).toBe(zone);
    expect(bufferDataReady(8)).toBeUndefined();
    expect(borderBufferOffThread).toHaveBeenCalledTimes(1);
    await bufferData(line, 7);
    expect(borderBufferOffThread).toHaveBeenCalledTimes(1);
  });

  it('are made again when asked for after a failure', async () => {
    failNext.on = true;
    await expect(bufferData(line, 9)).rejects.toThrow('the worker failed');
    expect(bufferDataReady(9)).toBeUndefined();
    const zone = await bufferData(line, 9);
    expect(zone.features).toHaveLength(1);
    expect(bufferDataReady(9)).toBe(zone);
  });
});
