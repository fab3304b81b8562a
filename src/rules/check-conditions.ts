/**
 * Checking a condition tree of a policy: every fact test names a known fact and a known operator
 * that applies to it, and compares it with a value, a parameter or another fact of a fitting
 * kind. An unknown name gets a "did you mean".
 *
 * @module
 */
import { isIsoDate } from '../calendar';
import type { PathSegment } from '../errors';
import { isDecimal } from '../money';
import { isParamRef, type Condition, type FactCondition, type JsonValue } from './conditions';
import { FACTS, FACT_NAMES, type FactType } from './facts';
import type { IssueCollector } from './issue-collector';
import { OPERATORS, OPERATOR_NAMES, type OperatorDefinition } from './operators';
import { didYouMean } from './suggest';

/** The named parameters of a policy, as conditions refer to them: `{ "param": name }`. */
export type PolicyParameters = Readonly<Record<string, { readonly value: unknown; readonly unit: string }>>;

function isFactRef(value: unknown): value is { fact: string; path?: string } {
  return (
    value !== null &&
    typeof value === 'object' &&
    !Array.isArray(value) &&
    typeof (value as { fact?: unknown }).fact === 'string'
  );
}

const VALUE_EXPECTED: Record<OperatorDefinition['value'], string> = {
  scalar: 'a single value (text, number, true/false)',
  list: 'a list of values, e.g. ["sms", "email"]',
  number: 'a whole number, e.g. 30',
  decimal: 'an amount or rate as a decimal string, e.g. "1000.00" or "0.30"',
  date: 'a date written YYYY-MM-DD',
};

function valueFits(kind: OperatorDefinition['value'], factType: FactType, value: JsonValue): boolean {
  switch (kind) {
    case 'decimal':
      return typeof value === 'string' ? isDecimal(value) : Number.isSafeInteger(value);
    case 'number':
      return Number.isSafeInteger(value);
    case 'date':
      return isIsoDate(value);
    case 'list':
      return Array.isArray(value) && value.every((v) => v === null || typeof v !== 'object');
    case 'scalar':
      // An object, a list or null fits none of these.
      if (factType === 'boolean') return typeof value === 'boolean';
      if (factType === 'integer') return Number.isSafeInteger(value);
      if (factType === 'amount' || factType === 'decimal') return typeof value === 'string' && isDecimal(value);
      return typeof value === 'string';
  }
}

/** The exact decimal operator for each of json-rules-engine's numeric ones. */
const EXACT_OPERATOR: Readonly<Record<string, string>> = {
  lessThan: 'decimalLessThan',
  lessThanInclusive: 'decimalLessThanInclusive',
  greaterThan: 'decimalGreaterThan',
  greaterThanInclusive: 'decimalGreaterThanInclusive',
};

const PARAM_UNITS: Record<OperatorDefinition['value'], readonly string[]> = {
  decimal: ['EUR', 'ratio'],
  number: ['days', 'months', 'count', 'years'],
  date: ['date'],
  list: [],
  scalar: ['EUR', 'ratio', 'days', 'months', 'count', 'years', 'date', 'boolean', 'text'],
};

/**
 * Checks every fact test of a condition tree: facts, operators, values and parameters. Warns of
 * an empty `any`, which is always true.
 *
 * @param condition - A condition tree, already shaped by the schema.
 * @param path - JSON path of the tree in the policy file.
 * @param params - The policy's parameters, for `{ "param": name }` values.
 * @param out - Receives the issues (`unknown_fact`, `unknown_operator`, `unknown_param`,
 *   `operator_mismatch`) and warnings (`custom`).
 * @example
 * ```ts
 * const out = new IssueCollector();
 * checkCondition({ all: [{ fact: 'arrear', operator: 'decimalGreaterThan', value: '0' }] }, ['levels', 1, 'conditions'], {}, out);
 * out.issues[0].message;
 * // => 'levels[1].conditions.all[0].fact: expected a known fact (did you mean "arrears"?) …; received "arrear"'
 * ```
 */
