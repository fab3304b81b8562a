/**
 * `hlm-recovery/money`: exact EUR amounts, to the cent, over a private decimal.js clone.
 *
 * Amounts travel as decimal strings (`"1234.56"`) and are parsed strictly; every rounding names
 * its mode; allocation conserves the total; nothing here reads or changes the host's `Decimal`.
 *
 * @module
 */
export { Money, money, safeMoney, isMoney } from './money';
export type { AmountLike } from './money';
export { ROUNDING_MODES } from './rounding';
export type { RoundingMode } from './rounding';
export {
  add,
  subtract,
  negate,
  abs,
  sum,
  compare,
  equals,
  isZero,
  isNegative,
  isPositive,
  min,
  max,
  multiply,
  divide,
} from './arithmetic';
export { allocate } from './allocate';
export { ratio, isWithinRate } from './ratio';
export type { RatioOptions } from './ratio';
export { formatEUR, formatPercent } from './format';
export { compareDecimal, isDecimal } from './compare-decimal';
export { centsOf, fromCents } from './cents';
export { AMOUNT_OUTPUT_PATTERN, AMOUNT_PARTS, AMOUNT_PATTERN, SIGNED_AMOUNT_PATTERN } from './patterns';
