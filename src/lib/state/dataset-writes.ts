/**
 * The writes of each dataset in the order they were asked for: a write waits for the one before
 * it of the same dataset, so an older version (an import's, written by its worker) can never
 * land after a newer one (an edit's, written by the page).
 */
import type { Outcome } from './dataset-db.ts';

export class DatasetWrites {
  #last = new Map<string, Promise<unknown>>();

  write(key: string, run: () => Promise<Outcome>): Promise<Outcome> {
    const before = this.#last.get(key);
    const write = (async () => {
      await before?.catch(() => {}); // its caller hears of its failure; this one goes on
      return run();
    })();
    this.#last.set(key, write);
    const forget = () => {
      if (this.#last.get(key) === write) this.#last.delete(key);
    };
    write.then(forget, forget);
    return write;
  }
}
