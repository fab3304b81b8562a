import { defineConfig, mergeConfig } from 'vitest/config';
import base from './vitest.config.js';

/**
 * The long run (`npm run test:long`, in CI after `npm test`): the same tests with HLM_LONG=1, which
 * gives every property test its full number of runs and every generated portfolio its full size
 * (test/runs.ts).
 */
export default mergeConfig(
  base,
  defineConfig({
    test: {
      env: { HLM_LONG: '1' },
      testTimeout: 600_000,
      hookTimeout: 600_000,
    },
  }),
);
