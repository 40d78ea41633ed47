/**
 * `npm run import -- FILE [--out OUT.geojson] [--map field=column ...] [--precision town]`:
 * converts an ACLED, UCDP GED, CSV or GeoJSON file into validated incident GeoJSON with the
 * app's own importer, and prints the same report of rejected rows. Exit 0: every row imported;
 * 1: some rows rejected (the rest written); 2: nothing could be imported.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { FORMAT_NAMES, importBytes } from '../src/lib/data/import/import.ts';
import { MAPPED_FIELDS, type ColumnMapping, type MappedField } from '../src/lib/data/import/generic.ts';
import { LOCATION_PRECISIONS, type LocationPrecision } from '../src/lib/data/schema.ts';
import { MAX_IMPORT_BYTES } from '../src/lib/data/import/read.ts';

const USAGE = 'usage: npm run import -- FILE [--out OUT.geojson] [--map field=column ...] [--precision town]';

/** The columns given on the command line, laid over the importer's guess. */
function mappingFrom(pairs: string[], precision?: string): Partial<ColumnMapping> | string | undefined {
  if (!pairs.length && !precision) return undefined;
  if (precision && !(precision in LOCATION_PRECISIONS))
    return `--precision ${precision} is not one of ${Object.keys(LOCATION_PRECISIONS).join(', ')}`;
  const mapping: Partial<ColumnMapping> = precision
    ? { defaultPrecision: precision as LocationPrecision }
    : {};
  for (const pair of pairs) {
    const [field, column] = pair.split('=');
    if (!MAPPED_FIELDS.includes(field as MappedField) || !column)
      return `--map ${pair}: expected field=column with field one of ${MAPPED_FIELDS.join(', ')}`;
    mapping[field as MappedField] = column;
  }
  return mapping;
}

function main(): number {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      out: { type: 'string' },
      map: { type: 'string', multiple: true },
      precision: { type: 'string' },
    },
  });
  const path = positionals[0];
  if (!path || positionals.length > 1) return fail(USAGE);
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    return fail(
      `${path}: cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`,
    );
  }
  if (bytes.length > MAX_IMPORT_BYTES)
    return fail(`${path}: is over the import cap of ${MAX_IMPORT_BYTES} bytes`);
  const mapping = mappingFrom(values.map ?? [], values.precision);
  if (typeof mapping === 'string') return fail(mapping);
  const result = importBytes(new Uint8Array(bytes), basename(path), mapping ? { mapping } : {});
  if (!result.ok)
    return fail(
      `${path}: ${result.problem}${result.mapping ? ' (give columns with --map field=column)' : ''}`,
    );
  if (!result.rows) return fail(`${path}: has a header but no rows`);
  // ACLED, UCDP and our own columns are read by name; a mapping only serves other tables.
  if (mapping && !result.mapping)
    console.error(`${path}: warning: --map and --precision are ignored for ${FORMAT_NAMES[result.format]}`);
  const used = result.mapping;
  const unit = ['incidents', 'points'].includes(result.format) ? 'feature' : 'row';
  const count = `${result.rows} ${unit}${result.rows === 1 ? '' : 's'}`;
  console.error(`${path}: ${FORMAT_NAMES[result.format]}, ${count}; ${result.incidents.length} imported`);
  if (used) console.error(`columns: ${JSON.stringify(used)}`);
  for (const warning of result.warnings) console.error(`${path}: warning: ${warning}`);
  for (const p of result.problems)
    console.error(`${path}, ${p.where}${p.id ? ` (id "${p.id}")` : ''}: ${p.message}`);
  const text = JSON.stringify({ type: 'FeatureCollection', features: result.incidents }, null, 1);
  if (values.out) writeFileSync(values.out, `${text}\n`);
  else process.stdout.write(`${text}\n`);
  if (!result.incidents.length) return 2;
  return result.problems.length ? 1 : 0;
}

function fail(message: string): number {
  console.error(message);
  return 2;
}

process.exitCode = main();
