import { defineConfig } from 'vitest/config';

/**
 * The tests Stryker runs against each mutant (`npm run mutation`): those of the folders it mutates,
 * of the account layer above them, and the checks of the shipped schemas, of docs/facts.md and of
 * the security rules. Instrumented code is slower, hence the long timeout.
 */
export default defineConfig({
  test: {
    include: ['test/{money,calendar,law,plans,rules,account}/**/*.test.ts', 'test/schema-files.test.ts', 'test/security.test.ts'],
    testTimeout: 60_000,
    env: { HLM_MUTATION: '1' },
  },
});
