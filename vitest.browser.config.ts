import { defineConfig } from 'vitest/config';

/**
 * The policy editor in headless Chromium: run with `npm run test:browser`. One test file at a
 * time: each starts its own Chromium, and two or three of them at once on a 2-core machine that
 * other jobs share make waits time out.
 */
export default defineConfig({
  test: {
    include: ['test/browser/**/*.test.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
