/// <reference lib="webworker" />
/** Web Worker entry of the overlap analysis (bundled as its own chunk; see `overlap_client.ts`). */
import { analyseOverlap } from './overlap.ts';
import type { OverlapRequest, OverlapResponse } from './worker_protocol.ts';

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<OverlapRequest>) => {
  const { geometry, importedM2, zones } = event.data;
  let msg: OverlapResponse;
  try {
    msg = { type: 'result', analysis: analyseOverlap(geometry, importedM2, zones), sentAt: performance.timeOrigin + performance.now() };
  } catch (err) {
    msg = { type: 'error', message: err instanceof Error ? err.message : String(err) };
  }
  scope.postMessage(msg);
};
