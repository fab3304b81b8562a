/**
 * The decision for one account, from the results of the policy's rules and the law: the alert
 * level, the legal obligations, the next step (the first of the ladder whose conditions hold and
 * that the law allows, on a day the cadence and the calendar allow, through the channel the
 * tenant's profile calls for), the plan the household can afford, prevention advice, and why.
 *
 * @module
 */
import type { Account, Channel, Situation } from '../account';
import { rollForward, type IsoDate } from '../calendar';
import { LAW_TABLE_VERSION, type Obligation } from '../law';
import { formatEUR, isPositive, money } from '../money';
import { planStatus, planWithin, type PlanReason, type PlanStatus } from '../plans';
import { LIBRARY_VERSION } from '../version';
import type { CompiledPolicy } from './compile';
import type { FactReader } from './conditions';
import { DECISION_SCHEMA_VERSION, type Decision, type ExplanationEntry, type NextAction } from './decision';
import { needsApproval, stepBlocked } from './gates';
import { preventionAdvice } from './prevention';
import { traceOf, type RuleResults } from './rule-results';
import { chooseChannel, contactDate, fixedChannel, nextDueDate } from './schedule';

/** What the household can afford each month, or `null`, with the clauses that bind it. */
export interface SustainableInstalment {
  readonly instalment: string | null;
  readonly reasons: readonly PlanReason[];
}

/** Everything a decision is made of, each computed once for the account. */
export interface DecisionInputs {
  readonly account: Account;
  readonly situation: Situation;
  readonly compiled: CompiledPolicy;
  readonly policyHash: string;
  readonly results: RuleResults;
  readonly facts: FactReader;
  /** The largest sustainable instalment under the policy's limits, computed on first use. */
  readonly maxInstalment: () => SustainableInstalment;
}

type LevelRule = CompiledPolicy['levels'][number];
type StepRule = CompiledPolicy['steps'][number];

/** The highest-rank level whose conditions hold, and why. */
function levelOf(inputs: DecisionInputs, explanation: ExplanationEntry[]): LevelRule {
  const { compiled, results, facts } = inputs;
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
  return matched;
}

/** The channel and day of a step that may be proposed. */
function channelAndDate(
  inputs: DecisionInputs,
  s: StepRule,
  levelId: string,
  explanation: ExplanationEntry[],
): { channel: Channel; date: IsoDate; why: string } {
  const { compiled, results, account, situation, facts } = inputs;
  if (s.step.channel === 'internal') {
    return {
      channel: 'internal',
      date: rollForward(situation.asOf, { zone: situation.zone }),
      why: 'an internal step is not a contact with the tenant: no cadence applies',
    };
  }
  let channel: Channel;
  if (s.step.channel === 'profile') {
    const choice = chooseChannel(compiled, results, account, situation, facts);
    channel = choice.channel;
    explanation.push(choice.entry);
  } else {
    const fixed = fixedChannel(s.step.channel, s.index, account);
    channel = fixed.channel;
    if (fixed.entry !== null) explanation.push(fixed.entry);
  }
  return { channel, ...contactDate(compiled, account, situation, levelId) };
}

/** The message variables of a next action. */
function variablesOf(inputs: DecisionInputs): NextAction['variables'] {
  const { account, situation } = inputs;
  const deadline = situation.obligations.find(
    (o) => o.kind === 'deadline' && (o.status === 'upcoming' || o.status === 'due'),
  );
  const max = inputs.maxInstalment().instalment;
  return {
    tenantName: account.household.name ?? null,
    // Only the debt that may be asked for: never the debt a surendettement file froze (L.722-5).
    amountDue: situation.surendettement.currentDebt,
    amountDueText: formatEUR(situation.surendettement.currentDebt),
    monthsOwed: situation.surendettement.currentMonthsOfArrears,
    oldestDueDate: situation.surendettement.currentFirstDefaultOn,
    nextDeadline: deadline?.date ?? null,
    nextDeadlineCode: deadline?.code ?? null,
    maxInstalment: max,
    maxInstalmentText: max === null ? null : formatEUR(max),
  };
}

