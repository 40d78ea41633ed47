/**
 * The analyst's own datasets: owned here, joined to the bundled incidents in the one store the
 * whole atlas reads (filters, timeline, list, spatial questions, print). An import goes through
 * stages the dialog shows: a look at the file, a preview to confirm, the import with progress
 * and Cancel, the report. Nothing already loaded is touched until an import has succeeded.
 */
import type { Incident } from '../data/incidents.ts';
import type { ColumnMapping } from '../data/import/generic.ts';
import { sizeProblem } from '../data/import/read.ts';
import type { StoreColumns } from '../domain/store-columns.ts';
import { joinColumns } from '../domain/column-join.ts';
import type { AtlasState } from './atlas.svelte.ts';
import { exportStampOf } from './export-stamp.ts';
import { combine, newDataset, takenIds, type Dataset } from './datasets.ts';
import { DatasetWrites } from './dataset-writes.ts';
import { unloadGuard } from './dataset-unload.ts';
import { deleteDataset, saveDataset, saveDatasetMeta, type Outcome } from './dataset-db.ts';
import {
  ImportCancelled,
  importFile,
  type ImportFileJob,
  restoreDatasets,
  inspectFile,
  type ImportJob,
} from './import-runner.ts';
import { PACKED } from './import-steps.ts';
import { parseChunks } from './payload-loader.ts';
import type { Geography } from './incident-set.ts';
import { DatasetMeasures } from './dataset-measures.ts';
import { decodeBytes } from '../data/import/read.ts';
import { decodeViewState, encodeViewState } from './url-codec.ts';
import { looksShared, openShare, shareFile, sharedToAdd } from './share-file.ts';
import type { ExportStamp } from '../data/export.ts';
import { m } from '../i18n/messages.ts';
import type { ImportStage, SaveState } from './import-stage.ts';
import type { ImportProblem } from '../data/import/import.ts';
import { quoted } from './words.ts';

export type { ImportStage, SaveState } from './import-stage.ts';

export class OwnData {
  #datasets = $state.raw<Dataset[]>([]);
  #stage = $state.raw<ImportStage>({ stage: 'idle' });
  #saved = $state.raw<Record<string, SaveState>>({});
  #dialogOpen = $state(false);
  /** The incident being edited ('' for a new one) and the dataset it goes to ('' for a new one). */
  #editing = $state.raw<{ id: string; datasetKey: string } | null>(null);
  #bundled: readonly Incident[] = [];
  #bundledColumns: StoreColumns | undefined;
  #measures = new DatasetMeasures();
  #geography: Geography | undefined;
  #bytes: Uint8Array | undefined;
  #job: ImportJob<unknown> | undefined;
  /** Closing the page while any of these is pending asks first. */
  #writes = new DatasetWrites(unloadGuard());

  constructor(private readonly atlas: AtlasState) {}

  get datasets(): readonly Dataset[] {
    return this.#datasets;
  }
  get stage(): ImportStage {
    return this.#stage;
  }
  saveState(key: string): SaveState | undefined {
    return this.#saved[key];
  }
  get dialogOpen(): boolean {
    return this.#dialogOpen;
  }

