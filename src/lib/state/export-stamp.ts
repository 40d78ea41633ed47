/**
 * The stamp every export carries. Apart from datasets.ts, which the import worker loads: this
 * names the bundled payload's address, which only the page's build resolves.
 */
import type { ExportStamp } from '../data/export.ts';
import { incidentsUrl } from '../data/load.ts';
import type { DatasetMeta } from './datasets.ts';

/** What an export says it holds: the bundled data's build (its file's hash) and each dataset shown. */
export function exportStampOf(datasets: readonly DatasetMeta[]): ExportStamp {
  const build = /incidents[-.]([\w-]+)\.(?:atlas|geojson)/.exec(incidentsUrl)?.[1] ?? 'development';
  const sets = datasets
    .filter((d) => d.visible)
    .map((d) => `; ${d.name} (imported ${d.importedAt.slice(0, 10)})`);
  return {
    version: `Durand Atlas bundled data ${build}${sets.join('')}`,
    exportedAt: new Date().toISOString(),
  };
}
