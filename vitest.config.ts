import { defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';

export default defineConfig({
  plugins: [preact()],
  test: {
    include: ['test/**/*.test.{ts,tsx}'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 120_000,
    // CI asks for a JSON report so it can print a plain "N passed, N failed" line.
    reporters: process.env.CQ_VITEST_JSON ? ['default', 'json'] : ['default'],
    outputFile: process.env.CQ_VITEST_JSON ? { json: process.env.CQ_VITEST_JSON } : undefined,
  },
});