export function checkCondition(
  condition: Condition,
  path: PathSegment[],
  params: PolicyParameters,
  out: IssueCollector,
): void {
  if ('all' in condition) {
    condition.all.forEach((c, i) => {
      checkCondition(c, [...path, 'all', i], params, out);
    });
  } else if ('any' in condition) {
    if (condition.any.length === 0) {
      out.warn(
        'custom',
        [...path, 'any'],
        [],
        'a non-empty "any": an empty "any" is always true, as in json-rules-engine',
      );
    }
    condition.any.forEach((c, i) => {
      checkCondition(c, [...path, 'any', i], params, out);
    });
  } else if ('not' in condition) {
    checkCondition(condition.not, [...path, 'not'], params, out);
  } else {
    checkFactCondition(condition, path, params, out);
  }
}

function checkFactCondition(
  c: FactCondition,
  path: PathSegment[],
  params: PolicyParameters,
  out: IssueCollector,
): void {
  const fact = Object.hasOwn(FACTS, c.fact) ? FACTS[c.fact] : undefined;
  if (fact === undefined) {
    out.error(
      'unknown_fact',
      [...path, 'fact'],
      c.fact,
      `a known fact${didYouMean(c.fact, FACT_NAMES)}; the facts are listed in docs/facts.md`,
    );
  }
  const op = Object.hasOwn(OPERATORS, c.operator) ? OPERATORS[c.operator] : undefined;
  if (op === undefined) {
    out.error(
      'unknown_operator',
      [...path, 'operator'],
      c.operator,
      `a known operator${didYouMean(c.operator, OPERATOR_NAMES)}`,
    );
  }
  if (fact === undefined || op === undefined) return;
  if (!op.factTypes.includes(fact.type)) {
    const exact = EXACT_OPERATOR[c.operator];
    const hint =
      (fact.type === 'amount' || fact.type === 'decimal') && exact !== undefined
        ? `; "${c.fact}" is an amount or rate, compared exactly with "${exact}"`
        : '';
    out.error(
      'operator_mismatch',
      [...path, 'operator'],
      c.operator,
      `an operator for a fact of type ${fact.type} (${OPERATOR_NAMES.filter((n) => OPERATORS[n]!.factTypes.includes(fact.type)).join(', ')})${hint}`,
    );
    return;
  }
  if (c.path !== undefined) {
    out.error(
      'operator_mismatch',
      [...path, 'path'],
      c.path,
      'no path: every fact of the library is a single value or a list',
    );
  }
  const value = c.value;
  if (isParamRef(value)) {
    const param = Object.hasOwn(params, value.param) ? params[value.param] : undefined;
    if (param === undefined) {
      out.error(
        'unknown_param',
        [...path, 'value', 'param'],
        value.param,
        `a parameter defined in "parameters"${didYouMean(value.param, Object.keys(params))}`,
      );
    } else if (
      !PARAM_UNITS[op.value].includes(param.unit) ||
      !valueFits(op.value, fact.type, param.value as JsonValue)
    ) {
      out.error(
        'operator_mismatch',
        [...path, 'value', 'param'],
        value.param,
        `a parameter holding ${VALUE_EXPECTED[op.value]}`,
      );
    }
    return;
  }
  if (isFactRef(value)) {
    const ref = Object.hasOwn(FACTS, value.fact) ? FACTS[value.fact] : undefined;
    if (ref === undefined) {
      out.error(
        'unknown_fact',
        [...path, 'value', 'fact'],
        value.fact,
        `a known fact${didYouMean(value.fact, FACT_NAMES)}`,
      );
    } else if (op.value === 'list' || !op.factTypes.includes(ref.type)) {
      out.error(
        'operator_mismatch',
        [...path, 'value', 'fact'],
        value.fact,
        `a fact of a type "${c.operator}" compares, or a constant`,
      );
    }
    return;
  }
  if (!valueFits(op.value, fact.type, value)) {
    out.error(
      'operator_mismatch',
      [...path, 'value'],
      value,
      `${VALUE_EXPECTED[op.value]}, to compare with "${c.fact}" (${fact.type})`,
    );
  }
}
