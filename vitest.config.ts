import { defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';

export default defineConfig({
  plugins: [preact()],
  test: {
    // CI asks for a JSON report so it can print a plain "N passed, N failed" line.
    reporters: process.env.CQ_VITEST_JSON ? ['default', 'json'] : ['default'],
    outputFile: process.env.CQ_VITEST_JSON ? { json: process.env.CQ_VITEST_JSON } : undefined,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/**/*.test.{ts,tsx}'],
          exclude: ['test/e2e/**', '**/node_modules/**'],
          environment: 'node',
          testTimeout: 30_000,
          hookTimeout: 120_000,
        },
      },
      {
        // Real browsers: one file at a time in a single fork (each file launches its own
        // browser, and two at once on a 2-core machine only make both slow), with timeouts long
        // enough for a cold browser start. groupOrder 1 puts the project in a later group than
        // unit's (0), and Vitest 4 runs groups one after the other: no browser test runs beside
        // a unit test. (The reading-time check measures thread time anyway: see chromium.test.ts.)
        extends: true,
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          pool: 'forks',
          fileParallelism: false,
          maxWorkers: 1,
          sequence: { groupOrder: 1 },
          testTimeout: 90_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
