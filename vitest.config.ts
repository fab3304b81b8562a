import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/package/**', 'test/browser/**'],
    // A time limit guards against a hang; it never measures speed. Generous, so that a machine busy
    // with other work (a shared 2-core machine runs a test several times slower) never fails a test.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
