/**
 * The datasets kept in the browser, against an in-memory IndexedDB (fake-indexeddb): what is
 * written comes back, hiding a dataset does not rewrite its incidents, and a record written by
 * version 1 (incidents inside the dataset's record) is read and kept whole.
 */
import 'fake-indexeddb/auto';
import { deleteDB, openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { incident } from '../domain/test/make-incident.ts';
import { anySaved, deleteDataset, loadDatasets, saveDataset, saveDatasetMeta } from './dataset-db.ts';
import type { Dataset } from './datasets.ts';

const dataset = (key: string, ids: string[], importedAt = '2026-01-01T00:00:00Z'): Dataset => ({
  key,
  name: `${key}.csv`,
  format: 'csv',
  importedAt,
  rows: ids.length,
  problems: [{ where: 'row 4', message: 'latitude 95.2 is out of range (-90 to 90)' }],
  colour: 0,
  visible: true,
  incidents: ids.map((id) => incident({ id })),
});
const ids = (d: Dataset | undefined) => d?.incidents.map((i) => i.properties.id);

// One database for the file, as in a browser: the tests run in order and clean up after them.
describe('datasets kept in the browser', () => {
  it('gives back what was saved, oldest first, incidents and all', async () => {
    expect(await anySaved()).toBe(false);
    expect(await saveDataset(dataset('ds-b', ['b1'], '2026-02-01T00:00:00Z'))).toEqual({ ok: true });
    expect(await saveDataset(dataset('ds-a', ['a1', 'a2']))).toEqual({ ok: true });
    const { datasets, problem } = await loadDatasets();
    expect(problem).toBeUndefined();
    expect(datasets.map((d) => d.key)).toEqual(['ds-a', 'ds-b']);
    expect(datasets[0]).toEqual(dataset('ds-a', ['a1', 'a2']));
    expect(await anySaved()).toBe(true);
  });

  it('hides a dataset by writing its fields alone; its incidents stay', async () => {
    const hidden = { ...dataset('ds-a', ['a1', 'a2']), visible: false, incidents: [] };
    expect(await saveDatasetMeta(hidden)).toEqual({ ok: true });
    const a = (await loadDatasets()).datasets.find((d) => d.key === 'ds-a');
    expect(a?.visible).toBe(false);
    expect(ids(a)).toEqual(['a1', 'a2']);
  });

  it('removes a dataset and its incidents', async () => {
    await deleteDataset('ds-a');
    await deleteDataset('ds-b');
    expect((await loadDatasets()).datasets).toEqual([]);
    const raw = await openDB('durand-atlas');
    expect(await raw.count('incidents')).toBe(0);
    raw.close();
  });

  it('reads a version-1 record, and keeps its incidents when only its fields are written', async () => {
    // A browser that ran version 1: one store, each record with its incidents inside.
    await deleteDB('durand-atlas');
    const v1 = await openDB('durand-atlas', 1, {
      upgrade: (d) => void d.createObjectStore('datasets', { keyPath: 'key' }),
    });
    const old = dataset('ds-old', ['o1', 'o2']);
    await v1.put('datasets', old);
    v1.close();
    expect(ids((await loadDatasets()).datasets[0])).toEqual(['o1', 'o2']);
    const hidden: Dataset = { ...old, visible: false, incidents: [] };
    await saveDatasetMeta(hidden);
    const [back] = (await loadDatasets()).datasets;
    expect(back?.visible).toBe(false);
    expect(ids(back)).toEqual(['o1', 'o2']);
    await deleteDataset('ds-old');
  });

  it('says so when an older atlas in another tab keeps the data open, and reads it once that tab has gone', async () => {
    await deleteDB('durand-atlas');
    // An old tab: a version-1 connection that never closes on request.
    const oldTab = await openDB('durand-atlas', 1, {
      upgrade: (d) => void d.createObjectStore('datasets', { keyPath: 'key' }),
    });
    const blocked = await loadDatasets();
    expect(blocked.datasets).toEqual([]);
    expect(blocked.problem).toBe(
      "another tab holds this browser's saved data open with an older version of the atlas: close or reload that tab",
    );
    expect((await saveDataset(dataset('ds-new', ['n1']))).ok).toBe(false);
    oldTab.close();
    // The waiting upgrade completes on its own once the old tab has gone.
    await expect.poll(async () => (await loadDatasets()).problem).toBeUndefined();
    expect(await saveDataset(dataset('ds-new', ['n1']))).toEqual({ ok: true });
    expect(ids((await loadDatasets()).datasets[0])).toEqual(['n1']);
    await deleteDataset('ds-new');
  });
});
