import { defineConfig } from 'vitest/config';

/** The policy playground in headless Chromium: run with `npm run test:browser`. */
export default defineConfig({
  test: {
    include: ['test/browser/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
