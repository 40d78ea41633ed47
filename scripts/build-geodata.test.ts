/**
 * The committed layers are what `npm run geodata` builds today, byte for byte. Each run of the
 * suite builds them anew into a fresh folder and compares with the files an earlier run wrote, so
 * a build that is not deterministic fails here too (one build: a second one cost 6 s of CPU).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { budget } from './test-budget.ts';

const root = new URL('..', import.meta.url).pathname;
const FILES = [
  'durand-line.geojson',
  'boundaries.geojson',
  'kashmir-labels.geojson',
  'countries.geojson',
  'provinces.geojson',
  'places.geojson',
  'incidents.geojson',
  'SOURCES.md',
];

function build(): string {
  const dir = mkdtempSync(join(tmpdir(), 'geodata-'));
  execFileSync(process.execPath, ['--import', 'tsx', join(root, 'scripts/build-geodata.ts')], {
    env: { ...process.env, GEODATA_OUT: dir },
    stdio: 'pipe',
  });
  return dir;
}

describe('npm run geodata', () => {
  it('builds files byte-identical to the committed ones', { timeout: budget(120_000) }, () => {
    const built = build();
    for (const file of FILES) {
      expect(
        readFileSync(join(built, file)).equals(readFileSync(join(root, 'geodata', file))),
        `geodata/${file} is stale: run npm run geodata`,
      ).toBe(true);
    }
  });
});
