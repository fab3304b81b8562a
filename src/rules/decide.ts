/**
 * The decision for one account, from the results of the policy's rules and the law: the alert
 * level, the legal obligations, the next step (the first of the ladder whose conditions hold and
 * that the law allows, on a day the cadence and the calendar allow, through the channel the
 * tenant's profile calls for), the plan the household can afford, prevention advice, why, and
 * the first day it may change with no new data (`reviewOn`, `review.ts`).
 *
 * @module
 */
import type { Account, Channel, Situation } from '../account';
import { rollForward, type IsoDate } from '../calendar';
import { LAW_TABLE_VERSION, compareObligations, hasLegalEffect, type Obligation } from '../law';
import { money } from '../money';
import { isAbove0 } from '../plans/exact';
import { planStatus, planWithin, type PlanReason } from '../plans';
import type { Voice } from '../i18n';
import { LIBRARY_VERSION } from '../version';
import type { CompiledPolicy } from './compile';
import type { FactReader } from './conditions';
import { partiesOf } from './addressee';
import { caseNotes } from './case-notes';
import { renderActionMessage } from './messages';
import {
  DECISION_SCHEMA_VERSION,
  type Action,
  type Decision,
  type ExplanationEntry,
  type TraceEntry,
} from './decision';
import { needsApproval, stepBlocked } from './gates';
import { existingPlanText, proposeAfter } from './plan-text';
import { preventionAdvice } from './prevention';
import { reviewOn } from './review';
import type { RuleResults } from './rule-results';
import type { ExplainLevel } from './run';
import { chooseChannel, contactDate, fixedChannel, nextDueDate } from './schedule';
import { stepNote } from './step-notes';

/**
 * What the household can afford each month, or `null` with the reasons why not (a decision shows
 * them with the plan refused; it never shows the clause that sizes an affordable instalment).
 */
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
  /** The locale's messages and formats, for every text of the decision. */
  readonly voice: Voice;
  /** How much of the explanation the decision carries; `full` when absent. */
  readonly explain?: ExplainLevel;
}

/**
 * The explanation being written, as much of it as the run asks for: with `none` no text is built
 * at all, with `summary` the entries have no trace and no condition is traced.
 */
export interface Explanation {
  readonly entries: ExplanationEntry[];
  /** Whether the entries are written (`full` and `summary`). */
  readonly texts: boolean;
  /** Whether the entries of rules carry the trace of their conditions (`full`). */
  readonly traces: boolean;
  /** Adds entries; callers build them only when {@link Explanation.texts} is true. */
  push(...entries: readonly ExplanationEntry[]): void;
  /** Adds the entry of a rule, with the trace of its conditions when the run shows traces. */
  traced(about: ExplanationEntry['about'], text: string, source: string, trace: () => TraceEntry[]): void;
}

/**
 * An empty explanation for a run's level. Plain data and functions shared by every account (no
 * closure nor class instance per account): a batch makes one per account, and the optimised code
 * of per-account functions or of a class's instances is dropped whenever a collection finds none
 * alive.
 */
export function explanationFor(level: ExplainLevel = 'full'): Explanation {
  return { entries: [], texts: level !== 'none', traces: level === 'full', push: pushEntries, traced: pushTraced };
}

function pushEntries(this: Explanation, ...entries: readonly ExplanationEntry[]): void {
  for (const e of entries) this.entries.push(e);
}

function pushTraced(
  this: Explanation,
  about: ExplanationEntry['about'],
  text: string,
  source: string,
  trace: () => TraceEntry[],
): void {
  this.entries.push(this.traces ? { about, text, source, trace: trace() } : { about, text, source });
}

/**
 * A voice that writes nothing: for the parts of a decision whose words go only to the explanation
 * (why a step is blocked, to whom and why an action is addressed), when the run writes none. Their
 * outcome never depends on the words: a blocked step has a reason, empty or not.
 */
const SILENT: Readonly<Record<string, Voice>> = Object.freeze({
  fr: silent('fr'),
  en: silent('en'),
});

function silent(locale: Voice['locale']): Voice {
  const nothing = () => '';
  return Object.freeze({
    locale,
    say: nothing,
    word: nothing,
    money: nothing,
    rate: nothing,
    date: nothing,
    count: nothing,
  });
}

type LevelRule = CompiledPolicy['levels'][number];
type StepRule = CompiledPolicy['steps'][number];

/** The sentence and source of each level of a compiled policy, by locale and level: the same for every account. */
const LEVEL_TEXTS = new WeakMap<CompiledPolicy, Map<string, { readonly text: string; readonly source: string }>>();

