/**
 * The worker's job, apart from the worker globals so node tests can run it: read the file (after
 * checking its size, so a huge file is never loaded), run the pipeline, post progress, the
 * features in chunks and one result. Never throws: any failure becomes an `internal-error` result.
 */
import { MAX_IMPORT_BYTES, megabytes } from './limits.ts';
import { importBytes } from './pipeline.ts';
import { failureResult } from './results.ts';
import type { ImportResult } from './types.ts';
import { chunkBySize, positionCount } from '../domain/geometry.ts';
import { MAX_POSITIONS_PER_CHUNK, type ImportRequest, type ImportResponse } from './worker_protocol.ts';

/** Posts the features in chunks of at most `MAX_POSITIONS_PER_CHUNK` positions (one feature at least), then the result. */
export function postResult(result: ImportResult, post: (msg: ImportResponse) => void): void {
  for (const features of chunkBySize(result.features, (f) => positionCount(f.geometry), MAX_POSITIONS_PER_CHUNK)) {
    post({ type: 'features', features });
  }
  post({ type: 'result', result: { ...result, features: [] } });
}

/** Handles one request, calling `post` for each response. */
export async function handleImportRequest(req: ImportRequest, post: (msg: ImportResponse) => void): Promise<void> {
  try {
    const size = req.file instanceof ArrayBuffer ? req.file.byteLength : req.file.size;
    if (size > MAX_IMPORT_BYTES) {
      post({ type: 'result', result: failureResult('file-too-large', { sizeMb: megabytes(size), limitMb: megabytes(MAX_IMPORT_BYTES) }) });
      return;
    }
    post({ type: 'progress', fraction: 0, stage: 'read' });
    const bytes = new Uint8Array(req.file instanceof ArrayBuffer ? req.file : await req.file.arrayBuffer());
    const result = await importBytes(bytes, req.name, {
      ...req.opts,
      onProgress: (fraction, stage) => post({ type: 'progress', fraction, stage }),
    });
    postResult(result, post);
  } catch {
    post({ type: 'result', result: failureResult('internal-error') });
  }
}
