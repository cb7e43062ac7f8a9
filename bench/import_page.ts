/**
 * How long the page's main thread is busy at a stretch while a 20 MB GeoJSON is imported in the built
 * app (`npm run bench:import-page`; builds first when `dist/` is missing). In one Chromium session,
 * runs alternate between (a) importing the file through the app (the worker parses it; the page
 * receives the features in chunks and hands them to the map) and (b) the baseline: `JSON.parse` of
 * the same text on the page's main thread — the least a main-thread import would do in one go, and a
 * measure of this machine's speed at this moment, so the ratio holds on a busy machine. Prints the
 * longest main-thread task (PerformanceObserver `longtask`, from the file's arrival until the map holds its
 * features) of each, their ratio, and the 200 ms budget.
 * Served on `BENCH_PORT` or a free port.
 */
import { execSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { preview } from 'vite';
import { largeGeoJsonText } from '../scripts/make_import_fixtures.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../scripts/lib/chromium.ts';
import { portFromEnv } from '../scripts/lib/ports.ts';

const RUNS = Number(process.argv[2] ?? 3);
const BUDGET_MS = 200;
/** A long-task figure: entries exist only for tasks over 50 ms. */
const ms = (x: number): string => (x === 0 ? 'under 50 ms' : `${Math.round(x)} ms`);
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

/** Starts recording the page's long tasks (start, duration). */
async function watchLongTasks(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __lt: Array<[number, number]> };
    w.__lt = [];
    new PerformanceObserver((l) => { for (const e of l.getEntries()) w.__lt.push([e.startTime, e.duration]); }).observe({ type: 'longtask' });
  });
}

/** The longest recorded task that started in [from, to] (ms, page clock); 0 when none passed 50 ms. */
async function longestTask(page: Page, from: number, to: number): Promise<number> {
  return page.evaluate(({ from, to }) => {
    const w = window as unknown as { __lt: Array<[number, number]> };
    return Math.max(0, ...w.__lt.filter(([t]) => t >= from && t <= to).map(([, d]) => d));
  }, { from, to });
}

async function main(): Promise<void> {
  if (!existsSync('dist/index.html')) execSync('npm run build', { stdio: 'inherit' });
  const dir = mkdtempSync(join(tmpdir(), 'bench-import-'));
  const path = join(dir, 'large-20mb.geojson');
  const text = largeGeoJsonText(20 * 1024 * 1024);
  writeFileSync(path, text);
  const port = await portFromEnv('BENCH_PORT');
  const server = await preview({ preview: { port, strictPort: true, host: '127.0.0.1' }, logLevel: 'warn' });
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const app: number[] = [];
  const base: number[] = [];
  try {
    console.log(`input: ${(text.length / 1048576).toFixed(1)} MB GeoJSON; ${RUNS} runs of each, alternating`);
    for (let run = 1; run <= RUNS; run++) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      await page.route('**/__bench/large.geojson', (r) => r.fulfill({ status: 200, contentType: 'application/geo+json', body: text }));
      await page.goto(`http://127.0.0.1:${port}/`);
      await page.waitForFunction(() => performance.getEntriesByName('map-idle').length > 0, undefined, { timeout: 60_000 });
      await watchLongTasks(page);
      // (a) the app's import
      const loaded = await page.evaluate(() => performance.getEntriesByName('imported-data').length);
      await page.setInputFiles('[data-testid="import-file-input"]', path);
      await page.waitForFunction((n) => performance.getEntriesByName('import-done').length > 0 &&
        performance.getEntriesByName('imported-data').length > n, loaded, { timeout: 120_000 });
      // From the file's arrival to the map holding its features.
      const [start, done] = await page.evaluate(() => ['import-start', 'imported-data'].map((n) => performance.getEntriesByName(n).at(-1)?.startTime ?? NaN));
      const a = await longestTask(page, start!, done!);
      // (b) the baseline: the same text parsed on the main thread
      const [t0, t1] = await page.evaluate(async () => {
        const body = await (await fetch('/__bench/large.geojson')).text();
        const s = performance.now();
        JSON.parse(body);
        return [s, performance.now()];
      });
      await page.waitForTimeout(100); // let the long-task entry arrive
      const b = await longestTask(page, t0! - 1000, t1!);
      app.push(a);
      base.push(b);
      console.log(`run ${run}: import to map ${Math.round(done! - start!)} ms, longest task ${ms(a)}; main-thread JSON.parse: longest task ${ms(b)}; ratio ${(Math.max(a, 50) / b).toFixed(2)}`);
      await page.close();
    }
    const ma = median(app);
    const mb = median(base);
    console.log(`median longest task: import ${ms(ma)} (min ${ms(Math.min(...app))}, max ${ms(Math.max(...app))}), ` +
      `main-thread parse ${ms(mb)}; ratio ≤ ${(Math.max(ma, 50) / mb).toFixed(2)} (a task under 50 ms counted as 50); ` +
      `budget ${BUDGET_MS} ms: ${ma <= BUDGET_MS ? 'within' : 'OVER'}`);
  } finally {
    await browser.close();
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
