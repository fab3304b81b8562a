/**
 * `evaluate(account, policy, { asOf })`: what a recovery officer sees each morning for a tenant —
 * the alert level, the legal duties and their dates, the next step with its channel and date, the
 * plan the household can afford, prevention advice, and why.
 *
 * The law is applied whatever the policy says: legal gates, the ban on enforcement while a
 * surendettement file is recevable or while délais granted by a judge are kept, human approval
 * for steps with legal effect, no action on a weekend or public holiday of the zone.
 *
 * @module
 */
import { analyze, isParsedAccount, parseAccount, type Account, type Channel, type Obligation, type Situation } from '../account';
import { addDays, addMonths, dayOfWeek, isBusinessDay, parseDate, rollForward, type IsoDate } from '../calendar';
import { LAW_TABLE_VERSION } from '../law';
import { formatEUR, isPositive, isWithinRate } from '../money';
import { maxSustainableInstalment, planStatus, proposePlan, type PlanProposalResult, type PlanStatus } from '../plans';
import { LIBRARY_VERSION } from '../version';
import { compilePolicy, type CompiledPolicy } from './compile';
import type { FactReader, TraceEntry } from './conditions';
import { evaluateWithJsonRulesEngine, type EngineExtension } from './engine';
import { FACTS, type FactContext } from './facts';
import { contentHash } from './hash';
import type { Policy, Step, StepKind } from './policy-schema';
import { LEGAL_EFFECT_STEPS, LEGAL_PREREQUISITES, isLoadedPolicy, loadPolicy, policyInForce, type PolicySet } from './validate';

/**
 * Version of the decision format.
 *
 * @example
 * ```ts
 * DECISION_SCHEMA_VERSION; // => '1'
 * ```
 */
export const DECISION_SCHEMA_VERSION = '1';

/** The next step proposed. */
export interface NextAction {
  /** Step id in the policy. */
  readonly step: string;
  readonly kind: StepKind;
  readonly label: string;
  readonly channel: Channel;
  /** The day to carry it out: never before `asOf`, never a weekend or public holiday of the zone. */
  readonly date: IsoDate;
  /** A person must approve it first (GDPR art. 22); false once approved. */
  readonly requiresHumanApproval: boolean;
  /** Values to personalise the message. */
  readonly variables: Readonly<Record<string, string | number | null>>;
}

/** Advice that is not a recovery step. */
export interface Prevention {
  readonly code: 'spread-regularisation' | 'check-housing-benefit' | 'consider-mutation' | 'cesf-review';
  readonly message: string;
  readonly basis: string;
}

/** One line of the explanation. */
export interface ExplanationEntry {
  /** What it explains: `level`, `channel`, `step`, `law`, `plan`, `schedule`. */
  readonly about: 'level' | 'channel' | 'step' | 'law' | 'plan' | 'schedule';
  /** A sentence a recovery officer can read to the tenant. */
  readonly text: string;
  /** The rule or article it rests on (`levels[3]`, `loi 89-462 art. 24 II`…). */
  readonly source: string;
  /** Conditions evaluated for it, with the facts' values. */
  readonly trace?: readonly TraceEntry[];
}

/** The decision for one account. Plain JSON, identical for identical inputs. */
export interface Decision {
  readonly schemaVersion: string;
  readonly accountId: string;
  readonly asOf: IsoDate;
  readonly policy: { readonly id: string; readonly version: string };
  readonly provenance: {
    readonly library: string;
    readonly lawTable: string;
    readonly policyId: string;
    readonly policyVersion: string;
    /** Hash of the policy's content (FNV-1a 64 of its canonical JSON), to replay and audit. */
    readonly policyHash: string;
  };
  readonly level: { readonly id: string; readonly rank: number; readonly label: string };
  readonly obligations: readonly Obligation[];
  readonly nextAction: NextAction | null;
  readonly plan: {
    readonly maxSustainableInstalment: string | null;
    readonly proposal: PlanProposalResult | null;
    readonly existing: (PlanStatus & { readonly kind: string }) | null;
  } | null;
  readonly prevention: readonly Prevention[];
  readonly explanation: readonly ExplanationEntry[];
}

