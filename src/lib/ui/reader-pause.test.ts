import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readerPause } from './reader-pause.ts';

describe('readerPause', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  /** Whether the promise has settled, after letting its callbacks run. */
  async function settled(p: Promise<void>) {
    let done = false;
    void p.then(() => (done = true));
    await Promise.resolve();
    await Promise.resolve();
    return done;
  }

  it('resolves after the given time with no input', async () => {
    const page = new EventTarget();
    const pause = readerPause(5000, page);
    await vi.advanceTimersByTimeAsync(4999);
    expect(await settled(pause)).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(await settled(pause)).toBe(true);
  });

  it('starts counting again at each press, key, scroll or pointer move', async () => {
    const page = new EventTarget();
    const pause = readerPause(5000, page);
    for (const input of ['pointerdown', 'keydown', 'wheel', 'pointermove']) {
      await vi.advanceTimersByTimeAsync(4000);
      page.dispatchEvent(new Event(input));
    }
    await vi.advanceTimersByTimeAsync(4999);
    expect(await settled(pause)).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(await settled(pause)).toBe(true);
  });

  it('ignores other events, and stops listening once resolved', async () => {
    const page = new EventTarget();
    const pause = readerPause(1000, page);
    await vi.advanceTimersByTimeAsync(900);
    page.dispatchEvent(new Event('focus'));
    await vi.advanceTimersByTimeAsync(100);
    expect(await settled(pause)).toBe(true);
    // A press after the pause schedules nothing more.
    page.dispatchEvent(new Event('pointerdown'));
    expect(vi.getTimerCount()).toBe(0);
  });
});
