/** Messages between `client.ts` (page) and `import.worker.ts`. */
import type { ImportOptions, ImportResult, ImportStage } from './types.ts';

/** Options that can cross to the worker (no callback). */
export type WorkerImportOptions = Pick<ImportOptions, 'sourceCrs' | 'swapLatLon'>;

/** Page → worker: one file to import. */
export interface ImportRequest {
  file: Blob | ArrayBuffer;
  name: string;
  opts: WorkerImportOptions;
}

/** Worker → page: progress (many), then exactly one result. */
export type ImportResponse =
  | { type: 'progress'; fraction: number; stage: ImportStage }
  | { type: 'result'; result: ImportResult };