/** Why a level is the account's: it holds, and the levels above do not. */
function levelText(
  compiled: CompiledPolicy,
  matched: LevelRule,
  above: readonly LevelRule[],
  voice: Voice,
): { readonly text: string; readonly source: string } {
  let texts = LEVEL_TEXTS.get(compiled);
  if (texts === undefined) {
    texts = new Map();
    LEVEL_TEXTS.set(compiled, texts);
  }
  const key = `${voice.locale} ${matched.index}`;
  let said = texts.get(key);
  if (said === undefined) {
    const label = matched.level.label;
    said = {
      text:
        matched.conditions === null
          ? voice.say('decision.level.noHigher', { label })
          : above.length > 0
            ? voice.say('decision.level.holdsAbove', { label, above: above.map((l) => l.level.id).join(', ') })
            : voice.say('decision.level.holds', { label }),
      source: `levels[${matched.index}]`,
    };
    texts.set(key, said);
  }
  return said;
}

/** The highest-rank level whose conditions hold, and why. */
function levelOf(inputs: DecisionInputs, explanation: Explanation): LevelRule {
  const { compiled, results, voice } = inputs;
  const matched = compiled.levels.find((l) => results.level(l.index))!;
  if (!explanation.texts) return matched;
  const above = compiled.levels.filter((l) => l.level.rank > matched.level.rank);
  const { text, source } = levelText(compiled, matched, above, voice);
  explanation.traced(
    'level',
    text,
    source,
    // The levels above were evaluated (and failed) before this one: their traces come first.
    () => {
      const trace: TraceEntry[] = [];
      for (const l of above) for (const t of results.trace('level', l.index)) trace.push(t);
      for (const t of results.trace('level', matched.index)) trace.push(t);
      return trace;
    },
  );
  return matched;
}

/** The channel and day of a step that may be proposed. */
function channelAndDate(
  inputs: DecisionInputs,
  s: StepRule,
  levelId: string,
  explanation: Explanation,
): { channel: Channel; date: IsoDate; why: string } {
  const { compiled, results, account, situation } = inputs;
  if (s.step.channel === 'internal') {
    return {
      channel: 'internal',
      date: rollForward(situation.asOf, { zone: situation.zone }),
      why: explanation.texts ? inputs.voice.say('decision.internalNoCadence', {}) : '',
    };
  }
  let channel: Channel;
  if (s.step.channel === 'profile') {
    const wording = explanation.texts ? inputs.voice : SILENT[inputs.voice.locale]!;
    const choice = chooseChannel(compiled, results, account, situation, wording, explanation);
    channel = choice.channel;
    if (choice.entry !== null) explanation.push(choice.entry);
  } else {
    const fixed = fixedChannel(
      s.step.channel,
      s.index,
      account,
      explanation.texts ? inputs.voice : SILENT[inputs.voice.locale]!,
    );
    channel = fixed.channel;
    if (fixed.entry !== null && explanation.texts) explanation.push(fixed.entry);
  }
  return { channel, ...contactDate(compiled, account, situation, levelId, inputs.voice, explanation.texts) };
}

/** The message variables of a next action. */
function variablesOf(inputs: DecisionInputs): Action['variables'] {
  const { account, situation } = inputs;
  const deadline = situation.obligations.find(
    (o) => o.kind === 'deadline' && (o.status === 'upcoming' || o.status === 'due'),
  );
  const max = inputs.maxInstalment().instalment;
  return {
    tenantName: account.household.name ?? null,
    // Only the debt that may be asked for: never the debt a surendettement file froze (L.722-5).
    amountDue: situation.surendettement.currentDebt,
    amountDueText: inputs.voice.money(situation.surendettement.currentDebt),
    monthsOwed: situation.surendettement.currentMonthsOfArrears,
    oldestDueDate: situation.surendettement.currentFirstDefaultOn,
    nextDeadline: deadline?.date ?? null,
    nextDeadlineCode: deadline?.code ?? null,
    maxInstalment: max,
    maxInstalmentText: max === null ? null : inputs.voice.money(max),
  };
}

/**
 * The basis of the approval a step needs (the law for a step with legal effect, else the policy),
 * and the short source the explanation names.
 */
function approvalBasis(s: StepRule, voice: Voice): { basis: string; source: string } {
  if (hasLegalEffect(s.step.kind)) {
    return {
      basis: voice.say('decision.approval.legalEffect', {}),
      source: voice.say('decision.approval.legalEffect.source', {}),
    };
  }
  if (s.step.kind === 'write-off') {
    return {
      basis: voice.say('decision.approval.writeOff', {}),
      source: voice.say('decision.approval.writeOff.source', {}),
    };
  }
  const basis = voice.say('decision.approval.policy', { index: s.index });
  return { basis, source: basis };
}

/**
 * Every action due, in the ladder's order: each step whose conditions hold and that the law
 * allows, internal steps (once per kind) until the first contact with the tenant, which ends the
 * list: one contact at a time, the back office's steps beside it.
 */
