/**
 * The analyst's own datasets beside the bundled one: what each holds, and the one list of
 * incidents (with the dataset of each row) that the store is built from. Pure.
 */
import { lazyArray } from '../domain/lazy-array.ts';
import type { Incident } from '../data/incidents.ts';
import type { ImportFormat, ImportProblem } from '../data/import/import.ts';
import { m } from '../i18n/messages.ts';
import { quoted } from './words.ts';

export interface DatasetMeta {
  /** Stable key (in IndexedDB and in links): `ds-` and a random suffix. */
  key: string;
  /** The file it came from. */
  name: string;
  format: ImportFormat;
  /** ISO time of the import. */
  importedAt: string;
  /** Rows read, and the problems of those left out. */
  rows: number;
  problems: ImportProblem[];
  /** Which of the theme's dataset colours (DATASET_COLOURS) its ring is drawn in. */
  colour: number;
  visible: boolean;
}

export interface Dataset extends DatasetMeta {
  incidents: Incident[];
}

/** The first colour number no dataset uses yet (the theme repeats its colours past its last). */
export function nextColour(datasets: readonly DatasetMeta[]): number {
  const used = new Set(datasets.map((d) => d.colour));
  let colour = 0;
  while (used.has(colour)) colour++;
  return colour;
}

/** A key no other dataset has: the time, and a random tail for keys made in the same moment. */
const newDatasetKey = () => `ds-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;

type NewFields = Pick<Dataset, 'name' | 'format' | 'rows' | 'problems' | 'incidents'> & {
  importedAt?: string;
};

/** A new, visible dataset beside `others`, in the first free colour, imported now unless said. */
export function newDataset(others: readonly DatasetMeta[], fields: NewFields): Dataset {
  const importedAt = fields.importedAt ?? new Date().toISOString();
  return { ...fields, key: newDatasetKey(), importedAt, colour: nextColour(others), visible: true };
}

/**
 * Incidents whose id another loaded set already uses are left out, each with a problem naming
 * that set: two records under one id would make links and selections ambiguous.
 */
export function withoutTakenIds(
  incidents: readonly Incident[],
  taken: ReadonlyMap<string, string>,
): { kept: Incident[]; problems: ImportProblem[] } {
  const kept: Incident[] = [];
  const problems: ImportProblem[] = [];
  for (const incident of incidents) {
    const id = incident.properties.id;
    const owner = taken.get(id);
    if (owner === undefined) kept.push(incident);
    else problems.push({ where: m.errors_where_record(), id, message: m.errors_id_taken({ id, owner }) });
  }
  return { kept, problems };
}

/** Every id loaded, with the name of the set holding it (the bundled set's from its columns). */
export function takenIds(bundledIds: readonly string[], datasets: readonly Dataset[]): Map<string, string> {
  const taken = new Map<string, string>();
  const bundledData = m.errors_bundled_data();
  for (const id of bundledIds) taken.set(id, bundledData);
  for (const d of datasets) {
    const name = quoted(d.name);
    for (const i of d.incidents) taken.set(i.properties.id, name);
  }
  return taken;
}

/**
 * The bundled incidents, then each visible dataset's, and for each row the colour number of its
 * dataset (-1 for the bundled data). The bundled ones are not read to join them: they stay
 * parsed only when first read (domain/payload-rows.ts).
 */
export function combine(
  bundled: readonly Incident[],
  datasets: readonly Dataset[],
): { incidents: readonly Incident[]; colours: number[] } {
  const own: Incident[] = [];
  const colours: number[] = new Array<number>(bundled.length).fill(-1);
  for (const d of datasets) {
    if (!d.visible) continue;
    for (const i of d.incidents) {
      own.push(i);
      colours.push(d.colour);
    }
  }
  const at = bundled.length;
  const incidents = own.length
    ? lazyArray(at + own.length, (row) => (row < at ? bundled[row]! : own[row - at]!))
    : bundled;
  return { incidents, colours };
}
