/**
 * `npm run tiles -- FILE [--out OUT.pmtiles] [--min-zoom 3] [--max-zoom 12] [--max-per-tile 2000]`:
 * cuts incidents (our GeoJSON, or GeoJSON lines for sets past one string) into one PMTiles archive
 * that any static host or CDN serves with range requests; the app opens it as a dataset. Each
 * record is checked with the app's rules and measured against the Durand Line; the archive's
 * metadata carries a summary the app counts with. Exit 0: every record cut; 1: some rejected
 * (the rest cut); 2: nothing cut.
 */
import { closeSync, openSync, writeSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { bundledGeography } from './incident-payload.ts';
import { buildArchive, type TileOptions } from './tiles/archive.ts';
import { readIncidents } from './tiles/read.ts';

const USAGE =
  'usage: npm run tiles -- FILE [--out OUT.pmtiles] [--min-zoom 3] [--max-zoom 12] [--max-per-tile 2000]';
/** A tile past this many bytes (gzipped) is worth a warning. */
const LARGE_TILE = 2_000_000;
const GEODATA = fileURLToPath(new URL('../geodata', import.meta.url));

function optionsFrom(values: Record<string, string | undefined>): TileOptions | string {
  const whole = (key: string, fallback: number, max: number) => {
    const text = values[key];
    const n = text === undefined ? fallback : Number(text);
    return Number.isInteger(n) && n >= 0 && n <= max
      ? n
      : `--${key} ${text}: expected a whole number 0–${max}`;
  };
  const minZoom = whole('min-zoom', 3, 15);
  const maxZoom = whole('max-zoom', 12, 15);
  const maxPerTile = whole('max-per-tile', 2000, 100_000);
  for (const v of [minZoom, maxZoom, maxPerTile]) if (typeof v === 'string') return v;
  if ((minZoom as number) > (maxZoom as number))
    return `--min-zoom ${minZoom} is above --max-zoom ${maxZoom}`;
  return { minZoom, maxZoom, maxPerTile } as TileOptions;
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      out: { type: 'string' },
      'min-zoom': { type: 'string' },
      'max-zoom': { type: 'string' },
      'max-per-tile': { type: 'string' },
    },
  });
  const path = positionals[0];
  if (!path || positionals.length > 1) return fail(USAGE);
  const options = optionsFrom(values);
  if (typeof options === 'string') return fail(options);
  const started = Date.now();
  const read = await readIncidents(path, bundledGeography(GEODATA));
  if (typeof read === 'string') return fail(read);
  for (const line of read.rejected.slice(0, 50)) console.error(line);
  if (read.rejected.length > 50) console.error(`… and ${read.rejected.length - 50} more rejected`);
  if (!read.points.length) return fail(`${basename(path)}: no incident with a point to cut`);
  const name = basename(path).replace(/\.[^.]*$/, '');
  const { parts, summary, largest } = buildArchive(read, name, options);
  if (largest.bytes > LARGE_TILE)
    console.error(
      `warning: tile ${largest.z}/${largest.x}/${largest.y} is ${(largest.bytes / 1e6).toFixed(1)} MB ` +
        '(many incidents at one spot): a reader there waits for it; a deeper --max-zoom does not split a single spot',
    );
  const out = values.out ?? join(process.cwd(), `${name}.pmtiles`);
  const fd = openSync(out, 'w');
  let bytes = 0;
  for (const part of parts) bytes += writeSync(fd, part);
  closeSync(fd);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(
    `${out}: ${summary.count} incidents in ${parts.length - 4} tiles, zoom ${options.minZoom}–${options.maxZoom} ` +
      `(every incident from zoom ${summary.completeFromZoom}), ${(bytes / 1e6).toFixed(1)} MB in ${seconds} s; ` +
      `${summary.unplaced} without a point left off the map, ${read.rejected.length} rejected`,
  );
  return read.rejected.length ? 1 : 0;
}

function fail(message: string): number {
  console.error(message);
  return 2;
}

process.exitCode = await main();
