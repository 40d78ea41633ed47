/**
 * "Share with data": one file with the view (the link's fragment) and the imported datasets it
 * shows, so a recipient opens the same map with the same data. Opening it runs each dataset
 * through the importer's checks again: a shared file is as untrusted as any other.
 */
import type { Incident } from '../data/incidents.ts';
import { FORMAT_NAMES, importText, type ImportFormat, type ImportProblem } from '../data/import/import.ts';
import { newDataset, takenIds, withoutTakenIds, type Dataset } from './datasets.ts';
import { m, n } from '../i18n/messages.ts';

export const SHARE_KEY = 'durand_atlas_share';

interface SharedDataset {
  name: string;
  format: ImportFormat;
  importedAt: string;
  features: Incident[];
}

export function shareFile(fragment: string, datasets: readonly Dataset[], exportedAt: string): string {
  const shared: SharedDataset[] = datasets
    .filter((d) => d.visible)
    .map((d) => ({ name: d.name, format: d.format, importedAt: d.importedAt, features: d.incidents }));
  return `${JSON.stringify({ [SHARE_KEY]: 1, exported_at: exportedAt, view: fragment, datasets: shared })}\n`;
}

/** True for text that starts like a share file (checked before any full parse). */
export const looksShared = (text: string): boolean => text.slice(0, 200).includes(`"${SHARE_KEY}"`);

export interface OpenedShare {
  view: string;
  datasets: Array<{ name: string; format: ImportFormat; importedAt: string; incidents: Incident[] }>;
  problems: string[];
}

export function openShare(text: string, file: string): OpenedShare | string {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return m.errors_share_not_json({ file, reason: (error as Error).message.slice(0, 120) });
  }
  const v = value as { view?: unknown; datasets?: unknown } | null;
  if (!v || typeof v.view !== 'string' || !v.view.startsWith('#') || !Array.isArray(v.datasets))
    return m.errors_share_not_share({ file });
  const problems: string[] = [];
  const datasets: OpenedShare['datasets'] = [];
  for (const [i, raw] of (v.datasets as unknown[]).entries()) {
    const d = raw as Partial<SharedDataset> | null;
    const name =
      typeof d?.name === 'string' && d.name.trim()
        ? d.name.slice(0, 200)
        : m.errors_share_dataset({ number: n(i + 1) });
    const result = importText(
      JSON.stringify({ type: 'FeatureCollection', features: d?.features ?? null }),
      name,
    );
    if (!result.ok) {
      problems.push(m.errors_share_problem({ name, problem: result.problem }));
      continue;
    }
    for (const p of result.problems)
      problems.push(m.errors_share_problem_at({ name, where: p.where, problem: p.message }));
    const format =
      typeof d?.format === 'string' && d.format in FORMAT_NAMES ? (d.format as ImportFormat) : 'incidents';
    const importedAt = typeof d?.importedAt === 'string' ? d.importedAt : new Date(0).toISOString();
    datasets.push({ name, format, importedAt, incidents: result.incidents });
  }
  return { view: v.view.slice(0, 10_000), datasets, problems };
}

/**
 * The shared datasets to add beside `own`, and what was left out: a dataset whose name is taken,
 * records whose id the bundled data, an own dataset or an earlier shared one already uses.
 */
export function sharedToAdd(
  opened: OpenedShare,
  own: readonly Dataset[],
  bundledIds: readonly string[],
): { added: Dataset[]; problems: ImportProblem[] } {
  const problems: ImportProblem[] = opened.problems.map((message) => ({
    where: m.errors_where_file(),
    message,
  }));
  const added: Dataset[] = [];
  for (const d of opened.datasets) {
    if (own.some((o) => o.name === d.name)) {
      problems.push({ where: d.name, message: m.errors_name_taken() });
      continue;
    }
    const all = [...own, ...added];
    const { kept, problems: taken } = withoutTakenIds(d.incidents, takenIds(bundledIds, all));
    problems.push(...taken.map((p) => ({ ...p, where: d.name })));
    added.push(newDataset(all, { ...d, incidents: kept, rows: d.incidents.length, problems: [] }));
  }
  return { added, problems };
}