function actionsOf(
  inputs: DecisionInputs,
  level: LevelRule,
  explanation: Explanation,
  obligations: Obligation[],
): Action[] {
  const { compiled, results, account, situation, facts, voice } = inputs;
  // The words only the explanation reads are not written when the run writes no explanation.
  const wording = explanation.texts ? voice : SILENT[voice.locale]!;
  if (!isAbove0(situation.arrears)) {
    if (explanation.texts) {
      explanation.push({
        about: 'step',
        text: voice.say('decision.step.nothingOwed', {}),
        source: voice.say('source.paidUp', {}),
      });
    }
    return [];
  }
  const actions: Action[] = [];
  const kinds = new Set<string>();
  let shared: Action['variables'] | undefined;
  for (const s of compiled.steps) {
    if (!results.step(s.index)) continue;
    const blocked = stepBlocked(s.step, account, situation, wording);
    if (blocked !== null) {
      if (explanation.texts) {
        explanation.traced(
          'step',
          voice.say('decision.step.blocked', { step: s.step.id, reason: blocked }),
          `steps[${s.index}]`,
          () => results.trace('step', s.index),
        );
      }
      continue;
    }
    const contact = s.step.channel !== 'internal';
    if (!contact && kinds.has(s.step.kind)) continue;
    kinds.add(s.step.kind);
    const { channel, date, why } = channelAndDate(inputs, s, level.level.id, explanation);
    const approval = needsApproval(s.step, account, situation);
    const parties = partiesOf(s.step, s.index, account, wording);
    if (explanation.texts) {
      const day = voice.date(date);
      const said = {
        label: s.step.label,
        step: s.step.id,
        channel,
        date: day,
        role: parties.role,
        addressee: parties.addressee,
      };
      explanation.traced(
        'step',
        voice.say(
          actions.length === 0 ? 'decision.step.next' : contact ? 'decision.step.alsoContact' : 'decision.step.also',
          said,
        ),
        `steps[${s.index}]`,
        () => results.trace('step', s.index),
      );
      explanation.push({
        about: 'schedule',
        text: voice.say('decision.date', { date: day, why, zone: situation.zone }),
        source: 'cadence',
      });
      explanation.push(...parties.entries);
      const note = stepNote(s.step.kind, situation, inputs.voice);
      if (note !== null) explanation.push(note);
    }
    if (approval) {
      const { basis, source } = approvalBasis(s, voice);
      obligations.push({ code: 'human_review', kind: 'gate', date, basis, status: 'closed' });
      if (explanation.texts)
        explanation.push({ about: 'law', text: voice.say('decision.approval', { step: s.step.id }), source });
    }
    // The same for every action of the account but the mandataire: computed once.
    shared ??= variablesOf(inputs);
    const variables = { ...shared, mandataireName: parties.mandataireName };
    actions.push({
      step: s.step.id,
      kind: s.step.kind,
      label: s.step.label,
      channel,
      date,
      requiresHumanApproval: approval,
      variables,
      message: renderActionMessage(
        compiled.policy,
        compiled.params,
        { step: s.step.id, channel, variables },
        () => Number(facts('contactsThisEpisode')) + 1,
        voice.locale,
      ),
      role: parties.role,
      addressee: parties.addressee,
      interpreter: parties.interpreter,
    });
    if (contact) break;
  }
  if (actions.length > 0 || !explanation.texts) return actions;
  const kept =
    situation.plan !== null && planStatus(situation.plan, compiled.limits, { locale: voice.locale }).status === 'kept';
  explanation.push({
    about: 'step',
    text: voice.say(kept ? 'decision.step.noneKept' : 'decision.step.none', {}),
    source: 'steps',
  });
  return actions;
}

