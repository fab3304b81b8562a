/**
 * `prepareRun(policy, { asOf })`: the one path behind every evaluation. Everything that does
 * not depend on the account is done once here — the policy loaded and validated, the version in
 * force chosen, `asOf` parsed, the policy compiled per department override, the engine chosen
 * (and with it, sync or async) — and the frozen run then evaluates accounts one by one, each
 * computation done once per account.
 *
 * @module
 */
import { analyzeAccount, isAccountId, isParsedAccount, parseAccount, type Account, type Situation } from '../account';
import { parseDate, type IsoDate } from '../calendar';
import { ValidationError, makeIssue, type Issue } from '../errors';
import { DEFAULT_LOCALE, localizeIssues, parseLocale, voiceOf, type Locale, type Voice } from '../i18n';
import { affordableInstalment } from '../plans/assess';
import { compilePolicy, type CompiledPolicy } from './compile';
import type { Decision } from './decision';
import { decide, type SustainableInstalment } from './decide';
import { vocabularyOf, type PolicyExtension } from './extension';
import { keptVoice } from './formats';
import type { FactContext } from './facts';
import type { Policy, PolicyInput } from './policy-schema';
import { loadedPolicyOf, versionHash, type LoadedPolicy, type PolicySource } from './policy-source';
import { compiledResults, factsOf, jsonRulesEngineResults } from './rule-results';
import { policyInForce } from './validate';

/** The engines: `compiled` (synchronous, the batch path) or `json-rules-engine` (asynchronous). */
export type EngineName = 'compiled' | 'json-rules-engine';

/** Options of {@link prepareRun} and of `evaluate`. */
export interface RunOptions {
  /** The evaluation date, YYYY-MM-DD. Always given: nothing is read from the clock. */
  readonly asOf: IsoDate;
  /** `compiled` (default, synchronous) or `json-rules-engine` (asynchronous). */
  readonly engine?: EngineName;
  /**
   * The host's own facts and operators (see {@link PolicyExtension}), for both engines: the
   * policy's conditions may use them besides the library's, checked as they are. A policy loaded
   * with `loadPolicy(json, { extend })` is run with the same declaration; given with another (or
   * none), it is validated again with the run's.
   */
  readonly extend?: PolicyExtension;
  /**
   * The language of the decision's texts (explanation, plan reasons, prevention advice, messages):
   * `fr` (the default) or `en`, or a language tag (`fr-FR`). Codes, JSON keys and values stay the
   * same in both.
   */
  readonly locale?: string;
  /**
   * How much of the explanation each decision carries: `full` (the default: every entry with the
   * trace of the conditions evaluated), `summary` (every entry, without the traces) or `none` (an
   * empty explanation, for a batch whose decisions are read by a program). Nothing else of the
   * decision changes.
   */
  readonly explain?: ExplainLevel;
}

/** How much of the explanation a decision carries; see {@link RunOptions.explain}. */
export type ExplainLevel = 'full' | 'summary' | 'none';

/** The error record of an account that could not be evaluated: it takes the account's place in the output. */
export interface ErrorRecord {
  /** Position of the record in the input, from 0. */
  readonly index: number;
  /** Line of the input file, for NDJSON and CSV. */
  readonly line?: number;
  readonly accountId?: string;
  /** What is wrong, each issue with its JSON path. */
  readonly issues: readonly Issue[];
}

/** The result of one record: its decision, or its error record. */
export type RecordResult =
  | { readonly ok: true; readonly index: number; readonly decision: Decision }
  | ({ readonly ok: false } & ErrorRecord);

/** A record a reader could not turn into a value (a malformed NDJSON line, a bad CSV row). */
export interface UnreadableRecord {
  readonly unreadable: true;
  /** Line of the input file. */
  readonly line?: number;
  readonly accountId?: string;
  readonly issues: readonly Issue[];
}

/**
 * Tells whether a value is an {@link UnreadableRecord}.
 *
 * @param value - Anything a reader yields.
 * @returns `true` for a record the reader could not read.
 * @example
 * ```ts
 * isUnreadable({ unreadable: true, line: 3, issues: [] }); // => true
 * ```
 */
export function isUnreadable(value: unknown): value is UnreadableRecord {
  return value !== null && typeof value === 'object' && (value as { unreadable?: unknown }).unreadable === true;
}

