/**
 * Every money function names the argument at fault: the path and the whole message of the issue,
 * for each kind of bad argument.
 */
import { describe, expect, it } from 'vitest';
import { ValidationError, type PathSegment } from '../../src/errors';
import { firstIssue } from '../first-issue';
import {
  abs,
  add,
  allocate,
  centsOf,
  compare,
  divide,
  equals,
  formatEUR,
  formatPercent,
  fromCents,
  isNegative,
  isPositive,
  isWithinRate,
  isZero,
  max,
  money,
  min,
  multiply,
  negate,
  ratio,
  subtract,
  sum,
} from '../../src/money/index';

const CASES: [string, () => unknown, PathSegment[], string][] = [
  [
    'money of Infinity, as JSON.parse reads 1e400',
    () => money(JSON.parse('{"rent":1e400}').rent, ['lease', 'rent']),
    ['lease', 'rent'],
    'lease.rent: expected an EUR amount as a decimal string with at most 2 decimals, e.g. "1234.56"; received a number too large to read (beyond about 1.8e308, such as 1e400); write amounts as decimal strings in quotes, e.g. "1234.56"',
  ],
  [
    'money of a float sum',
    () => money(0.1 + 0.2),
    [],
    '(root): expected an EUR amount as a decimal string with at most 2 decimals, e.g. "1234.56"; received the number 0.30000000000000004; write amounts as decimal strings in quotes, e.g. "1234.56"',
  ],
  [
    'add bad a',
    () => add('x', '1'),
    ['a'],
    'a: expected an EUR amount as a decimal string with at most 2 decimals, e.g. "1234.56"; received "x"',
  ],
  [
    'add bad b',
    () => add('1', 'x'),
    ['b'],
    'b: expected an EUR amount as a decimal string with at most 2 decimals, e.g. "1234.56"; received "x"',
  ],
  [
    'subtract bad a',
    () => subtract('x', '1'),
    ['a'],
    'a: expected an EUR amount as a decimal string with at most 2 decimals, e.g. "1234.56"; received "x"',
  ],
  [
    'subtract bad b',
    () => subtract('1', 'x'),
    ['b'],
    'b: expected an EUR amount as a decimal string with at most 2 decimals, e.g. "1234.56"; received "x"',
  ],
  [
    'abs',
    () => abs('x'),
    ['amount'],
    'amount: expected an EUR amount as a decimal string with at most 2 decimals, e.g. "1234.56"; received "x"',
  ],
  [
    'negate',
    () => negate('x'),
    ['amount'],
    'amount: expected an EUR amount as a decimal string with at most 2 decimals, e.g. "1234.56"; received "x"',
  ],
  [
    'sum not iterable',
    () => sum(5 as never),
    [],
    '(root): expected an iterable of EUR amounts, e.g. ["12.50", "3.00"]; received the number 5',
  ],
  [
    'sum null',
    () => sum(null as never),
    [],
    '(root): expected an iterable of EUR amounts, e.g. ["12.50", "3.00"]; received null',
  ],
  [
    'sum bad item',
    () => sum(['1', 'x']),
    [1],
    '[1]: expected an EUR amount as a decimal string with at most 2 decimals, e.g. "1234.56"; received "x"',
  ],
  [
    'isZero',
    () => isZero('x'),
    ['amount'],
    'amount: expected an EUR amount as a decimal string with at most 2 decimals, e.g. "1234.56"; received "x"',
  ],
  [
    'isNegative',
    () => isNegative('x'),
    ['amount'],
    'amount: expected an EUR amount as a decimal string with at most 2 decimals, e.g. "1234.56"; received "x"',
  ],
  [
    'isPositive',
    () => isPositive('x'),
    ['amount'],
    'amount: expected an EUR amount as a decimal string with at most 2 decimals, e.g. "1234.56"; received "x"',
  ],
  [
    'min empty',
    () => (min as (...v: unknown[]) => unknown)(),
    [],
    '(root): expected at least one EUR amount; received []',
  ],
  [
    'min bad',
    () => min('x'),
    [0],
    '[0]: expected an EUR amount as a decimal string with at most 2 decimals, e.g. "1234.56"; received "x"',
  ],
  [
    'max bad second',
    () => max('1', 'x'),
    [1],
    '[1]: expected an EUR amount as a decimal string with at most 2 decimals, e.g. "1234.56"; received "x"',
  ],
  [
    'max empty',
    () => (max as (...v: unknown[]) => unknown)(),
    [],
    '(root): expected at least one EUR amount; received []',
  ],
  [
    'compare a',
    () => compare('x', '1'),
    ['a'],
    'a: expected an EUR amount as a decimal string with at most 2 decimals, e.g. "1234.56"; received "x"',
  ],
  [
    'compare b',
    () => compare('1', 'x'),
    ['b'],
    'b: expected an EUR amount as a decimal string with at most 2 decimals, e.g. "1234.56"; received "x"',
  ],
  [
    'equals b',
    () => equals('1', 'x'),
    ['b'],
    'b: expected an EUR amount as a decimal string with at most 2 decimals, e.g. "1234.56"; received "x"',
  ],
  [
    'multiply amount',
    () => multiply('x', 2, 'half-up'),
    ['amount'],
    'amount: expected an EUR amount as a decimal string with at most 2 decimals, e.g. "1234.56"; received "x"',
  ],
  [
    'multiply factor',
    () => multiply('1', 'abc', 'half-up'),
    ['factor'],
    'factor: expected a safe integer or a decimal string such as "0.30" or "-1.8"; received "abc"',
  ],
  [
    'multiply rounding',
    () => multiply('1', 2, 'nearest' as never),
    ['rounding'],
    "rounding: expected a rounding mode: 'half-even', 'half-up', 'half-down', 'up', 'down', 'ceil', 'floor'; received \"nearest\"",
  ],
  [
    'divide amount',
    () => divide('x', 2, 'half-up'),
    ['amount'],
    'amount: expected an EUR amount as a decimal string with at most 2 decimals, e.g. "1234.56"; received "x"',
  ],
  [
    'divide divisor',
    () => divide('1', 'abc', 'half-up'),
    ['divisor'],
    'divisor: expected a safe integer or a decimal string such as "0.30" or "-1.8"; received "abc"',
  ],
  [
    'divide zero',
    () => divide('1', 0, 'half-up'),
    ['divisor'],
    'divisor: expected a divisor other than zero; received the number 0',
  ],
  [
    'divide rounding',
    () => divide('1', 2, 'nearest' as never),
    ['rounding'],
    "rounding: expected a rounding mode: 'half-even', 'half-up', 'half-down', 'up', 'down', 'ceil', 'floor'; received \"nearest\"",
  ],
  [
    'ratio numerator',
    () => ratio('x', '1'),
    ['numerator'],
    'numerator: expected an EUR amount as a decimal string with at most 2 decimals, e.g. "1234.56"; received "x"',
  ],
  [
    'ratio denominator',
    () => ratio('1', 'x'),
    ['denominator'],
    'denominator: expected an EUR amount as a decimal string with at most 2 decimals, e.g. "1234.56"; received "x"',
  ],
  [
    'ratio zero',
    () => ratio('1', '0'),
    ['denominator'],
    'denominator: expected a denominator other than zero; received "0"',
  ],
  [
    'ratio decimals',
    () => ratio('1', '2', { decimals: 21 }),
    ['options', 'decimals'],
    'options.decimals: expected a number of decimals, an integer from 0 to 20; received the number 21',
  ],
  [
    'ratio rounding',
    () => ratio('1', '2', { rounding: 'x' as never }),
    ['options', 'rounding'],
    "options.rounding: expected a rounding mode: 'half-even', 'half-up', 'half-down', 'up', 'down', 'ceil', 'floor'; received \"x\"",
  ],
  [
    'isWithinRate rate',
    () => isWithinRate('1', '2', 'x'),
    ['rate'],
    'rate: expected a rate as a decimal string such as "0.30"; received "x"',
  ],
  [
    'isWithinRate part',
    () => isWithinRate('x', '2', '0.3'),
    ['part'],
    'part: expected an EUR amount as a decimal string with at most 2 decimals, e.g. "1234.56"; received "x"',
  ],
  [
    'isWithinRate whole',
    () => isWithinRate('1', 'x', '0.3'),
    ['whole'],
    'whole: expected an EUR amount as a decimal string with at most 2 decimals, e.g. "1234.56"; received "x"',
  ],
  [
    'formatPercent',
    () => formatPercent('x'),
    ['rate'],
    'rate: expected a rate as a decimal string such as "0.30"; received "x"',
  ],
  [
    'formatPercent decimals',
    () => formatPercent('0.3', -1),
    ['decimals'],
    'decimals: expected a number of decimals, an integer from 0 to 20; received the number -1',
  ],
  [
    'formatEUR',
    () => formatEUR('x'),
    ['amount'],
    'amount: expected an EUR amount as a decimal string with at most 2 decimals, e.g. "1234.56"; received "x"',
  ],
  [
    'allocate parts',
    () => allocate('10.00', 0),
    ['parts'],
    'parts: expected a number of parts: a positive integer, at most 10000, or an array of ratios; received the number 0',
  ],
  [
    'allocate ratios empty',
    () => allocate('10.00', []),
    ['ratios'],
    'ratios: expected at least one ratio; received []',
  ],
  [
    'allocate ratio bad',
    () => allocate('10.00', ['1', 'x']),
    ['ratios', 1],
    'ratios[1]: expected a non-negative ratio: a safe integer or a decimal string such as "0.5"; received "x"',
  ],
  [
    'allocate too many',
    () => allocate('10.00', 100001),
    ['parts'],
    'parts: expected a number of parts: a positive integer, at most 10000, or an array of ratios; received the number 100001',
  ],
  [
    'fromCents too big',
    () => fromCents(10n ** 15n),
    [],
    '(root): expected an EUR amount with at most 13 integer digits (below 10000000000000 in absolute value); received "10000000000000.00"',
  ],
  [
    'centsOf bad',
    () => centsOf('1.234', ['x']),
    ['x'],
    'x: expected an EUR amount as a decimal string with at most 2 decimals, e.g. "1234.56"; received "1.234"',
  ],
];