/** The first step of the ladder whose conditions hold and that the law allows, or `null`. */
function nextActionOf(
  inputs: DecisionInputs,
  level: LevelRule,
  explanation: ExplanationEntry[],
  obligations: Obligation[],
): NextAction | null {
  const { compiled, results, account, situation, facts } = inputs;
  if (!isPositive(situation.arrears)) {
    explanation.push({
      about: 'step',
      text: 'Nothing is owed: no recovery step.',
      source: 'law: a paid-up account has no next action',
    });
    return null;
  }
  for (const s of compiled.steps) {
    if (!results.step(s.index)) continue;
    const blocked = stepBlocked(s.step, account, situation);
    if (blocked !== null) {
      explanation.push({
        about: 'step',
        text: `Step "${s.step.id}" applies but is not proposed: ${blocked}.`,
        source: `steps[${s.index}]`,
        trace: traceOf(s.test, facts),
      });
      continue;
    }
    const { channel, date, why } = channelAndDate(inputs, s, level.level.id, explanation);
    const approval = needsApproval(s.step, account, situation);
    explanation.push({
      about: 'step',
      text: `Next step "${s.step.label}" (${s.step.id}) by ${channel} on ${date}: it is the first step of the ladder whose conditions hold and that the law allows.`,
      source: `steps[${s.index}]`,
      trace: traceOf(s.test, facts),
    });
    explanation.push({
      about: 'schedule',
      text: `Date ${date}: ${why}; never a weekend or a public holiday of the zone (${situation.zone}).`,
      source: 'cadence',
    });
    if (s.step.kind === 'surendettement-claim') {
      const sd = situation.surendettement;
      explanation.push({
        about: 'step',
        text: `The surendettement file is recevable since ${sd.recevableOn}: the ${formatEUR(sd.frozenDebt)} that fell due before is frozen and can only be recovered through the commission's measures, so the landlord declares it to the Banque de France commission, with the ledger that proves it. In practice, as soon as the commission's letter arrives and within the time it gives; log the declaration as a contact with this step.`,
        source: 'code de la consommation L.722-2, L.722-5; the delay: practice',
      });
    }
    if (approval) {
      obligations.push({
        code: 'human_review',
        kind: 'gate',
        date,
        basis: 'GDPR art. 22: a person decides a step with legal effect',
        status: 'closed',
      });
      explanation.push({
        about: 'law',
        text: `A person must approve "${s.step.id}" before it is carried out.`,
        source: 'GDPR art. 22',
      });
    }
    return {
      step: s.step.id,
      kind: s.step.kind,
      label: s.step.label,
      channel,
      date,
      requiresHumanApproval: approval,
      variables: variablesOf(inputs),
    };
  }
  const kept = situation.plan !== null && planStatus(situation.plan, compiled.limits).status === 'kept';
  explanation.push({
    about: 'step',
    text: kept ? 'No step applies today: the plan is kept; follow its next instalment.' : 'No step applies today.',
    source: 'steps',
  });
  return null;
}

const capitalised = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** What the explanation says of the plan on file, and whether a new plan may be proposed. */
function existingPlanText(
  plan: NonNullable<Situation['plan']>,
  state: PlanStatus,
): { text: string; source: string; propose: boolean } {
  const next = state.nextInstalment;
  const nextText = next === null ? '' : ` Next instalment: ${formatEUR(next.amount)} on ${next.dueOn}.`;
  const agreed = `the ${plan.kind === 'judicial' ? 'délais de paiement granted by the judge' : `${plan.kind} plan agreed`} on ${plan.agreedOn}`;
  switch (state.status) {
    case 'kept':
      return {
        text: `Plan en cours: ${agreed} ${plan.kind === 'judicial' ? 'are' : 'is'} kept (${plan.kept + plan.late} of ${plan.instalments.length} instalments paid, ${formatEUR(plan.scheduledRemaining)} left on the schedule).${nextText} No new plan is proposed.`,
        source: 'plans: a kept plan is followed, not replaced',
        propose: false,
      };
    case 'late':
      return {
        text: `${capitalised(agreed)}: ${plan.unpaid} instalment${plan.unpaid > 1 ? 's are' : ' is'} unpaid, within the policy's tolerance; the plan still runs.${nextText} No new plan is proposed: remind the household of the instalment.`,
        source: 'plans.brokenAfterUnpaid',
        propose: false,
      };
    case 'broken':
      if (plan.kind === 'judicial') {
        return {
          text: `${capitalised(agreed)} are broken. ${state.reason} The lease may now be treated as terminated. Contact the household urgently and ask the CESF to review its situation; no amicable plan is proposed.`,
          source: 'loi 89-462 art. 24 VII',
          propose: false,
        };
      }
      return {
        text: `${capitalised(agreed)} is broken: ${state.reason} Renegotiate it with the household.`,
        source: 'plans.brokenAfterUnpaid',
        propose: plan.kind !== 'surendettement',
      };
    case 'finished':
      return {
        text: `${capitalised(agreed)} is finished: every instalment was paid. It no longer holds back recovery: the arrears since then follow the ladder.`,
        source: 'plans',
        propose: true,
      };
  }
}

