import { afterEach, describe, expect, it, vi } from 'vitest';
import { whenIdle } from './when-idle.ts';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('whenIdle', () => {
  it('waits for the idle callback and passes the upper bound to it', async () => {
    const calls: { run: () => void; timeout?: number }[] = [];
    vi.stubGlobal('requestIdleCallback', (run: () => void, options?: { timeout?: number }) => {
      calls.push({ run, timeout: options?.timeout });
      return 1;
    });
    let done = false;
    const idle = whenIdle(3000, 500).then(() => (done = true));
    await Promise.resolve();
    expect(done).toBe(false);
    expect(calls.map((c) => c.timeout)).toEqual([3000]);
    calls[0]!.run();
    await idle;
    expect(done).toBe(true);
  });

  it('without requestIdleCallback, resolves after the fallback delay', async () => {
    vi.stubGlobal('requestIdleCallback', undefined);
    vi.useFakeTimers();
    let done = false;
    const idle = whenIdle(3000, 500).then(() => (done = true));
    await vi.advanceTimersByTimeAsync(499);
    expect(done).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    await idle;
    expect(done).toBe(true);
  });
});
