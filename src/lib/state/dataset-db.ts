/**
 * The analyst's datasets kept in the browser (IndexedDB, through idb) across reloads until they
 * remove them. A write counts as saved only once its transaction has completed, and every record
 * of one save is in that one transaction: a refusal or a full disk leaves the last save whole and
 * comes back as a sentence to show, never as a lost dataset on screen.
 *
 * Each dataset's fields (name, colour, shown or hidden…) and its incidents are kept apart, so
 * hiding a 100k dataset writes a few bytes, not 100k incidents; and its incidents are kept in
 * chunks (dataset-chunks.ts), so an edit writes the chunk it changed. Older layouts are read as
 * they are and written in chunks on their next write: version 1 kept the incidents inside the
 * dataset's record, version 2 in one record per dataset under the dataset's key.
 */
import { openDB, type IDBPDatabase, type IDBPTransaction } from 'idb';
import type { Incident } from '../data/incidents.ts';
import { planChunks, type Chunk, type ChunkPlan } from './dataset-chunks.ts';
import type { Dataset, DatasetMeta } from './datasets.ts';
import { m, n } from '../i18n/messages.ts';

const DB = 'durand-atlas';
/** One record per dataset: its fields, and where its incidents are. */
const META = 'datasets';
/** The incidents: chunks keyed [dataset key, chunk number]; version 2's whole lists keyed by dataset. */
const ROWS = 'incidents';

type Stored = DatasetMeta & {
  /** The numbers of its chunks, in order (absent in the older layouts). */
  chunks?: number[];
  /** New with every write of its chunks: chunks remembered under another stamp are out of date. */
  stamp?: string;
  /** Version 1: the incidents themselves. */
  incidents?: Incident[];
};
type Rows = { key: string | [string, number]; incidents: Incident[] };

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

/**
 * The chunks of each dataset as this page (or worker) last saved or read them, under the stamp
 * then written: while the stored stamp is the same, a save compares with these (mostly the very
 * objects it is given, so at once) instead of reading 100k incidents back.
 */
const remembered = new Map<string, { stamp: string; chunks: Chunk[] }>();

/**
 * Resolves once the dataset is on disk (the transaction completed), or with the reason it is not.
 * Only the chunks whose incidents changed are written, with the dataset's fields.
 */
export async function saveDataset(dataset: Dataset): Promise<Outcome> {
  const { incidents, ...meta } = dataset;
  let after: { stamp: string; chunks: Chunk[] } | undefined;
  const outcome = await write(async (tx) => {
    const before = (await tx.objectStore(META).get(meta.key)) as Stored | undefined;
    const plan = planChunks(await savedChunks(tx, meta.key, before), incidents);
    const where = await writeChunks(tx, meta.key, plan, before);
    await tx.objectStore(META).put({ ...plainMeta(meta), ...where });
    after = { stamp: where.stamp, chunks: plan.chunks };
  });
  if (outcome.ok && after) remembered.set(meta.key, after);
  else remembered.delete(meta.key); // read back on the next save: sure, if slower
  return outcome;
}

/** Only the dataset's fields (shown or hidden, its name…): its incidents stay as they are. */
export async function saveDatasetMeta(meta: DatasetMeta): Promise<Outcome> {
  return write(async (tx) => {
    const before = (await tx.objectStore(META).get(meta.key)) as Stored | undefined;
    // A version-1 record holds its incidents: chunk them, or this write would drop them.
    const where = before?.incidents
      ? await writeChunks(tx, meta.key, planChunks([], before.incidents), before)
      : before?.chunks && { chunks: before.chunks, stamp: before.stamp };
    await tx.objectStore(META).put({ ...plainMeta(meta), ...where });
  });
}

export async function deleteDataset(key: string): Promise<Outcome> {
  remembered.delete(key);
  return write(async (tx) => {
    await tx.objectStore(ROWS).delete(key);
    await tx.objectStore(ROWS).delete(chunksOf(key));
    await tx.objectStore(META).delete(key);
  });
}

type Writing = IDBPTransaction<unknown, string[], 'readwrite'>;

/** Every chunk record of a dataset (chunk numbers start at 0). */
const chunksOf = (key: string) => IDBKeyRange.bound([key, 0], [key, Infinity]);

