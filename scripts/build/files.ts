/**
 * What the build plugins that post-process the output share: every file under a directory, and a plugin that runs
 * once the bundle is written, with the build's own output directory (`build.outDir`, resolved against the root).
 */
import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';

export function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

/** A build-only plugin that calls `run` with the output directory after the bundle is written (`pre`: before others). */
export function afterBuild(name: string, run: (outDir: string) => void, order: 'pre' | 'post' | null = null): Plugin {
  let outDir = 'dist';
  return {
    name,
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    closeBundle: { order, handler: () => run(outDir) },
  };
}