  /** What an export says it holds: the bundled data's build (its file's hash) and each dataset shown. */
  exportStamp(): ExportStamp {
    return exportStampOf(this.#datasets);
  }

  /** Open the import dialog, with a file already chosen (dropped on the page) or not. */
  showDialog(file?: File): void {
    // Not before the bundled incidents are in: an import is checked against their ids.
    if (!this.atlas.loaded) return;
    this.#dialogOpen = true;
    if (file) void this.open(file);
  }

  hideDialog(): void {
    this.close();
    this.#dialogOpen = false;
  }

  /** The bundled set is loaded: add the datasets kept from earlier visits, then show them all. */
  async start(bundled: readonly Incident[], columns: StoreColumns, geography: Geography): Promise<void> {
    this.#bundled = bundled;
    this.#bundledColumns = columns;
    this.#geography = geography;
    const { saved, problem } = await restoreDatasets(geography);
    if (problem) this.atlas.notify(m.errors_saved_unreadable({ problem }));
    const datasets = saved.map((s) => s.dataset);
    for (const { dataset, columns } of saved) if (columns) this.#measures.know(dataset.incidents, columns);
    this.#datasets = datasets;
    for (const d of datasets) this.#mark(d.key, 'saved');
    if (datasets.length) await this.#rebuild();
    else this.atlas.load({ incidents: bundled, areas: geography.areas }, columns);
  }

  /** A file chosen or dropped: refuse it at once if too big, else look at what it holds. */
  async open(file: File): Promise<void> {
    this.cancel();
    const tooBig = sizeProblem(file.size);
    if (tooBig) return this.#fail(file.name, m.errors_file_problem({ file: file.name, problem: tooBig }));
    this.#stage = { stage: 'reading', name: file.name };
    try {
      this.#bytes = new Uint8Array(await file.arrayBuffer());
    } catch (error) {
      const reason = (error as Error).message;
      return this.#fail(file.name, m.errors_file_unreadable({ file: file.name, reason }));
    }
    // A share file says so in its first bytes; only then is it read whole here.
    if (looksShared(new TextDecoder().decode(this.#bytes.subarray(0, 200)))) {
      const decoded = decodeBytes(this.#bytes);
      if ('text' in decoded) return this.#openShared(decoded.text, file.name);
    }
    const job = inspectFile(this.#bytes, file.name);
    this.#job = job;
    const seen = await job.done.catch((e: Error) => (e instanceof ImportCancelled ? null : e.message));
    if (seen === null || this.#job !== job) return;
    if (typeof seen === 'string')
      return this.#fail(file.name, m.errors_file_problem({ file: file.name, problem: seen }));
    this.#stage = { stage: 'preview', name: file.name, inspection: seen };
  }

  /** The analyst confirmed the preview (and the mapping, for a generic table): import. */
  async confirm(mapping?: ColumnMapping): Promise<void> {
    const stage = this.#stage;
    const geography = this.#geography;
    if (stage.stage !== 'preview' || !this.#bytes || !geography) return;
    const name = stage.name;
    const importing = (done: number) => {
      if (this.#job === job) this.#stage = { stage: 'importing', name, done };
    };
    this.#stage = { stage: 'importing', name, done: 0 };
    const taken = takenIds(this.#bundledColumns?.ids ?? [], this.#datasets);
    const job = importFile(
      { bytes: this.#bytes, name, ...(mapping ? { mapping } : {}), geography, taken },
      importing,
    );
    this.#job = job;
    const result = await job.done.catch((e: Error) => (e instanceof ImportCancelled ? null : e.message));
    if (result === null || this.#job !== job) return;
    if (typeof result === 'string')
      return this.#fail(name, m.errors_file_import_failed({ file: name, reason: result }));
    if (!result.ok) return this.#fail(name, m.errors_file_problem({ file: name, problem: result.problem }));
    if (!result.count) {
      job.cancel();
      // Every record refused only for an id already loaded: most likely this atlas's own export.
      const loaded = result.alreadyLoaded > 0 && result.alreadyLoaded === result.problems.length;
      const why = loaded ? m.errors_file_all_loaded : m.errors_file_nothing_imported;
      return this.#fail(name, why({ file: name }), result.problems);
    }
    let incidents: Incident[];
    try {
      incidents = await parseChunks(result.chunks, (d) => importing(PACKED + d * (1 - PACKED)));
    } catch (error) {
      job.cancel();
      const reason = (error as Error).message;
      return this.#fail(name, m.errors_file_import_failed({ file: name, reason }));
    }
    if (this.#job !== job) return; // cancelled while unpacking
    this.#job = undefined; // from here on, closing the dialog does not stop the save
    const { format, rows, problems, warnings } = result;
    const dataset = newDataset(this.#datasets, { name, format, rows, problems, incidents });
    this.#measures.know(incidents, result.columns);
    this.#datasets = [...this.#datasets, dataset];
    this.#bytes = undefined;
    const imported = incidents.length;
    this.#stage = { stage: 'report', name, key: dataset.key, imported, rows, problems, warnings };
    // The import's worker holds the incidents: it writes them once the page has named the dataset.
    const saving = this.#save(dataset.key, job);
    // Let the report paint before the page takes the new incidents (a moment at 100k); a hidden
    // tab draws no frames, so a timer stands in.
    await new Promise((resolve) => {
      requestAnimationFrame(() => setTimeout(resolve, 0));
      setTimeout(resolve, 100);
    });
    await this.#rebuild();
    await saving;
  }

  get editing(): { id: string; datasetKey: string } | null {
    return this.#editing;
  }

  /** The dataset an incident comes from (undefined for the bundled data). */
  datasetOf(id: string): Dataset | undefined {
    return this.#datasets.find((d) => d.incidents.some((i) => i.properties.id === id));
  }

  /** Every id loaded except `own` (the incident being edited keeps its id). */
  idsTakenBesides(own: string): Map<string, string> {
    const taken = takenIds(this.#bundledColumns?.ids ?? [], this.#datasets);
    taken.delete(own);
    return taken;
  }

  startNew(): void {
    this.#editing = { id: '', datasetKey: this.#datasets[0]?.key ?? '' };
  }

  startEdit(id: string): void {
    const dataset = this.datasetOf(id);
    if (dataset) this.#editing = { id, datasetKey: dataset.key };
  }

  stopEdit(): void {
    this.#editing = null;
  }

  /**
   * Save an incident the editor has checked: into `datasetKey` ('' makes a new dataset), in place
   * of `replacing` where it edits one. Shown at once, then written to disk.
   */
  async saveIncident(datasetKey: string, incident: Incident, replacing: string): Promise<void> {
    let dataset = this.#datasets.find((d) => d.key === datasetKey);
    if (!dataset) {
      // Named in the language of the moment; from then on the name is data, like a file's.
      const fields = { name: m.errors_my_incidents(), format: 'incidents' as const, rows: 0 };
      dataset = newDataset(this.#datasets, { ...fields, problems: [], incidents: [] });
      this.#datasets = [...this.#datasets, dataset];
    }
    // An edit keeps its place (and its storage chunk: only that chunk is written again).
    const at = replacing ? dataset.incidents.findIndex((i) => i.properties.id === replacing) : -1;
    const incidents = at >= 0 ? dataset.incidents.with(at, incident) : [...dataset.incidents, incident];
    const changed = { ...dataset, visible: true, incidents };
    this.#datasets = this.#datasets.map((d) => (d.key === changed.key ? changed : d));
    this.#editing = null;
    const saving = this.#save(changed.key);
    await this.#rebuild();
    this.atlas.select(incident.properties.id, { fly: true });
    await saving;
  }

  async deleteIncident(id: string): Promise<void> {
    const dataset = this.datasetOf(id);
    if (!dataset) return;
    const changed = { ...dataset, incidents: dataset.incidents.filter((i) => i.properties.id !== id) };
    this.#datasets = this.#datasets.map((d) => (d.key === changed.key ? changed : d));
    this.#editing = null;
    this.atlas.select(null);
    const saving = this.#save(changed.key);
    await this.#rebuild();
    await saving;
  }

  /** One file with the view and the datasets it shows, for a recipient to open as it is. */
  shareWithData(): string {
    return shareFile(encodeViewState(this.atlas.view()), this.#datasets, this.exportStamp().exportedAt);
  }

  /** A share file: its datasets added (checked again, ids kept apart), then its view shown. */
  async #openShared(text: string, name: string): Promise<void> {
    const opened = openShare(text, name);
    if (typeof opened === 'string') return this.#fail(name, opened);
    const { added, problems } = sharedToAdd(opened, this.#datasets, this.#bundledColumns?.ids ?? []);
    this.#datasets = [...this.#datasets, ...added];
    const imported = added.reduce((n, d) => n + d.incidents.length, 0);
    const key = added[0]?.key ?? '';
    this.#stage = { stage: 'report', name, key, imported, rows: 0, problems, warnings: [] };
    this.#bytes = undefined;
    const saving = added.map((d) => this.#save(d.key));
    await this.#rebuild();
    this.atlas.applyView(decodeViewState(opened.view).state);
    await Promise.all(saving);
  }

  /** Stop whatever the import is doing; nothing loaded changes. */
  cancel(): void {
    this.#job?.cancel();
    this.#job = undefined;
    if (
      this.#stage.stage === 'reading' ||
      this.#stage.stage === 'importing' ||
      this.#stage.stage === 'preview'
    )
      this.#stage = { stage: 'idle' };
  }

  close(): void {
    this.cancel();
    this.#bytes = undefined;
    this.#stage = { stage: 'idle' };
  }

  async setVisible(key: string, visible: boolean): Promise<void> {
    const dataset = this.#datasets.find((d) => d.key === key);
    if (!dataset || dataset.visible === visible) return;
    const changed = { ...dataset, visible };
    this.#datasets = this.#datasets.map((d) => (d.key === key ? changed : d));
    const saving = this.#save(key, 'fields');
    await this.#rebuild();
    await saving;
  }

  async remove(key: string): Promise<void> {
    const dataset = this.#datasets.find((d) => d.key === key);
    if (!dataset) return;
    this.#datasets = this.#datasets.filter((d) => d.key !== key);
    // Asked at once (after any write of it still under way), not after the map has changed.
    const deleting = this.#writes.write(key, () => deleteDataset(key));
    await this.#rebuild();
    const outcome = await deleting;
    if (!outcome.ok)
      this.atlas.notify(m.errors_removed_unsaved({ name: quoted(dataset.name), problem: outcome.problem }));
  }

  /**
   * Queues a write of a dataset at the moment of the reader's action, so writes land in the order
   * of the actions. It writes the dataset as it stands when its turn comes (a later change is
   * already in), and nothing once it is removed. Whole, its fields only, or its incidents through
   * the import's worker that holds them.
   */
  async #save(key: string, how: 'whole' | 'fields' | ImportFileJob = 'whole'): Promise<void> {
    this.#mark(key, 'saving');
    const write = (): Promise<Outcome> => {
      const dataset = this.#datasets.find((d) => d.key === key);
      if (!dataset) {
        if (typeof how === 'object') how.cancel(); // its worker need not keep the incidents
        return Promise.resolve({ ok: true });
      }
      if (how === 'whole') return saveDataset(dataset);
      if (how === 'fields') return saveDatasetMeta(dataset);
      const { incidents: _held, ...meta } = dataset;
      return how.save(meta);
    };
    const outcome = await this.#writes.write(key, write);
    this.#mark(key, outcome.ok ? 'saved' : { problem: outcome.problem });
  }

  #mark(key: string, state: SaveState): void {
    this.#saved = { ...this.#saved, [key]: state };
  }

  #fail(name: string, problem: string, problems: ImportProblem[] = []): void {
    this.#bytes = undefined;
    this.#stage = problems.length
      ? { stage: 'report', name, key: '', imported: 0, rows: 0, problems, warnings: [], nothing: problem }
      : { stage: 'failed', name, problem };
    if (problems.length) this.atlas.notify(problem);
  }

  /**
   * The store again from the bundled set and the visible datasets: a dataset not measured yet is
   * measured in a worker (only its own incidents), then the columns are joined, not recomputed.
   */
  async #rebuild(): Promise<void> {
    const geography = this.#geography;
    const bundledColumns = this.#bundledColumns;
    if (!geography || !bundledColumns) return;
    const visible = () => this.#datasets.filter((d) => d.visible);
    const { shown, sets } = await this.#measures.of(visible, geography);
    if (sets.some((s) => !s)) return this.atlas.notify(m.errors_datasets_unmeasured());
    const { incidents, colours } = combine(this.#bundled, shown);
    const columns = joinColumns([bundledColumns, ...(sets as StoreColumns[])], incidents);
    this.atlas.load(
      { incidents, areas: geography.areas, rings: colours },
      columns,
      shown.map((d) => d.name),
    );
  }
}
