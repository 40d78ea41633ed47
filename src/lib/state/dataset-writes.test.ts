import { describe, expect, it } from 'vitest';
import type { Outcome } from './dataset-db.ts';
import { DatasetWrites } from './dataset-writes.ts';

/** A write that finishes only when told, logging when it starts and ends. */
function gate(log: string[], name: string) {
  let open: (o: Outcome) => void = () => {};
  const run = () => {
    log.push(`start ${name}`);
    return new Promise<Outcome>((resolve) => (open = resolve)).then((o) => (log.push(`end ${name}`), o));
  };
  return { run, finish: () => open({ ok: true }) };
}

describe('writes of a dataset', () => {
  it('start one after another for one dataset, however fast the later one is', async () => {
    const log: string[] = [];
    const writes = new DatasetWrites();
    const slow = gate(log, 'import');
    const fast = gate(log, 'edit');
    const first = writes.write('ds-a', slow.run);
    const second = writes.write('ds-a', fast.run);
    await Promise.resolve();
    await Promise.resolve();
    expect(log).toEqual(['start import']);
    slow.finish();
    await first;
    await new Promise((r) => setTimeout(r, 0));
    fast.finish();
    await second;
    expect(log).toEqual(['start import', 'end import', 'start edit', 'end edit']);
  });

  it('do not wait for another dataset, and go on after a failed write', async () => {
    const log: string[] = [];
    const writes = new DatasetWrites();
    const a = gate(log, 'a');
    const failing = writes.write('ds-b', () => Promise.reject(new Error('disk')));
    const first = writes.write('ds-a', a.run);
    const after = writes.write('ds-b', () => Promise.resolve({ ok: true } as const));
    await expect(failing).rejects.toThrow('disk');
    await expect(after).resolves.toEqual({ ok: true });
    expect(log).toEqual(['start a']);
    a.finish();
    await first;
  });

  it('count those not done yet, waiting or under way, and say each change of the count', async () => {
    const log: string[] = [];
    const counts: number[] = [];
    const writes = new DatasetWrites((pending) => counts.push(pending));
    const first = gate(log, 'first');
    const second = gate(log, 'second');
    expect(writes.pending).toBe(0);
    const a = writes.write('ds-a', first.run);
    const b = writes.write('ds-a', second.run);
    expect(writes.pending).toBe(2);
    await Promise.resolve();
    first.finish();
    await a;
    await new Promise((r) => setTimeout(r, 0));
    expect(writes.pending).toBe(1);
    second.finish();
    await b;
    await new Promise((r) => setTimeout(r, 0));
    expect(writes.pending).toBe(0);
    expect(counts).toEqual([1, 2, 1, 0]);
  });
});
