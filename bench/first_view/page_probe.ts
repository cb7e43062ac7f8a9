/**
 * What the first-view bench measures inside the page: long tasks, how many zones the map holds when `map-idle` is
 * marked, when the app's list, legend and search box are usable, and frame intervals while the map is dragged.
 * `installProbe` is an init script (it runs before the page's own scripts); the rest drive it from Node.
 */
import type { Page } from 'playwright-core';

/** The probe's record in the page (`window.__bench`). Times in ms from navigation start. */
interface Probe {
  /** [start, duration] of every task over 50 ms. */
  longTasks: Array<[number, number]>;
  /** Distinct features of the `zones` source at the moment `map-idle` is marked; null until then. */
  idleZones: number | null;
  /** When the UI became usable (see `installProbe`); null until then, or on pages without it. */
  uiUsable: number | null;
  /** requestAnimationFrame intervals while recording. */
  frames: number[];
  recording: boolean;
}

declare global {
  interface Window {
    __bench?: Probe;
  }
}

/**
 * Init script. Observes long tasks (buffered, from the start), notes the zones on the map when the page marks
 * `map-idle` (read through the `window.__zoneMap` hook right after the mark), and — when `features` is a number,
 * on the app — marks the UI usable at the first DOM change after which the list holds `features` entries
 * (`[data-testid="zone-list"] button.zone-item`), the legend's kind counts (`[data-testid="legend"] [data-kind]
 * .legend-count`: every feature has a kind, while the stage rows leave the economic zone out) add up to `features`,
 * and the search box (`[data-testid="search"]`) is there and not disabled.
 */
export function installProbe(features: number | null): void {
  const probe: Probe = { longTasks: [], idleZones: null, uiUsable: null, frames: [], recording: false };
  window.__bench = probe;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) probe.longTasks.push([e.startTime, e.duration]);
  }).observe({ type: 'longtask', buffered: true });
  const mark = performance.mark.bind(performance);
  performance.mark = ((name: string, options?: PerformanceMarkOptions) => {
    const entry = mark(name, options);
    if (name === 'map-idle' && probe.idleZones === null) {
      const found = window.__zoneMap?.querySourceFeatures('zones') ?? [];
      probe.idleZones = new Set(found.map((f) => String(f.properties['id'] ?? f.id))).size;
    }
    return entry;
  }) as typeof performance.mark;
  if (features === null) return;
  const usable = (): boolean => {
    const items = document.querySelectorAll('[data-testid="zone-list"] button.zone-item').length;
    const search = document.querySelector<HTMLInputElement>('[data-testid="search"]');
    let counted = 0;
    for (const el of document.querySelectorAll('[data-testid="legend"] [data-kind] .legend-count')) counted += Number(el.textContent);
    return items === features && counted === features && search !== null && !search.disabled;
  };
  const observer = new MutationObserver(() => {
    if (!usable()) return;
    probe.uiUsable = performance.now();
    observer.disconnect();
  });
  observer.observe(document, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['disabled'] });
}

/** What the probe saw up to `map-idle`. */
export interface LoadProbe {
  /** `map-idle` mark, ms from navigation start. */
  readyMs: number;
  /** Wall clock (epoch ms) of the mark, to cut the network log there. */
  readyWallMs: number;
  idleZones: number | null;
  uiUsableMs: number | null;
  longTasks: { count: number; longestMs: number; blockingMs: number };
}

/**
 * Waits for `map-idle` (up to `timeoutMs`), then — with `waitForUi` — for the usable UI (up to `timeoutMs` more;
 * it stays null if it never comes), and reads the probe.
 */
export async function readProbe(page: Page, timeoutMs: number, waitForUi: boolean): Promise<LoadProbe> {
  await page.waitForFunction(() => performance.getEntriesByName('map-idle').length > 0, undefined, { timeout: timeoutMs, polling: 100 });
  if (waitForUi) {
    await page.waitForFunction(() => window.__bench?.uiUsable !== null, undefined, { timeout: timeoutMs, polling: 100 }).catch(() => undefined);
  }
  return page.evaluate(() => {
    const probe = window.__bench!;
    const ready = performance.getEntriesByName('map-idle')[0]!.startTime;
    const tasks = probe.longTasks.filter(([start]) => start < ready).map(([, d]) => d);
    return {
      readyMs: ready,
      readyWallMs: performance.timeOrigin + ready,
      idleZones: probe.idleZones,
      uiUsableMs: probe.uiUsable,
      longTasks: { count: tasks.length, longestMs: Math.max(0, ...tasks), blockingMs: tasks.reduce((s, d) => s + d - 50, 0) },
    };
  });
}

/**
 * Drags the map with the mouse for `durationMs` — from the centre of `box`, side to side (±150 px, 1.6 s period,
 * with a slow vertical sway), one move per ~16 ms, released away from where it started so no click fires — and
 * returns the requestAnimationFrame intervals (ms) recorded meanwhile.
 */
export async function panFrames(page: Page, box: { x: number; y: number; width: number; height: number }, durationMs = 2000): Promise<number[]> {
  await page.evaluate(() => {
    const probe = window.__bench!;
    probe.frames = [];
    probe.recording = true;
    let last: number | null = null;
    const tick = (t: number): void => {
      if (last !== null) probe.frames.push(t - last);
      last = t;
      if (probe.recording) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  await page.mouse.move(cx, cy);
  await page.mouse.down();
  const t0 = Date.now();
  for (let t = 0; t < durationMs; t = Date.now() - t0) {
    await page.mouse.move(cx + 150 * Math.sin((2 * Math.PI * t) / 1600), cy + 60 * Math.sin((2 * Math.PI * t) / 4000));
    await new Promise((r) => setTimeout(r, 16));
  }
  await page.mouse.move(cx + 150, cy + 40);
  await page.mouse.up();
  return page.evaluate(() => {
    window.__bench!.recording = false;
    return window.__bench!.frames;
  });
}
