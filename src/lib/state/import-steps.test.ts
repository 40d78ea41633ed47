import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Incident } from '../data/incidents.ts';
import { IncidentStore } from '../domain/store.ts';
import { importAndMeasure, PACKED, type ImportTask } from './import-steps.ts';
import { geographyOf } from './incident-set.ts';

const read = (path: string) => readFileSync(new URL(path, import.meta.url));
const layer = (f: string) => JSON.parse(read(`../../../geodata/${f}`).toString('utf8'));
const geography = geographyOf({
  countries: layer('countries.geojson'),
  durandLine: layer('durand-line.geojson'),
  provinces: layer('provinces.geojson'),
});
const acled = new Uint8Array(read('../data/import/test/acled-current.csv'));
const task = (over: Partial<ImportTask> = {}): ImportTask => ({
  bytes: acled,
  name: 'acled-current.csv',
  geography,
  taken: new Map(),
  ...over,
});
const parse = (chunks: Uint8Array[]) =>
  chunks.flatMap((c) => JSON.parse(new TextDecoder().decode(c)) as Incident[]);

describe('an import from bytes to chunks and columns', () => {
  it('packs the kept incidents as JSON chunks, in order, with their columns measured', () => {
    let kept: Incident[] = [];
    const result = importAndMeasure(
      task(),
      () => {},
      (k) => (kept = k),
    );
    if (!result.ok) throw new Error(result.problem);
    const incidents = parse(result.chunks);
    expect(incidents.map((i) => i.properties.id)).toEqual([
      'acled-afg70001',
      'acled-pak80002',
      'acled-afg70003',
    ]);
    expect(incidents).toEqual(kept);
    expect(result).toMatchObject({ format: 'acled', rows: 5, count: 3 });
    expect(result.problems.map((p) => p.where)).toEqual(['row 5', 'row 6']);
    const store = new IncidentStore({ incidents }, result.columns);
    // Miran Shah (33.0 N, 70.07 E) is in Pakistan, Kabul in Afghanistan.
    expect(store.borderFacts(store.rowOf.get('acled-pak80002')!)?.side).toBe('PAK');
    expect(store.borderFacts(store.rowOf.get('acled-afg70003')!)?.side).toBe('AFG');
  });

  it('leaves out a record whose id is already loaded, naming who holds it', () => {
    const taken = new Map([['acled-pak80002', 'the bundled data']]);
    let kept: Incident[] = [];
    const result = importAndMeasure(
      task({ taken }),
      () => {},
      (k) => (kept = k),
    );
    if (!result.ok) throw new Error(result.problem);
    expect(parse(result.chunks).map((i) => i.properties.id)).toEqual(['acled-afg70001', 'acled-afg70003']);
    expect(kept).toHaveLength(2);
    expect(result.count).toBe(2);
    expect(result.problems.at(-1)).toMatchObject({
      id: 'acled-pak80002',
      message: 'id "acled-pak80002" is already used in the bundled data',
    });
  });

  it('reports progress rising to the share the worker owns, never past it', () => {
    const seen: number[] = [];
    importAndMeasure(task(), (d) => seen.push(d));
    expect(seen.length).toBeGreaterThan(1);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    expect(Math.max(...seen)).toBeCloseTo(PACKED, 5);
  });

  it('says what is wrong with a file it cannot read, and keeps nothing', () => {
    let kept: Incident[] | undefined;
    const bytes = new TextEncoder().encode('{"type": "FeatureCollection", "features": [');
    const result = importAndMeasure(
      task({ bytes, name: 'cut.geojson' }),
      () => {},
      (k) => (kept = k),
    );
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problem).toMatch(/JSON/);
    expect(kept).toBeUndefined();
  });
});
