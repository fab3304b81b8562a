import { defineConfig } from 'vitest/config';

/**
 * The tests Stryker runs against each mutant (`npm run mutation`): those of the folders it mutates,
 * of the account layer above them, and the checks of the shipped schemas and docs/facts.md (not
 * test/security.test.ts: it reads the sources, which Stryker instruments). Instrumented code is
 * slower, hence the long timeout.
 */
export default defineConfig({
  test: {
    include: ['test/{money,calendar,law,plans,rules,account}/**/*.test.ts', 'test/schema-files.test.ts'],
    testTimeout: 60_000,
    env: { HLM_MUTATION: '1' },
  },
});
