import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/package/**', 'test/browser/**'],
    // A time limit guards against a hang; it never measures speed. Generous, so that a machine busy
    // with other work (a shared 2-core machine runs a test several times slower) never fails a test.
    testTimeout: 60_000,
    // The library is pure and its caches are keyed by content, so test files may share the loaded
    // modules of a worker: each file no longer pays for importing the library again (about a
    // third of the run). A test that changes a global (a spy) restores it in its own file.
    isolate: false,
    hookTimeout: 60_000,
  },
});
