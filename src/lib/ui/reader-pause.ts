/** What counts as the reader at work: a press, a key, a scroll or the pointer moving. */
const INPUTS = ['pointerdown', 'pointermove', 'keydown', 'wheel'] as const;

/**
 * Resolves once the reader has left the page alone for `ms` (no input), counting from the call.
 * Background work that would compete for a slow machine's cores (the offline copy's download)
 * waits for such a pause instead of landing on the reader's first filters.
 */
export function readerPause(ms: number, target: EventTarget = window): Promise<void> {
  return new Promise((resolve) => {
    let timer = setTimeout(done, ms);
    function restart() {
      clearTimeout(timer);
      timer = setTimeout(done, ms);
    }
    function done() {
      for (const name of INPUTS) target.removeEventListener(name, restart, { capture: true });
      resolve();
    }
    for (const name of INPUTS) target.addEventListener(name, restart, { capture: true, passive: true });
  });
}
