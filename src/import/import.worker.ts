/// <reference lib="webworker" />
/** Web Worker entry of the import pipeline (bundled by Vite as its own chunk; see `client.ts`). */
import { handleImportRequest } from './worker_handler.ts';
import type { ImportRequest, ImportResponse } from './worker_protocol.ts';

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<ImportRequest>) => {
  void handleImportRequest(event.data, (msg: ImportResponse) =>
    scope.postMessage(msg.type === 'result' ? { ...msg, sentAt: performance.timeOrigin + performance.now() } : msg));
};
