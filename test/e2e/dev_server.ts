/**
 * Starts the app the way the README tells a new user to — `npm start` — on a free port (or
 * `E2E_DEV_PORT`), for the browser tests that check the dev server as well as the build.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { portFromEnv } from '../../scripts/lib/ports.ts';

export interface DevServer {
  url: string;
  stop: () => Promise<void>;
}

/**
 * Runs `npm start -- --force` with `PORT` set and resolves once it answers HTTP with the app's page.
 * `--force` makes Vite bundle the dependencies afresh, as on a fresh clone, whatever an earlier run
 * left in its cache.
 */
export async function startDevServer(timeoutMs = 60_000): Promise<DevServer> {
  const port = await portFromEnv('E2E_DEV_PORT');
  const url = `http://localhost:${port}/`;
  // detached: npm starts vite as a child; killing the process group stops both.
  const child = spawn('npm', ['start', '--', '--force'], { env: { ...process.env, PORT: String(port) }, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  const stop = () => stopGroup(child);
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`npm start exited with ${child.exitCode}:\n${output}`);
    try {
      const res = await fetch(url);
      if (res.ok && (await res.text()).includes('id="app"')) return { url, stop };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  await stop();
  throw new Error(`npm start did not answer at ${url} within ${timeoutMs} ms:\n${output}`);
}

function stopGroup(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.pid === undefined) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    try {
      process.kill(-child.pid!, 'SIGTERM');
    } catch {
      resolve();
    }
  });
}
