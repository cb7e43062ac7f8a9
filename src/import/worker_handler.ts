/**
 * The worker's job, apart from the worker globals so node tests can run it: read the file (after
 * checking its size, so a huge file is never loaded), run the pipeline, post progress and one
 * result. Never throws: any failure becomes an `internal-error` result.
 */
import { MAX_IMPORT_BYTES } from './limits.ts';
import { importBytes } from './pipeline.ts';
import { failureResult } from './results.ts';
import type { ImportRequest, ImportResponse } from './worker_protocol.ts';

/** Handles one request, calling `post` for each response. */
export async function handleImportRequest(req: ImportRequest, post: (msg: ImportResponse) => void): Promise<void> {
  try {
    const size = req.file instanceof ArrayBuffer ? req.file.byteLength : req.file.size;
    if (size > MAX_IMPORT_BYTES) {
      post({ type: 'result', result: failureResult('file-too-large',
        { sizeMb: Math.round((size / 1048576) * 10) / 10, limitMb: MAX_IMPORT_BYTES / 1048576 }) });
      return;
    }
    post({ type: 'progress', fraction: 0, stage: 'read' });
    const bytes = new Uint8Array(req.file instanceof ArrayBuffer ? req.file : await req.file.arrayBuffer());
    const result = await importBytes(bytes, req.name, {
      ...req.opts,
      onProgress: (fraction, stage) => post({ type: 'progress', fraction, stage }),
    });
    post({ type: 'result', result });
  } catch {
    post({ type: 'result', result: failureResult('internal-error') });
  }
}
