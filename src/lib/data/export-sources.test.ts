/**
 * A mixed export (two datasets that use one source id for different articles) is told apart on
 * the way out, so it imports back; everything else is written as it was.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Incident } from './schema.ts';
import { distinctSources } from './export-sources.ts';
import { geoJsonExport, atlasCsvExport } from './export.ts';
import { importText } from './import/import.ts';

const bundled = (
  JSON.parse(readFileSync(new URL('../../../geodata/incidents.geojson', import.meta.url), 'utf8')) as {
    features: Incident[];
  }
).features;
const stamp = { version: 'test', exportedAt: '2026-11-30T10:00:00.000Z' };

/** A copy of a bundled incident citing one article under `sourceId`, with `headline`. */
function citing(id: string, sourceId: string, headline: string): Incident {
  const copy = structuredClone(bundled.find((i) => i.properties.claims.length)!);
  const [source] = copy.properties.sources;
  copy.properties.id = id;
  copy.properties.sources = [{ ...source!, id: sourceId, headline }];
  copy.properties.claims = copy.properties.claims.map((c) => ({ ...c, source: sourceId }));
  return copy;
}

describe('distinctSources', () => {
  const a = citing('dataset-a-1', 's1', 'Shelling reported in Kurram');
  const b = citing('dataset-b-1', 's1', 'Talks resume in Doha');
  const b2 = citing('dataset-b-2', 's1', 'Talks resume in Doha');
  const taken = citing('dataset-c-1', 's1-2', 'A source already called s1-2');

  it('leaves a set with one record per id as it is (the same objects)', () => {
    const { incidents, renamed } = distinctSources(bundled);
    expect(renamed).toEqual([]);
    incidents.forEach((incident, at) => expect(incident).toBe(bundled[at]));
  });

  it('gives the second article under an id a name of its own, in its sources and claims', () => {
    const { incidents, renamed } = distinctSources([a, b, b2, taken]);
    expect(renamed).toEqual(['s1-3']);
    expect(incidents[0]).toBe(a);
    // "s1-2" is taken by a real source further on: the second "s1" article becomes "s1-3".
    expect(incidents[1]!.properties.sources[0]!.id).toBe('s1-3');
    expect(incidents[1]!.properties.claims.every((c) => c.source === 's1-3')).toBe(true);
    expect(incidents[2]!.properties.sources[0]!.id).toBe('s1-3');
    expect(incidents[3]).toBe(taken);
  });

  it('a mixed export imports back, as GeoJSON and as our CSV', () => {
    for (const [file, name] of [
      [geoJsonExport([a, b], stamp), 'mixed.geojson'],
      [atlasCsvExport([a, b], stamp), 'mixed.csv'],
    ] as const) {
      expect(file.renamed).toEqual(['s1-2']);
      const back = importText(file.text, name);
      if (!back.ok) throw new Error(back.problem);
      expect(back.problems.map((p) => p.message)).toEqual([]);
      expect(back.incidents.map((i) => i.properties.sources[0]!.headline)).toEqual([
        'Shelling reported in Kurram',
        'Talks resume in Doha',
      ]);
    }
  });
});
