/**
 * JavaScript weight of the first view (`npm run size`; builds first when `dist/` is missing): the gzip size of every
 * script the built app has loaded by the time its map is ready (`map-idle`) — the page's modules and MapLibre's
 * worker — measured in Chromium, split into MapLibre (its chunk and its worker) and everything else. Prints both
 * and whether the rest stays within MapLibre + 60 KB gzip. Also lists what `index.html` loads before any script
 * runs (entry and modulepreloads), for reference. Then opens, one after the other, the parts loaded on first use —
 * the comparison, the summary charts, the timeline — and prints the JS each one adds. Served on `BENCH_PORT` or a
 * free port.
 */
import { execSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { preview } from 'vite';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../scripts/lib/chromium.ts';
import { portFromEnv } from '../scripts/lib/ports.ts';

const DIST = 'dist';
const BUDGET_KB = 60;

const gz = (file: string): number => gzipSync(readFileSync(join(DIST, file)), { level: 9 }).length;
const kb = (n: number): string => `${(n / 1024).toFixed(1)} KB`;
const isMaplibre = (f: string): boolean => /(^|\/)maplibre-(gl-worker-)?[\w-]+\.m?js$/.test(f);

if (!existsSync(join(DIST, 'index.html'))) execSync('npm run build', { stdio: 'inherit' });

const html = readFileSync(join(DIST, 'index.html'), 'utf8');
const early = [...html.matchAll(/<(?:script[^>]+src|link[^>]+rel="modulepreload"[^>]+href)="\.?\/?([^"]+\.m?js)"/g)].map((m) => m[1] ?? '');

const port = await portFromEnv('BENCH_PORT');
const server = await preview({ preview: { port, strictPort: true, host: '127.0.0.1' }, logLevel: 'warn' });
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
let loaded: string[] = [];
/** JS each part loaded on first use adds, in the order opened. */
const onUse: Array<{ part: string; files: string[] }> = [];
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  // Every script the page asks for, in order (the resource timing buffer can fill up with basemap requests).
  const requested: string[] = [];
  page.on('request', (r) => {
    if (/\.m?js(\?|$)/.test(r.url())) requested.push(new URL(r.url()).pathname.replace(/^\//, ''));
  });
  await page.goto(`http://127.0.0.1:${port}/`);
  await page.waitForFunction(() => performance.getEntriesByName('map-idle').length > 0, undefined, { timeout: 60_000 });
  loaded = await page.evaluate(() => {
    const idle = performance.getEntriesByName('map-idle')[0]?.startTime ?? Infinity;
    return performance.getEntriesByType('resource')
      .filter((e) => e.startTime <= idle && /\.m?js(\?|$)/.test(e.name))
      .map((e) => new URL(e.name).pathname.replace(/^\//, ''));
  });
  const parts: Array<[string, string, string]> = [
    ['comparison', 'compare-open', '[data-testid="compare-view"]'],
    ['summary charts', 'charts-open', '[data-testid="charts-view"]'],
    ['timeline', 'timeline-open', '[data-testid="timeline-range"]'],
  ];
  // What the app loads by itself after the first view (the details, the area module, the panel's code) is not a part's.
  await page.waitForLoadState('networkidle');
  for (const [part, button, shown] of parts) {
    const before = new Set(requested);
    // Close whatever view is open first (the timeline's button lies in the sidebar under it).
    await page.evaluate(() => location.hash.includes('v=') && history.back());
    await page.waitForFunction(() => !location.hash.includes('v='));
    await page.getByTestId(button).click();
    await page.waitForSelector(shown);
    await page.waitForLoadState('networkidle');
    onUse.push({ part, files: [...new Set(requested)].filter((f) => !before.has(f)) });
  }
} finally {
  await browser.close();
  await server.close();
}

let maplibre = 0;
let app = 0;
for (const f of [...new Set(loaded)].sort()) {
  const size = gz(f);
  if (isMaplibre(f)) maplibre += size;
  else app += size;
  console.log(`${isMaplibre(f) ? 'maplibre' : 'app     '}  ${kb(size).padStart(9)}  ${f}${early.includes(f) ? '' : '  (loaded on demand)'}`);
}
console.log(`\nJS loaded by map-idle, MapLibre (chunk + worker):  ${kb(maplibre)}`);
console.log(`JS loaded by map-idle, everything else:           ${kb(app)}  (budget ${BUDGET_KB} KB)`);
console.log(`JS loaded by map-idle, total:                      ${kb(maplibre + app)}`);
console.log(`Requested by index.html before any script runs:    ${early.length} files`);
console.log(app <= BUDGET_KB * 1024 ? 'within budget' : 'OVER BUDGET');

console.log('\nJS loaded on first use (gzip), each part after the ones above:');
for (const { part, files } of onUse) {
  console.log(`  ${part.padEnd(16)} ${kb(files.reduce((n, f) => n + gz(f), 0)).padStart(8)}  ${files.join(' ')}`);
}
