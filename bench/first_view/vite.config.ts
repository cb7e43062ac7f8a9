/**
 * Vite config of the first-view bench's two comparison pages, `bare.html` (b) and `empty.html` (c): the app's own
 * config (target, chunking: MapLibre in its own chunk) with these pages as inputs, the app's `public/` (so the
 * PMTiles archive is served as the app's is) and `dist-bench/` as output. The app itself is built by its own
 * config, unchanged (`build.ts`).
 */
import { fileURLToPath } from 'node:url';
import { mergeConfig, type InlineConfig } from 'vite';
import appConfig from '../../vite.config.ts';

const here = (p: string): string => fileURLToPath(new URL(p, import.meta.url));

/** Where the bench's pages and the app's copy are written, served by `vite preview`. */
export const BENCH_OUT_DIR = fileURLToPath(new URL('../../dist-bench', import.meta.url));

export default mergeConfig(appConfig, {
  configFile: false,
  root: here('.'),
  base: './',
  publicDir: here('../../public'),
  logLevel: 'error',
  build: {
    outDir: BENCH_OUT_DIR,
    emptyOutDir: true,
    sourcemap: false,
    rolldownOptions: { input: { bare: here('bare.html'), empty: here('empty.html') } },
  },
} satisfies InlineConfig) as InlineConfig;
