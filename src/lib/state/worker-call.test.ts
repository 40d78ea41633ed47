/** One question to a worker, from both sides: answers, failures, and the page's own work. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FakeWorker } from './test/fake-worker.ts';
import { callWorker, serveCalls, startWorker, type WorkerCall, type WorkerReply } from './worker-call.ts';

type Reply = WorkerReply<number, string>;
const made = () => FakeWorker.made as FakeWorker<unknown, Reply>[];
const call = (over: Partial<WorkerCall<number, string>> = {}): WorkerCall<number, string> => ({
  name: 'The test worker',
  start: () => new Worker('test.js'),
  ask: { question: 6 },
  onPage: async () => 'done on the page',
  ...over,
});

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  FakeWorker.reset();
});

describe('callWorker', () => {
  it('posts the question, passes progress on, resolves with the answer and ends the worker', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const seen: number[] = [];
    const asking = callWorker(call({ progress: (p) => seen.push(p) }));
    const worker = made()[0]!;
    expect(worker.asked).toEqual([{ question: 6 }]);
    worker.answer({ progress: 0.5 });
    expect(worker.terminated).toBe(false);
    worker.answer({ answer: '42' });
    expect(await asking).toBe('42');
    expect(seen).toEqual([0.5]);
    expect(worker.terminated).toBe(true);
  });

  it('rejects with what the worker said when it could not answer', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const asking = callWorker(call());
    made()[0]!.answer({ failure: 'the file is not GeoJSON' });
    await expect(asking).rejects.toThrow('the file is not GeoJSON');
    expect(made()[0]!.terminated).toBe(true);
  });

  it('does the work on the page where no worker starts, and says so in the console when one stops', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(await callWorker(call())).toBe('done on the page');
    vi.stubGlobal('Worker', FakeWorker);
    const stopping = callWorker(call());
    expect(made()[0]!.fail('script failed')).toBe(true);
    const unreadable = callWorker(call());
    made()[1]!.onmessageerror!();
    FakeWorker.failToStart = true;
    expect(await Promise.all([stopping, unreadable, callWorker(call())])).toEqual([
      'done on the page',
      'done on the page',
      'done on the page',
    ]);
    expect(made().every((w) => w.terminated)).toBe(true);
    expect(warn.mock.calls.map(([said]) => said)).toEqual([
      'The test worker failed (script failed); its work is done on the page.',
      'The test worker failed (an unreadable message); its work is done on the page.',
    ]);
  });

  it('fails in the caller’s words when its rule says a stopped worker fails the work', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const onPage = vi.fn(async () => 'done on the page');
    const asking = callWorker(call({ onPage, failed: (reason) => new Error(`Stopped: ${reason}`) }));
    made()[0]!.fail('out of memory');
    await expect(asking).rejects.toThrow('Stopped: out of memory');
    expect(onPage).not.toHaveBeenCalled();
  });
});

describe('startWorker', () => {
  it('gives null where there is no Worker or it refuses to start', () => {
    expect(startWorker(() => new Worker('x.js'))).toBeNull();
    vi.stubGlobal('Worker', FakeWorker);
    FakeWorker.failToStart = true;
    expect(startWorker(() => new Worker('x.js'))).toBeNull();
    FakeWorker.failToStart = false;
    expect(startWorker(() => new Worker('x.js'))).toBe(made()[0]);
  });
});

describe('serveCalls', () => {
  const scope = () => {
    const posted: [unknown, Transferable[] | undefined][] = [];
    const self = {
      onmessage: null as ((e: { data: unknown }) => Promise<void>) | null,
      postMessage: (message: unknown, transfer?: Transferable[]) => posted.push([message, transfer]),
    };
    vi.stubGlobal('self', self);
    return { self, posted };
  };

  it('answers with progress first, then the answer with its buffers moved', async () => {
    const { self, posted } = scope();
    const buffer = new ArrayBuffer(8);
    serveCalls<{ n: number }, number, { bytes: ArrayBuffer; n: number }>(
      async ({ n }, progress) => {
        progress(0.5);
        return { bytes: buffer, n: n * 7 };
      },
      (answer) => [answer.bytes],
    );
    await self.onmessage!({ data: { n: 6 } });
    expect(posted).toEqual([
      [{ progress: 0.5 }, undefined],
      [{ answer: { bytes: buffer, n: 42 } }, [buffer]],
    ]);
  });

  it('says why it could not answer, whatever was thrown', async () => {
    const { self, posted } = scope();
    let thrown: unknown = new Error('HTTP 404');
    serveCalls(async () => {
      throw thrown;
    });
    await self.onmessage!({ data: {} });
    thrown = 'a string';
    await self.onmessage!({ data: {} });
    expect(posted.map(([message]) => message)).toEqual([{ failure: 'HTTP 404' }, { failure: 'a string' }]);
  });
});