/** What a worker thread needs to prepare the same run: plain, serialisable data. */
export interface RunDescription {
  /** The loaded policy, as plain JSON. */
  readonly policy: unknown;
  readonly asOf: IsoDate;
  readonly engine: 'compiled';
  /** The language of the decisions' texts. */
  readonly locale: Locale;
  /** How much of the explanation each decision carries. */
  readonly explain: ExplainLevel;
}

/** An account evaluated, with its situation: for reports that need both (`portfolioKpis`). */
export interface Assessment {
  readonly account: Account;
  readonly situation: Situation;
  readonly decision: Decision;
}

/**
 * A prepared evaluator: the policy loaded, its version in force on `asOf` chosen and compiled.
 * Frozen; `evaluate` is synchronous for the compiled engine and returns a promise for
 * json-rules-engine.
 */
export interface PreparedRun<Out = Decision> {
  /** The evaluation date, parsed. */
  readonly asOf: IsoDate;
  readonly engine: EngineName;
  /** The version in force on `asOf`, frozen. */
  readonly policy: Policy;
  /** The content hash of that version, as the decisions' provenance carries it. */
  readonly policyHash: string;
  /** The whole policy as loaded (every version), frozen. */
  readonly loaded: LoadedPolicy;
  /**
   * The decision for one account.
   *
   * @throws {@link ValidationError} for an invalid account.
   */
  evaluate(account: unknown): Out;
  /**
   * The result of one record of a batch: its decision, or its error record. Never throws for bad
   * data: an unreadable record, an invalid account or any failure on it gives an error record.
   */
  evaluateRecord(record: unknown, index: number): Out extends Promise<unknown> ? Promise<RecordResult> : RecordResult;
  /**
   * What a worker thread needs to prepare the same run (compiled engine only).
   *
   * @throws TypeError for a run with host facts or operators (`extend`): functions do not cross
   *   to a worker thread.
   */
  describe(): RunDescription;
}

/**
 * The id of a refused record, to name it in its error record: only an id the account contract
 * accepts (at most 100 printable characters), never a 10 MB text or a line break into a CSV cell;
 * an id it refuses is named by its issue, bounded like every received value.
 */
function idOf(record: unknown): string | undefined {
  if (record !== null && typeof record === 'object' && !Array.isArray(record)) {
    const id = (record as { id?: unknown }).id;
    if (isAccountId(id)) return id;
  }
  return undefined;
}

/**
 * The error record of a record that failed: its issues, or for an unexpected failure one issue
 * that says so (a defect to report, never a silently skipped record).
 *
 * @internal
 */
export function errorResult(
  record: unknown,
  index: number,
  error: unknown,
  locale: Locale = DEFAULT_LOCALE,
): RecordResult {
  if (isUnreadable(record)) {
    return {
      ok: false,
      index,
      ...(record.line === undefined ? {} : { line: record.line }),
      ...(record.accountId === undefined ? {} : { accountId: record.accountId }),
      issues: localizeIssues(record.issues, locale),
    };
  }
  const accountId = idOf(record);
  const issues =
    error instanceof ValidationError
      ? error.issues
      : [
          makeIssue(
            'custom',
            [],
            accountId ?? null,
            `an account the library can evaluate (internal error: ${(error as Error)?.message ?? String(error)})`,
          ),
        ];
  const said = localizeIssues(issues, locale);
  return accountId === undefined ? { ok: false, index, issues: said } : { ok: false, index, accountId, issues: said };
}

/** The evaluation of one account up to the rules, shared by both engines. */
interface Prepared {
  readonly account: Account;
  readonly situation: Situation;
  readonly compiled: CompiledPolicy;
  readonly facts: ReturnType<typeof factsOf>;
  readonly maxInstalment: () => SustainableInstalment;
  readonly voice: Voice;
  readonly explain: ExplainLevel;
}

function once<T>(compute: () => T): () => T {
  let done = false;
  let value: T;
  return () => {
    if (!done) {
      value = compute();
      done = true;
    }
    return value;
  };
}

