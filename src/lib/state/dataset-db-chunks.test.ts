/**
 * A big dataset kept in chunks (2000 incidents each), against an in-memory IndexedDB: it comes
 * back whole and in order, a change rewrites only the chunks it touched (each chunk record is
 * marked by the test, so a rewritten one has lost its mark), a failed save leaves the last one
 * whole, and the version-2 layout (one record of all of a dataset's incidents) is read and moved.
 */
import 'fake-indexeddb/auto';
import { deleteDB, openDB } from 'idb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Incident } from '../data/incidents.ts';
import { incident } from '../domain/test/make-incident.ts';
import { deleteDataset, loadDatasets, saveDataset, saveDatasetMeta } from './dataset-db.ts';
import type { Dataset } from './datasets.ts';

const rowsNamed = (prefix: string, count: number) =>
  Array.from({ length: count }, (_, n) => incident({ id: `${prefix}${n}` }));
const dataset = (key: string, incidents: Incident[]): Dataset => ({
  key,
  name: `${key}.csv`,
  format: 'csv',
  importedAt: '2026-01-01T00:00:00Z',
  rows: incidents.length,
  problems: [],
  colour: 0,
  visible: true,
  incidents,
});
const idsOf = (incidents: readonly Incident[]) => incidents.map((i) => i.properties.id);
const loaded = async (key: string) => (await loadDatasets()).datasets.find((d) => d.key === key);

type RawRow = { key: IDBValidKey; incidents: Incident[]; mark?: string };

/** Every record of the incidents store, read past the code under test. */
async function rawRows(): Promise<RawRow[]> {
  const raw = await openDB('durand-atlas');
  const all = (await raw.getAll('incidents')) as RawRow[];
  raw.close();
  return all;
}

/** Marks every record as it is now: a save that rewrites one drops its mark. */
async function markAll(): Promise<void> {
  const raw = await openDB('durand-atlas');
  for (const row of (await raw.getAll('incidents')) as RawRow[])
    await raw.put('incidents', { ...row, mark: 'untouched' });
  raw.close();
}

const rewritten = async () => (await rawRows()).filter((r) => r.mark !== 'untouched').map((r) => r.key);
const keys = async () => (await rawRows()).map((r) => r.key);

// 4500 incidents: chunk 0 holds r0…r1999, chunk 1 r2000…r3999, chunk 2 r4000…r4499.
const big = rowsNamed('r', 4500);

afterEach(() => void vi.restoreAllMocks());

