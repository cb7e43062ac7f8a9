/**
 * First view (`npm run bench:first-view`): how long the built app takes to a ready map — the `map-idle` mark, the
 * map's first `idle` — against what bare MapLibre needs for the same content. Builds, into `dist-bench/`, the app
 * exactly as `npm run build` does (a), a bare MapLibre page with the app's own style, fonts, patterns, basemap and
 * data and no UI (b: the limit for this content) and an empty style with the zones' polygons (c: the limit of the
 * stack). Serves them with `vite preview` (HTTP Range for PMTiles) on `BENCH_PORT` or a free port, and in one
 * Chromium loads a, b and c in turn, each in a fresh context (cold cache), for N rounds: time to idle, requests
 * and bytes by kind, JS, long tasks, memory, frame times while dragging the map. Then a and b a few times on
 * Slow 3G with a 4× slower CPU, with the app's UI becoming usable. Prints medians, the ratios a/b and a/c, and a
 * markdown table; writes everything to `bench/results/first-view-<time>.json` (git-ignored).
 *
 * `npm run bench:first-view -- 7` runs 7 rounds (default 5); `--throttled=3` three throttled rounds (default 2);
 * `--no-throttled` none; `--app=<dir>` takes the app from a build directory instead of building it (an older
 * commit's `dist/`, for a before-and-after table).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { chromium, type Browser } from 'playwright-core';
import { preview } from 'vite';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../scripts/lib/chromium.ts';
import { portFromEnv } from '../scripts/lib/ports.ts';
import { buildBench } from './first_view/build.ts';
import { measureLoad, measureThrottled, type LoadOptions, type LoadResult, type PageId, type ThrottledResult } from './first_view/load.ts';
import { printReport, type BenchResults, type Machine } from './first_view/report.ts';

const args = process.argv.slice(2);
const ROUNDS = Number(args.find((a) => /^\d+$/.test(a)) ?? 5);
const APP_DIR = args.find((a) => a.startsWith('--app='))?.slice(6);
const THROTTLED_ROUNDS = args.includes('--no-throttled') ? 0 : Number(args.find((a) => a.startsWith('--throttled='))?.slice(12) ?? 2);

/** The machine, with WebGL's renderer as a page sees it. */
async function machine(browser: Browser): Promise<Machine> {
  const page = await browser.newPage();
  const webgl = await page.evaluate(() => {
    const gl = document.createElement('canvas').getContext('webgl2');
    const info = gl?.getExtension('WEBGL_debug_renderer_info');
    return gl && info ? String(gl.getParameter(info.UNMASKED_RENDERER_WEBGL)) : 'no WebGL 2';
  });
  await page.close();
  return {
    cpu: cpus()[0]?.model.trim() ?? 'unknown', cpus: cpus().length, memoryGiB: totalmem() / 2 ** 30,
    loadAverage: loadavg()[0] ?? NaN, chromium: browser.version(), webgl,
  };
}

async function main(): Promise<void> {
  const root = await buildBench(APP_DIR);
  const features = (JSON.parse(readFileSync('geodata/zones.geojson', 'utf8')) as { features: unknown[] }).features.length;
  const port = await portFromEnv('BENCH_PORT');
  const server = await preview({
    configFile: false, logLevel: 'warn', build: { outDir: root }, preview: { port, strictPort: true, host: '127.0.0.1' },
  });
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    const host = await machine(browser);
    const origin = `http://127.0.0.1:${port}`;
    const common = { root };
    const app: LoadOptions = { ...common, url: `${origin}/app/`, uiFeatures: features, mapSelector: '[data-testid="map"]' };
    // A first, unrecorded load of each page warms the server and the disk cache, and gives the app's map size.
    const warm = await measureLoad(browser, app);
    const size = `w=${warm.mapSize.width}&h=${warm.mapSize.height}`;
    const pages: Record<PageId, LoadOptions> = {
      a: app,
      b: { ...common, url: `${origin}/bare.html?${size}`, uiFeatures: null, mapSelector: '#map' },
      c: { ...common, url: `${origin}/empty.html?${size}`, uiFeatures: null, mapSelector: '#map' },
    };
    await measureLoad(browser, pages.b);
    await measureLoad(browser, pages.c);
    console.log(`map box ${warm.mapSize.width} × ${warm.mapSize.height} px in a 1280 × 800 window; ${ROUNDS} rounds`);

    const loads: Record<PageId, LoadResult[]> = { a: [], b: [], c: [] };
    const order: PageId[] = ['a', 'b', 'c'];
    for (let round = 1; round <= ROUNDS; round++) {
      // Each round starts one page later, so no page always comes first.
      for (const id of [...order.slice((round - 1) % 3), ...order.slice(0, (round - 1) % 3)]) {
        const r = await measureLoad(browser, pages[id]);
        loads[id].push(r);
        console.log(`round ${round} ${id}: map-idle ${Math.round(r.readyMs)} ms, ${r.network.total.requests} requests, ` +
          `${(r.network.total.bytes / 1024).toFixed(0)} KB, ${r.longTasks.count} long tasks${r.uiUsableMs === null ? '' : `, UI usable ${Math.round(r.uiUsableMs)} ms`}`);
      }
    }
    const throttled: { a: ThrottledResult[]; b: ThrottledResult[] } = { a: [], b: [] };
    for (let round = 1; round <= THROTTLED_ROUNDS; round++) {
      for (const id of round % 2 ? (['a', 'b'] as const) : (['b', 'a'] as const)) {
        const r = await measureThrottled(browser, pages[id]);
        throttled[id].push(r);
        console.log(`throttled ${round} ${id}: map-idle ${(r.readyMs / 1000).toFixed(1)} s` +
          (r.uiUsableMs === null ? '' : `, UI usable ${(r.uiUsableMs / 1000).toFixed(1)} s`));
      }
    }
    const date = new Date().toISOString();
    const res: BenchResults = { date, app: APP_DIR ?? 'this checkout', machine: host, rounds: ROUNDS, features, loads, throttled };
    mkdirSync('bench/results', { recursive: true });
    const jsonPath = `bench/results/first-view-${date.replace(/[:.]/g, '-')}.json`;
    writeFileSync(jsonPath, `${JSON.stringify(res, null, 1)}\n`);
    printReport(res, jsonPath);
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
