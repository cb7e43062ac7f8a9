/**
 * Ports for the scripts and tests that start a server: a port named by an environment variable, or
 * else one the operating system reports free. Used by the browser tests, the picture script and the
 * browser benchmarks, so that none of them fails because another program holds a fixed port.
 */
import { createServer } from 'node:net';

/** A TCP port on 127.0.0.1 that was free a moment ago (the OS picks it; a race with another program is possible but rare). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => (port > 0 ? resolve(port) : reject(new Error('no free port reported'))));
    });
  });
}

/**
 * The port named by `process.env[name]` when it is set, otherwise a free one. A set value that is
 * not a port number (1–65535) throws with the variable's name, rather than being silently replaced.
 */
export async function portFromEnv(name: string): Promise<number> {
  return envPort(name) ?? freePort();
}

/** The port named by `process.env[name]`, `undefined` when unset or empty; throws (naming the variable) on a value that is not a port. */
export function envPort(name: string): number | undefined {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return undefined;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error(`${name}=${raw} is not a port number (1–65535)`);
  return port;
}
