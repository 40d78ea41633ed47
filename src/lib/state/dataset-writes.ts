/**
 * The writes of each dataset in the order they were asked for: a write waits for the one before
 * it of the same dataset, so an older version (an import's, written by its worker) can never
 * land after a newer one (an edit's, written by the page). It also counts the writes not done
 * yet, so the page can ask before it is closed mid-save (dataset-unload.ts).
 */
import type { Outcome } from './dataset-db.ts';

export class DatasetWrites {
  #last = new Map<string, Promise<unknown>>();
  #pending = 0;

  /** `pendingChanged` hears the count of writes asked for and not yet done, each time it changes. */
  constructor(private readonly pendingChanged: (pending: number) => void = () => {}) {}

  /** Writes asked for (waiting their turn or under way) that have not finished. */
  get pending(): number {
    return this.#pending;
  }

  write(key: string, run: () => Promise<Outcome>): Promise<Outcome> {
    const before = this.#last.get(key);
    const write = (async () => {
      await before?.catch(() => {}); // its caller hears of its failure; this one goes on
      return run();
    })();
    this.#last.set(key, write);
    this.#count(+1);
    const forget = () => {
      if (this.#last.get(key) === write) this.#last.delete(key);
      this.#count(-1);
    };
    write.then(forget, forget);
    return write;
  }

  #count(change: number): void {
    this.#pending += change;
    this.pendingChanged(this.#pending);
  }
}
