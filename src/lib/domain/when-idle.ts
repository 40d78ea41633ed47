/**
 * Resolves at the page's next quiet moment (`requestIdleCallback`), or after `timeoutMs` at most
 * if the page is never quiet. Safari has no `requestIdleCallback`: there it resolves after
 * `fallbackMs`. Background work (a shader warm-up, the offline copy) waits for it instead of
 * taking the reader's frames.
 */
export function whenIdle(timeoutMs: number, fallbackMs = 0): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestIdleCallback === 'function')
      requestIdleCallback(() => resolve(), { timeout: timeoutMs });
    else setTimeout(resolve, fallbackMs);
  });
}
