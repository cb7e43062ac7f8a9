/**
 * First-load JavaScript budget: gzip size of the JS the built index.html loads before any user
 * action (entry + static imports), split into MapLibre's own bundle and the rest.
 * Prints both figures and whether the app stays within MapLibre + 80 KB gzip.
 * Run after `npm run build`: `npm run size`.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';

const DIST = 'dist';
const BUDGET_KB = 80;

const gz = (buf: Buffer): number => gzipSync(buf, { level: 9 }).length;
const kb = (n: number): string => `${(n / 1024).toFixed(1)} KB`;

const html = readFileSync(join(DIST, 'index.html'), 'utf8');
const entry = [...html.matchAll(/<script[^>]+src="\.?\/?([^"]+\.js)"/g)].map((m) => m[1] ?? '');
const preloads = [...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="\.?\/?([^"]+\.js)"/g)].map((m) => m[1] ?? '');
const files = [...new Set([...entry, ...preloads])];

/** Follows static `import … from "./x.js"` edges so chunks split off the entry are counted too. */
const seen = new Set<string>();
function walk(file: string): void {
  if (seen.has(file)) return;
  seen.add(file);
  const src = readFileSync(join(DIST, file), 'utf8');
  const dir = file.includes('/') ? file.slice(0, file.lastIndexOf('/') + 1) : '';
  for (const m of src.matchAll(/(?:^|[;\n}])\s*import\s*(?:[\w*{}\s,$]+from\s*)?["']\.\/([^"']+\.js)["']/g)) walk(dir + (m[1] ?? ''));
}
files.forEach(walk);

let maplibre = 0;
let app = 0;
for (const f of seen) {
  const buf = readFileSync(join(DIST, f));
  const size = gz(buf);
  // vite.config.ts puts maplibre-gl in its own chunk group named "maplibre".
  const isMaplibre = /(^|\/)maplibre-[\w-]+\.js$/.test(f);
  if (isMaplibre) maplibre += size;
  else app += size;
  console.log(`${isMaplibre ? 'maplibre' : 'app     '}  ${kb(size).padStart(9)}  ${f}`);
}
const mlRef = gz(readFileSync('node_modules/maplibre-gl/dist/maplibre-gl.mjs'));
console.log(`\nMapLibre GL JS (npm dist, gzip):   ${kb(mlRef)}`);
console.log(`First-load JS, MapLibre chunk(s):  ${kb(maplibre)}`);
console.log(`First-load JS, everything else:    ${kb(app)}  (budget ${BUDGET_KB} KB)`);
console.log(`First-load JS, total:              ${kb(maplibre + app)}`);
console.log(app <= BUDGET_KB * 1024 ? 'within budget' : 'OVER BUDGET');