/** Options of {@link evaluate}. */
export interface EvaluateOptions {
  /** The evaluation date. Always given: nothing is read from the clock. */
  readonly asOf: IsoDate;
  /** `compiled` (default, synchronous) or `json-rules-engine` (asynchronous, extensible). */
  readonly engine?: 'compiled' | 'json-rules-engine';
  /** For `json-rules-engine`: adds host operators or facts to each engine. */
  readonly extend?: EngineExtension;
}

type PolicyLike = Policy | PolicySet | unknown;

const loaded = new WeakMap<object, PolicySet>();

function policySetOf(policy: PolicyLike): PolicySet {
  if (policy !== null && typeof policy === 'object') {
    const hit = loaded.get(policy);
    if (hit !== undefined) return hit;
    if (isLoadedPolicy(policy)) return policy;
    const set = loadPolicy(policy);
    loaded.set(policy, set);
    return set;
  }
  return loadPolicy(policy);
}

/** Everything the rules read, computed once per account and lazily per fact. */
function factsOf(ctx: FactContext): FactReader {
  const values = new Map<string, unknown>();
  return (name) => {
    if (values.has(name)) return values.get(name);
    const def = Object.hasOwn(FACTS, name) ? FACTS[name] : undefined;
    const value = def === undefined ? undefined : def.get(ctx);
    values.set(name, value);
    return value;
  };
}

/** The results of every rule, from one engine or the other. */
interface RuleResults {
  level(index: number): boolean;
  channel(index: number): boolean;
  step(index: number): boolean;
}

function compiledResults(compiled: CompiledPolicy, facts: FactReader): RuleResults {
  const memo = (tests: readonly ({ test: ((f: FactReader) => boolean) | null; index: number })[]) => {
    const byIndex = new Map<number, boolean>();
    return (index: number) => {
      let r = byIndex.get(index);
      if (r === undefined) {
        const t = tests.find((x) => x.index === index)!;
        r = t.test === null ? true : t.test(facts);
        byIndex.set(index, r);
      }
      return r;
    };
  };
  return { level: memo(compiled.levels), channel: memo(compiled.channelRules), step: memo(compiled.steps) };
}

async function jsonRulesEngineResults(compiled: CompiledPolicy, facts: FactReader, extend?: EngineExtension): Promise<RuleResults> {
  const rules = [
    ...compiled.levels.filter((l) => l.conditions !== null).map((l) => ({ id: `level:${l.index}`, conditions: l.conditions! })),
    ...compiled.channelRules.map((r) => ({ id: `channel:${r.index}`, conditions: r.conditions })),
    ...compiled.steps.filter((s) => s.conditions !== null).map((s) => ({ id: `step:${s.index}`, conditions: s.conditions! })),
  ];
  const values: Record<string, unknown> = {};
  for (const name of Object.keys(FACTS)) values[name] = facts(name);
  const results = await evaluateWithJsonRulesEngine(rules, values, extend);
  const get = (prefix: string) => (index: number) => results[`${prefix}:${index}`] ?? true;
  return { level: get('level'), channel: get('channel'), step: get('step') };
}

/** Traces a rule's conditions with the compiled evaluator, for the explanation. */
function traceOf(test: ((f: FactReader, t?: TraceEntry[]) => boolean) | null, facts: FactReader): TraceEntry[] {
  const trace: TraceEntry[] = [];
  test?.(facts, trace);
  return trace;
}

const DAY_NAMES = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;