/** What the household can afford, a proposal, and the state of an existing plan; `null` when nothing is owed. */
function planOf(inputs: DecisionInputs, explanation: Explanation): Decision['plan'] {
  const { situation, compiled, voice } = inputs;
  if (!isAbove0(situation.arrears)) return null;
  const max = inputs.maxInstalment();
  const state = situation.plan === null ? null : planStatus(situation.plan, compiled.limits, { locale: voice.locale });
  const existing = state === null ? null : { kind: situation.plan!.kind, ...state };
  let propose = true;
  if (state !== null) {
    if (explanation.texts) {
      const said = existingPlanText(situation.plan!, state, compiled.limits.brokenAfterUnpaid - 1, inputs.voice);
      explanation.push({ about: 'plan', text: said.text, source: said.source });
      propose = said.propose;
    } else propose = proposeAfter(situation.plan!, state);
  }
  if (!propose) return { maxSustainableInstalment: max.instalment, proposal: null, existing };
  if (situation.departure !== null) {
    if (explanation.texts) {
      explanation.push({
        about: 'plan',
        text: voice.say('decision.plan.departed', { endedOn: voice.date(situation.departure.endedOn) }),
        source: voice.say('source.departedPlan', {}),
      });
    }
    return { maxSustainableInstalment: null, proposal: null, existing };
  }
  const sd = situation.surendettement;
  if (sd.frozen && !isAbove0(sd.currentDebt)) {
    if (explanation.texts)
      explanation.push({
        about: 'plan',
        text: voice.say('decision.plan.frozenOnly', {
          frozen: voice.money(sd.frozenDebt),
          recevableOn: voice.date(sd.recevableOn!),
        }),
        source: 'code de la consommation L.722-2, L.722-5',
      });
    return { maxSustainableInstalment: max.instalment, proposal: null, existing };
  }
  if (sd.frozen && explanation.texts) {
    explanation.push({
      about: 'plan',
      text: voice.say('decision.plan.currentOnly', {
        current: voice.money(sd.currentDebt),
        recevableOn: voice.date(sd.recevableOn!),
        frozen: voice.money(sd.frozenDebt),
      }),
      source: 'code de la consommation L.722-2, L.722-5',
    });
  }
  const proposal = planWithin(situation, compiled.limits, nextDueDate(situation), money(sd.currentDebt), max, voice);
  if (!explanation.texts) return { maxSustainableInstalment: max.instalment, proposal, existing };
  let text: string;
  if (!proposal.feasible) {
    text = voice.say('decision.plan.refused', { reasons: proposal.reasons.map((r) => r.message).join(' ') });
  } else {
    const said = {
      months: proposal.months,
      instalment: voice.money(proposal.instalment!),
      from: voice.date(proposal.schedule[0]!.dueOn),
      floor: voice.money(compiled.limits.minResteAVivrePerUnit),
      max: voice.money(max.instalment!),
    };
    text =
      proposal.warnings.length === 0 && max.instalment !== proposal.instalment
        ? voice.say('decision.plan.withinCap', { ...said, cap: voice.rate(compiled.limits.maxEffortRate) })
        : voice.say('decision.plan.affordable', said);
  }
  explanation.push({ about: 'plan', text, source: 'plans' });
  for (const w of proposal.warnings) {
    explanation.push({
      about: 'plan',
      text: voice.say('decision.plan.warning', { warning: w.message }),
      source: voice.say('source.effortWarning', {}),
    });
  }
  return { maxSustainableInstalment: max.instalment, proposal, existing };
}

/** The gates that open a step of enforcement, suspended while a surendettement file is recevable. */
const ENFORCEMENT_GATES: ReadonlySet<string> = new Set(['assignation_earliest', 'cure_period_end']);

/**
 * Makes the decision for one account.
 *
 * @param inputs - The account, its situation, the compiled policy and the rules' results.
 * @returns The decision: plain JSON, the same bytes for the same inputs.
 */
export function decide(inputs: DecisionInputs): Decision {
  const { account, situation, compiled, voice } = inputs;
  const policy = compiled.policy;
  const explanation = explanationFor(inputs.explain);
  const level = levelOf(inputs, explanation);
  if (explanation.texts) explainLaw(inputs, explanation);
  const obligations: Obligation[] = [...situation.obligations];
  const actions = actionsOf(inputs, level, explanation, obligations);
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
    obligations: obligations.sort(compareObligations),
    actions,
    nextAction: actions[0] ?? null,
    plan,
    prevention: preventionAdvice(situation, compiled, inputs.voice),
    reviewOn: reviewOn({ account, situation, compiled, facts: inputs.facts, voice, actions }),
    explanation: explanation.entries,
  };
}

/** What the law says of the account: its obligations, a surendettement file, its promises and its payer. */
function explainLaw(inputs: DecisionInputs, explanation: Explanation): void {
  const { account, situation, compiled, voice } = inputs;
  const sd = situation.surendettement;
  for (const o of situation.obligations) {
    const suspended = sd.frozen && o.kind === 'gate' && ENFORCEMENT_GATES.has(o.code) && o.status === 'open';
    explanation.push({
      about: 'law',
      text: suspended
        ? voice.say('decision.obligation.suspended', {
            code: o.code,
            kind: o.kind,
            date: voice.date(o.date),
            recevableOn: voice.date(sd.recevableOn!),
          })
        : voice.say('decision.obligation', { code: o.code, kind: o.kind, date: voice.date(o.date), status: o.status }),
      source: suspended ? `${o.basis}; code de la consommation L.722-2` : o.basis,
    });
  }
  if (sd.frozen) {
    explanation.push({
      about: 'law',
      text: voice.say('decision.surendettement', {
        recevableOn: voice.date(sd.recevableOn!),
        frozen: voice.money(sd.frozenDebt),
        current: voice.money(sd.currentDebt),
      }),
      source: 'code de la consommation L.722-2, L.722-5',
    });
  }
  explanation.push(...caseNotes(account, situation, compiled, voice));
}
