import { afterEach, describe, expect, it, vi } from 'vitest';
import { widestSoFar } from './widest.ts';

/** A stand-in ResizeObserver: `report(width)` sends the element's new width. */
const observed: unknown[] = [];
let report: (width: number) => void = () => undefined;
const disconnect = vi.fn();
vi.stubGlobal(
  'ResizeObserver',
  class {
    constructor(callback: (entries: unknown[]) => void) {
      report = (width) => callback([{ borderBoxSize: [{ inlineSize: width }] }]);
    }
    observe(target: unknown) {
      observed.push(target);
    }
    disconnect = disconnect;
  },
);
afterEach(() => disconnect.mockClear());

describe('widestSoFar', () => {
  it('keeps the element as wide as its widest words so far, and lets go when removed or started again', () => {
    const element = { style: {} as Record<string, string>, offsetWidth: 0 };
    const detach = widestSoFar()(element as unknown as HTMLElement) as () => void;
    expect(observed).toEqual([element]);
    report(120);
    expect(element.style.minInlineSize).toBe('120px');
    report(110);
    expect(element.style.minInlineSize).toBe('120px');
    report(131.5);
    expect(element.style.minInlineSize).toBe('131.5px');
    detach();
    expect(disconnect).toHaveBeenCalledOnce();
    expect(element.style.minInlineSize).toBe('');
  });
});