describe('errors of the money functions', () => {
  it.each(CASES)('%s', (_name, call, path, message) => {
    const issue = firstIssue(call);
    expect(issue.path).toEqual(path);
    expect(issue.message).toBe(message);
    expect(issue.count).toBe(1);
  });
});

describe('the amounts limit in cents', () => {
  it('builds the largest amount and refuses one cent more, on both sides', () => {
    expect(fromCents(999_999_999_999_999n).amount).toBe('9999999999999.99');
    expect(fromCents(-999_999_999_999_999n).amount).toBe('-9999999999999.99');
    expect(() => fromCents(1_000_000_000_000_000n)).toThrow(ValidationError);
    expect(() => fromCents(-1_000_000_000_000_000n)).toThrow(ValidationError);
    expect(fromCents(0n).amount).toBe('0.00');
    expect(fromCents(-5n).amount).toBe('-0.05');
    expect(fromCents(100n).amount).toBe('1.00');
  });

  it('reads cents from amounts with leading zeros, a sign and one or two decimals', () => {
    expect(centsOf('007.5')).toBe(750n);
    expect(centsOf('-0.05')).toBe(-5n);
    expect(centsOf('12')).toBe(1200n);
    expect(centsOf('0')).toBe(0n);
    expect(() => centsOf('1.234')).toThrow(ValidationError);
    expect(() => centsOf('12345678901234')).toThrow(ValidationError);
  });
});
