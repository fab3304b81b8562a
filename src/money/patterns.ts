/**
 * The amount patterns, written once: what an amount string may look like in the data the
 * library reads (accounts, policies) and in what it writes (decisions). The parsers of
 * `money.ts` and `cents.ts` accept exactly the same texts and capture their parts.
 *
 * @module
 */

/**
 * A signed EUR amount read from data: at most 13 digits before the point and 2 after.
 *
 * @example
 * ```ts
 * SIGNED_AMOUNT_PATTERN.test('-12.5'); // => true
 * SIGNED_AMOUNT_PATTERN.test('12,50'); // => false
 * ```
 */
export const SIGNED_AMOUNT_PATTERN = /^-?\d{1,13}(\.\d{1,2})?$/;

/**
 * A non-negative EUR amount read from data (a rent, a posting, a threshold).
 *
 * @example
 * ```ts
 * AMOUNT_PATTERN.test('512.30'); // => true
 * AMOUNT_PATTERN.test('-1');     // => false
 * ```
 */
export const AMOUNT_PATTERN = /^\d{1,13}(\.\d{1,2})?$/;

/**
 * The parts of an amount string, for the parsers: the sign, the integer digits (any number of
 * them: the parsers bound the value, with their own messages) and up to 2 decimals.
 *
 * @example
 * ```ts
 * AMOUNT_PARTS.exec('-12.5')?.slice(1); // => ['-', '12', '5']
 * ```
 */
export const AMOUNT_PARTS = /^(-?)(\d+)(?:\.(\d{1,2}))?$/;

/**
 * An amount as the library writes it: always two decimals, never `-0.00`.
 *
 * @example
 * ```ts
 * AMOUNT_OUTPUT_PATTERN.test('1234.50'); // => true
 * AMOUNT_OUTPUT_PATTERN.test('1234.5');  // => false
 * ```
 */
export const AMOUNT_OUTPUT_PATTERN = /^-?\d+\.\d{2}$/;
