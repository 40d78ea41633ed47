/**
 * The committed layers are what `npm run geodata` builds today, and the build is deterministic:
 * two runs into fresh folders give files byte-identical to each other and to geodata/.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

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
  it('builds byte-identical files twice, equal to the committed ones', { timeout: 120_000 }, () => {
    const a = build();
    const b = build();
    for (const file of FILES) {
      const first = readFileSync(join(a, file));
      expect(first.equals(readFileSync(join(b, file))), `${file} differs between two runs`).toBe(true);
      expect(
        first.equals(readFileSync(join(root, 'geodata', file))),
        `geodata/${file} is stale: run npm run geodata`,
      ).toBe(true);
    }
  });
});
