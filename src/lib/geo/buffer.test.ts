import { readFileSync } from 'node:fs';
import { booleanPointInPolygon } from '@turf/turf';
import type { Feature, LineString } from 'geojson';
import { describe, expect, it } from 'vitest';
import { borderBuffer } from './buffer.ts';
import { LineIndex } from './line-index.ts';
import { randomPoints } from './random.ts';

const line = JSON.parse(
  readFileSync(new URL('../../../geodata/durand-line.geojson', import.meta.url), 'utf8'),
).features[0] as Feature<LineString>;

describe('borderBuffer', () => {
  it('contains its input line', async () => {
    const zone = await borderBuffer(line, 20);
    for (const c of line.geometry.coordinates.filter((_, i) => i % 10 === 0))
      expect(booleanPointInPolygon(c, zone)).toBe(true);
  });
  it('holds the points well inside the distance and not those well outside, as the distance filter says', async () => {
    const km = 50;
    const zone = await borderBuffer(line, km);
    const index = new LineIndex(line.geometry.coordinates);
    let checked = 0;
    for (const p of randomPoints(400, 3, [66, 29, 72, 36])) {
      const d = index.nearest(p).km;
      if (Math.abs(d - km) < 2) continue; // the drawn edge is simplified: leave the rim alone
      expect(booleanPointInPolygon(p, zone), `${p} at ${d.toFixed(1)} km`).toBe(d < km);
      checked++;
    }
    expect(checked).toBeGreaterThan(300);
  });
  it('refuses a distance that is not positive', async () => {
    await expect(borderBuffer(line, 0)).rejects.toThrow(/positive/);
  });
});

describe('borderBufferOffThread', () => {
  it('with no worker to be had (as here), draws the same zone on the thread it is asked from', async () => {
    const { borderBufferOffThread } = await import('./buffer-thread.ts');
    expect(await borderBufferOffThread(line, 20)).toEqual(await borderBuffer(line, 20));
  });
});
