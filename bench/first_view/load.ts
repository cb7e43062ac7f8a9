/**
 * One cold load of one page of the first-view bench, in a fresh browser context (empty HTTP cache) at 1280 × 800:
 * time to `map-idle`, requests and bytes by kind, JS by then, long tasks, memory and frame times while panning —
 * or, throttled, only the times.
 */
import type { Browser, CDPSession, Page } from 'playwright-core';
import { heapFigures, rendererRss, throttle, WorkerSessions, type HeapFigures } from './cdp.ts';
import { jsFigures, type JsFigures } from './js_size.ts';
import { NetworkRecorder, type NetworkSummary } from './network.ts';
import { installProbe, panFrames, readProbe, type LoadProbe } from './page_probe.ts';

/** The three pages: (a) the app, (b) bare MapLibre with the app's style and data, (c) an empty style. */
export type PageId = 'a' | 'b' | 'c';

export const VIEWPORT = { width: 1280, height: 800 } as const;

/** How to load a page. */
export interface LoadOptions {
  url: string;
  /** The app's number of shipped features, to watch its UI become usable; null on the comparison pages. */
  uiFeatures: number | null;
  /** The map element: `[data-testid="map"]` in the app, `#map` on the comparison pages. */
  mapSelector: string;
  /** Directory the server serves (to weigh the JS files). */
  root: string;
}

/** What one full (unthrottled) load measured. */
export interface LoadResult extends LoadProbe {
  network: NetworkSummary;
  js: JsFigures;
  heap: HeapFigures;
  /** Renderer process VmRSS in bytes (page and its workers), null when not found. */
  rendererRss: number | null;
  /** requestAnimationFrame intervals (ms) while the map was dragged. */
  frames: number[];
  /** The map element's size in CSS px. */
  mapSize: { width: number; height: number };
}

/** A throttled load: its times only. */
export type ThrottledResult = Pick<LoadProbe, 'readyMs' | 'uiUsableMs' | 'idleZones'>;

/** Settling time between `map-idle` and the drag, so the drag starts from a quiet page. */
const SETTLE_MS = 1000;

/** Runs `fn` on a new page in a fresh context (closed afterwards); page errors are added to a failure's message. */
async function inFreshPage<T>(browser: Browser, opts: LoadOptions, fn: (page: Page, cdp: CDPSession) => Promise<T>): Promise<T> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const errors: string[] = [];
  try {
    // tsx compiles this file keeping function names (`__name(fn, "fn")`); the functions sent to the page need the helper.
    await context.addInitScript({ content: 'globalThis.__name ??= (fn) => fn;' });
    await context.addInitScript(installProbe, opts.uiFeatures);
    const page = await context.newPage();
    page.on('pageerror', (e) => errors.push(e.message));
    return await fn(page, await context.newCDPSession(page));
  } catch (e) {
    throw new Error(`${opts.url}: ${String(e)}; page errors: ${errors.join(' | ') || 'none'}`);
  } finally {
    await context.close();
  }
}

/** Loads a page once, cold, and measures everything up to `map-idle`, then the frame times of a drag. */
export function measureLoad(browser: Browser, opts: LoadOptions): Promise<LoadResult> {
  return inFreshPage(browser, opts, async (page, cdp) => {
    const network = await NetworkRecorder.start(page, cdp);
    await page.goto(opts.url, { waitUntil: 'commit' });
    const probe = await readProbe(page, 120_000, false);
    const net = await network.summary(probe.readyWallMs);
    await network.stop();
    const heap = await heapFigures(cdp, await WorkerSessions.attach(cdp));
    const rss = await rendererRss(browser, page);
    const box = await page.locator(opts.mapSelector).boundingBox();
    if (!box) throw new Error(`no ${opts.mapSelector} box`);
    await page.waitForTimeout(SETTLE_MS);
    const frames = await panFrames(page, box);
    // The UI time, when it came after map-idle, is known by now.
    const uiUsableMs = await page.evaluate(() => window.__bench?.uiUsable ?? null);
    return {
      ...probe, uiUsableMs, network: net, js: jsFigures(opts.root, net.jsPaths), heap, rendererRss: rss, frames,
      mapSize: { width: box.width, height: box.height },
    };
  });
}

/**
 * Loads a page once, cold, on Slow 3G with a 4× slower main thread (see `throttle`) and returns when the map is
 * idle and, in the app, the UI usable.
 */
export function measureThrottled(browser: Browser, opts: LoadOptions): Promise<ThrottledResult> {
  return inFreshPage(browser, opts, async (page, cdp) => {
    await throttle(cdp);
    await page.goto(opts.url, { waitUntil: 'commit', timeout: 300_000 });
    const p = await readProbe(page, 300_000, opts.uiFeatures !== null);
    return { readyMs: p.readyMs, uiUsableMs: p.uiUsableMs, idleZones: p.idleZones };
  });
}
