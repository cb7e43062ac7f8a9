/**
 * The JavaScript a page had loaded by `map-idle`, weighed as `npm run size` weighs first-load JS: each file
 * gzipped at level 9 from the build output, MapLibre's chunk apart from the rest. MapLibre's worker script is a
 * third figure: `npm run size` follows only the page's static imports, so it never counts the worker.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Gzip bytes (level 9) of the JS loaded by `map-idle`. */
export interface JsFigures {
  /** MapLibre's main-thread chunk (`maplibre-*.js`, its own chunk in the app's Vite config). */
  maplibre: number;
  /** MapLibre's worker script (`maplibre-gl-worker-*.mjs`). */
  worker: number;
  /** Every other JS file: the app's (or the comparison page's) own code and libraries. */
  rest: number;
  /** Per file: its URL path and gzip bytes. */
  files: Array<{ path: string; gzip: number }>;
}

const cache = new Map<string, number>();

/** Gzip size of a served file, `urlPath` being its path on the bench server under `root`. */
function gzipOf(root: string, urlPath: string): number {
  let n = cache.get(urlPath);
  if (n === undefined) {
    n = gzipSync(readFileSync(join(root, decodeURIComponent(urlPath))), { level: 9 }).length;
    cache.set(urlPath, n);
  }
  return n;
}

/** Weighs the JS files (URL paths on the bench server, whose files are under `root`). */
export function jsFigures(root: string, urlPaths: readonly string[]): JsFigures {
  const out: JsFigures = { maplibre: 0, worker: 0, rest: 0, files: [] };
  for (const path of urlPaths) {
    const gzip = gzipOf(root, path);
    out.files.push({ path, gzip });
    const name = path.slice(path.lastIndexOf('/') + 1);
    if (/^maplibre-gl-worker-[\w-]+\.m?js$/.test(name)) out.worker += gzip;
    else if (/^maplibre-[\w-]+\.js$/.test(name)) out.maplibre += gzip;
    else out.rest += gzip;
  }
  return out;
}
