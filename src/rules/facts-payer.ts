/**
 * The facts of a case followed through time: the tenant's promises to pay (judged from the
 * ledger with the policy's tolerance) and the payer's procedure after the signal of the impayé
 * (its requests, its decisions and the deadlines they open). Merged into `FACTS`
 * (`src/rules/facts.ts`).
 *
 * @module
 */
import { DEFAULT_PROMISE_RULES, judgePromises, type PromiseState } from '../account';
import { addDays, addMonths, daysBetween } from '../calendar';
import { centsOf } from '../money';
import type { FactContext, FactDefinition } from './facts';

const judged = new WeakMap<FactContext, readonly PromiseState[]>();

/** The account's promises, judged once per account and policy. */
export function promisesOf(ctx: FactContext): readonly PromiseState[] {
  let states = judged.get(ctx);
  if (states === undefined) {
    states = judgePromises(ctx.account, ctx.situation.asOf, ctx.promiseRules ?? DEFAULT_PROMISE_RULES);
    judged.set(ctx, states);
  }
  return states;
}

const obligation = (ctx: FactContext, code: string) => ctx.situation.obligations.find((o) => o.code === code);

/**
 * The facts of promises and of the payer's procedure, by name.
 *
 * @example
 * ```ts
 * PAYER_FACTS.promisePending.type; // => 'boolean'
 * ```
 */
export const PAYER_FACTS: Readonly<Record<string, FactDefinition>> = Object.freeze({
  promisePending: {
    type: 'boolean',
    unit: null,
    description:
      'A promise to pay is pending: made on or before the evaluation day, not yet kept, its due date plus the policy’s grace days (promises.graceDays) not passed. In the default policy no reminder goes to the tenant meanwhile.',
    get: (c) => promisesOf(c).some((p) => p.status === 'pending'),
  },
  daysToPromiseDue: {
    type: 'integer',
    unit: 'days',
    description:
      'Days from the evaluation day to the due date of the earliest pending promise (negative within the grace days); null when none is pending.',
    get: (c) => {
      const pending = promisesOf(c).find((p) => p.status === 'pending');
      return pending === undefined ? null : daysBetween(c.situation.asOf, pending.dueOn);
    },
  },
  brokenPromisesLast6Months: {
    type: 'integer',
    unit: 'count',
    description:
      'Promises to pay broken in the 6 months ending on the evaluation day (their last day, due date plus grace days, passed unpaid). An early sign of difficulty.',
    get: (c) => {
      const from = addMonths(c.situation.asOf, -6);
      return promisesOf(c).filter((p) => p.status === 'broken' && p.lastDay >= from).length;
    },
  },
  payerRegime: {
    type: 'string',
    unit: null,
    values: ['apl-2016', 'apl-2027', 'none'],
    description:
      'The regime of the payer’s procedure, chosen by the day the impayé was signalled: "apl-2016" (until 2026-12-31), "apl-2027" (from 2027-01-01) or "none" (not signalled).',
    source: 'CCH R.824-7 to R.824-12 (2016); CCH L.824-2, décret 2026-84 (2027)',
    get: (c) => c.situation.payer.regime ?? 'none',
  },
  payerPlanDue: {
    type: 'boolean',
    unit: null,
    description:
      'The CAF/MSA asked the landlord for a plan d’apurement and it is not sent yet (due within 6 months of the request; impayés signalled until 2026-12-31).',
    source: 'CCH R.824-7 1°',
    get: (c) => {
      const o = obligation(c, 'payer_plan');
      return o !== undefined && o.status !== 'done';
    },
  },
  daysToPayerPlanDeadline: {
    type: 'integer',
    unit: 'days',
    description: 'Days left to send the plan the CAF/MSA asked for (negative once overdue); null when none is due.',
    source: 'CCH R.824-7 1°',
    get: (c) => {
      const o = obligation(c, 'payer_plan');
      return o === undefined || o.status === 'done' ? null : daysBetween(c.situation.asOf, o.date);
    },
  },
  tiersPayantAnswerDue: {
    type: 'boolean',
    unit: null,
    description:
      'The CAF/MSA offered to pay the aid to the landlord and the landlord has not answered; after 2 months its silence counts as a refusal.',
    source: 'CCH R.824-20',
    get: (c) => {
      const o = obligation(c, 'tiers_payant_answer');
      return o !== undefined && o.status !== 'done';
    },
  },
  paidHalfResidualRent: {
    type: 'boolean',
    unit: null,
    description:
      'The tenant’s payments of the 30 days ending on the evaluation day reach at least half of the residual rent (rent and charges less the aid): in a difficult social situation the CAF/MSA may then keep the aid (« peut »: its discretion, not a right).',
    source: 'CCH R.824-28',
    get: (c) => {
      const residual = centsOf(c.situation.affordability.residualRent);
      if (residual <= 0n) return false;
      const from = addDays(c.situation.asOf, -29);
      let paid = 0n;
      for (const p of c.account.ledger) {
        if (p.date < from || p.date > c.situation.asOf) continue;
        if (p.kind === 'payment') paid += centsOf(p.amount);
        else if (p.kind === 'payment-reversal') paid -= centsOf(p.amount);
      }
      return paid * 2n >= residual;
    },
  },
  payerAid: {
    type: 'string',
    unit: null,
    values: ['kept', 'suspended', 'unknown'],
    description:
      'The aid as the payer’s latest decision leaves it: "kept", "suspended" (from 2027, from the first day of the month after the CCAPEX’s suspension was notified to the payer) or "unknown" (no decision recorded).',
    source: 'CCH R.824-28 (2016); CCH L.824-2 (2027)',
    get: (c) => c.situation.payer.aid,
  },
});
