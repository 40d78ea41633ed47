/**
 * The analyst's datasets kept in the browser (IndexedDB, through idb) across reloads until they
 * remove them. A write counts as saved only once its transaction has completed; a refusal or a
 * full disk comes back as a sentence to show, never as a lost dataset on screen.
 */
import { openDB, type IDBPDatabase } from 'idb';
import type { Dataset } from './datasets.ts';
import { m, n } from '../i18n/messages.ts';

const DB = 'durand-atlas';
const STORE = 'datasets';

let opening: Promise<IDBPDatabase> | undefined;

function db(): Promise<IDBPDatabase> {
  opening ??= openDB(DB, 1, {
    upgrade(database) {
      database.createObjectStore(STORE, { keyPath: 'key' });
    },
  });
  // A failed open is not cached: the next try may work (storage freed, permission given).
  opening.catch(() => (opening = undefined));
  return opening;
}

/** Why storage failed, in words. */
export function storageProblem(error: unknown): string {
  const name = (error as { name?: string } | null)?.name ?? '';
  if (name === 'QuotaExceededError') return m.errors_storage_full();
  if (name === 'InvalidStateError' || name === 'SecurityError' || name === 'UnknownError')
    return m.errors_storage_refused();
  return m.errors_storage_failed({ reason: (error as Error)?.message ?? String(error) });
}

export type Outcome = { ok: true } | { ok: false; problem: string };

/** Resolves once the dataset is on disk (the transaction completed), or with the reason it is not. */
export async function saveDataset(dataset: Dataset): Promise<Outcome> {
  try {
    const tx = (await db()).transaction(STORE, 'readwrite');
    await Promise.all([tx.store.put(plainCopy(dataset)), tx.done]);
    return { ok: true };
  } catch (error) {
    return { ok: false, problem: storageProblem(error) };
  }
}

export async function deleteDataset(key: string): Promise<Outcome> {
  try {
    const tx = (await db()).transaction(STORE, 'readwrite');
    await Promise.all([tx.store.delete(key), tx.done]);
    return { ok: true };
  } catch (error) {
    return { ok: false, problem: storageProblem(error) };
  }
}

/** How long the atlas waits for the browser's storage before opening without saved datasets. */
const READ_PATIENCE_MS = 8000;

/** The storage kept silent past READ_PATIENCE_MS. */
class NoAnswer extends Error {}

/** Every saved dataset, oldest first; a read failure (or no answer) is a problem, not an exception. */
export async function loadDatasets(): Promise<{ datasets: Dataset[]; problem?: string }> {
  try {
    const read = (async () => (await (await db()).getAll(STORE)) as Dataset[])();
    const silence = new Promise<never>((_, fail) => setTimeout(() => fail(new NoAnswer()), READ_PATIENCE_MS));
    const all = await Promise.race([read, silence]);
    return { datasets: all.sort((a, b) => a.importedAt.localeCompare(b.importedAt)) };
  } catch (error) {
    return {
      datasets: [],
      problem:
        error instanceof NoAnswer
          ? m.errors_storage_no_answer({ seconds: n(READ_PATIENCE_MS / 1000) })
          : storageProblem(error),
    };
  }
}

/** A plain copy IndexedDB can clone (a Svelte state proxy cannot be). */
function plainCopy(dataset: Dataset): Dataset {
  return { ...dataset, problems: [...dataset.problems], incidents: dataset.incidents };
}
