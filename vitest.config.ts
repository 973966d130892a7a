import { defineConfig } from 'vitest/config';

// Two projects: `unit` for pure logic (fast, no build needed), `e2e` for the built site in Chromium.
export default defineConfig({
  test: {
    reporters: ['default', './test/support/summaryLineReporter.ts'],
    projects: [
      { test: { name: 'unit', include: ['test/unit/**/*.test.ts'], environment: 'node' } },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
