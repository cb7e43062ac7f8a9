/**
 * The worker's job, apart from the worker globals so node tests can run it: read the file (after
 * checking its size, so a huge file is never loaded), run the pipeline, post progress, the
 * features in chunks and one result. Never throws: any failure becomes an `internal-error` result.
 */
import { MAX_IMPORT_BYTES } from './limits.ts';
import { importBytes } from './pipeline.ts';
import { failureResult } from './results.ts';
import type { ImportedFeature, ImportResult } from './types.ts';
import { MAX_POSITIONS_PER_CHUNK, type ImportRequest, type ImportResponse } from './worker_protocol.ts';

function positionsOf(f: ImportedFeature): number {
  const g = f.geometry;
  const rings = g.type === 'Polygon' ? g.coordinates : g.coordinates.flat();
  return rings.reduce((n, r) => n + r.length, 0);
}

/** Posts the features in chunks of at most `MAX_POSITIONS_PER_CHUNK` positions (one feature at least), then the result. */
export function postResult(result: ImportResult, post: (msg: ImportResponse) => void): void {
  let chunk: ImportedFeature[] = [];
  let positions = 0;
  for (const f of result.features) {
    const n = positionsOf(f);
    if (chunk.length > 0 && positions + n > MAX_POSITIONS_PER_CHUNK) {
      post({ type: 'features', features: chunk });
      chunk = [];
      positions = 0;
    }
    chunk.push(f);
    positions += n;
  }
  if (chunk.length > 0) post({ type: 'features', features: chunk });
  post({ type: 'result', result: { ...result, features: [] } });
}

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
    postResult(result, post);
  } catch {
    post({ type: 'result', result: failureResult('internal-error') });
  }
}
