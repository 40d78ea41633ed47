import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fromGeojsonVt } from 'vt-pbf';
import type { Incident } from './incidents.ts';
import { incidentInTile } from './archive-tile.ts';

const bundled = (JSON.parse(readFileSync('geodata/incidents.geojson', 'utf8')) as { features: Incident[] })
  .features;
const kabul = bundled.find((f) => f.properties.id === '2021-08-taliban-take-kabul')!;
const tile = (features: { id: string; json: string }[], layer = 'incidents') =>
  fromGeojsonVt(
    { [layer]: { features: features.map((tags) => ({ type: 1, geometry: [[10, 10]], tags })) } },
    { version: 2 },
  );

describe('incidentInTile', () => {
  it('finds the incident by id and checks it like an import', () => {
    const bytes = tile([
      { id: 'other', json: '{}' },
      { id: kabul.properties.id, json: JSON.stringify(kabul) },
    ]);
    expect(incidentInTile(bytes, 'incidents', kabul.properties.id, 'a.pmtiles')).toEqual(kabul);
  });
  it('gives null where the tile does not hold the incident', () => {
    expect(
      incidentInTile(tile([{ id: 'x', json: '{}' }]), 'incidents', kabul.properties.id, 'a.pmtiles'),
    ).toBeNull();
  });
  it.each([
    [
      'unreadable JSON',
      [{ id: kabul.properties.id, json: '{"type":' }],
      'a.pmtiles: incident 2021-08-taliban-take-kabul carries no readable JSON',
    ],
    [
      "another incident's record",
      [{ id: kabul.properties.id, json: JSON.stringify(bundled[0]) }],
      "a.pmtiles: incident 2021-08-taliban-take-kabul carries another's record",
    ],
  ])('says so for %s', (_, features, message) => {
    expect(incidentInTile(tile(features), 'incidents', kabul.properties.id, 'a.pmtiles')).toBe(message);
  });
  it('refuses a record that breaks the rules, naming the problem', () => {
    const far = { ...kabul, geometry: { type: 'Point', coordinates: [69, 95] } };
    const found = incidentInTile(
      tile([{ id: kabul.properties.id, json: JSON.stringify(far) }]),
      'incidents',
      kabul.properties.id,
      'a.pmtiles',
    );
    expect(found).toMatch(/^a\.pmtiles, feature 0 \(id "2021-08-taliban-take-kabul"\): .*95/);
  });
  it('says when the tile has no incident layer or is not a tile', () => {
    expect(incidentInTile(tile([], 'roads'), 'incidents', 'x', 'a.pmtiles')).toBe(
      'a.pmtiles: a tile has no “incidents” layer',
    );
    expect(
      incidentInTile(Uint8Array.from([0xff, 0xff, 0xff, 0xff, 0xff]), 'incidents', 'x', 'a.pmtiles'),
    ).toMatch(/^a\.pmtiles: a tile (cannot be read|has no “incidents” layer)/);
  });
});
