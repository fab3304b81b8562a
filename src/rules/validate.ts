/**
 * `validatePolicy`: a policy file checked as a recovery manager needs it checked — the schema
 * with JSON paths, unknown facts and operators with a suggestion, and the domain checks that keep
 * a policy within the law (no fee or penalty, human approval for steps with legal effect, no step
 * before its legal prerequisite) and coherent (rising levels, no rule that can never match).
 *
 * The checks live in their own modules: `check-conditions.ts` (a condition tree),
 * `check-policy.ts` (one version), `versions.ts` (a set of dated versions), `suggest.ts`
 * ("did you mean"). This module reads the file, runs them, and freezes what passes.
 *
 * @module
 */
import { ValidationError, type Issue } from '../errors';
import { deepFreeze } from '../freeze';
import { localizeIssues } from '../i18n/issues';
import { DEFAULT_LOCALE, parseLocale, type Locale } from '../i18n/locale';
import { findUnsafeKeys } from '../input-guard';
import { parseJsonText } from '../json-text';
import { fromZodIssues } from '../schema-issues';
import { checkMessages } from './check-messages';
import { checkPolicy } from './check-policy';
import { vocabularyOf, type PolicyExtension, type Vocabulary } from './extension';
import { IssueCollector } from './issue-collector';
import { PolicySchema, PolicySetSchema, type Policy } from './policy-schema';
import { checkVersions, type PolicySet } from './versions';

// Names that lived here before the checks were split out, re-exported so that existing imports
// of './validate' keep working. New code imports them from where they live.
export { LEGAL_EFFECT_STEPS, LEGAL_PREREQUISITES } from '../law';
export { CADENCE_PRACTICE_FLOOR_DAYS } from './check-policy';
export { suggest } from './suggest';
export { policyInForce } from './versions';
export type { PolicySet } from './versions';

/**
 * Most values (objects, lists and single values) in one policy file, versions included: the
 * default policy has about 1,000; a file beyond this is refused before it is read further.
 *
 * @example
 * ```ts
 * MAX_POLICY_VALUES; // => 100000
 * ```
 */
export const MAX_POLICY_VALUES = 100_000;

/** The result of {@link validatePolicy}. */
export type PolicyValidation =
  | { readonly ok: true; readonly value: PolicySet; readonly warnings: readonly Issue[] }
  | { readonly ok: false; readonly issues: readonly Issue[]; readonly warnings: readonly Issue[] };

/** Options of {@link validatePolicy}. */
export interface ValidatePolicyOptions {
  /**
   * The language of the issues' and warnings' messages: `fr` (the default) or `en`, or a language
   * tag of one of them (`fr-FR`). Their `code`, `path`, `expected` and `received` are the same in
   * both.
   */
  readonly locale?: Locale | (string & {});
  /**
   * Host facts and operators the policy's conditions may use besides the library's (see
   * {@link PolicyExtension}): checked like the library's (types, values, "did you mean").
   */
  readonly extend?: PolicyExtension;
}

/** Options of {@link loadPolicy}. */
export interface LoadPolicyOptions {
  /** Host facts and operators the policy's conditions may use (see {@link PolicyExtension}). */
  readonly extend?: PolicyExtension;
}

/**
 * Validates a policy file: one policy, or a set of dated versions `{ "versions": [...] }`.
 *
 * @param json - The parsed file, or its JSON text (a leading byte-order mark is allowed; a syntax
 *   error is an `invalid_type` issue at path `[]` giving its line and column).
 * @param options - `{ locale, extend }`: the language of the messages, French by default; the
 *   host's own facts and operators, if any.
 * @returns `{ ok: true, value, warnings }` with the versions sorted and frozen, or
 *   `{ ok: false, issues, warnings }`. Each issue has a code, a JSON path (`levels[2].conditions.all[0].fact`)
 *   and a message a recovery manager understands, in the locale asked for.
 * @throws {@link ValidationError} `invalid_value` at `options.locale` for a locale other than French or English;
 *   the faults of `options.extend`, each at its path (`options.extend.operators.isEven.factTypes`).
 * @example
 * ```ts
 * const typo = { ...policy, levels: [{ id: 'none', rank: 0, label: 'Paid up' }, { id: 'watch', rank: 1, label: 'Watch',
 *   conditions: { all: [{ fact: 'arrear', operator: 'decimalGreaterThan', value: '0' }] } }] };
 * validatePolicy(typo).issues[0].message;
 * // => 'levels[1].conditions.all[0].fact\u00a0: attendu un fait connu (vouliez-vous dire "arrears"\u00a0?) …, reçu "arrear"'
 * validatePolicy(typo, { locale: 'en' }).issues[0].message;
 * // => 'levels[1].conditions.all[0].fact: expected a known fact (did you mean "arrears"?) …; received "arrear"'
 * ```
 */
export function validatePolicy(json: unknown, options: ValidatePolicyOptions = {}): PolicyValidation {
  const locale = options?.locale === undefined ? DEFAULT_LOCALE : parseLocale(options.locale, ['options', 'locale']);
  let vocabulary: Vocabulary;
  try {
    vocabulary = vocabularyOf(options?.extend, ['options', 'extend']);
  } catch (error) {
    if (error instanceof ValidationError && locale !== 'en')
      throw new ValidationError(localizeIssues(error.issues, locale));
    throw error;
  }
  const result = checkPolicyFile(json, vocabulary);
  if (locale === 'en') return result;
  const warnings = localizeIssues(result.warnings, locale);
  return result.ok
    ? { ok: true, value: result.value, warnings }
    : { ok: false, issues: localizeIssues(result.issues, locale), warnings };
}

