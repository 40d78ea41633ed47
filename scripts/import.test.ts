import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const fixtures = new URL('../src/lib/data/import/test/', import.meta.url).pathname;
const run = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'scripts/import.ts', ...args], { encoding: 'utf8' });

describe('npm run import', () => {
  it('writes the valid incidents and reports the rejected rows, exit 1', { timeout: 60_000 }, () => {
    const out = join(mkdtempSync(join(tmpdir(), 'import-')), 'out.geojson');
    const result = run(join(fixtures, 'acled-current.csv'), '--out', out);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('acled-current.csv: ACLED CSV, 5 rows; 3 imported');
    expect(result.stderr).toContain('acled-current.csv, row 5: latitude 95.2 is out of range (-90 to 90)');
    const written = JSON.parse(readFileSync(out, 'utf8')) as { features: { properties: { id: string } }[] };
    expect(written.features.map((f) => f.properties.id)).toEqual([
      'acled-afg70001',
      'acled-pak80002',
      'acled-afg70003',
    ]);
  });

  it('says plainly what is wrong with an unreadable file, exit 2', { timeout: 60_000 }, () => {
    const result = run('/no/such/file.csv');
    expect(result.status).toBe(2);
    expect(result.stderr.trim()).toBe('/no/such/file.csv: cannot be read (ENOENT)');
    expect(run(join(fixtures, 'ucdp-ged.csv'), '--map', 'nonsense').stderr).toMatch(
      /--map nonsense: expected field=column/,
    );
  });
});
