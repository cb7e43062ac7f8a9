/**
 * Build-time: writes `dist/sw.js`, the service worker that makes the app usable offline after one visit
 * (`offlinePlugin()` in `vite.config.ts`). It precaches every file of the build — app shell, data, fonts, icons and
 * the PMTiles basemap — under a version made from their contents, serves them cache-first, and answers the
 * basemap's HTTP Range requests from the cached archive (a 206 with the asked bytes). A new version installs in
 * the background and waits: the page offers to reload (`src/ui/app/offline.ts`), it never takes over mid-task.
 * The worker's code is `SW_SOURCE` below, with the file list and version filled in.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Plugin } from 'vite';
import { afterBuild, walk } from './files.ts';

/** Files not cached: source maps, the pre-compressed copies, host configuration, the worker itself. */
const SKIP = /(\.map|\.gz|\.br|^_headers|^sw\.js)$/;


/** The worker's script, for a file list (paths relative to the site) and a version. */
export function serviceWorkerSource(files: readonly string[], version: string): string {
  return `// Written by scripts/build/service_worker.ts at build time.\nconst VERSION = ${JSON.stringify(version)};\nconst FILES = ${JSON.stringify(files)};\n${SW_SOURCE}`;
}

const SW_SOURCE = String.raw`
const CACHE = 'soc-trang-' + VERSION;
const scope = new URL(self.registration.scope);
const urlOf = (f) => new URL(f, scope).href;

self.addEventListener('install', (event) => {
  // Everything, or nothing: a half-filled cache would break offline use later. Straight from the network: the
  // browser's HTTP cache may hold only the byte ranges the map has read of the basemap, and a full request
  // answered from such a partial entry fails.
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(['./', ...FILES].map((f) => new Request(urlOf(f), { cache: 'no-store' })))));
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const key of await caches.keys()) if (key.startsWith('soc-trang-') && key !== CACHE) await caches.delete(key);
    await self.clients.claim();
  })());
});

self.addEventListener('message', (event) => {
  if (event.data && event.data.type === 'SKIP_WAITING') self.skipWaiting();
});

/** A 206 with the bytes a Range header asks for, cut from a full cached response. */
async function partial(full, range) {
  const m = /^bytes=(\d*)-(\d*)$/.exec(range.trim());
  const body = await full.arrayBuffer();
  const size = body.byteLength;
  if (!m || (m[1] === '' && m[2] === '')) return new Response(null, { status: 416, headers: { 'Content-Range': 'bytes */' + size } });
  let start = m[1] === '' ? size - Number(m[2]) : Number(m[1]);
  let end = m[1] === '' || m[2] === '' ? size - 1 : Math.min(Number(m[2]), size - 1);
  start = Math.max(0, start);
  if (start > end || start >= size) return new Response(null, { status: 416, headers: { 'Content-Range': 'bytes */' + size } });
  return new Response(body.slice(start, end + 1), {
    status: 206,
    headers: {
      'Content-Type': full.headers.get('Content-Type') || 'application/octet-stream',
      'Content-Range': 'bytes ' + start + '-' + end + '/' + size,
      'Content-Length': String(end - start + 1),
      'Accept-Ranges': 'bytes',
    },
  });
}

self.addEventListener('fetch', (event) => {
  const req = event.request;
  const url = new URL(req.url);
  if (req.method !== 'GET' || url.origin !== scope.origin) return;
  event.respondWith((async () => {
    const cache = await caches.open(CACHE);
    // The page itself (any hash or query) is the cached index; every other file by its path.
    const key = req.mode === 'navigate' ? urlOf('./') : url.origin + url.pathname;
    const hit = await cache.match(key);
    const range = req.headers.get('Range');
    if (hit) return range ? partial(hit, range) : hit;
    try {
      return await fetch(req);
    } catch (err) {
      if (req.mode === 'navigate') return (await cache.match(urlOf('./'))) || Response.error();
      throw err;
    }
  })());
});
`;

/** Writes `sw.js` into the build's output directory once the bundle is written. */
export function offlinePlugin(): Plugin {
  return afterBuild('offline-service-worker', (outDir) => {
    // Only the app's build has a page to make offline (the first-view bench builds other pages with this config).
    if (!existsSync(join(outDir, 'index.html'))) return;
    const files = walk(outDir)
      .map((p) => relative(outDir, p).split(sep).join('/'))
      .filter((f) => !SKIP.test(f) && f !== 'index.html')
      .sort();
    const hash = createHash('sha256');
    for (const f of files) hash.update(f).update(readFileSync(join(outDir, f)));
    hash.update(readFileSync(join(outDir, 'index.html')));
    writeFileSync(join(outDir, 'sw.js'), serviceWorkerSource(files, hash.digest('hex').slice(0, 16)));
  }, 'pre');
}
