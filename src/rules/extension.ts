/**
 * Host extensions: facts and operators of a host's own, declared once and known to validation and
 * to both engines. A host declares each fact with its type (which decides the operators that
 * accept it, as for the library's facts), its unit, its meaning and how to read it from the
 * account; each operator with the fact types it accepts, the kind of value it compares with, and
 * its test. The same declaration is given to `validatePolicy` / `loadPolicy` (`{ extend }`) and to
 * `prepareRun` / `evaluate` (`{ extend }`), whichever the engine.
 *
 * A declaration is checked and copied when it is given: names are identifiers that shadow no
 * fact or operator of the library, types and value kinds are the library's, and a host that
 * changes its object afterwards changes nothing already validated or prepared. Two declarations
 * with the same names, types and functions are the same vocabulary (`key`), so that a policy
 * validated with one serves a run with the other, and never a run with a different one.
 *
 * @module
 */
import type { Account, Situation } from '../account';
import { isIsoDate } from '../calendar';
import { FORBIDDEN_KEYS, ValidationError, makeIssue, type Issue, type PathSegment } from '../errors';
import { isDecimal } from '../money';
import { FACTS, FACT_NAMES, type FactContext, type FactDefinition, type FactType } from './facts';
import { OPERATORS, OPERATOR_NAMES, comparison, type OperatorDefinition, type OperatorValueKind } from './operators';

/** A value a host fact gives: of its type, or `null` when it does not exist for the account. */
export type HostFactValue = string | number | boolean | readonly string[] | null;

/**
 * A fact of the host's own, for policy conditions (`{ "fact": "erpSegment", … }`).
 *
 * @example
 * ```ts
 * const erpSegment: HostFact = {
 *   type: 'string',
 *   unit: null,
 *   description: 'Segment of the tenant in the ERP ("standard", "senior", "commercial").',
 *   get: (account) => segments.get(account.id) ?? null,
 * };
 * ```
 */
export interface HostFact {
  /**
   * The type of its value, which decides the operators that accept it: `amount` and `decimal`
   * (decimal strings, compared with the `decimal…` operators), `integer` (a whole number: counts,
   * days), `date` (`YYYY-MM-DD`), `boolean`, `string`, `string-list`.
   */
  readonly type: FactType;
  /** Unit in words (`EUR`, `days`…), or `null`. */
  readonly unit?: string | null;
  /** What it means, for a recovery manager. */
  readonly description: string;
  /**
   * Reads the fact for one account, the first time a rule reads it, once per account. Returns a
   * value of the fact's type, or `null` when it does not exist for the account (`undefined` is
   * taken as `null`). A value of another type is an error for that account (its error record
   * names the fact), never a silent `false`. The account has no field for the host's own data:
   * read it from the host's store by `account.id`.
   */
  get(account: Account, situation: Situation): HostFactValue | undefined;
}

/**
 * An operator of the host's own, for policy conditions (`{ "operator": "isEven", … }`).
 *
 * @example
 * ```ts
 * const isEven: HostOperator = {
 *   factTypes: ['integer'],
 *   value: 'true',
 *   description: 'the count is even',
 *   evaluate: (count: number) => count % 2 === 0,
 * };
 * ```
 */
export interface HostOperator {
  /** The fact types it applies to: a condition with it on a fact of another type is refused. */
  readonly factTypes: readonly FactType[];
  /**
   * What its `value` must be in a condition, as for the library's operators: `scalar` (a single
   * value of the fact's type), `list`, `number` (a whole number), `decimal`, `date`, or `true`
   * (the value `true` itself, for a test that compares the fact with nothing).
   */
  readonly value: OperatorValueKind;
  /** What it tests, in words. */
  readonly description?: string;
  /**
   * What it makes of a missing value (`null` or `undefined`, on either side): `'false'` (the
   * default, as every comparison of the library: the test is not called and the condition is
   * false) or `'tested'` (the test is called with it).
   */
  readonly missing?: 'false' | 'tested';
  /**
   * The test: `true` when the condition holds, anything else when it does not. Called the same
   * way by both engines; an exception makes the account an error record.
   */
  evaluate(factValue: unknown, value: unknown): boolean;
}

