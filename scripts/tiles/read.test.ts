import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Incident } from '../../src/lib/data/incidents.ts';
import { bundledGeography } from '../incident-payload.ts';
import { IncidentReader, rankOf } from './read.ts';

const bundled = (JSON.parse(readFileSync('geodata/incidents.geojson', 'utf8')) as { features: Incident[] })
  .features;
const report = bundled.find((f) => f.properties.clarity === 'aggregate')!;
const parts = bundled.filter((f) => report.properties.parts!.includes(f.properties.id));
const others = bundled.filter((f) => f !== report && !parts.includes(f));
const geography = bundledGeography('geodata');
const places = (list: unknown[], from: number) => list.map((_, i) => `line ${from + i}`);

describe('IncidentReader', () => {
  it("checks a summary report's parts across batches, wherever in the file they stand", () => {
    const reader = new IncidentReader(geography, 'x.geojsonl');
    const first = [report, ...others];
    reader.add(first, places(first, 1));
    reader.add(parts, places(parts, first.length + 1));
    const result = reader.finish();
    expect(result.rejected).toEqual([]);
    expect(result.unplaced + result.points.length).toBe(bundled.length);
  });

  it('leaves out a report naming a missing part, by its line', () => {
    const reader = new IncidentReader(geography, 'x.geojsonl');
    const lacking = parts.slice(1);
    reader.add([report, ...lacking], places([report, ...lacking], 1));
    const result = reader.finish();
    const missing = report.properties.parts![0]!;
    expect(result.rejected).toEqual([
      `line 1 (id ${report.properties.id}): part "${missing}" is not an incident in this file`,
    ]);
    // The report has no point: it was counted among those left off the map, and is no more.
    expect(result.unplaced).toBe(lacking.filter((f) => !f.geometry).length);
  });
});

describe('rankOf', () => {
  it('gives the same number in [0, 1) for the same id, different ones for others', () => {
    expect(rankOf('a')).toBe(rankOf('a'));
    expect(rankOf('a')).not.toBe(rankOf('b'));
    for (const id of ['', 'x', 'syn-999999']) expect(rankOf(id)).toBeGreaterThanOrEqual(0);
    expect(rankOf('syn-1')).toBeLessThan(1);
  });
});
