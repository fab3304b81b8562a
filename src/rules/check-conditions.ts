/**
 * Checking a condition tree of a policy: every fact test names a known fact and a known operator
 * that applies to it, and compares it with a value, a parameter or another fact of a fitting
 * kind (`isMissing` and `isPresent` with `true` only). An unknown name gets a "did you mean".
 *
 * @module
 */
import { isIsoDate } from '../calendar';
import type { PathSegment } from '../errors';
import { isDecimal } from '../money';
import { isParamRef, type Condition, type FactCondition, type JsonValue } from './conditions';
import { LIBRARY_VOCABULARY, type Vocabulary } from './extension';
import type { FactType } from './facts';
import type { IssueCollector } from './issue-collector';
import type { OperatorDefinition } from './operators';
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
  true: 'true',
};

function valueFits(kind: OperatorDefinition['value'], factType: FactType, value: JsonValue): boolean {
  switch (kind) {
    case 'decimal':
      return typeof value === 'string' ? isDecimal(value) : Number.isSafeInteger(value);
    case 'number':
      return Number.isSafeInteger(value);
    case 'date':
      return isIsoDate(value);
    case 'true':
      return value === true;
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

/** What a single value compared with a fact of each type must be (see `valueFits`). */
const SCALAR_EXPECTED: Record<FactType, string> = {
  amount: VALUE_EXPECTED.decimal,
  decimal: VALUE_EXPECTED.decimal,
  integer: VALUE_EXPECTED.number,
  date: 'a text',
  boolean: 'true or false',
  string: 'a text',
  'string-list': 'a text',
};

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
  true: [],
};

/** Said of a name that is no operator and near none: a host's operator needs its declaration. */
const HOST_OPERATOR_HINT = '; a host\'s own operators are declared with the option "extend"';

/**
 * What an unknown fact should have been: a known one, the nearest named when there is one; else a
 * word on where the facts are listed and on host facts, which need their declaration.
 */
function knownFact(name: string, vocabulary: Vocabulary, listed: boolean): string {
  const near = didYouMean(name, vocabulary.factNames);
  if (near !== '') return `a known fact${near}${listed ? '; the facts are listed in docs/facts.md' : ''}`;
  return `a known fact${listed ? '; the facts are listed in docs/facts.md' : ''}; a host's own facts are declared with the option "extend"`;
}

/** The other of the two operators that test whether a fact is missing. */
const OPPOSITE: Readonly<Record<string, string>> = { isMissing: 'isPresent', isPresent: 'isMissing' };

/**
 * Checks every fact test of a condition tree: facts, operators, values and parameters. Warns of
 * an empty `any`, which is always true, and of `null` in a list, which no fact matches (a missing
 * fact is compared with nothing).
 *
 * @param condition - A condition tree, already shaped by the schema.
 * @param path - JSON path of the tree in the policy file.
 * @param params - The policy's parameters, for `{ "param": name }` values.
 * @param out - Receives the issues (`unknown_fact`, `unknown_operator`, `unknown_param`,
 *   `operator_mismatch`) and warnings (`custom`).
 * @param vocabulary - The facts and operators the policy may use: the library's, and a host's
 *   (`extend`).
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
  vocabulary: Vocabulary = LIBRARY_VOCABULARY,
): void {
  if ('all' in condition) {
    condition.all.forEach((c, i) => {
      checkCondition(c, [...path, 'all', i], params, out, vocabulary);
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
      checkCondition(c, [...path, 'any', i], params, out, vocabulary);
    });
  } else if ('not' in condition) {
    checkCondition(condition.not, [...path, 'not'], params, out, vocabulary);
  } else {
    checkFactCondition(condition, path, params, out, vocabulary);
  }
}

/** A use of a parameter that refuses a value: where, and what it needs. */
export interface ParameterMisfit {
  /** Path of the fact test that compares with the parameter. */
  readonly at: readonly PathSegment[];
  /** What the value must be there, in plain words. */
  readonly expected: string;
}

/**
 * The first use of a parameter in a condition tree that a value does not fit: the same test as
 * for the parameter itself (see {@link checkCondition}), for the value a department override gives
 * it. Uses whose fact or operator is refused anyway are skipped.
 *
 * @param condition - A condition tree, already shaped by the schema.
 * @param path - JSON path of the tree in the policy file.
 * @param name - The parameter's name.
 * @param value - The value to try in its place.
 * @param vocabulary - The facts and operators the policy may use.
 * @returns The first use it does not fit, or `null`.
 * @example
 * ```ts
 * const tests = { all: [{ fact: 'arrears', operator: 'decimalGreaterThanInclusive', value: { param: 'highDebt' } }] };
 * parameterMisfit(tests, ['levels', 3, 'conditions'], 'highDebt', 1000)?.at; // => undefined: a whole number is a decimal
 * parameterMisfit(tests, ['levels', 3, 'conditions'], 'highDebt', '1e3')?.at;
 * // => ['levels', 3, 'conditions', 'all', 0]
 * ```
 */
export function parameterMisfit(
  condition: Condition,
  path: readonly PathSegment[],
  name: string,
  value: unknown,
  vocabulary: Vocabulary = LIBRARY_VOCABULARY,
): ParameterMisfit | null {
  const within = (list: readonly Condition[], key: 'all' | 'any'): ParameterMisfit | null => {
    for (let i = 0; i < list.length; i++) {
      const found = parameterMisfit(list[i]!, [...path, key, i], name, value, vocabulary);
      if (found !== null) return found;
    }
    return null;
  };
  if ('all' in condition) return within(condition.all, 'all');
  if ('any' in condition) return within(condition.any, 'any');
  if ('not' in condition) return parameterMisfit(condition.not, [...path, 'not'], name, value, vocabulary);
  if (!isParamRef(condition.value) || condition.value.param !== name) return null;
  const { facts, operators } = vocabulary;
  const fact = Object.hasOwn(facts, condition.fact) ? facts[condition.fact] : undefined;
  const op = Object.hasOwn(operators, condition.operator) ? operators[condition.operator] : undefined;
  if (fact === undefined || op === undefined || !op.factTypes.includes(fact.type)) return null;
  if (valueFits(op.value, fact.type, value as JsonValue)) return null;
  const expected = op.value === 'scalar' ? SCALAR_EXPECTED[fact.type] : VALUE_EXPECTED[op.value];
  return { at: path, expected: `${expected}, to compare with "${condition.fact}" (${fact.type})` };
}

function checkFactCondition(
  c: FactCondition,
  path: PathSegment[],
  params: PolicyParameters,
  out: IssueCollector,
  vocabulary: Vocabulary,
): void {
  const { facts, operators } = vocabulary;
  const fact = Object.hasOwn(facts, c.fact) ? facts[c.fact] : undefined;
  if (fact === undefined) {
    out.error('unknown_fact', [...path, 'fact'], c.fact, knownFact(c.fact, vocabulary, true));
  }
  const op = Object.hasOwn(operators, c.operator) ? operators[c.operator] : undefined;
  if (op === undefined) {
    const near = didYouMean(c.operator, vocabulary.operatorNames);
    out.error(
      'unknown_operator',
      [...path, 'operator'],
      c.operator,
      `a known operator${near === '' ? HOST_OPERATOR_HINT : near}`,
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
      `an operator for a fact of type ${fact.type} (${vocabulary.operatorNames.filter((n) => operators[n]!.factTypes.includes(fact.type)).join(', ')})${hint}`,
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
  if (op.value === 'true') {
    // isMissing and isPresent compare the fact with nothing: neither a parameter nor another fact.
    if (value !== true) {
      out.error(
        'operator_mismatch',
        [...path, 'value'],
        value,
        `true: "${c.operator}" takes no other value${OPPOSITE[c.operator] === undefined ? '' : ` (for the opposite test, use "${OPPOSITE[c.operator]}")`}`,
      );
    }
    return;
  }
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
    const ref = Object.hasOwn(facts, value.fact) ? facts[value.fact] : undefined;
    if (ref === undefined) {
      out.error('unknown_fact', [...path, 'value', 'fact'], value.fact, knownFact(value.fact, vocabulary, false));
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
  } else {
    if (op.value === 'list') {
      // Accepted as json-rules-engine accepts it, but a missing fact is in no list and out of none.
      const at = (value as readonly unknown[]).indexOf(null);
      if (at > -1) {
        out.warn(
          'custom',
          [...path, 'value', at],
          null,
          `a value: a missing fact is compared with nothing ("${c.operator}" is false on it); test it with "isMissing"`,
        );
      }
    }
    if (fact.values !== undefined) checkClosedValues(c.fact, fact.values, op.value === 'list', value, path, out);
  }
}

/**
 * A fact whose values form a closed set (`planStatus`, `tenancy`…) compared with a text outside
 * it: the condition could never hold (or, negated, always would), which is a typing mistake.
 */
function checkClosedValues(
  name: string,
  values: readonly string[],
  list: boolean,
  value: unknown,
  path: PathSegment[],
  out: IssueCollector,
): void {
  const given = list ? (value as readonly unknown[]) : [value];
  given.forEach((v, i) => {
    if (typeof v !== 'string' || values.includes(v)) return;
    out.error(
      'invalid_value',
      list ? [...path, 'value', i] : [...path, 'value'],
      v,
      `one of the values of "${name}": ${values.map((x) => `"${x}"`).join(', ')}${didYouMean(v, values)}`,
    );
  });
}
