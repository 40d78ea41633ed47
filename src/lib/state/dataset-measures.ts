/**
 * Each dataset's columns, measured once per version of its incidents (an edit makes a new one),
 * in a worker and only for that dataset's incidents. The promise is kept, so two rebuilds at once
 * share one measurement; a failed one is forgotten, so the next rebuild tries again.
 */
import type { Incident } from '../data/incidents.ts';
import type { StoreColumns } from '../domain/store-columns.ts';
import type { Dataset } from './datasets.ts';
import type { Geography } from './incident-set.ts';
import { loadInWorker } from './store-loader.ts';

export class DatasetMeasures {
  #measured = new WeakMap<readonly Incident[], Promise<StoreColumns | undefined>>();

  /** Columns made elsewhere (the import's worker) for these incidents. */
  know(incidents: readonly Incident[], columns: StoreColumns): void {
    this.#measured.set(incidents, Promise.resolve(columns));
  }

  /**
   * The visible datasets and their columns (undefined where measuring failed). Datasets may
   * change while one is measured: `visible` is asked again until it holds still.
   */
  async of(
    visible: () => Dataset[],
    geography: Geography,
  ): Promise<{ shown: Dataset[]; sets: (StoreColumns | undefined)[] }> {
    const measure = async (incidents: Incident[]) => {
      const result = await loadInWorker({ incidents }, geography);
      if ('columns' in result) return result.columns;
      this.#measured.delete(incidents);
    };
    let shown = visible();
    for (;;) {
      for (const d of shown)
        if (!this.#measured.has(d.incidents)) this.#measured.set(d.incidents, measure(d.incidents));
      const sets = await Promise.all(shown.map((d) => this.#measured.get(d.incidents)));
      const now = visible();
      if (now.length === shown.length && now.every((d, i) => d === shown[i])) return { shown, sets };
      shown = now;
    }
  }
}
