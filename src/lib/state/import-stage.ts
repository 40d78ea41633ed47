/** Where an import stands, as the dialog shows it, and where a dataset stands on disk. */
import type { ImportProblem, Inspection } from '../data/import/import.ts';

export type ImportStage =
  | { stage: 'idle' }
  | { stage: 'reading'; name: string }
  | { stage: 'preview'; name: string; inspection: Inspection }
  | { stage: 'importing'; name: string; done: number }
  | ({ stage: 'report' } & ImportReport)
  | { stage: 'failed'; name: string; problem: string };

/** What an import brought in (`key`: its dataset, '' when none), left out, and should say. */
export interface ImportReport {
  name: string;
  key: string;
  imported: number;
  rows: number;
  problems: ImportProblem[];
  warnings: string[];
  /** Why nothing was imported, where that has a reason of its own to give. */
  nothing?: string;
}

/** Where a dataset stands on disk: being written, written, or not (and why). */
export type SaveState = 'saving' | 'saved' | { problem: string };