/**
 * Prepares the evaluation of many accounts under one policy on one day.
 *
 * @param policy - One policy, a set of dated versions, or the output of `loadPolicy`. A plain
 *   object is copied and frozen: changing it afterwards never changes this run.
 * @param options - `{ asOf, engine?, extend?, locale? }`.
 * @returns The frozen run: `run.evaluate(account)` gives a decision (a promise of one with
 *   `engine: 'json-rules-engine'`), `run.evaluateRecord(record, index)` a decision or an error record.
 * @throws {@link ValidationError} for an invalid policy, `asOf` or `extend` (each fault of the
 *   declaration at its path, `extend.operators.isEven.value`), or when no version of the policy
 *   covers `asOf`.
 * @example
 * ```ts
 * const run = prepareRun(defaultPolicy, { asOf: '2026-11-23' });
 * run.policy.version;                 // => '2024.1'
 * run.evaluate(account).level.id;     // => 'reminder'
 * run.evaluateRecord({ id: 'X' }, 0).ok; // => false: an error record naming each missing field
 * ```
 */
export function prepareRun(policy: PolicySource, options: RunOptions & { engine?: 'compiled' }): PreparedRun<Decision>;
export function prepareRun(
  policy: PolicySource,
  options: RunOptions & { engine: 'json-rules-engine' },
): PreparedRun<Promise<Decision>>;
export function prepareRun(
  policy: PolicySource,
  options: RunOptions,
): PreparedRun<Decision> | PreparedRun<Promise<Decision>>;
export function prepareRun(
  policy: PolicySource,
  options: RunOptions,
): PreparedRun<Decision> | PreparedRun<Promise<Decision>> {
  const asOf = parseDate(options?.asOf, ['asOf']);
  const engine = options.engine ?? 'compiled';
  if (engine !== 'compiled' && engine !== 'json-rules-engine') {
    throw new ValidationError([makeIssue('invalid_value', ['engine'], engine, '"compiled" or "json-rules-engine"')]);
  }
  const locale = options.locale === undefined ? DEFAULT_LOCALE : parseLocale(options.locale, ['locale']);
  const explain = options.explain ?? 'full';
  if (explain !== 'full' && explain !== 'summary' && explain !== 'none') {
    throw new ValidationError([makeIssue('invalid_value', ['explain'], explain, '"full", "summary" or "none"')]);
  }
  const voice = voiceOf(locale);
  // The decisions' texts write the same amounts, rates and dates again and again: each once.
  const decisionVoice = keptVoice(voice);
  // Checked and copied: a host that changes its declaration afterwards changes nothing here.
  const vocabulary = vocabularyOf(options.extend, ['extend']);
  const loaded = loadedPolicyOf(policy, vocabulary);
  const version = policyInForce(loaded, asOf);
  const policyHash = versionHash(version);
  // The version compiled for each department met, kept by the run: one look-up per account.
  const compiledFor = new Map<string, CompiledPolicy>();
  const compiledOf = (department: string): CompiledPolicy => {
    let compiled = compiledFor.get(department);
    if (compiled === undefined) {
      compiled = compilePolicy(version, department, vocabulary);
      compiledFor.set(department, compiled);
    }
    return compiled;
  };

  // `kept`: the situation leaves the run (assess returns it) and may come back to it, so its
  // locale is remembered; evaluate's never does.
  const prepare = (raw: unknown, known?: Situation, kept = false): Prepared => {
    const account = isParsedAccount(raw) ? raw : parseIn(raw, locale);
    // A situation analysed in another locale says its legal bases in that locale: analysed again.
    const situation =
      known !== undefined && known.asOf === asOf && known.accountId === account.id && localeOf(known) === locale
        ? known
        : kept
          ? remember(analyzeAccount(account, asOf, voice), locale)
          : analyzeAccount(account, asOf, voice);
    // One compilation per department override of the version, made on first use and kept by
    // compilePolicy with the (deep-frozen) version it belongs to.
    const compiled = compiledOf(account.lease.department);
    // A departed tenant's means are judged on a rent they no longer pay: no instalment is sized.
    const maxInstalment = once(() =>
      situation.tenancy === 'departed'
        ? { instalment: null, reasons: [] }
        : affordableInstalment(situation, compiled.limits, decisionVoice),
    );
    const context: FactContext = {
      situation,
      account,
      planLimits: compiled.limits,
      promiseRules: compiled.promises,
      get maxSustainableInstalment() {
        return maxInstalment().instalment;
      },
    };
    return {
      account,
      situation,
      compiled,
      facts: factsOf(context, vocabulary),
      maxInstalment,
      voice: decisionVoice,
      explain,
    };
  };
  const describe = (): RunDescription => {
    if (vocabulary.key !== '') {
      throw new TypeError(
        'a run with host facts or operators (extend) cannot be described for a worker thread: its functions stay in this thread; evaluate in this thread (workers: 1)',
      );
    }
    return { policy: JSON.parse(JSON.stringify(loaded)) as unknown, asOf, engine: 'compiled', locale, explain };
  };
  const common = { asOf, engine, policy: version, policyHash, loaded, describe };

  if (engine === 'json-rules-engine') {
    const evaluateAsync = async (raw: unknown): Promise<Decision> => {
      const p = prepare(raw);
      const results = await jsonRulesEngineResults(p.compiled, p.facts, vocabulary);
      return decide({ ...p, policyHash, results });
    };
    return Object.freeze({
      ...common,
      evaluate: evaluateAsync,
      async evaluateRecord(record: unknown, index: number): Promise<RecordResult> {
        if (isUnreadable(record)) return errorResult(record, index, null, locale);
        try {
          return { ok: true, index, decision: await evaluateAsync(record) };
        } catch (error) {
          return errorResult(record, index, error, locale);
        }
      },
    }) as PreparedRun<Promise<Decision>>;
  }

  const evaluateSync = (raw: unknown): Decision => decideCompiled(prepare(raw), policyHash);
  const run = Object.freeze({
    ...common,
    evaluate: evaluateSync,
    evaluateRecord(record: unknown, index: number): RecordResult {
      if (isUnreadable(record)) return errorResult(record, index, null, locale);
      try {
        return { ok: true, index, decision: evaluateSync(record) };
      } catch (error) {
        return errorResult(record, index, error, locale);
      }
    },
  }) as PreparedRun<Decision>;
  ASSESSORS.set(run, (raw, situation) => {
    const p = prepare(raw, situation, true);
    return { account: p.account, situation: p.situation, decision: decideCompiled(p, policyHash) };
  });
  return run;
}