/** Why a step is not proposed, or `null` when it may be. */
function stepBlocked(step: Step, account: Account, situation: Situation): string | null {
  const asOf = situation.asOf;
  const since = situation.arrearsSince ?? asOf;
  const p = account.procedure ?? {};
  const law = LEGAL_PREREQUISITES[step.kind] ?? [];
  for (const gate of new Set([...law, ...(step.requires ?? [])])) {
    const o = situation.obligations.find((x) => x.code === gate);
    if (o === undefined || o.status !== 'open') {
      return gate === 'assignation_earliest'
        ? `no assignation before 2 months after the CCAPEX referral (loi 89-462 art. 24 II)${o ? `: allowed from ${o.date}` : ': no referral recorded'}`
        : `the legal gate ${gate} is not open`;
    }
  }
  if (step.kind === 'commandement' || step.kind === 'assignation') {
    if (situation.surendettement.frozen) return 'a surendettement file is recevable: enforcement is suspended (code conso L.722-2)';
    const plan = situation.plan;
    if (plan !== null && plan.kind === 'judicial' && plan.unpaid === 0 && plan.upcoming > 0) {
      return 'délais de paiement granted by the judge are being kept: the clause résolutoire is suspended (loi 89-462 art. 24 VII)';
    }
  }
  const recordedOn: Partial<Record<StepKind, IsoDate | null | undefined>> = {
    'caf-signal': p.cafSignalledOn,
    'ccapex-referral': p.ccapexReferredOn,
    'fsl-referral': p.fslReferredOn,
    commandement: p.commandementOn,
    assignation: p.assignationOn,
  };
  const recorded = recordedOn[step.kind];
  if (recorded != null && recorded >= since && recorded <= asOf) return `already done on ${recorded}`;
  if (step.repeat !== true) {
    const done = (account.contacts ?? []).find((c) => c.step === step.id && c.date >= since && c.date <= asOf);
    if (done !== undefined) return `already done on ${done.date}`;
  }
  const refused = (account.approvals ?? []).find((a) => a.step === step.id && a.decision === 'refused' && a.date >= since && a.date <= asOf);
  if (refused !== undefined) return `refused by a person on ${refused.date}`;
  return null;
}

function contactDates(account: Account, asOf: IsoDate): IsoDate[] {
  return (account.contacts ?? [])
    .filter((c) => c.channel !== 'internal' && c.date <= asOf)
    .map((c) => c.date)
    .sort();
}

/** The first day a tenant contact may take place, per the cadence, the cap and the calendar. */
function contactDate(compiled: CompiledPolicy, account: Account, situation: Situation, levelId: string): { date: IsoDate; why: string } {
  const cadence = compiled.policy.cadence;
  const minDays = cadence.byLevel?.[levelId]?.minDaysBetweenContacts ?? cadence.minDaysBetweenContacts;
  const dates = contactDates(account, situation.asOf);
  const last = dates[dates.length - 1];
  let date = situation.asOf;
  let why = 'as soon as possible';
  if (last !== undefined && addDays(last, minDays) > date) {
    date = addDays(last, minDays);
    why = `${minDays} days after the last contact on ${last} (policy cadence)`;
  }
  for (let guard = 0; guard < 400; guard++) {
    const inWindow = dates.filter((d) => d > addDays(date, -7) && d <= date);
    if (inWindow.length >= cadence.maxContactsPer7Days) {
      date = addDays(inWindow[0]!, 7);
      why = `at most ${cadence.maxContactsPer7Days} contact(s) in 7 days (policy cadence)`;
      continue;
    }
    const day = DAY_NAMES[dayOfWeek(date) - 1]!;
    if (!cadence.contactDays.includes(day) || !isBusinessDay(date, { zone: situation.zone })) {
      date = addDays(date, 1);
      continue;
    }
    break;
  }
  return { date, why };
}

