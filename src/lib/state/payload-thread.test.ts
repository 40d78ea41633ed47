/** The payload's worker as the page drives it: answers, a crash, and the page's own read when it fails. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { payloadOf } from '../../../scripts/incident-payload.ts';
import { unpackOffThread } from './payload-thread.ts';
import type { Unpacked } from './payload-loader.ts';
import type { PayloadAsk } from './payload-worker.ts';
import { FakeWorker } from './test/fake-worker.ts';
import type { WorkerReply } from './worker-call.ts';
import type { LoadProgress } from './read-bytes.ts';

const geodata = fileURLToPath(new URL('../../../geodata', import.meta.url));
const packed = payloadOf(readFileSync(`${geodata}/incidents.geojson`, 'utf8'), 'incidents.geojson', geodata);
const url = `data:application/octet-stream;base64,${Buffer.from(packed).toString('base64')}`;

type Reply = WorkerReply<LoadProgress, Unpacked>;
const made = () => FakeWorker.made as FakeWorker<PayloadAsk, Reply>[];

afterEach(() => {
  vi.unstubAllGlobals();
  FakeWorker.reset();
});

describe('unpackOffThread', () => {
  it('asks the worker for the address in the reader’s language, passes its progress on, and takes its answer', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const seen: LoadProgress[] = [];
    const unpacking = unpackOffThread('https://atlas.example/incidents.bin', (p) => seen.push(p));
    const worker = made()[0]!;
    expect(worker.asked).toEqual([{ url: 'https://atlas.example/incidents.bin', speech: expect.anything() }]);
    worker.answer({ progress: { phase: 'reading', done: 0.5, bytes: 10 } });
    worker.answer({ answer: { failure: 'Could not load the incidents: HTTP 404' } });
    expect(await unpacking).toEqual({ failure: 'Could not load the incidents: HTTP 404' });
    expect(seen).toEqual([{ phase: 'reading', done: 0.5, bytes: 10 }]);
    expect(worker.terminated).toBe(true);
  });

  it('says what stopped a worker that crashed', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const unpacking = unpackOffThread(url, () => {});
    made()[0]!.answer({ failure: 'out of memory' });
    await expect(unpacking).rejects.toThrow('out of memory');
  });

  it('reads the payload on the page when the worker fails, cannot start, or sends what cannot be read', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    vi.stubGlobal('Worker', FakeWorker);
    const failing = unpackOffThread(url, () => {});
    made()[0]!.fail('script failed');
    const unreadable = unpackOffThread(url, () => {});
    made()[1]!.onmessageerror!();
    FakeWorker.failToStart = true;
    const unstarted = unpackOffThread(url, () => {});
    for (const unpacked of await Promise.all([failing, unreadable, unstarted])) {
      if (!('sections' in unpacked)) throw new Error(unpacked.failure);
      expect(unpacked.sections.ids).toContain('2025-10-15-kabul-airstrikes');
    }
    expect(FakeWorker.made.every((w) => w.terminated)).toBe(true);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('script failed'));
    warn.mockRestore();
  });
});
