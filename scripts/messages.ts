/**
 * Compiles the message catalogues (messages/{locale}/*.json, settings in project.inlang) into
 * typed message functions in src/lib/i18n/paraglide (generated, not committed). Run by
 * `npm install` (prepare) and `npm test`; the Vite plugin does the same while developing.
 *
 * A compile takes about 18 s here, so the output keeps a hash of what it was made from and the
 * next run with the same catalogues, settings, plugins and Paraglide leaves it alone (`--force`
 * compiles all the same). Paraglide's Vite plugin keeps a cache like it, but only inside the plugin.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { compile } from '@inlang/paraglide-js';
import { PARAGLIDE } from './paraglide-options.ts';

const STAMP = join(PARAGLIDE.outdir, '.compiled-from');

/** Every file under `dir`, as paths from here in a fixed order. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

/**
 * A hash of the catalogues, the project's settings, the plugins they name (the code that reads the
 * catalogues), our options and Paraglide's version.
 */
function inputsHash(): string {
  const hash = createHash('sha256');
  const settingsFile = join(PARAGLIDE.project, 'settings.json');
  const settings = JSON.parse(readFileSync(settingsFile, 'utf8')) as { modules?: string[] };
  const inputs = [
    ...filesUnder('messages'),
    settingsFile,
    ...(settings.modules ?? []).filter((module) => module.startsWith('./')),
    'node_modules/@inlang/paraglide-js/package.json',
  ];
  for (const file of inputs) hash.update(`${file}\0`).update(readFileSync(file)).update('\0');
  return hash.update(JSON.stringify(PARAGLIDE)).digest('hex');
}

const wanted = inputsHash();
const upToDate =
  !process.argv.includes('--force') &&
  existsSync(join(PARAGLIDE.outdir, 'messages.js')) &&
  existsSync(STAMP) &&
  readFileSync(STAMP, 'utf8') === wanted;

if (upToDate) {
  console.log(`messages: ${PARAGLIDE.outdir} is up to date`);
} else {
  await compile(PARAGLIDE);
  writeFileSync(STAMP, wanted);
  console.log(`messages: compiled into ${PARAGLIDE.outdir}`);
}
// The inlang SDK leaves a timer behind that kept the process alive about 16 s after the compile.
process.exit(0);
