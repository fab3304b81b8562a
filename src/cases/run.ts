/**
 * `runPolicyCases`: each case evaluated with the policy (one prepared run per distinct `asOf`),
 * each expectation compared with the decision. Pure: no file, no clock; the playground runs it in
 * the browser.
 *
 * @module
 */
import { ValidationError, type Issue } from '../errors';
import { DEFAULT_LOCALE, parseLocale, type Locale } from '../i18n/locale';
import { localizeIssues } from '../i18n/issues';
import { message } from '../i18n/catalogue';
import { formatDate } from '../i18n/format';
import type { Decision } from '../rules/decision';
import { prepareRun, type PolicySource, type PreparedRun } from '../rules/run';
import { isLoadedPolicy, loadPolicy } from '../rules/validate';
import type { PolicyCase } from './parse';
import { EXPECT_FIELDS, type CaseExpectations, type ExpectField } from './schema';

/** A value an expectation compares: what the case file wrote, or what the decision shows. */
export type CheckValue = string | boolean | null | readonly string[];

/** One expectation of a case, checked. */
export interface CaseCheck {
  /** The field of `expect`: `level`, `nextStep`, `channel`… */
  readonly field: ExpectField;
  /** What the case file expects. */
  readonly expected: CheckValue;
  /** What the decision shows (`null`: nothing, e.g. no next action). */
  readonly actual: CheckValue;
  /** Whether the decision meets the expectation. */
  readonly passed: boolean;
}

/** Why a case could not be evaluated. */
export interface CaseError {
  /**
   * `asOf`: no version of the policy covers the date; `account`: the account is not valid;
   * `accountFile`: the account is a path no reader resolved.
   */
  readonly kind: 'asOf' | 'account' | 'accountFile';
  /** What a person reads, in the locale of the run. */
  readonly message: string;
  /** The problems, in the locale of the run (empty for `accountFile`). */
  readonly issues: readonly Issue[];
}

/** The result of one case. */
export interface CaseResult {
  /** The name of the case. */
  readonly name: string;
  /** The case file, when known. */
  readonly file?: string;
  /** The evaluation date. */
  readonly asOf: string;
  /** Whether every expectation holds (false when the case could not run). */
  readonly passed: boolean;
  /** Each expectation given, in the order of {@link EXPECT_FIELDS}; empty when the case could not run. */
  readonly checks: readonly CaseCheck[];
  /** Why the case could not run, when it could not. */
  readonly error?: CaseError;
}

/** The results of a set of cases. */
export interface CasesReport {
  /** The language of the texts. */
  readonly locale: Locale;
  /** Number of cases. */
  readonly total: number;
  /** Number of cases that passed. */
  readonly passed: number;
  /** Number of cases that failed or could not run. */
  readonly failed: number;
  /** Each case, in the order given. */
  readonly results: readonly CaseResult[];
}

/** Options of {@link runPolicyCases}. */
export interface RunCasesOptions {
  /** The language of the messages (`fr`, the default, or `en`, or a tag of one of them). */
  readonly locale?: Locale | (string & {});
}

/**
 * Runs cases against a policy: each case's account evaluated on its `asOf` (one `prepareRun` per
 * distinct date), each expectation compared with the decision. A case whose account is invalid,
 * whose date no version of the policy covers, or whose account file was not read, fails with the
 * reason; it never stops the others.
 *
 * @param policy - The policy: a loaded policy, a policy file's JSON, or `defaultPolicy`.
 * @param cases - The cases, from `parsePolicyCases` (or `readPolicyCases` in Node).
 * @param options - `{ locale }`: the language of the texts, French by default.
 * @returns The counts and one result per case.
 * @throws {@link ValidationError} for an invalid policy (each issue at its path), or an unknown locale.
 * @example
 * ```ts
 * const cases = parsePolicyCases({ name: 'Two months behind', asOf: '2026-11-23', account, expect: { level: 'benefit-unpaid' } });
 * const report = runPolicyCases(defaultPolicy, cases, { locale: 'en' });
 * report.passed; // => 1
 * report.results[0].checks[0]; // => { field: 'level', expected: 'benefit-unpaid', actual: 'benefit-unpaid', passed: true }
 * ```
 */
