import { createServer } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { freePort, portFromEnv } from './ports.ts';

const NAME = 'PORTS_TEST_PORT';

describe('ports', () => {
  afterEach(() => {
    delete process.env[NAME];
  });

  it('finds a port that can then be listened on', async () => {
    const port = await freePort();
    expect(port).toBeGreaterThan(0);
    await new Promise<void>((resolve, reject) => {
      const srv = createServer();
      srv.on('error', reject);
      srv.listen(port, '127.0.0.1', () => srv.close(() => resolve()));
    });
  });

  it('uses the port named by the variable', async () => {
    process.env[NAME] = '5391';
    expect(await portFromEnv(NAME)).toBe(5391);
  });

  it('picks a free port when the variable is unset or empty', async () => {
    expect(await portFromEnv(NAME)).toBeGreaterThan(0);
    process.env[NAME] = '';
    expect(await portFromEnv(NAME)).toBeGreaterThan(0);
  });

  it('refuses a value that is not a port, naming the variable', async () => {
    for (const bad of ['abc', '0', '70000', '80.5', '-1']) {
      process.env[NAME] = bad;
      await expect(portFromEnv(NAME)).rejects.toThrow(NAME);
    }
  });
});