/** The chunks saved before this save: remembered if still current, else read back; none if not chunked. */
async function savedChunks(tx: Writing, key: string, before: Stored | undefined): Promise<Chunk[]> {
  if (!before?.chunks) return [];
  const known = remembered.get(key);
  if (known && known.stamp === before.stamp) return known.chunks;
  const records = (await tx.objectStore(ROWS).getAll(chunksOf(key))) as Rows[];
  const byNumber = new Map(records.map((r) => [r.key[1], r.incidents]));
  return before.chunks.map((no) => ({ no, incidents: byNumber.get(no) ?? [] }));
}

/**
 * Writes what `plan` changed, one request after another (so that when one fails, none is left
 * waiting unheard), and says what the dataset's record must hold to find its chunks.
 */
async function writeChunks(
  tx: Writing,
  key: string,
  plan: ChunkPlan,
  before: Stored | undefined,
): Promise<{ chunks: number[]; stamp: string }> {
  const rows = tx.objectStore(ROWS);
  if (!before?.chunks) {
    // An older layout, or a new dataset: nothing but the new chunks may stay under its key.
    await rows.delete(key);
    await rows.delete(chunksOf(key));
  }
  for (const no of plan.gone) await rows.delete([key, no]);
  for (const { no, incidents } of plan.put) await rows.put({ key: [key, no], incidents });
  const stamp = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
  return { chunks: plan.chunks.map((c) => c.no), stamp };
}

/**
 * One transaction over both stores; done once it has completed, with the reason if it has not.
 * A step that fails aborts it, so nothing of a save is kept unless all of it is.
 */
async function write(steps: (tx: Writing) => Promise<void>): Promise<Outcome> {
  try {
    const tx = (await patiently(db())).transaction([META, ROWS], 'readwrite');
    const stepped = steps(tx).catch((error: unknown) => {
      try {
        tx.abort();
      } catch {
        // Already ended: a failed request aborts it by itself.
      }
      throw error;
    });
    await Promise.all([stepped, tx.done]);
    return { ok: true };
  } catch (error) {
    return { ok: false, problem: storageProblem(error) };
  }
}

/**
 * Whether any dataset may be saved: false only when the storage answered that none is, so a
 * first visit need not start the worker that reads them. Unknown (no answer, an error) is true:
 * the full read then says what is wrong.
 */
export async function anySaved(): Promise<boolean> {
  try {
    return (await patiently((async () => (await db()).count(META))())) > 0;
  } catch {
    return true;
  }
}

/** Every saved dataset, oldest first; a read failure (or no answer) is a problem, not an exception. */
export async function loadDatasets(): Promise<{ datasets: Dataset[]; problem?: string }> {
  try {
    const read = (async () => {
      const tx = (await db()).transaction([META, ROWS]);
      const metas = (await tx.objectStore(META).getAll()) as Stored[];
      const rows = (await tx.objectStore(ROWS).getAll()) as Rows[];
      return metas.map((d) => ({ ...plainMeta(d), incidents: incidentsOf(d, rows) }));
    })();
    const all = await patiently(read);
    return { datasets: all.sort((a, b) => a.importedAt.localeCompare(b.importedAt)) };
  } catch (error) {
    return { datasets: [], problem: storageProblem(error) };
  }
}

/**
 * A dataset's incidents in the order saved, in whichever layout they were written; chunked ones
 * are remembered for the next save's comparison.
 */
function incidentsOf(dataset: Stored, rows: readonly Rows[]): Incident[] {
  const { key, chunks: numbers, stamp } = dataset;
  if (!numbers) {
    const whole = rows.find((r) => r.key === key);
    return whole?.incidents ?? dataset.incidents ?? [];
  }
  const byNumber = new Map<number, Incident[]>();
  for (const r of rows) if (Array.isArray(r.key) && r.key[0] === key) byNumber.set(r.key[1], r.incidents);
  const chunks = numbers.map((no) => ({ no, incidents: byNumber.get(no) ?? [] }));
  // What was read is what a save here will compare with, while no one else writes.
  if (stamp) remembered.set(key, { stamp, chunks });
  return chunks.flatMap((c) => c.incidents);
}

/**
 * A plain copy IndexedDB can clone (a Svelte state proxy cannot be), field by field: a whole
 * dataset passed as its fields must not bring its incidents (or where they are kept) along.
 */
function plainMeta(meta: DatasetMeta): DatasetMeta {
  const { key, name, format, importedAt, rows, problems, colour, visible } = meta;
  return { key, name, format, importedAt, rows, problems: [...problems], colour, visible };
}