export function runPolicyCases(
  policy: PolicySource,
  cases: readonly PolicyCase[],
  options: RunCasesOptions = {},
): CasesReport {
  const locale = options.locale === undefined ? DEFAULT_LOCALE : parseLocale(options.locale, ['options', 'locale']);
  // An invalid policy stops the run (every case would fail for it); a loaded one is used as it is.
  const loaded = isLoadedPolicy(policy) ? policy : loadPolicy(policy);
  const runs = new Map<string, PreparedRun<Decision> | CaseError>();
  const runOn = (asOf: string) => {
    let run = runs.get(asOf);
    if (run === undefined) {
      try {
        run = prepareRun(loaded, { asOf, locale, explain: 'none' });
      } catch (error) {
        if (!(error instanceof ValidationError)) throw error;
        const issues = localizeIssues(error.issues, locale);
        run = {
          kind: 'asOf',
          message: `${message('cases.error.asOf', { asOf: formatDate(asOf, locale) }, locale)}${colon(locale)}${issues.map((i) => i.message).join(semicolon(locale))}`,
          issues,
        };
      }
      runs.set(asOf, run);
    }
    return run;
  };
  const results = cases.map((c) => runCase(c, runOn, locale));
  const passed = results.filter((r) => r.passed).length;
  return Object.freeze({ locale, total: results.length, passed, failed: results.length - passed, results });
}

const colon = (locale: Locale) => (locale === 'fr' ? '\u00a0: ' : ': ');
const semicolon = (locale: Locale) => (locale === 'fr' ? '\u00a0; ' : '; ');

function runCase(
  c: PolicyCase,
  runOn: (asOf: string) => PreparedRun<Decision> | CaseError,
  locale: Locale,
): CaseResult {
  const head = { name: c.name, ...(c.file === undefined ? {} : { file: c.file }), asOf: c.asOf };
  const failed = (error: CaseError): CaseResult => Object.freeze({ ...head, passed: false, checks: [], error });
  if (typeof c.account === 'string')
    return failed({
      kind: 'accountFile',
      message: message('cases.error.accountFile', { path: c.account }, locale),
      issues: [],
    });
  const run = runOn(c.asOf);
  if (!('evaluate' in run)) return failed(run);
  let decision: Decision;
  try {
    decision = run.evaluate(c.account);
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    const issues = localizeIssues(error.issues, locale);
    return failed({
      kind: 'account',
      message: `${message('cases.error.account', {}, locale)}${colon(locale)}${issues.map((i) => i.message).join(semicolon(locale))}`,
      issues,
    });
  }
  const checks = checksOf(c.expect, decision);
  return Object.freeze({ ...head, passed: checks.every((k) => k.passed), checks: Object.freeze(checks) });
}

/**
 * What a decision shows for each expectation field: the level id; the next action's step, channel,
 * date and human approval; the channel and the message (subject and text) of the first contact
 * with the tenant (the first action that is not internal); the obligation codes; whether the plan
 * proposed is feasible (`null` when none is proposed).
 *
 * @param decision - A decision.
 * @returns The value of each field, `null` where the decision has none.
 * @example
 * ```ts
 * decisionFacts(evaluate(account, defaultPolicy, { asOf: '2026-11-23' })).nextStep; // => 'caf-signal'
 * ```
 */
export function decisionFacts(decision: Decision): { readonly [F in ExpectField]: CheckValue } {
  const next = decision.nextAction;
  const contact = decision.actions.find((a) => a.channel !== 'internal') ?? null;
  const codes = decision.obligations.map((o) => o.code);
  const text = contact?.message ? [contact.message.subject, contact.message.text].filter((t) => t).join('\n') : null;
  return {
    level: decision.level.id,
    nextStep: next?.step ?? null,
    channel: next?.channel ?? null,
    date: next?.date ?? null,
    contactChannel: contact?.channel ?? null,
    requiresHumanApproval: next?.requiresHumanApproval ?? null,
    obligations: codes,
    obligationsExactly: codes,
    planFeasible: decision.plan?.proposal?.feasible ?? null,
    messageContains: text,
  };
}

/** Each expectation given, compared with the decision. */
function checksOf(expect: Readonly<CaseExpectations>, decision: Decision): CaseCheck[] {
  const facts = decisionFacts(decision);
  const checks: CaseCheck[] = [];
  for (const field of EXPECT_FIELDS) {
    const expected = expect[field] as CheckValue | undefined;
    if (expected === undefined) continue;
    const actual = facts[field];
    checks.push(Object.freeze({ field, expected, actual, passed: holds(field, expected, actual) }));
  }
  return checks;
}

function holds(field: ExpectField, expected: CheckValue, actual: CheckValue): boolean {
  switch (field) {
    case 'obligations':
      return (expected as readonly string[]).every((code) => (actual as readonly string[]).includes(code));
    case 'obligationsExactly': {
      const a = new Set(actual as readonly string[]);
      const e = new Set(expected as readonly string[]);
      return a.size === e.size && [...e].every((code) => a.has(code));
    }
    case 'messageContains':
      return typeof actual === 'string' && actual.includes(expected as string);
    default:
      return expected === actual;
  }
}