function chooseChannel(
  compiled: CompiledPolicy,
  results: RuleResults,
  account: Account,
  situation: Situation,
  facts: FactReader,
): { channel: Channel; entry: ExplanationEntry } {
  const matched = compiled.channelRules.find((r) => results.channel(r.index));
  const list = matched?.rule.use ?? compiled.policy.channels.fallback;
  const preferred = (account.household.preferredChannels ?? []).find((c) => (list as readonly string[]).includes(c));
  const ordered = preferred === undefined ? [...list] : [preferred, ...list.filter((c) => c !== preferred)];
  const since = situation.arrearsSince ?? situation.asOf;
  const made = contactDates(account, situation.asOf).filter((d) => d >= since).length;
  const channel = ordered[made % ordered.length]! as Channel;
  const trace = compiled.channelRules
    .filter((r) => matched === undefined || r.index <= matched.index)
    .flatMap((r) => traceOf(r.test, facts));
  return {
    channel,
    entry: {
      about: 'channel',
      text: matched
        ? `Channel ${channel}: the tenant's profile matches the channel rule "${matched.rule.id}" (${ordered.join(', ')}, in turn; contact n° ${made + 1} of these arrears).`
        : `Channel ${channel}: no channel rule matches, so the fallback channels apply (${ordered.join(', ')}, in turn).`,
      source: matched ? `channels.rules[${matched.index}]` : 'channels.fallback',
      trace,
    },
  };
}

function prevention(situation: Situation, compiled: CompiledPolicy): Prevention[] {
  const out: Prevention[] = [];
  const a = situation.affordability;
  if (isPositive(situation.earlySigns.chargesRegularisationDebt)) {
    out.push({
      code: 'spread-regularisation',
      message: `A charges regularisation of ${formatEUR(situation.earlySigns.chargesRegularisationDebt)} is unpaid: offer to spread it over the coming months.`,
      basis: 'policy: prevention',
    });
  }
  const aboveCap = isPositive(a.resources) && !isWithinRate(a.residualRent, a.resources, compiled.limits.maxEffortRate);
  if (aboveCap && situation.earlySigns.housingBenefit === 'none') {
    out.push({
      code: 'check-housing-benefit',
      message: 'No housing benefit is on file while the effort rate is above the cap: check the household’s APL rights now (the benefit is not retroactive).',
      basis: 'CCH L.821-1 and following (aides personnelles au logement)',
    });
  }
  if (aboveCap) {
    out.push({
      code: 'consider-mutation',
      message: `The effort rate (${a.effortRateNet ?? 'n/a'}) is above the policy cap (${compiled.limits.maxEffortRate}): suggest a move to a smaller, cheaper home (mutation).`,
      basis: 'CCH R.441-3-1 (effort rate); policy: plans.maxEffortRate',
    });
    out.push({
      code: 'cesf-review',
      message: 'Ask the CESF (conseillère en économie sociale et familiale) to review the household’s budget with it.',
      basis: 'policy: prevention',
    });
  }
  return out;
}

/** The next rent due day strictly after `asOf`: the first due date of a proposed plan. */
function nextDueDate(situation: Situation): IsoDate {
  const monthStart = `${situation.asOf.slice(0, 7)}-01`;
  // The due day of a month, or its last day when the month is shorter (a 31 in February).
  const dueIn = (first: IsoDate) => addDays(first, Math.min(situation.dueDay, daysInMonthOf(first)) - 1);
  const thisMonth = dueIn(monthStart);
  return thisMonth > situation.asOf ? thisMonth : dueIn(addMonths(monthStart, 1));
}

function daysInMonthOf(firstOfMonth: IsoDate): number {
  return Number(addDays(addMonths(firstOfMonth, 1), -1).slice(8, 10));
}

