import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { budget } from './test-budget.ts';

const fixtures = new URL('../src/lib/data/import/test/', import.meta.url).pathname;
const run = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'scripts/import.ts', ...args], { encoding: 'utf8' });

describe('npm run import', () => {
  it('writes the valid incidents and reports the rejected rows, exit 1', { timeout: budget(60_000) }, () => {
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

  it('says plainly what is wrong with an unreadable file, exit 2', { timeout: budget(60_000) }, () => {
    const result = run('/no/such/file.csv');
    expect(result.status).toBe(2);
    expect(result.stderr.trim()).toBe('/no/such/file.csv: cannot be read (ENOENT)');
    expect(run(join(fixtures, 'ucdp-ged.csv'), '--map', 'nonsense').stderr).toMatch(
      /--map nonsense: expected field=column/,
    );
  });

  it(
    'names a missing column, a file of only a header, and a mapping it cannot use',
    { timeout: budget(60_000) },
    () => {
      const dir = mkdtempSync(join(tmpdir(), 'import-'));
      const table = join(dir, 'table.csv');
      writeFileSync(table, 'ID,Day,Place\n1,2024-03-12,Barmal\n');
      const missing = run(table, '--map', 'date=Dat');
      expect(missing.status).toBe(2);
      expect(missing.stderr.trim()).toBe(
        `${table}: date is set to the column “Dat”, which the file does not have (its columns: ID, Day, Place) (give columns with --map field=column)`,
      );
      const headerOnly = join(dir, 'header.csv');
      writeFileSync(headerOnly, 'date,lat,lon\n');
      expect(run(headerOnly).stderr.trim()).toBe(`${headerOnly}: has a header but no rows`);
      expect(run(join(fixtures, 'ucdp-ged.csv'), '--map', 'date=date_end').stderr).toContain(
        'ucdp-ged.csv: warning: --map and --precision are ignored for UCDP GED CSV',
      );
    },
  );
});
