/**
 * Closing or reloading the page while a dataset is being written would lose that write: while
 * any is pending, the browser is asked to confirm leaving. The listener is there only while
 * something is pending, so leaving an idle page is never questioned (nor kept out of the
 * browser's back-forward cache).
 */

/** Asks the browser to confirm leaving when writes are pending; says whether it asked. */
export function askBeforeLeaving(event: Event, pending: number): boolean {
  if (pending <= 0) return false;
  event.preventDefault();
  // Browsers from before the event's preventDefault was honoured ask only when this is set.
  (event as Event & { returnValue: unknown }).returnValue = true;
  return true;
}

/**
 * What a DatasetWrites tells the count of pending writes to: listens for `beforeunload` on
 * `page` from the first pending write, and stops once none is left.
 */
export function unloadGuard(
  page: EventTarget | undefined = typeof window === 'undefined' ? undefined : window,
): (pending: number) => void {
  let pending = 0;
  const beforeUnload = (event: Event) => void askBeforeLeaving(event, pending);
  return (now) => {
    if (now > 0 && pending <= 0) page?.addEventListener('beforeunload', beforeUnload);
    if (now <= 0 && pending > 0) page?.removeEventListener('beforeunload', beforeUnload);
    pending = now;
  };
}
