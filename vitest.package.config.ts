import { defineConfig } from 'vitest/config';

/** Tests of the built package (`dist/`): run after `npm run build`. */
export default defineConfig({
  test: {
    include: ['test/package/**/*.test.ts'],
    // These spawn node, npm and tsc: slow on a busy 2-core machine, never stuck.
    testTimeout: 120_000,
  },
});
