/**
 * Whether the law and the account's history let a step of the ladder be proposed today: a step
 * that fits the tenancy (no CAF, CCAPEX or expulsion step for a departed tenant), its legal gates
 * open, no enforcement while a surendettement file is recevable or while délais
 * granted by a judge are kept, not done already in these arrears, not refused by a person; and
 * whether a person has approved it.
 *
 * @module
 */
import type { Voice } from '../i18n';
import type { Account, Situation } from '../account';
import type { IsoDate } from '../calendar';
import { LEGAL_PREREQUISITES, hasLegalEffect } from '../law';
import { isAbove0 } from '../plans/exact';
import { INTERNAL_STEP_KINDS, StepKindSchema, type Step, type StepKind } from './policy-schema';

/** The procedure date that records each step kind done, when the account keeps one. */
function recordedOn(kind: StepKind, account: Account): IsoDate | null | undefined {
  const p = account.procedure;
  if (p == null) return undefined;
  switch (kind) {
    case 'caf-signal':
      return p.cafSignalledOn;
    case 'ccapex-referral':
      return p.ccapexReferredOn;
    case 'fsl-referral':
      return p.fslReferredOn;
    case 'commandement':
      return p.commandementOn;
    case 'assignation':
      return p.assignationOn;
    case 'guarantor-notice':
      return p.guarantorNotifiedOn;
    case 'final-statement':
      return p.finalStatementOn;
    case 'formal-notice':
      return p.formalNoticeOn;
    case 'injonction-de-payer':
      return p.injonctionOn;
    case 'write-off':
      return p.writeOffOn;
    default:
      return undefined;
  }
}

/** Why a legal gate keeps a step closed, or `null` when every gate it needs is open. */
function closedGate(step: Step, situation: Situation, voice: Voice): string | null {
  const law = LEGAL_PREREQUISITES[step.kind] ?? [];
  for (const gate of new Set([...law, ...(step.requires ?? [])])) {
    const o = situation.obligations.find((x) => x.code === gate);
    if (o === undefined || o.status !== 'open') {
      if (gate !== 'assignation_earliest') return voice.say('gate.closed', { gate });
      return o === undefined
        ? voice.say('gate.assignation.noReferral', {})
        : voice.say('gate.assignation.from', { date: voice.date(o.date) });
    }
  }
  return null;
}

/** Why enforcement is suspended, or `null`. */
function enforcementSuspended(step: Step, situation: Situation, voice: Voice): string | null {
  if (step.kind !== 'commandement' && step.kind !== 'assignation') return null;
  if (situation.surendettement.frozen) return voice.say('gate.surendettement.recevable', {});
  const plan = situation.plan;
  if (plan !== null && plan.kind === 'judicial' && plan.unpaid === 0 && plan.upcoming > 0) {
    return voice.say('gate.judicialDelays.kept', {});
  }
  return null;
}

/** Step kinds that ask the tenant for money: never about debt a surendettement file froze. */
const TENANT_CONTACT_KINDS: ReadonlySet<StepKind> = new Set(
  StepKindSchema.options.filter((kind) => !INTERNAL_STEP_KINDS.has(kind)),
);

/** Why a step must not contact the tenant: only debt frozen by a surendettement file is owed. */
function onlyFrozenDebt(step: Step, situation: Situation, voice: Voice): string | null {
  const sd = situation.surendettement;
  if (!sd.frozen || !TENANT_CONTACT_KINDS.has(step.kind) || isAbove0(sd.currentDebt)) return null;
  // A frozen file always has the day it was recevable.
  return voice.say('gate.frozenDebtOnly', { date: voice.date(sd.recevableOn!) });
}

/**
 * Step kinds that concern a tenant living in the home, never a departed one: the CAF/MSA
 * signalling (the benefit of the home they left), the CCAPEX (prevention of expulsions), the acts
 * that lead to an expulsion, the protocole de cohésion sociale.
 */
const SITTING_TENANT_KINDS: ReadonlySet<StepKind> = new Set<StepKind>([
  'caf-signal',
  'ccapex-referral',
  'commandement',
  'assignation',
  'guarantor-notice',
  'cohesion-protocol',
  'payer-plan',
  'tiers-payant-answer',
]);

/** Why a step does not fit the tenancy: a sitting tenant's step for a departed one, or the reverse. */
function wrongTenancy(step: Step, situation: Situation, voice: Voice): string | null {
  const departure = situation.departure;
  if (departure !== null && SITTING_TENANT_KINDS.has(step.kind)) {
    return voice.say('gate.departed', { date: voice.date(departure.endedOn) });
  }
  if (departure === null && step.kind === 'final-statement') {
    return voice.say('gate.notDeparted', {});
  }
  return null;
}

/**
 * Why a step whose conditions hold is not proposed, or `null` when it may be.
 *
 * @param step - A step of the policy.
 * @param account - The parsed account.
 * @param situation - Its analysis on `asOf`.
 * @param voice - The locale of the reason.
 * @returns The reason, in words with its source, or `null`.
 */
export function stepBlocked(step: Step, account: Account, situation: Situation, voice: Voice): string | null {
  const asOf = situation.asOf;
  const since = situation.arrearsSince ?? asOf;
  const gate =
    wrongTenancy(step, situation, voice) ??
    closedGate(step, situation, voice) ??
    enforcementSuspended(step, situation, voice) ??
    onlyFrozenDebt(step, situation, voice);
  if (gate !== null) return gate;
  const recorded = recordedOn(step.kind, account);
  if (recorded != null && recorded >= since && recorded <= asOf)
    return voice.say('gate.alreadyDone', { date: voice.date(recorded) });
  if (step.repeat !== true) {
    const done = (account.contacts ?? []).find((c) => c.step === step.id && c.date >= since && c.date <= asOf);
    if (done !== undefined) return voice.say('gate.alreadyDone', { date: voice.date(done.date) });
  }
  const refused = (account.approvals ?? []).find(
    (a) => a.step === step.id && a.decision === 'refused' && a.date >= since && a.date <= asOf,
  );
  if (refused !== undefined) return voice.say('gate.refused', { date: voice.date(refused.date) });
  return null;
}

/**
 * Whether a person must approve a step before it is carried out: the policy asks for it, the
 * step has legal effect (GDPR art. 22), or it is a write-off (admission en non-valeur, always a
 * person's decision); not once approved in the current arrears.
 *
 * @param step - A step of the policy.
 * @param account - The parsed account.
 * @param situation - Its analysis on `asOf`.
 * @returns `true` while the approval is missing.
 */
export function needsApproval(step: Step, account: Account, situation: Situation): boolean {
  if (!step.humanApproval && !hasLegalEffect(step.kind) && step.kind !== 'write-off') return false;
  const since = situation.arrearsSince ?? situation.asOf;
  const approved = (account.approvals ?? []).some(
    (a) => a.step === step.id && a.decision === 'approved' && a.date >= since && a.date <= situation.asOf,
  );
  return !approved;
}
