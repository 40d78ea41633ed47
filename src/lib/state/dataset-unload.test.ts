/** Leaving the page asks first only while a dataset write is pending. */
import { describe, expect, it } from 'vitest';
import type { Outcome } from './dataset-db.ts';
import { DatasetWrites } from './dataset-writes.ts';
import { askBeforeLeaving, unloadGuard } from './dataset-unload.ts';

/** A beforeunload event as a browser's: cancelable, with a returnValue to set. */
function leaving(): Event & { returnValue: unknown } {
  const event = new Event('beforeunload', { cancelable: true });
  return Object.defineProperty(event, 'returnValue', { value: '', writable: true }) as Event & {
    returnValue: unknown;
  };
}

/** Leaves `page`: whether the browser would ask first. */
function leave(page: EventTarget): boolean {
  const event = leaving();
  page.dispatchEvent(event);
  return event.defaultPrevented;
}

/** A page that counts its beforeunload listeners. */
class Page extends EventTarget {
  listening = 0;
  override addEventListener(...args: Parameters<EventTarget['addEventListener']>): void {
    if (args[0] === 'beforeunload') this.listening++;
    super.addEventListener(...args);
  }
  override removeEventListener(...args: Parameters<EventTarget['removeEventListener']>): void {
    if (args[0] === 'beforeunload') this.listening--;
    super.removeEventListener(...args);
  }
}

/** Lets queued writes start and settled ones be counted. */
const turn = () => new Promise((r) => setTimeout(r, 0));

describe('leaving the page', () => {
  it('asks, in both the new and the old way, only when writes are pending', () => {
    const idle = leaving();
    expect(askBeforeLeaving(idle, 0)).toBe(false);
    expect(idle.defaultPrevented).toBe(false);
    expect(idle.returnValue).toBe('');
    const busy = leaving();
    expect(askBeforeLeaving(busy, 1)).toBe(true);
    expect(busy.defaultPrevented).toBe(true);
    expect(busy.returnValue).toBe(true);
  });

  it('asks while a save is under way or waiting, and no longer once all are done', async () => {
    const page = new Page();
    const writes = new DatasetWrites(unloadGuard(page));
    let finish: (o: Outcome) => void = () => {};
    expect(leave(page)).toBe(false);
    const saving = writes.write('ds-a', () => new Promise<Outcome>((resolve) => (finish = resolve)));
    const waiting = writes.write('ds-a', () => Promise.resolve({ ok: true } as const));
    expect(leave(page)).toBe(true);
    await turn();
    finish({ ok: false, problem: 'the browser could not store it (disk)' });
    await saving;
    await waiting;
    await turn();
    expect(leave(page)).toBe(false);
    expect(page.listening).toBe(0);
    // A later save asks again while it runs.
    const again = writes.write('ds-b', () => new Promise<Outcome>((resolve) => (finish = resolve)));
    expect(leave(page)).toBe(true);
    expect(page.listening).toBe(1);
    await turn();
    finish({ ok: true });
    await again;
    await turn();
    expect(leave(page)).toBe(false);
    expect(page.listening).toBe(0);
  });
});