/** What the household can afford, a proposal, and the state of an existing plan; `null` when nothing is owed. */
function planOf(inputs: DecisionInputs, explanation: ExplanationEntry[]): Decision['plan'] {
  const { situation, compiled } = inputs;
  if (!isPositive(situation.arrears)) return null;
  const max = inputs.maxInstalment();
  const state = situation.plan === null ? null : planStatus(situation.plan, compiled.limits);
  const existing = state === null ? null : { kind: situation.plan!.kind, ...state };
  let propose = true;
  if (state !== null) {
    const said = existingPlanText(situation.plan!, state);
    explanation.push({ about: 'plan', text: said.text, source: said.source });
    propose = said.propose;
  }
  if (!propose) return { maxSustainableInstalment: max.instalment, proposal: null, existing };
  const sd = situation.surendettement;
  if (sd.frozen && !isPositive(sd.currentDebt)) {
    explanation.push({
      about: 'plan',
      text: `No plan is proposed: the ${formatEUR(sd.frozenDebt)} owed fell due before the surendettement file was recevable on ${sd.recevableOn}; it is frozen and is never put in a plan. It is declared to the commission instead.`,
      source: 'code de la consommation L.722-2, L.722-5',
    });
    return { maxSustainableInstalment: max.instalment, proposal: null, existing };
  }
  if (sd.frozen) {
    explanation.push({
      about: 'plan',
      text: `The plan covers only the current debt, ${formatEUR(sd.currentDebt)} fallen due since the surendettement file was recevable on ${sd.recevableOn}; the ${formatEUR(sd.frozenDebt)} owed before is frozen and stays out of it.`,
      source: 'code de la consommation L.722-2, L.722-5',
    });
  }
  const proposal = planWithin(situation, compiled.limits, nextDueDate(situation), money(sd.currentDebt), max);
  explanation.push({
    about: 'plan',
    text: proposal.feasible
      ? `The household can afford up to ${formatEUR(max.instalment!)} a month: a plan of ${proposal.months} instalments of ${formatEUR(proposal.instalment!)} from ${proposal.schedule[0]!.dueOn}.`
      : `No plan is proposed: ${proposal.reasons.map((r) => r.message).join(' ')}`,
    source: 'plans',
  });
  return { maxSustainableInstalment: max.instalment, proposal, existing };
}

/** The gates that open a step of enforcement, suspended while a surendettement file is recevable. */
const ENFORCEMENT_GATES: ReadonlySet<string> = new Set(['assignation_earliest', 'cure_period_end']);

function byDateThenCode(a: Obligation, b: Obligation): number {
  return a.date < b.date ? -1 : a.date > b.date ? 1 : a.code < b.code ? -1 : a.code > b.code ? 1 : 0;
}

/**
 * Makes the decision for one account.
 *
 * @param inputs - The account, its situation, the compiled policy and the rules' results.
 * @returns The decision: plain JSON, the same bytes for the same inputs.
 */
export function decide(inputs: DecisionInputs): Decision {
  const { account, situation, compiled } = inputs;
  const policy = compiled.policy;
  const explanation: ExplanationEntry[] = [];
  const level = levelOf(inputs, explanation);
  const sd = situation.surendettement;
  for (const o of situation.obligations) {
    const suspended = sd.frozen && o.kind === 'gate' && ENFORCEMENT_GATES.has(o.code) && o.status === 'open';
    explanation.push({
      about: 'law',
      text: suspended
        ? `${o.code} (${o.kind}) on ${o.date}: open, but suspended: a surendettement file is recevable since ${sd.recevableOn}, no enforcement may be pursued.`
        : `${o.code} (${o.kind}) on ${o.date}: ${o.status}.`,
      source: suspended ? `${o.basis}; code de la consommation L.722-2` : o.basis,
    });
  }
  if (sd.frozen) {
    explanation.push({
      about: 'law',
      text: `A surendettement file is recevable since ${sd.recevableOn}: ${formatEUR(sd.frozenDebt)} fell due before and is frozen (never reminded, never in a plan, never pursued); ${formatEUR(sd.currentDebt)} fell due since and is collected normally.`,
      source: 'code de la consommation L.722-2, L.722-5',
    });
  }
  const obligations: Obligation[] = [...situation.obligations];
  const nextAction = nextActionOf(inputs, level, explanation, obligations);
  const plan = planOf(inputs, explanation);
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
      policyHash: inputs.policyHash,
    },
    level: { id: level.level.id, rank: level.level.rank, label: level.level.label },
    obligations: obligations.sort(byDateThenCode),
    nextAction,
    plan,
    prevention: preventionAdvice(situation, compiled),
    explanation,
  };
}