describe('a dataset kept in chunks', () => {
  it('is written as three chunk records and read back whole, in order', async () => {
    expect(await saveDataset(dataset('ds-big', big))).toEqual({ ok: true });
    const rows = await rawRows();
    expect(rows.map((r) => r.key)).toEqual([
      ['ds-big', 0],
      ['ds-big', 1],
      ['ds-big', 2],
    ]);
    expect(rows.map((r) => r.incidents.length)).toEqual([2000, 2000, 500]);
    expect(rows[1]?.incidents[0]?.properties.id).toBe('r2000');
    expect(await loaded('ds-big')).toEqual(dataset('ds-big', big));
  });

  it('writes only the chunk of an incident edited in place', async () => {
    await markAll();
    const edited = [...big];
    edited[2345] = incident({ id: 'r2345', summary: 'Corrected: two killed, not five.' });
    expect(await saveDataset(dataset('ds-big', edited))).toEqual({ ok: true });
    expect(await rewritten()).toEqual([['ds-big', 1]]);
    const back = await loaded('ds-big');
    expect(idsOf(back?.incidents ?? [])).toEqual(idsOf(big));
    expect(back?.incidents[2345]?.properties.summary).toBe('Corrected: two killed, not five.');
    expect(back?.incidents[2344]?.properties.summary).toBe('A test incident with a summary long enough.');
  });

  it('writes the chunk an edit left and the last one when the edited incident goes last', async () => {
    const before = (await loaded('ds-big'))!.incidents;
    await markAll();
    const moved = incident({ id: 'r10', summary: 'Moved to the end by its edit.' });
    const after = [...before.filter((i) => i.properties.id !== 'r10'), moved];
    expect(await saveDataset(dataset('ds-big', after))).toEqual({ ok: true });
    expect(await rewritten()).toEqual([
      ['ds-big', 0],
      ['ds-big', 2],
    ]);
    const back = (await loaded('ds-big'))!.incidents;
    expect(back.length).toBe(4500);
    expect(idsOf(back.slice(8, 11))).toEqual(['r8', 'r9', 'r11']);
    expect(idsOf(back.slice(-2))).toEqual(['r4499', 'r10']);
    expect(back[4499]?.properties.summary).toBe('Moved to the end by its edit.');
  });

  it('writes only the last chunk for an added incident, only its own for a deleted one', async () => {
    const before = (await loaded('ds-big'))!.incidents;
    await markAll();
    const added = [...before, incident({ id: 'new-1' })];
    expect(await saveDataset(dataset('ds-big', added))).toEqual({ ok: true });
    expect(await rewritten()).toEqual([['ds-big', 2]]);
    await markAll();
    const deleted = added.filter((i) => i.properties.id !== 'r3000');
    expect(await saveDataset(dataset('ds-big', deleted))).toEqual({ ok: true });
    expect(await rewritten()).toEqual([['ds-big', 1]]);
    const back = (await loaded('ds-big'))!.incidents;
    expect(back.length).toBe(4500);
    // r10 has moved to the end, so r2998 is now at 2997.
    expect(idsOf(back.slice(2997, 3000))).toEqual(['r2998', 'r2999', 'r3001']);
    expect(idsOf(back.slice(-3))).toEqual(['r4499', 'r10', 'new-1']);
  });

  it('writes only the changed chunk from another page or worker that remembers nothing', async () => {
    const before = (await loaded('ds-big'))!.incidents;
    vi.resetModules();
    const elsewhere = await import('./dataset-db.ts');
    await markAll();
    const copies = before.map((i) => structuredClone(i));
    copies[100] = incident({ id: 'r100', summary: 'Edited in another tab.' });
    expect(await elsewhere.saveDataset(dataset('ds-big', copies))).toEqual({ ok: true });
    expect(await rewritten()).toEqual([['ds-big', 0]]);
    expect((await loaded('ds-big'))?.incidents[100]?.properties.summary).toBe('Edited in another tab.');
  });

  it('says the storage is full, and keeps the last save whole, when a save fails halfway', async () => {
    const before = (await loaded('ds-big'))!.incidents;
    const keysBefore = await keys();
    const put = IDBObjectStore.prototype.put;
    let puts = 0;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args) {
      if (++puts === 2) throw new DOMException('Quota exceeded', 'QuotaExceededError');
      return put.apply(this, args);
    });
    // Chunk 1 (the edit) is written first, then chunk 2 (the addition) fails.
    const changed = [...before, incident({ id: 'new-2' })];
    changed[2500] = incident({ id: 'r2500', summary: 'Never saved.' });
    expect(await saveDataset(dataset('ds-big', changed))).toEqual({
      ok: false,
      problem:
        'the browser’s storage for this site is full: remove a dataset, or free space, and import again',
    });
    expect(puts).toBe(2);
    vi.restoreAllMocks();
    const back = (await loaded('ds-big'))!.incidents;
    expect(back[2500]?.properties.summary).toBe('A test incident with a summary long enough.');
    expect(idsOf(back)).toEqual(idsOf(before));
    expect(await keys()).toEqual(keysBefore);
    // Once there is room again, the same save goes through.
    expect(await saveDataset(dataset('ds-big', changed))).toEqual({ ok: true });
    expect((await loaded('ds-big'))?.incidents[2500]?.properties.summary).toBe('Never saved.');
  });

  it('removes every chunk of a removed dataset, and only of that one', async () => {
    expect(await saveDataset({ ...dataset('ds-small', rowsNamed('s', 3)) })).toEqual({ ok: true });
    expect(await deleteDataset('ds-big')).toEqual({ ok: true });
    expect(await keys()).toEqual([['ds-small', 0]]);
    expect((await loadDatasets()).datasets.map((d) => d.key)).toEqual(['ds-small']);
    expect(await deleteDataset('ds-small')).toEqual({ ok: true });
    expect(await keys()).toEqual([]);
  });
});

describe('datasets saved by older versions', () => {
  it('reads a version-2 dataset, and writes it in chunks on its next save', async () => {
    await deleteDB('durand-atlas');
    const v2 = await openDB('durand-atlas', 2, {
      upgrade(d) {
        d.createObjectStore('datasets', { keyPath: 'key' });
        d.createObjectStore('incidents', { keyPath: 'key' });
      },
    });
    const { incidents: old, ...fields } = dataset('ds-v2', rowsNamed('o', 3));
    await v2.put('datasets', fields);
    await v2.put('incidents', { key: 'ds-v2', incidents: old });
    v2.close();
    const read = await loaded('ds-v2');
    expect(idsOf(read?.incidents ?? [])).toEqual(['o0', 'o1', 'o2']);
    const added = [...read!.incidents, incident({ id: 'o3' })];
    expect(await saveDataset(dataset('ds-v2', added))).toEqual({ ok: true });
    expect(await keys()).toEqual([['ds-v2', 0]]);
    expect(idsOf((await loaded('ds-v2'))?.incidents ?? [])).toEqual(['o0', 'o1', 'o2', 'o3']);
    await deleteDataset('ds-v2');
  });

  it('moves a version-1 dataset into chunks when only its fields are written', async () => {
    await deleteDB('durand-atlas');
    const v1 = await openDB('durand-atlas', 1, {
      upgrade: (d) => void d.createObjectStore('datasets', { keyPath: 'key' }),
    });
    await v1.put('datasets', dataset('ds-v1', rowsNamed('v', 2)));
    v1.close();
    expect(await saveDatasetMeta({ ...dataset('ds-v1', []), visible: false })).toEqual({ ok: true });
    expect(await keys()).toEqual([['ds-v1', 0]]);
    const raw = await openDB('durand-atlas');
    expect(await raw.get('datasets', 'ds-v1')).not.toHaveProperty('incidents');
    raw.close();
    const back = await loaded('ds-v1');
    expect(back?.visible).toBe(false);
    expect(idsOf(back?.incidents ?? [])).toEqual(['v0', 'v1']);
    await deleteDataset('ds-v1');
  });
});