/** The validation of a policy file, its messages in English (the issues as the checks write them). */
function checkPolicyFile(json: unknown, vocabulary: Vocabulary): PolicyValidation {
  let input = json;
  if (typeof json === 'string') {
    // A leading byte-order mark (Windows editors write one) is dropped, as the command line does.
    try {
      input = parseJsonText(json, { what: 'a JSON policy file' });
    } catch (error) {
      if (error instanceof ValidationError) return { ok: false, issues: error.issues, warnings: [] };
      throw error;
    }
  }
  const unsafe = findUnsafeKeys(input, [], { maxValues: MAX_POLICY_VALUES, what: 'a policy file' });
  if (unsafe.length > 0) return { ok: false, issues: unsafe, warnings: [] };

  const isSet = input !== null && typeof input === 'object' && !Array.isArray(input) && 'versions' in input;
  const parsed = isSet ? PolicySetSchema.safeParse(input) : PolicySchema.safeParse(input);
  if (!parsed.success) return { ok: false, issues: fromZodIssues(parsed.error.issues, input), warnings: [] };

  const out = new IssueCollector();
  const versions: Policy[] = isSet ? [...(parsed.data as { versions: Policy[] }).versions] : [parsed.data as Policy];
  const raws: unknown[] = isSet ? (input as { versions: unknown[] }).versions : [input];
  versions.forEach((policy, i) => {
    checkPolicy(raws[i], policy, isSet ? ['versions', i] : [], out, vocabulary);
    checkMessages(policy, isSet ? ['versions', i] : [], out);
  });
  if (isSet) checkVersions(versions, out);
  if (out.issues.length > 0) return { ok: false, issues: out.issues, warnings: out.warnings };
  const sorted = versions.sort((a, b) => (a.effectiveFrom < b.effectiveFrom ? -1 : 1));
  const value = deepFreeze({ versions: sorted });
  LOADED.set(value, vocabulary.key);
  return { ok: true, value, warnings: out.warnings };
}

/**
 * The sets this module validated, each with the key of the vocabulary it was validated with (`''`:
 * the library's own facts and operators): a policy set is trusted only if it is one of them, and
 * only by a run with the same vocabulary.
 */
const LOADED = new WeakMap<object, string>();

/**
 * The key of the vocabulary a loaded policy was validated with (see `extension.ts`): `''` for the
 * library's facts and operators alone, `undefined` for a value this module did not validate.
 *
 * @internal
 * @param value - Anything.
 * @returns The key, or `undefined`.
 */
export function loadedVocabularyKey(value: unknown): string | undefined {
  return typeof value === 'object' && value !== null ? LOADED.get(value) : undefined;
}

/**
 * Tells whether a value is a policy set returned by {@link validatePolicy} or {@link loadPolicy}.
 *
 * @param value - Anything.
 * @returns `true` for the very object the validation returned.
 * @example
 * ```ts
 * isLoadedPolicy(loadPolicy(defaultPolicy));           // => true
 * isLoadedPolicy({ versions: [defaultPolicy] });       // => false (never validated)
 * ```
 */
export function isLoadedPolicy(value: unknown): value is PolicySet {
  return typeof value === 'object' && value !== null && LOADED.has(value);
}

/**
 * Validates a policy file with a vocabulary already checked, throwing on any issue.
 *
 * @internal
 * @param textOrObject - The JSON text or the parsed file.
 * @param vocabulary - The facts and operators its conditions may use.
 * @returns The validated set of versions.
 * @throws {@link ValidationError} with every issue, in English.
 */
export function loadPolicyWith(textOrObject: unknown, vocabulary: Vocabulary): PolicySet {
  const result = checkPolicyFile(textOrObject, vocabulary);
  if (!result.ok) throw new ValidationError(result.issues);
  return result.value;
}

/**
 * Parses and validates a policy file, throwing on any issue. See {@link validatePolicy}.
 *
 * @param textOrObject - The JSON text or the parsed file.
 * @param options - `{ extend }`: the host's own facts and operators, if the policy uses any. A
 *   policy loaded with them is run with the same declaration (`prepareRun(policy, { asOf, extend })`).
 * @returns The validated set of versions.
 * @throws {@link ValidationError} with every issue; the faults of `options.extend` at their path.
 *
 * @example
 * ```ts
 * const policy = loadPolicy(JSON.parse(text)); // validated once, frozen
 * policyInForce(policy, '2026-11-23').version; // => '2024.1'
 * loadPolicy(withIsEven, { extend: { operators: { isEven } } }); // a host operator, declared
 * ```
 */
export function loadPolicy(textOrObject: unknown, options: LoadPolicyOptions = {}): PolicySet {
  // The error a developer catches keeps the English messages it always had.
  return loadPolicyWith(textOrObject, vocabularyOf(options?.extend, ['options', 'extend']));
}
