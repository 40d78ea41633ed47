import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Incident } from '../src/lib/data/incidents.ts';
import { readSummary } from '../src/lib/domain/archive-summary.ts';
import { archiveOf, pointsOf } from './tiles/archive-reader.ts';
import { worldXY } from '../src/lib/geo/mercator.ts';
import { budget } from './test-budget.ts';

const run = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'scripts/tiles.ts', ...args], { encoding: 'utf8' });
const bundled = (JSON.parse(readFileSync('geodata/incidents.geojson', 'utf8')) as { features: Incident[] })
  .features;
const kabul = bundled.find((f) => f.properties.id === '2021-08-taliban-take-kabul')!;
const peshawar = bundled.find((f) => f.properties.id === '2014-12-peshawar-army-public-school-attack')!;
const india = bundled.find((f) => f.properties.id === '2021-india-shuts-embassy-in-afghanistan')!;
const dir = () => mkdtempSync(join(tmpdir(), 'tiles-'));

describe('npm run tiles', () => {
  it('cuts GeoJSON lines, reporting each rejected line, exit 1', { timeout: budget(60_000) }, async () => {
    const at = dir();
    const far = {
      ...peshawar,
      properties: { ...peshawar.properties, id: 'far' },
      geometry: { type: 'Point', coordinates: [71, 95] },
    };
    const lines = [kabul, '{"type": "Feature",', far, kabul, india, '', peshawar].map((l) =>
      typeof l === 'string' ? l : JSON.stringify(l),
    );
    writeFileSync(join(at, 'mine.geojsonl'), lines.join('\n'));
    const out = join(at, 'mine.pmtiles');
    const result = run(join(at, 'mine.geojsonl'), '--out', out, '--max-zoom', '8');
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^line 2: not JSON/m);
    expect(result.stderr).toMatch(/^line 3 \(id far\): .*95/m);
    expect(result.stderr).toContain("line 4: id 2021-08-taliban-take-kabul repeats line 1's");
    expect(result.stdout).toContain('2 incidents in');
    expect(result.stdout).toContain('1 without a point left off the map, 3 rejected');

    const archive = archiveOf(new Uint8Array(readFileSync(out)));
    const summary = readSummary(await archive.getMetadata());
    if (typeof summary === 'string') throw new Error(summary);
    expect(summary).toMatchObject({ count: 2, unplaced: 1, types: ['militant_attack', 'political_change'] });
    expect(summary.months).toEqual(['2014-12', '2021-08']);
    expect((await archive.getHeader()).maxZoom).toBe(8);
    const [x, y] = worldXY(69.17233, 34.52813).map((v) => Math.floor(v * 256));
    const [point] = await pointsOf(archive, 8, x!, y!);
    expect(point!.properties).toMatchObject({
      id: kabul.properties.id,
      t: 'political_change',
      sd: 'AFG',
      dt: '2021-08',
    });
    expect(JSON.parse(String(point!.properties.json))).toEqual(kabul);
  });

  it('says plainly what stops it, exit 2', { timeout: budget(60_000) }, () => {
    expect(run('/no/such/file.geojson').stderr.trim()).toBe('file.geojson cannot be read (ENOENT)');
    const at = dir();
    writeFileSync(join(at, 'bare.geojson'), JSON.stringify(kabul.geometry));
    const bare = run(join(at, 'bare.geojson'));
    expect(bare.status).toBe(2);
    expect(bare.stderr).toMatch(/^bare\.geojson: .*Point/);
    expect(run('x.geojson', '--max-zoom', '20').stderr.trim()).toBe(
      '--max-zoom 20: expected a whole number 0–15',
    );
    writeFileSync(join(at, 'none.geojson'), JSON.stringify({ type: 'FeatureCollection', features: [india] }));
    expect(run(join(at, 'none.geojson')).stderr.trim()).toBe('none.geojson: no incident with a point to cut');
  });
});
