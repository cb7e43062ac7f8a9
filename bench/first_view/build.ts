/**
 * Builds what the first-view bench serves, from the sources, into `dist-bench/`: the comparison pages
 * (`bare.html`, `empty.html`, with the app's `public/`), then the app exactly as `npm run build` makes it
 * (its own `vite.config.ts`, into `dist/`), copied unchanged to `dist-bench/app/`.
 */
import { cpSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import pagesConfig, { BENCH_OUT_DIR } from './vite.config.ts';

/**
 * Builds both and returns the directory to serve. With `appDir`, the app is that directory instead (an older
 * build, to compare before and after against baselines measured in the same run).
 */
export async function buildBench(appDir?: string): Promise<string> {
  await build(pagesConfig);
  if (!appDir) {
    // `npm run build` is `vite build` with the root config: the same call, so dist/ is the production build.
    await build({ root: resolve('.'), logLevel: 'error' });
  }
  cpSync(resolve(appDir ?? 'dist'), join(BENCH_OUT_DIR, 'app'), { recursive: true });
  return BENCH_OUT_DIR;
}
