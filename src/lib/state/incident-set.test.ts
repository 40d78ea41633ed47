import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadIncidentSet } from './incident-set.ts';
import { geography } from './test/geography.ts';
import type { LoadProgress } from './read-bytes.ts';
import { IncidentStore } from '../domain/store.ts';

const bundled = readFileSync(new URL('../../../geodata/incidents.geojson', import.meta.url), 'utf8');

describe('loadIncidentSet', () => {
  it('checks and measures a set, reporting each phase', async () => {
    const phases: LoadProgress['phase'][] = [];
    const result = await loadIncidentSet({ text: bundled, name: 'mine.geojson' }, geography, (p) =>
      phases.push(p.phase),
    );
    expect('columns' in result).toBe(true);
    if (!('columns' in result)) return;
    expect(result.incidents).toHaveLength(JSON.parse(bundled).features.length);
    expect(new Set(phases)).toEqual(new Set(['checking', 'measuring']));
    // Kabul lies in Afghanistan, 80–90 km from the line as the crow flies.
    const store = new IncidentStore({ incidents: result.incidents, areas: geography.areas }, result.columns);
    const kabul = store.rowOf.get('2025-10-15-kabul-airstrikes')!;
    expect(store.borderFacts(kabul)?.side).toBe('AFG');
    expect(store.borderKm[kabul]).toBeGreaterThan(70);
    expect(store.borderKm[kabul]).toBeLessThan(100);
    expect(store.searchOf(kabul)).toContain('kabul');
  });
  it('names the file and the problem when the text is not a valid set, and computes nothing', async () => {
    const broken = await loadIncidentSet(
      { text: '{"type":"FeatureCollection",', name: 'mine.geojson' },
      geography,
      () => {},
    );
    expect(broken).toMatchObject({ file: 'mine.geojson', issues: [{ file: 'mine.geojson', index: -1 }] });
    const wrong = await loadIncidentSet(
      {
        text: JSON.stringify({
          type: 'FeatureCollection',
          features: [{ type: 'Feature', properties: {}, geometry: null }],
        }),
        name: 'x.geojson',
      },
      geography,
      () => {},
    );
    expect('issues' in wrong && wrong.issues[0]!.index).toBe(0);
  });
});
