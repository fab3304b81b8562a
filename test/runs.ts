/**
 * How much work a test does. `npm test` runs every test at a size that keeps the suite within about
 * a minute on a 2-core machine; `npm run test:long` (vitest.long.config.ts, which sets HLM_LONG=1)
 * runs the same tests at their full size: every property test its full number of runs, every
 * generated portfolio its full number of accounts.
 */
export const LONG = process.env.HLM_LONG === '1';

/**
 * How many runs a property test makes: `full` under `npm run test:long`, `quick` (by default
 * `full`) in `npm test`, and at most 100 under mutation testing (`npm run mutation` sets
 * HLM_MUTATION), where each of thousands of mutants runs the test again and 100 generated cases
 * are enough to tell it apart.
 */
export function runs(full: number, quick = full): number {
  const n = LONG ? full : quick;
  return process.env.HLM_MUTATION ? Math.min(n, 100) : n;
}

/** How many accounts a generated portfolio has: `full` under `npm run test:long`, `quick` in `npm test`. */
export function portfolioSize(full: number, quick: number): number {
  return LONG ? full : quick;
}

/**
 * The time limit of a heavy test, in milliseconds: a guard against a hang, never a measure of
 * speed, so generous enough for a machine busy with other work (the long versions take about ten
 * times as long).
 */
export const HEAVY_TIMEOUT = LONG ? 600_000 : 120_000;