function decide(
  account: Account,
  compiled: CompiledPolicy,
  situation: Situation,
  results: RuleResults,
  facts: FactReader,
  maxInstalment: string | null,
): Decision {
  const policy = compiled.policy;
  const explanation: ExplanationEntry[] = [];

  // Level: the highest-rank level whose conditions hold.
  const matched = compiled.levels.find((l) => results.level(l.index))!;
  const above = compiled.levels.filter((l) => l.level.rank > matched.level.rank);
  explanation.push({
    about: 'level',
    text:
      matched.conditions === null
        ? `Level "${matched.level.label}": no higher level's conditions hold.`
        : `Level "${matched.level.label}": its conditions hold${above.length > 0 ? ` and those of the higher levels (${above.map((l) => l.level.id).join(', ')}) do not` : ''}.`,
    source: `levels[${matched.index}]`,
    trace: [...above.flatMap((l) => traceOf(l.test, facts)), ...traceOf(matched.test, facts)],
  });

  // The law's obligations, always.
  for (const o of situation.obligations) {
    explanation.push({ about: 'law', text: `${o.code} (${o.kind}) on ${o.date}: ${o.status}.`, source: o.basis });
  }

  // Next action: the first step that applies and that the law allows.
  let nextAction: NextAction | null = null;
  const obligations: Obligation[] = [...situation.obligations];
  if (isPositive(situation.arrears)) {
    for (const s of compiled.steps) {
      if (!results.step(s.index)) continue;
      const blocked = stepBlocked(s.step, account, situation);
      if (blocked !== null) {
        explanation.push({ about: 'step', text: `Step "${s.step.id}" applies but is not proposed: ${blocked}.`, source: `steps[${s.index}]`, trace: traceOf(s.test, facts) });
        continue;
      }
      let channel: Channel;
      let date: IsoDate;
      let why: string;
      if (s.step.channel === 'internal') {
        channel = 'internal';
        date = rollForward(situation.asOf, { zone: situation.zone });
        why = 'an internal step is not a contact with the tenant: no cadence applies';
      } else {
        if (s.step.channel === 'profile') {
          const choice = chooseChannel(compiled, results, account, situation, facts);
          channel = choice.channel;
          explanation.push(choice.entry);
        } else {
          channel = s.step.channel;
        }
        ({ date, why } = contactDate(compiled, account, situation, matched.level.id));
      }
      const approved = (account.approvals ?? []).some(
        (a) => a.step === s.step.id && a.decision === 'approved' && a.date >= (situation.arrearsSince ?? situation.asOf) && a.date <= situation.asOf,
      );
      const needsApproval = (s.step.humanApproval || LEGAL_EFFECT_STEPS.includes(s.step.kind)) && !approved;
      const deadline = situation.obligations.filter((o) => o.kind === 'deadline' && (o.status === 'upcoming' || o.status === 'due'))[0];
      nextAction = {
        step: s.step.id,
        kind: s.step.kind,
        label: s.step.label,
        channel,
        date,
        requiresHumanApproval: needsApproval,
        variables: {
          tenantName: account.household.name ?? null,
          amountDue: situation.arrears,
          amountDueText: formatEUR(situation.arrears),
          monthsOwed: situation.monthsOfArrears,
          oldestDueDate: situation.firstDefaultOn,
          nextDeadline: deadline?.date ?? null,
          nextDeadlineCode: deadline?.code ?? null,
          maxInstalment: maxInstalment,
          maxInstalmentText: maxInstalment === null ? null : formatEUR(maxInstalment),
        },
      };
      explanation.push({
        about: 'step',
        text: `Next step "${s.step.label}" (${s.step.id}) by ${channel} on ${date}: it is the first step of the ladder whose conditions hold and that the law allows.`,
        source: `steps[${s.index}]`,
        trace: traceOf(s.test, facts),
      });
      explanation.push({ about: 'schedule', text: `Date ${date}: ${why}; never a weekend or a public holiday of the zone (${situation.zone}).`, source: 'cadence' });
      if (needsApproval) {
        obligations.push({ code: 'human_review', kind: 'gate', date, basis: 'GDPR art. 22: a person decides a step with legal effect', status: 'closed' });
        explanation.push({ about: 'law', text: `A person must approve "${s.step.id}" before it is carried out.`, source: 'GDPR art. 22' });
      }
      break;
    }
    if (nextAction === null) explanation.push({ about: 'step', text: 'No step applies today.', source: 'steps' });
  } else {
    explanation.push({ about: 'step', text: 'Nothing is owed: no recovery step.', source: 'law: a paid-up account has no next action' });
  }

  // Plan: what the household can afford, and a proposal.
  let plan: Decision['plan'] = null;
  if (isPositive(situation.arrears)) {
    const proposal = proposePlan(situation, compiled.limits, { firstDueDate: nextDueDate(situation) });
    const existing = situation.plan === null ? null : { kind: situation.plan.kind, ...planStatus(situation.plan, compiled.limits) };
    plan = { maxSustainableInstalment: maxInstalment, proposal, existing };
    explanation.push({
      about: 'plan',
      text:
        proposal.feasible
          ? `The household can afford up to ${formatEUR(maxInstalment!)} a month: a plan of ${proposal.months} instalments of ${formatEUR(proposal.instalment!)} from ${proposal.schedule[0]!.dueOn}.`
          : `No plan is proposed: ${proposal.reasons.map((r) => r.message).join(' ')}`,
      source: 'plans',
    });
  }

  return {
    schemaVersion: DECISION_SCHEMA_VERSION,
    accountId: account.id,
    asOf: situation.asOf,
    policy: { id: policy.id, version: policy.version },
    provenance: {
      library: LIBRARY_VERSION,
      lawTable: LAW_TABLE_VERSION,
      policyId: policy.id,
      policyVersion: policy.version,
      policyHash: contentHash(policy),
    },
    level: { id: matched.level.id, rank: matched.level.rank, label: matched.level.label },
    obligations: obligations.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.code < b.code ? -1 : a.code > b.code ? 1 : 0)),
    nextAction,
    plan,
    prevention: prevention(situation, compiled),
    explanation,
  };
}

