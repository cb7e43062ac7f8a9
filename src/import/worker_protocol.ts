/** Messages between the page (`client.ts`, `overlap_client.ts`) and the workers (`import.worker.ts`, `overlap.worker.ts`). */
import type { MultiPolygon, Polygon } from 'geojson';
import type { OverlapAnalysis, OverlapZone } from './overlap.ts';
import type { ImportedFeature, ImportOptions, ImportResult, ImportStage } from './types.ts';

/** Options that can cross to the worker (no callback). */
export type WorkerImportOptions = Pick<ImportOptions, 'sourceCrs' | 'swapLatLon'>;

/** Page → worker: one file to import. */
export interface ImportRequest {
  file: Blob | ArrayBuffer;
  name: string;
  opts: WorkerImportOptions;
}

/**
 * Worker → page: progress (many), the kept features in chunks (so that no single message takes the
 * page long to deserialise), then exactly one result whose `features` is empty: the page appends
 * the chunks in order. `sentAt` is when the worker posted the result (ms since the epoch, from its
 * `performance` clock), so the page can mark on its own timeline when the worker finished.
 */
export type ImportResponse =
  | { type: 'progress'; fraction: number; stage: ImportStage }
  | { type: 'features'; features: ImportedFeature[] }
  | { type: 'result'; result: ImportResult; sentAt?: number };

/** Most positions per `features` message (a few ms of structured-clone work on the page). */
export const MAX_POSITIONS_PER_CHUNK = 20_000;

/** Page → overlap worker: one imported outline, its own area (VN-2000, m²) and the shipped zones. */
export interface OverlapRequest {
  geometry: Polygon | MultiPolygon;
  importedM2: number;
  zones: OverlapZone[];
}

/** Overlap worker → page: the analysis, with the moment it was posted (as `sentAt` above), or the error's text. */
export type OverlapResponse =
  | { type: 'result'; analysis: OverlapAnalysis; sentAt: number }
  | { type: 'error'; message: string };