/**
 * What a host adds to the facts and operators a policy may use: the `extend` option of
 * `validatePolicy`, `loadPolicy`, `prepareRun` and `evaluate`.
 *
 * @example
 * ```ts
 * const extend: PolicyExtension = { facts: { erpSegment }, operators: { isEven } };
 * loadPolicy(policyJson, { extend });
 * prepareRun(policyJson, { asOf: '2026-11-23', extend }).evaluate(account);
 * ```
 */
export interface PolicyExtension {
  /** Host facts by name. */
  readonly facts?: Readonly<Record<string, HostFact>>;
  /** Host operators by name. */
  readonly operators?: Readonly<Record<string, HostOperator>>;
}

/**
 * The facts and operators a policy may use: the library's, and those of a host extension.
 *
 * @internal
 */
export interface Vocabulary {
  /**
   * Identifies the vocabulary: `''` for the library's own; otherwise the host's names, types,
   * units, descriptions and functions, so that two declarations with the same key are
   * interchangeable.
   */
  readonly key: string;
  /** Every fact by name: the library's, then the host's (whose `get` checks the value's type). */
  readonly facts: Readonly<Record<string, FactDefinition>>;
  /** Their names, sorted. */
  readonly factNames: readonly string[];
  /** Every operator by name: the library's, then the host's (guarded as their `missing` says). */
  readonly operators: Readonly<Record<string, OperatorDefinition>>;
  /** Their names, sorted. */
  readonly operatorNames: readonly string[];
  /** The host's facts, sorted. */
  readonly hostFacts: readonly string[];
  /** The host's operators, sorted. */
  readonly hostOperators: readonly string[];
}

/**
 * The library's own facts and operators.
 *
 * @internal
 */
export const LIBRARY_VOCABULARY: Vocabulary = Object.freeze({
  key: '',
  facts: FACTS,
  factNames: FACT_NAMES,
  operators: OPERATORS,
  operatorNames: OPERATOR_NAMES,
  hostFacts: Object.freeze([]),
  hostOperators: Object.freeze([]),
});

const FACT_TYPES: readonly FactType[] = ['amount', 'decimal', 'integer', 'date', 'boolean', 'string', 'string-list'];
const VALUE_KINDS: readonly OperatorValueKind[] = ['scalar', 'list', 'number', 'decimal', 'date', 'true'];
const MISSING = ['false', 'tested'] as const;
const FACT_KEYS = ['type', 'unit', 'description', 'get'] as const;
const OPERATOR_KEYS = ['factTypes', 'value', 'description', 'missing', 'evaluate'] as const;

/** A host name: an identifier, as the library's own names are. */
const NAME = /^[A-Za-z][A-Za-z0-9_]{0,63}$/;
const NAME_LIMIT = 64;

const oneOf = (values: readonly string[]): string => `one of ${values.map((v) => JSON.stringify(v)).join(', ')}`;

/** What the value of a host fact of each type must be, in the words of the policy checks. */
const decimalText = (v: unknown): boolean => typeof v === 'string' && isDecimal(v);
const VALUE_OF_TYPE: Readonly<Record<FactType, { fits: (v: unknown) => boolean; expected: string }>> = {
  amount: { fits: decimalText, expected: 'an amount or rate as a decimal string, e.g. "1000.00" or "0.30"' },
  decimal: { fits: decimalText, expected: 'an amount or rate as a decimal string, e.g. "1000.00" or "0.30"' },
  integer: { fits: (v) => Number.isSafeInteger(v), expected: 'a whole number, e.g. 30' },
  date: { fits: isIsoDate, expected: 'a date written YYYY-MM-DD' },
  boolean: { fits: (v) => typeof v === 'boolean', expected: 'true or false' },
  string: { fits: (v) => typeof v === 'string', expected: 'a text' },
  'string-list': {
    fits: (v) => Array.isArray(v) && v.every((s) => typeof s === 'string'),
    expected: 'a list of texts',
  },
};