function prepare(account: unknown, policy: PolicyLike, options: EvaluateOptions) {
  const asOf = parseDate(options?.asOf, ['asOf']);
  const acc = isParsedAccount(account) ? account : parseAccount(account);
  const version = policyInForce(policySetOf(policy), asOf);
  const situation = analyze(acc, { asOf });
  const compiled = compilePolicy(version, acc.lease.department);
  const max = maxSustainableInstalment(situation, compiled.limits).instalment;
  const facts = factsOf({ situation, account: acc, maxSustainableInstalment: max });
  return { acc, compiled, situation, facts, max };
}

/**
 * Evaluates one account under a policy as of a date.
 *
 * @param account - A raw JSON account (parsed on entry) or the output of `parseAccount`.
 * @param policy - One policy, a set of dated versions, or the output of `loadPolicy`.
 * @param options - `{ asOf }`; `engine: 'json-rules-engine'` returns a promise.
 * @returns The {@link Decision}.
 * @throws {@link ValidationError} for an invalid account, policy or `asOf`, or when no version
 *   of the policy covers `asOf`.
 * @example
 * ```ts
 * evaluate(account, defaultPolicy, { asOf: '2026-11-23' }).nextAction?.step; // => 'caf-signal'
 * ```
 */
export function evaluate(account: unknown, policy: PolicyLike, options: EvaluateOptions & { engine?: 'compiled' }): Decision;
export function evaluate(account: unknown, policy: PolicyLike, options: EvaluateOptions & { engine: 'json-rules-engine' }): Promise<Decision>;
export function evaluate(account: unknown, policy: PolicyLike, options: EvaluateOptions): Decision | Promise<Decision>;
export function evaluate(account: unknown, policy: PolicyLike, options: EvaluateOptions): Decision | Promise<Decision> {
  if (options?.engine === 'json-rules-engine') {
    return (async () => {
      const { acc, compiled, situation, facts, max } = prepare(account, policy, options);
      const results = await jsonRulesEngineResults(compiled, facts, options.extend);
      return decide(acc, compiled, situation, results, facts, max);
    })();
  }
  const { acc, compiled, situation, facts, max } = prepare(account, policy, options);
  return decide(acc, compiled, situation, compiledResults(compiled, facts), facts, max);
}