function decideCompiled(p: Prepared, policyHash: string): Decision {
  return decide({
    account: p.account,
    situation: p.situation,
    compiled: p.compiled,
    facts: p.facts,
    maxInstalment: p.maxInstalment,
    voice: p.voice,
    explain: p.explain,
    policyHash,
    // The traces are collected as the rules are evaluated, and only when the explanation shows them.
    results: compiledResults(p.compiled, p.facts, p.explain === 'full'),
  });
}

/**
 * An account evaluated with the compiled engine, with its parsed form and its situation, for a
 * report that needs both the decision and the figures behind it. The situation of an account
 * depends only on the account and `asOf`: comparing two policies on the same day, pass the
 * situation of the first assessment to the second rather than analyse the account again.
 *
 * @internal
 * @param run - A run prepared with the compiled engine.
 * @param account - A raw or parsed account.
 * @param situation - The account's situation on the run's `asOf`, when already known.
 * @returns The account, its situation and its decision.
 * @throws {@link ValidationError} for an invalid account.
 * @example
 * ```ts
 * const a = assess(baselineRun, account);
 * const b = assess(candidateRun, a.account, a.situation); // analysed once
 * ```
 */
export function assess(run: PreparedRun<Decision>, account: unknown, situation?: Situation): Assessment {
  const assessor = ASSESSORS.get(run);
  if (assessor === undefined) throw new TypeError('assess needs a run from prepareRun with the compiled engine');
  return assessor(account, situation);
}

const ASSESSORS = new WeakMap<object, (account: unknown, situation?: Situation) => Assessment>();

/** An account parsed, its issues (when invalid) in the run's locale. */
function parseIn(raw: unknown, locale: Locale): Account {
  try {
    return parseAccount(raw);
  } catch (error) {
    if (error instanceof ValidationError && locale !== 'en')
      throw new ValidationError(localizeIssues(error.issues, locale));
    throw error;
  }
}

/** The locale each situation analysed by a run was written in. */
const SITUATION_LOCALES = new WeakMap<Situation, Locale>();

function remember(situation: Situation, locale: Locale): Situation {
  SITUATION_LOCALES.set(situation, locale);
  return situation;
}

function localeOf(situation: Situation): Locale | undefined {
  return SITUATION_LOCALES.get(situation);
}

export type { LoadedPolicy, PolicySource, PolicyInput };
