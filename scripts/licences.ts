/**
 * A Vite plugin that writes THIRD-PARTY-LICENSES.txt into dist/: the licence of every package
 * whose code or files the build ships (found from the bundle's modules and assets), each with
 * its full text, so the LGPL-3 of geojson-validation and the OFL of the fonts travel with the app.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

const LICENCE_FILE = /^(licen[cs]e|copying|ofl)(\.lesser)?(\.(md|txt))?$/i;

/** The package a file in node_modules belongs to ("@turf/helpers", "maplibre-gl"). */
export function packageOf(path: string): string | undefined {
  const all = [...path.replaceAll('\\', '/').matchAll(/node_modules\/((?:@[^/]+\/)?[^/]+)\//g)];
  return all.at(-1)?.[1];
}

function licenceOf(root: string, name: string): string {
  const dir = join(root, 'node_modules', name);
  if (!existsSync(dir)) return `${name}\n${'='.repeat(name.length)}\nNot found at the top of node_modules.`;
  const meta = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as {
    version?: string;
    license?: string;
  };
  const files = readdirSync(dir).filter((f) => LICENCE_FILE.test(f));
  const texts = files.map((f) => readFileSync(join(dir, f), 'utf8').trim());
  const heading = `${name} ${meta.version ?? ''} (${meta.license ?? 'licence not stated'})`;
  return [heading, '='.repeat(heading.length), texts.join('\n\n') || 'No licence file in the package.'].join(
    '\n',
  );
}

/** Packages our web workers bundle: Vite builds each worker apart, so the page's bundle never lists them. */
const inWorkers = new Set<string>();

/** Notes the packages of a worker's bundle (vite.config.ts: `worker.plugins`); built before the page's. */
export function workerPackages(): Plugin {
  return {
    name: 'durand-atlas:worker-packages',
    apply: 'build',
    generateBundle() {
      for (const id of this.getModuleIds()) {
        const name = packageOf(id);
        if (name) inWorkers.add(name);
      }
    },
  };
}

export function thirdPartyLicences(root: string): Plugin {
  return {
    name: 'durand-atlas:third-party-licences',
    apply: 'build',
    generateBundle(_options, bundle) {
      const names = new Set<string>(inWorkers);
      for (const id of this.getModuleIds()) {
        const name = packageOf(id);
        if (name) names.add(name);
      }
      for (const file of Object.values(bundle))
        if (file.type === 'asset')
          for (const original of file.originalFileNames) {
            const name = packageOf(original);
            if (name) names.add(name);
          }
      const body = [...names].sort().map((name) => licenceOf(root, name));
      this.emitFile({
        type: 'asset',
        fileName: 'THIRD-PARTY-LICENSES.txt',
        source: `Durand Atlas ships code and files from these packages, under these licences.\n\n${body.join('\n\n\n')}\n`,
      });
    },
  };
}