/** Ids of the host's functions, so that a vocabulary's key tells two functions apart. */
const FUNCTION_IDS = new WeakMap<object, number>();
let nextFunctionId = 1;
function functionId(fn: object): number {
  let id = FUNCTION_IDS.get(fn);
  if (id === undefined) {
    id = nextFunctionId++;
    FUNCTION_IDS.set(fn, id);
  }
  return id;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/**
 * The value a host fact gave, checked against its type: `undefined` is `null`, a list is copied
 * and frozen (the trace keeps it), any other value of the wrong type throws.
 */
function hostValue(name: string, type: FactType, value: unknown, at: readonly PathSegment[]): HostFactValue {
  if (value === undefined || value === null) return null;
  const want = VALUE_OF_TYPE[type];
  if (!want.fits(value)) {
    throw new ValidationError([
      makeIssue(
        'invalid_type',
        [...at, 'facts', name],
        value,
        `${want.expected}, or null when the account has none: the value of the host fact "${name}" (${type})`,
      ),
    ]);
  }
  return Array.isArray(value) ? Object.freeze([...(value as string[])]) : (value as HostFactValue);
}

/** A name of the host, checked: an identifier, no prototype key, no name of the library. */
function checkName(
  name: string,
  library: Readonly<Record<string, unknown>>,
  what: 'fact' | 'operator',
  at: PathSegment[],
  issues: Issue[],
): boolean {
  if (FORBIDDEN_KEYS.has(name)) {
    issues.push(makeIssue('forbidden_key', at, name, 'no key named __proto__, constructor or prototype'));
    return false;
  }
  if (!NAME.test(name)) {
    issues.push(
      makeIssue(
        'invalid_value',
        at,
        name,
        `a name of letters, digits and "_", starting with a letter, at most ${NAME_LIMIT} characters, e.g. "${what === 'fact' ? 'erpSegment' : 'isEven'}"`,
      ),
    );
    return false;
  }
  if (Object.hasOwn(library, name)) {
    issues.push(
      makeIssue(
        'invalid_value',
        at,
        name,
        `a name that is not ${what === 'fact' ? 'a fact' : 'an operator'} of the library (docs/facts.md lists them)`,
      ),
    );
    return false;
  }
  return true;
}

function unknownKeys(def: Record<string, unknown>, known: readonly string[], at: PathSegment[], issues: Issue[]): void {
  for (const key of Object.keys(def)) {
    if (!known.includes(key)) issues.push(makeIssue('unrecognized_key', [...at, key], key, oneOf(known)));
  }
}

function checkDescription(value: unknown, at: PathSegment[], issues: Issue[], optional: boolean): void {
  if (value === undefined && optional) return;
  if (typeof value !== 'string' || value.trim() === '' || value.length > 1000) {
    issues.push(
      makeIssue(
        'invalid_type',
        at,
        value,
        'a text of at most 1000 characters saying what it means to a recovery manager',
      ),
    );
  }
}

/** One host fact checked: its issues go to `issues`, its definition is returned when sound. */
function hostFact(
  name: string,
  def: unknown,
  at: PathSegment[],
  runPath: readonly PathSegment[],
  issues: Issue[],
): { definition: FactDefinition; signature: unknown } | null {
  const before = issues.length;
  if (!isRecord(def)) {
    issues.push(
      makeIssue(
        'invalid_type',
        at,
        def,
        'a host fact: { "type": …, "unit": …, "description": …, "get": (account, situation) => value }',
      ),
    );
    return null;
  }
  unknownKeys(def, FACT_KEYS, at, issues);
  const { type, unit, description, get } = def;
  if (!FACT_TYPES.includes(type as FactType))
    issues.push(makeIssue('invalid_value', [...at, 'type'], type, oneOf(FACT_TYPES)));
  if (unit !== undefined && unit !== null && (typeof unit !== 'string' || unit.length > 200)) {
    issues.push(makeIssue('invalid_type', [...at, 'unit'], unit, 'a text (the unit, e.g. "EUR" or "days") or null'));
  }
  checkDescription(description, [...at, 'description'], issues, false);
  if (typeof get !== 'function') {
    issues.push(
      makeIssue('invalid_type', [...at, 'get'], get, 'a function (account, situation) => value that reads the fact'),
    );
  }
  if (issues.length > before) return null;
  const factType = type as FactType;
  const read = get as HostFact['get'];
  const definition: FactDefinition = Object.freeze({
    type: factType,
    unit: (unit as string | null | undefined) ?? null,
    description: description as string,
    get: (ctx: FactContext) => hostValue(name, factType, read.call(def, ctx.account, ctx.situation), runPath),
  });
  return { definition, signature: [factType, definition.unit, definition.description, functionId(read)] };
}

/** One host operator checked: its issues go to `issues`, its definition is returned when sound. */
function hostOperator(
  def: unknown,
  at: PathSegment[],
  issues: Issue[],
): { definition: OperatorDefinition; signature: unknown } | null {
  const before = issues.length;
  if (!isRecord(def)) {
    issues.push(
      makeIssue(
        'invalid_type',
        at,
        def,
        'a host operator: { "factTypes": […], "value": …, "evaluate": (factValue, value) => true or false }',
      ),
    );
    return null;
  }
  unknownKeys(def, OPERATOR_KEYS, at, issues);
  const { factTypes, value, description, missing, evaluate } = def;
  if (!Array.isArray(factTypes) || factTypes.length === 0) {
    issues.push(
      makeIssue('invalid_type', [...at, 'factTypes'], factTypes, 'a non-empty list of fact types, e.g. ["integer"]'),
    );
  } else {
    factTypes.forEach((t: unknown, i) => {
      if (!FACT_TYPES.includes(t as FactType))
        issues.push(makeIssue('invalid_value', [...at, 'factTypes', i], t, oneOf(FACT_TYPES)));
    });
  }
  if (!VALUE_KINDS.includes(value as OperatorValueKind)) {
    issues.push(makeIssue('invalid_value', [...at, 'value'], value, oneOf(VALUE_KINDS)));
  }
  checkDescription(description, [...at, 'description'], issues, true);
  if (missing !== undefined && !MISSING.includes(missing as 'false')) {
    issues.push(makeIssue('invalid_value', [...at, 'missing'], missing, oneOf(MISSING)));
  }
  if (typeof evaluate !== 'function') {
    issues.push(
      makeIssue(
        'invalid_type',
        [...at, 'evaluate'],
        evaluate,
        'a function (factValue, value) => true or false: the test of the operator',
      ),
    );
  }
  if (issues.length > before) return null;
  const test = evaluate as HostOperator['evaluate'];
  const holds = (a: unknown, b: unknown): boolean => test.call(def, a, b) === true;
  const tested = missing === 'tested';
  const types = Object.freeze([...new Set(factTypes as FactType[])]);
  const definition: OperatorDefinition = Object.freeze({
    description: (description as string | undefined) ?? 'an operator of the host',
    factTypes: types,
    value: value as OperatorValueKind,
    builtin: false,
    missing: tested ? 'tested' : 'false',
    evaluate: tested ? holds : comparison(holds),
  });
  return {
    definition,
    signature: [types, definition.value, definition.missing, definition.description, functionId(test)],
  };
}

/** The host's facts or operators: a plain object by name. */
function entriesOf(
  value: unknown,
  what: 'facts' | 'operators',
  at: PathSegment[],
  issues: Issue[],
): [string, unknown][] {
  if (value === undefined) return [];
  if (!isRecord(value) || typeof value === 'function') {
    issues.push(
      makeIssue(
        'invalid_type',
        at,
        value,
        what === 'facts'
          ? 'an object of host facts by name, e.g. { "erpSegment": { "type": "string", … } }'
          : 'an object of host operators by name, e.g. { "isEven": { "factTypes": ["integer"], … } }',
      ),
    );
    return [];
  }
  return Object.keys(value).map((k) => [k, value[k]]);
}

/**
 * The vocabulary of a host extension: the library's facts and operators, and the host's, checked.
 *
 * @internal
 * @param extend - The `extend` option as the host gave it (`undefined`: none).
 * @param at - Path of the option, for the issues (`['extend']`, `['options', 'extend']`).
 * @returns The vocabulary (the library's own when the extension declares nothing).
 * @throws {@link ValidationError} naming each fault of the declaration by its path.
 * @example
 * ```ts
 * vocabularyOf({ operators: { isEven: { factTypes: ['integer'], value: 'true', evaluate: (n) => n % 2 === 0 } } }, ['extend'])
 *   .operatorNames.includes('isEven'); // => true
 * vocabularyOf({ operators: { equal: { factTypes: ['integer'], value: 'true', evaluate: () => true } } }, ['extend']);
 * // throws: extend.operators.equal: expected a name that is not an operator of the library …
 * ```
 */
export function vocabularyOf(extend: unknown, at: readonly PathSegment[]): Vocabulary {
  if (extend === undefined || extend === null) return LIBRARY_VOCABULARY;
  const issues: Issue[] = [];
  if (typeof extend === 'function') {
    throw new ValidationError([
      makeIssue(
        'invalid_type',
        [...at],
        extend,
        'an object { "facts": …, "operators": … } declaring host facts and operators, not a function: each host operator is declared once, for both engines and for validation',
      ),
    ]);
  }
  if (!isRecord(extend)) {
    throw new ValidationError([
      makeIssue(
        'invalid_type',
        [...at],
        extend,
        'an object { "facts": …, "operators": … } declaring host facts and operators',
      ),
    ]);
  }
  unknownKeys(extend, ['facts', 'operators'], [...at], issues);
  const facts: Record<string, FactDefinition> = { ...FACTS };
  const operators: Record<string, OperatorDefinition> = { ...OPERATORS };
  const signature: Record<string, unknown> = {};
  const hostFacts: string[] = [];
  const hostOperators: string[] = [];
  for (const [name, def] of entriesOf(extend.facts, 'facts', [...at, 'facts'], issues)) {
    const where = [...at, 'facts', name];
    if (!checkName(name, FACTS, 'fact', where, issues)) continue;
    const fact = hostFact(name, def, where, at, issues);
    if (fact === null) continue;
    facts[name] = fact.definition;
    signature[`fact:${name}`] = fact.signature;
    hostFacts.push(name);
  }
  for (const [name, def] of entriesOf(extend.operators, 'operators', [...at, 'operators'], issues)) {
    const where = [...at, 'operators', name];
    if (!checkName(name, OPERATORS, 'operator', where, issues)) continue;
    const op = hostOperator(def, where, issues);
    if (op === null) continue;
    operators[name] = op.definition;
    signature[`operator:${name}`] = op.signature;
    hostOperators.push(name);
  }
  if (issues.length > 0) throw new ValidationError(issues);
  if (hostFacts.length === 0 && hostOperators.length === 0) return LIBRARY_VOCABULARY;
  return Object.freeze({
    key: JSON.stringify(
      Object.keys(signature)
        .sort()
        .map((k) => [k, signature[k]]),
    ),
    facts: Object.freeze(facts),
    factNames: Object.freeze(Object.keys(facts).sort()),
    operators: Object.freeze(operators),
    operatorNames: Object.freeze(Object.keys(operators).sort()),
    hostFacts: Object.freeze(hostFacts.sort()),
    hostOperators: Object.freeze(hostOperators.sort()),
  });
}
