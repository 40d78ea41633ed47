/**
 * The analyst's datasets kept in the browser (IndexedDB, through idb) across reloads until they
 * remove them. A write counts as saved only once its transaction has completed; a refusal or a
 * full disk comes back as a sentence to show, never as a lost dataset on screen.
 *
 * Each dataset's fields (name, colour, shown or hidden…) and its incidents are kept apart, so
 * hiding a 100k dataset writes a few bytes, not 100k incidents. Version 1 kept the incidents
 * inside the dataset's record; such a record is read as it is and split on its next write.
 */
import { openDB, type IDBPDatabase, type IDBPTransaction } from 'idb';
import type { Dataset, DatasetMeta } from './datasets.ts';
import { m, n } from '../i18n/messages.ts';

const DB = 'durand-atlas';
const META = 'datasets';
const ROWS = 'incidents';
type Stored = DatasetMeta & { incidents?: Dataset['incidents'] };

let opening: Promise<IDBPDatabase> | undefined;

/** An older atlas in another tab keeps the database open, so it cannot be upgraded yet. */
class Blocked extends Error {
  override name = 'Blocked';
}

/**
 * While an open waits on an older tab, later calls are told at once: a second open would only
 * queue behind the first, silently. Once the other tab lets go, the waiting open completes and
 * is used from then on.
 */
let waitingOnOtherTab = false;

function db(): Promise<IDBPDatabase> {
  if (waitingOnOtherTab) return Promise.reject(new Blocked());
  opening ??= new Promise<IDBPDatabase>((resolve, reject) => {
    const open = openDB(DB, 2, {
      upgrade(database, from) {
        if (from < 1) database.createObjectStore(META, { keyPath: 'key' });
        if (from < 2) database.createObjectStore(ROWS, { keyPath: 'key' });
      },
      // Said at once rather than waited on: the other tab may stay open for days.
      blocked() {
        waitingOnOtherTab = true;
        reject(new Blocked());
      },
      // A newer atlas in another tab needs to upgrade: let it, and open again next time.
      blocking() {
        void open.then((d) => d.close());
        opening = undefined;
      },
    });
    open.then((database) => {
      waitingOnOtherTab = false;
      opening = Promise.resolve(database);
      resolve(database);
    }, reject);
  });
  // A failed open is not cached: the next try may work (storage freed, permission given).
  opening.catch(() => {
    if (!waitingOnOtherTab) opening = undefined;
  });
  return opening;
}

/** How long the atlas waits for the browser's storage to open or read before it says so. */
const PATIENCE_MS = 8000;

/** The storage kept silent past PATIENCE_MS. */
class NoAnswer extends Error {}

/** `work`, or a NoAnswer once PATIENCE_MS have passed without it settling. */
function patiently<T>(work: Promise<T>): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const silence = new Promise<never>(
    (_, fail) => (timer = setTimeout(() => fail(new NoAnswer()), PATIENCE_MS)),
  );
  return Promise.race([work, silence]).finally(() => clearTimeout(timer));
}

/** Why storage failed, in words. */
export function storageProblem(error: unknown): string {
  const name = (error as { name?: string } | null)?.name ?? '';
  if (name === 'QuotaExceededError') return m.errors_storage_full();
  if (name === 'Blocked') return m.errors_storage_blocked();
  if (error instanceof NoAnswer) return m.errors_storage_no_answer({ seconds: n(PATIENCE_MS / 1000) });
  if (name === 'InvalidStateError' || name === 'SecurityError' || name === 'UnknownError')
    return m.errors_storage_refused();
  return m.errors_storage_failed({ reason: (error as Error)?.message ?? String(error) });
}

export type Outcome = { ok: true } | { ok: false; problem: string };

/** Resolves once the dataset is on disk (the transaction completed), or with the reason it is not. */
export async function saveDataset(dataset: Dataset): Promise<Outcome> {
  const { incidents, ...meta } = dataset;
  return write(async (tx) => {
    await tx.objectStore(ROWS).put({ key: meta.key, incidents });
    await tx.objectStore(META).put(plainMeta(meta));
  });
}

/** Only the dataset's fields (shown or hidden, its name…): its incidents stay as they are. */
export async function saveDatasetMeta(meta: DatasetMeta): Promise<Outcome> {
  return write(async (tx) => {
    const before = (await tx.objectStore(META).get(meta.key)) as Stored | undefined;
    // A version-1 record holds its incidents: move them, or this write would drop them.
    if (before?.incidents) await tx.objectStore(ROWS).put({ key: meta.key, incidents: before.incidents });
    await tx.objectStore(META).put(plainMeta(meta));
  });
}

export async function deleteDataset(key: string): Promise<Outcome> {
  return write(async (tx) => {
    await tx.objectStore(ROWS).delete(key);
    await tx.objectStore(META).delete(key);
  });
}

type Writing = IDBPTransaction<unknown, string[], 'readwrite'>;

/** One transaction over both stores; done once it has completed, with the reason if it has not. */
async function write(steps: (tx: Writing) => Promise<void>): Promise<Outcome> {
  try {
    const tx = (await patiently(db())).transaction([META, ROWS], 'readwrite');
    await Promise.all([steps(tx), tx.done]);
    return { ok: true };
  } catch (error) {
    return { ok: false, problem: storageProblem(error) };
  }
}

/** Every saved dataset, oldest first; a read failure (or no answer) is a problem, not an exception. */
export async function loadDatasets(): Promise<{ datasets: Dataset[]; problem?: string }> {
  try {
    const read = (async () => {
      const tx = (await db()).transaction([META, ROWS]);
      const metas = (await tx.objectStore(META).getAll()) as Stored[];
      const rows = (await tx.objectStore(ROWS).getAll()) as {
        key: string;
        incidents: Dataset['incidents'];
      }[];
      const incidentsOf = new Map(rows.map((r) => [r.key, r.incidents]));
      return metas.map((d) => ({ ...d, incidents: incidentsOf.get(d.key) ?? d.incidents ?? [] }));
    })();
    const all = await patiently(read);
    return { datasets: all.sort((a, b) => a.importedAt.localeCompare(b.importedAt)) };
  } catch (error) {
    return { datasets: [], problem: storageProblem(error) };
  }
}

/**
 * A plain copy IndexedDB can clone (a Svelte state proxy cannot be), field by field: a whole
 * dataset passed as its fields must not bring its incidents along.
 */
function plainMeta(meta: DatasetMeta): DatasetMeta {
  const { key, name, format, importedAt, rows, problems, colour, visible } = meta;
  return { key, name, format, importedAt, rows, problems: [...problems], colour, visible };
}
