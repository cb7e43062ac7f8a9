/**
 * Build-time help for the first view (`vite.config.ts`):
 * - `earlyFetches()`: in the built `index.html`, `<link rel="preload" as="fetch">` for the data the page fetches at
 *   once (the zones' core part, province outline, plan) and `<link rel="modulepreload">` for the map's code — the lazily imported
 *   controller chunk, what it imports (MapLibre) and MapLibre's worker module — so they download while the app's own
 *   JavaScript is parsed and its first render is made, instead of after them;
 * - `precompress()`: a `.gz` and a `.br` copy beside every text asset of `dist/` (JS, CSS, HTML, JSON, GeoJSON, SVG),
 *   for static hosts that serve pre-compressed files (README, "Deploying"). The PMTiles archive is left alone: its
 *   tiles are compressed inside it, and it is read with Range requests.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';
import { afterBuild, walk } from './files.ts';

/**
 * Data files the page fetches before its first view (matched on the emitted file name): the zones' core part, not
 * the whole file, which is fetched after the first view or with a panel (`src/domain/zone_core.ts`).
 */
const EARLY_DATA = /^(zones-core|province|plan)-[\w-]+\.(geojson|json)$/;
const WORKER = /^maplibre-gl-worker-[\w-]+\.mjs$/;
/** The map controller, imported after the first render; its chunk and static imports are preloaded. */
const MAP_MODULE = /src[\\/]map[\\/]zone_map\.ts$/;

type Chunk = { type: 'chunk'; fileName: string; facadeModuleId: string | null; imports: string[] };

/** The file names of the chunk whose entry module matches `re`, and of every chunk it imports statically. */
function chunkWithImports(bundle: Record<string, { type: string }>, re: RegExp): string[] {
  const chunks = Object.values(bundle).filter((c): c is Chunk => c.type === 'chunk') as Chunk[];
  const root = chunks.find((c) => c.facadeModuleId !== null && re.test(c.facadeModuleId));
  if (!root) return [];
  const out = new Set<string>();
  const visit = (fileName: string): void => {
    if (out.has(fileName)) return;
    out.add(fileName);
    for (const dep of chunks.find((c) => c.fileName === fileName)?.imports ?? []) visit(dep);
  };
  visit(root.fileName);
  return [...out];
}

export function earlyFetches(): Plugin {
  return {
    name: 'first-view-early-fetches',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const bundle = (ctx.bundle ?? {}) as Record<string, { type: string }>;
        const files = Object.keys(bundle).map((f) => f.replace(/^.*\//, ''));
        const href = (f: string): string => `./assets/${f}`;
        const mapChunks = chunkWithImports(bundle, MAP_MODULE).map((f) => f.replace(/^.*\//, '')).filter((f) => !html.includes(href(f)));
        return [
          ...mapChunks.map((f) => ({ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: href(f) }, injectTo: 'head' as const })),
          ...files.filter((f) => WORKER.test(f)).map((f) => ({ tag: 'link', attrs: { rel: 'modulepreload', href: href(f) }, injectTo: 'head' as const })),
          ...files.filter((f) => EARLY_DATA.test(f)).sort().map((f) => ({
            tag: 'link', attrs: { rel: 'preload', as: 'fetch', href: href(f), crossorigin: 'anonymous' }, injectTo: 'head' as const,
          })),
        ];
      },
    },
  };
}

const TEXT = /\.(js|mjs|css|html|json|geojson|svg|map)$/;
/** Files smaller than this are served as they are. */
const MIN_BYTES = 1024;


/** Writes the copies into the build's own output directory (`build.outDir`, resolved against the root). */
export function precompress(): Plugin {
  return afterBuild('first-view-precompress', (outDir) => {
    for (const path of walk(outDir).filter((p) => TEXT.test(p) && !p.endsWith('.map'))) {
      const data = readFileSync(path);
      if (data.length < MIN_BYTES) continue;
      writeFileSync(`${path}.gz`, gzipSync(data, { level: 9 }));
      writeFileSync(`${path}.br`, brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: data.length } }));
    }
  });
}
