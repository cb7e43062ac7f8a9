/**
 * Chromium DevTools Protocol helpers of the first-view bench: the page's and its workers' JS heaps, the memory of
 * the renderer process that runs the page (and its dedicated workers), and the throttled load's slow CPU and
 * network.
 */
import { readFileSync } from 'node:fs';
import type { Browser, CDPSession, Page } from 'playwright-core';

/** DevTools' "Slow 3G" preset: 2 s latency, 50 kB/s (50,000 bytes/s) each way. */
const SLOW_3G = { offline: false, latency: 2000, downloadThroughput: 50_000, uploadThroughput: 50_000 } as const;
/** The throttled load's CPU slowdown (DevTools' "4× slowdown"). */
const CPU_SLOWDOWN = 4;

/**
 * The page's dedicated workers, reached through the page's CDP session (auto-attach without flattening: Playwright's
 * session object cannot address a flattened child session). `send` calls a CDP method inside one worker.
 */
export class WorkerSessions {
  private readonly ids: string[] = [];
  private readonly waiting = new Map<number, (result: unknown) => void>();
  private nextId = 1;

  private constructor(private readonly cdp: CDPSession) {}

  /** Attaches to the page's workers, present and future. */
  static async attach(cdp: CDPSession): Promise<WorkerSessions> {
    const ws = new WorkerSessions(cdp);
    cdp.on('Target.attachedToTarget', (e) => {
      if (e.targetInfo.type === 'worker') ws.ids.push(e.sessionId);
    });
    cdp.on('Target.receivedMessageFromTarget', (e) => {
      const msg = JSON.parse(e.message) as { id?: number; result?: unknown; error?: unknown };
      if (msg.id === undefined) return;
      ws.waiting.get(msg.id)?.(msg.error ? null : (msg.result ?? null));
      ws.waiting.delete(msg.id);
    });
    await cdp.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: false, flatten: false });
    return ws;
  }

  /** Session ids of the workers attached so far. */
  get sessions(): readonly string[] {
    return this.ids;
  }

  /** Calls a CDP method in one worker; resolves with its result, or null on an error or after 5 s. */
  send(sessionId: string, method: string, params: object = {}): Promise<unknown> {
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.waiting.set(id, resolve);
      setTimeout(() => {
        if (this.waiting.delete(id)) resolve(null);
      }, 5000);
      this.cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) }).catch(() => {
        if (this.waiting.delete(id)) resolve(null);
      });
    });
  }
}

/** JS heap in bytes: the page's main thread and the sum over its dedicated workers (null: could not be read). */
export interface HeapFigures {
  pageUsed: number;
  workersUsed: number | null;
  workers: number;
}

/** Reads the page's `JSHeapUsedSize` (CDP `Performance.getMetrics`) and each worker's `Runtime.getHeapUsage`. */
export async function heapFigures(cdp: CDPSession, workers: WorkerSessions): Promise<HeapFigures> {
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  await cdp.send('Performance.disable');
  const pageUsed = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? NaN;
  let workersUsed: number | null = 0;
  for (const id of workers.sessions) {
    const r = (await workers.send(id, 'Runtime.getHeapUsage')) as { usedSize?: number } | null;
    if (typeof r?.usedSize !== 'number') workersUsed = null;
    else if (workersUsed !== null) workersUsed += r.usedSize;
  }
  return { pageUsed, workersUsed, workers: workers.sessions.length };
}

/**
 * Resident memory (VmRSS, bytes) of the renderer process that runs the page's main frame — the page's own
 * thread, its dedicated workers, Blink and V8, and the shared library pages it maps — or null when the process
 * is not found. The process id comes from a moment of tracing (Chromium names each frame's process in the
 * `TracingStartedInBrowser` event); SwiftShader's WebGL work runs in the GPU process and is not in this figure.
 */
export async function rendererRss(browser: Browser, page: Page): Promise<number | null> {
  await browser.startTracing(page, { categories: ['disabled-by-default-devtools.timeline'] });
  const raw = JSON.parse((await browser.stopTracing()).toString()) as unknown;
  const events = (Array.isArray(raw) ? raw : (raw as { traceEvents: unknown[] }).traceEvents) as Array<{
    name?: string;
    args?: { data?: { frames?: Array<{ processId?: number; url?: string; isOutermostMainFrame?: boolean }> } };
  }>;
  const started = events.find((e) => e.name === 'TracingStartedInBrowser');
  // The page's URL (its hash changes as the map moves) picks the frame when more than one main frame is traced.
  const mains = started?.args?.data?.frames?.filter((f) => f.isOutermostMainFrame) ?? [];
  const strip = (u: string | undefined): string => (u ?? '').replace(/#.*$/, '');
  const main = mains.length === 1 ? mains[0] : mains.find((f) => strip(f.url) === strip(page.url()));
  if (!main?.processId) return null;
  try {
    const kb = /^VmRSS:\s+(\d+)\s+kB/m.exec(readFileSync(`/proc/${main.processId}/status`, 'utf8'))?.[1];
    return kb ? Number(kb) * 1024 : null;
  } catch {
    return null; // not Linux, or the process is gone
  }
}

/**
 * Slows the page as DevTools' "Slow 3G" with a 4× CPU slowdown; call before `page.goto`. The network conditions
 * also hold for the page's workers' requests (measured: MapLibre's worker script arrives at Slow 3G speed); the
 * CPU rate holds for the page's main thread only — Chromium has no CPU throttling for workers (a worker's CDP
 * session refuses `Emulation.setCPUThrottlingRate`), so MapLibre's worker runs at full speed.
 */
export async function throttle(cdp: CDPSession): Promise<void> {
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', SLOW_3G);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
}
