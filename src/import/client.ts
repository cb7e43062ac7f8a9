/**
 * Page side of the import: runs the pipeline in a module Web Worker (one per import, terminated
 * after), forwards progress, and turns a worker crash into a `worker-crashed` result. Load it
 * lazily (`import('./client.ts')`) so none of the import code is in the first-load JS.
 */
import { failureResult } from './results.ts';

import type { ImportResult, ImportStage } from './types.ts';
import type { ImportRequest, ImportResponse, WorkerImportOptions } from './worker_protocol.ts';

/** Options of `importFile`: the pipeline's fixes, and a signal to cancel (rejects with AbortError). */
export interface ImportFileOptions extends WorkerImportOptions {
  signal?: AbortSignal;
}

/**
 * Imports a File (or Blob with a name) in a worker. Resolves with the result in every case but
 * cancellation: bad files, crashes and out-of-memory come back as messages.
 */
export function importFile(
  file: Blob & { name?: string },
  opts: ImportFileOptions = {},
  onProgress?: (fraction: number, stage: ImportStage) => void,
): Promise<ImportResult> {
  return new Promise((resolve, reject) => {
    const { signal, ...workerOpts } = opts;
    if (signal?.aborted) {
      reject(new DOMException('Import cancelled', 'AbortError'));
      return;
    }
    const worker = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module', name: 'import' });
    let settled = false;
    const features: ImportResult['features'] = [];
    const finish = (result: ImportResult | null): void => {
      if (settled) return;
      settled = true;
      worker.terminate();
      signal?.removeEventListener('abort', onAbort);
      if (result) resolve(result);
      else reject(new DOMException('Import cancelled', 'AbortError'));
    };
    const onAbort = (): void => finish(null);
    signal?.addEventListener('abort', onAbort);
    worker.onmessage = (event: MessageEvent<ImportResponse>) => {
      const msg = event.data;
      if (msg.type === 'progress') onProgress?.(msg.fraction, msg.stage);
      else if (msg.type === 'features') for (const f of msg.features) features.push(f);
      else {
        // The worker's finishing moment on the page's timeline: tests check the page handled input before it.
        if (msg.sentAt !== undefined) performance.mark('import-parsed', { startTime: Math.max(0, msg.sentAt - performance.timeOrigin) });
        finish({ ...msg.result, features });
      }
    };
    worker.onerror = (event) => {
      event.preventDefault();
      finish(failureResult('worker-crashed'));
    };
    worker.onmessageerror = () => finish(failureResult('worker-crashed'));
    const request: ImportRequest = { file, name: file.name ?? '', opts: workerOpts };
    worker.postMessage(request);
  });
}
