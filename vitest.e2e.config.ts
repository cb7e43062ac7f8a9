import { defineConfig } from 'vitest/config';

/** Browser tests: headless Chromium (playwright-core) against the production build in dist/. */
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.spec.ts'],
    environment: 'node',
    globalSetup: ['test/e2e/global_setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Two test files at a time (each with its own browser): the machine has two cores, and most of a test is waiting.
    fileParallelism: true,
    maxWorkers: 2,
  },
});
