/** Every file under a directory, recursively (build plugins that post-process `dist/`). */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}
