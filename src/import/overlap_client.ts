/**
 * Page side of the overlap analysis: one module Web Worker per request, terminated when done or when the
 * request is cancelled (a newer selection), so clipping a detailed boundary never blocks the page. Load it
 * lazily, like `client.ts`. Marks `overlap-start`, `overlap-computed` (when the worker posted its result, on
 * the page's timeline) and `overlap-done` for the browser tests and benchmarks.
 */
import type { OverlapAnalysis } from './overlap.ts';
import type { OverlapRequest, OverlapResponse } from './worker_protocol.ts';

/** Analyses one outline in a worker; rejects with the worker's error, or an AbortError when `signal` aborts. */
export function analyseOverlapInWorker(request: OverlapRequest, signal?: AbortSignal): Promise<OverlapAnalysis> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(new DOMException('Overlap cancelled', 'AbortError'));
      return;
    }
    performance.mark('overlap-start');
    const worker = new Worker(new URL('./overlap.worker.ts', import.meta.url), { type: 'module', name: 'overlap' });
    const done = (fn: () => void): void => {
      worker.terminate();
      signal?.removeEventListener('abort', onAbort);
      fn();
    };
    const onAbort = (): void => done(() => reject(new DOMException('Overlap cancelled', 'AbortError')));
    signal?.addEventListener('abort', onAbort);
    worker.onmessage = (event: MessageEvent<OverlapResponse>) => {
      const msg = event.data;
      if (msg.type === 'result') {
        performance.mark('overlap-computed', { startTime: Math.max(0, msg.sentAt - performance.timeOrigin) });
        done(() => resolve(msg.analysis));
      } else {
        done(() => reject(new Error(msg.message)));
      }
      performance.mark('overlap-done');
    };
    worker.onerror = (event) => {
      event.preventDefault();
      done(() => reject(new Error(event.message || 'overlap worker stopped')));
    };
    worker.postMessage(request);
  });
}
