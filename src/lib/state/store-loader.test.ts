/** A set measured in the store's worker, as the page drives it (the worker stood in for). */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Incidents } from '../data/incidents.ts';
import type { SetResult } from './incident-set.ts';
import { geography, readGeodata as read } from './test/geography.ts';
import type { LoadProgress } from './read-bytes.ts';
import { loadInWorker } from './store-loader.ts';
import { FakeWorker } from './test/fake-worker.ts';
import type { WorkerReply } from './worker-call.ts';

const incidents = (read('incidents.geojson') as Incidents).features.slice(0, 3);
const made = () => FakeWorker.made as FakeWorker<unknown, WorkerReply<LoadProgress, SetResult>>[];

afterEach(() => {
  vi.unstubAllGlobals();
  FakeWorker.reset();
});

describe('loadInWorker', () => {
  it('gives back the page’s own incidents beside the columns the worker measured', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const loading = loadInWorker({ incidents }, geography);
    const columns = { measured: true } as never;
    made()[0]!.answer({ answer: { incidents: [], columns } });
    const result = await loading;
    expect('columns' in result && result.incidents).toBe(incidents);
    expect('columns' in result && result.columns).toBe(columns);
  });

  it('fails, naming the reason, when the worker stops', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const loading = loadInWorker({ incidents }, geography);
    made()[0]!.fail('out of memory');
    await expect(loading).rejects.toThrow(/out of memory/);
  });

  it('measures on the page where no worker starts', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    FakeWorker.failToStart = true;
    const result = await loadInWorker({ incidents }, geography);
    if (!('columns' in result)) throw new Error(JSON.stringify(result.issues));
    expect(result.incidents).toBe(incidents);
    expect(result.columns.ids).toEqual(incidents.map((i) => i.properties.id));
  });
});
