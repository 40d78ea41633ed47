/** The spatial layers' map labels are in the reader's language and digits. */
import { lineString } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import { speaking } from '../i18n/test/speaking.ts';
import { bufferData, bufferDataReady, linkData, measureData } from './analysis-layers.ts';
import { borderBufferOffThread } from '../geo/buffer-thread.ts';

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
  // Distances no other test asks for: test files share the module's cache.
  // The page's own maker, counted; and one that fails.
  let asked = 0;
  const counted: typeof borderBufferOffThread = (...ask) => (asked++, borderBufferOffThread(...ask));
  const failing: typeof borderBufferOffThread = () => Promise.reject(new Error('the worker failed'));
  const line = lineString([
    [70, 33],
    [71, 34],
  ]);
  it('are there to draw at once once a distance has been made, and only then', async () => {
    expect(bufferDataReady(173)).toBeUndefined();
    const made = bufferData(line, 173, counted);
    expect(bufferDataReady(173)).toBeUndefined();
    const zone = await made;
    expect(zone.features[0]?.geometry.type).toBe('Polygon');
    expect(bufferDataReady(173)).toBe(zone);
    expect(bufferDataReady(174)).toBeUndefined();
    expect(asked).toBe(1);
    await bufferData(line, 173, counted);
    expect(asked).toBe(1);
  });

  it('are made again when asked for after a failure', async () => {
    await expect(bufferData(line, 179, failing)).rejects.toThrow('the worker failed');
    expect(bufferDataReady(179)).toBeUndefined();
    const zone = await bufferData(line, 179);
    expect(zone.features).toHaveLength(1);
    expect(bufferDataReady(179)).toBe(zone);
  });
});
