/**
 * The options of the demo generator, their defaults and their checks.
 *
 * @module
 */
import type { IsoDate } from '../calendar';
import { fail } from '../errors';

/** Options of {@link generateDemoAccount}. */
export interface DemoAccountOptions {
  /**
   * The day the export is taken: the ledger covers the 24 months before it and nothing after it.
   * Years 2000 to 2150. Default {@link DEMO_DEFAULT_AS_OF}.
   */
  readonly asOf?: IsoDate;
}

/** Options of {@link generateDemoPortfolio}. */
export interface DemoPortfolioOptions {
  /** Seed of the portfolio, a safe integer. Default {@link DEMO_DEFAULT_SEED}. */
  readonly seed?: number;
  /** Number of accounts to yield (a non-negative safe integer). */
  readonly count: number;
  /** The day the export is taken, as in {@link DemoAccountOptions.asOf}. */
  readonly asOf?: IsoDate;
}

/**
 * Seed of the demo portfolio when none is given.
 *
 * @example
 * ```ts
 * generateDemoPortfolio({ count: 1 }).next().value.id; // => 'DEMO-000001' (seed 2026)
 * ```
 */
export const DEMO_DEFAULT_SEED = 2026;

/**
 * Export date of the demo portfolio when none is given.
 *
 * @example
 * ```ts
 * DEMO_DEFAULT_AS_OF; // => '2026-11-23'
 * ```
 */
export const DEMO_DEFAULT_AS_OF: IsoDate = '2026-11-23';

/**
 * The seed, checked.
 *
 * @throws {@link index!ValidationError | ValidationError} `invalid_number` at `['seed']` for anything but a safe integer.
 * @example
 * ```ts
 * checkedSeed(-7); // => -7
 * ```
 */
export function checkedSeed(seed: unknown): number {
  if (typeof seed !== 'number' || !Number.isSafeInteger(seed)) fail('invalid_number', ['seed'], seed, 'a safe integer');
  return seed;
}

/**
 * An index or a count, checked.
 *
 * @throws {@link index!ValidationError | ValidationError} `invalid_number` at `[path]` for anything but a non-negative
 *   safe integer.
 * @example
 * ```ts
 * checkedIndex(3, 'count'); // => 3
 * ```
 */
export function checkedIndex(value: unknown, path: string): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
    fail('invalid_number', [path], value, 'a non-negative safe integer');
  }
  return value;
}
