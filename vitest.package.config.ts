import { defineConfig } from 'vitest/config';

/** Tests of the built package (`dist/`): run after `npm run build`. */
export default defineConfig({
  test: {
    include: ['test/package/**/*.test.ts'],
  },
});
