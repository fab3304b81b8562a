/**
 * Promises to pay (promesses de paiement), judged from the ledger: a promise is kept once the
 * tenant's payments made from the day of the promise to its due date plus the policy's grace days
 * reach the amount promised, less the shortfall the policy tolerates; broken when that day has
 * passed without it; pending until then. Practice, not law: the tolerance is the policy's.
 *
 * Payments are shared out between promises, each counted once: the promises are taken by due
 * date, and each takes the payments of its window not yet taken by an earlier one. A rejected
 * payment (`payment-reversal`) cancels the latest payment before it, as far as its amount goes.
 *
 * Amounts are whole cents in JS numbers, exact: no figure here is ever more than one amount of the
 * account (what is left of a payment, what a promise still wants), so all stay below 10^15.
 *
 * @module
 */
import { addDays, type IsoDate } from '../calendar';
import { amountOfCents, centsNumberOf } from '../money/cents';
import type { Account } from './schema';

/** The policy's tolerance for judging promises. */
export interface PromiseRules {
  /** Days after the due date a payment still keeps the promise (0–31). */
  readonly graceDays: number;
  /** Amount by which the payments may fall short of the promise and still keep it, EUR. */
  readonly shortfall: string;
}

/**
 * The tolerance when the policy sets none: 3 days of grace (a payment posted a few days late by
 * the bank), no shortfall.
 *
 * @example
 * ```ts
 * DEFAULT_PROMISE_RULES.graceDays; // => 3
 * ```
 */
export const DEFAULT_PROMISE_RULES: PromiseRules = Object.freeze({ graceDays: 3, shortfall: '0.00' });

/** A promise and how it stands on the evaluation day. */
export interface PromiseState {
  readonly madeOn: IsoDate;
  readonly dueOn: IsoDate;
  readonly amount: string;
  /** `pending` (its last day not passed, not yet kept), `kept` or `broken`. */
  readonly status: 'pending' | 'kept' | 'broken';
  /** What the payments counted for it reach, EUR (at most the amount promised). */
  readonly paid: string;
  /** Last day a payment keeps it: `dueOn` + the grace days. */
  readonly lastDay: IsoDate;
  /** Day it was kept, or `null`. */
  readonly keptOn: IsoDate | null;
}

interface Movement {
  readonly date: IsoDate;
  /** What is left of the payment, whole cents. */
  left: number;
}

/** The tenant's payments up to `asOf`, each net of the rejections that followed it. */
function netPayments(account: Account, asOf: IsoDate): Movement[] {
  const postings = account.ledger
    .filter((p) => p.date <= asOf && (p.kind === 'payment' || p.kind === 'payment-reversal'))
    .slice()
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.kind === 'payment' ? -1 : 1));
  const payments: Movement[] = [];
  for (const p of postings) {
    if (p.kind === 'payment') {
      payments.push({ date: p.date, left: centsNumberOf(p.amount) });
      continue;
    }
    let rejected = centsNumberOf(p.amount);
    for (let i = payments.length - 1; i >= 0 && rejected > 0; i--) {
      const taken = payments[i]!.left < rejected ? payments[i]!.left : rejected;
      payments[i]!.left -= taken;
      rejected -= taken;
    }
  }
  return payments;
}

/**
 * Judges every promise made on or before `asOf`.
 *
 * @param account - The parsed account.
 * @param asOf - The evaluation date.
 * @param rules - The policy's tolerance.
 * @returns The promises, by due date then day made, each with its status.
 * @example
 * ```ts
 * // 300 € promised on 16/11 for 30/11; 300 € paid on 27/11.
 * judgePromises(account, '2026-12-01', DEFAULT_PROMISE_RULES)[0]!.status; // => 'kept'
 * ```
 */
export function judgePromises(account: Account, asOf: IsoDate, rules: PromiseRules): PromiseState[] {
  const promises = (account.promises ?? [])
    .filter((p) => p.madeOn <= asOf)
    .slice()
    .sort((a, b) => (a.dueOn < b.dueOn ? -1 : a.dueOn > b.dueOn ? 1 : a.madeOn < b.madeOn ? -1 : 1));
  if (promises.length === 0) return [];
  const payments = netPayments(account, asOf);
  const tolerance = centsNumberOf(rules.shortfall);
  return promises.map((p) => {
    const lastDay = addDays(p.dueOn, rules.graceDays);
    const amount = centsNumberOf(p.amount);
    const needed = amount - tolerance > 0 ? amount - tolerance : 0;
    let paid = 0;
    let keptOn: IsoDate | null = needed === 0 ? p.madeOn : null;
    for (const m of payments) {
      if (keptOn !== null || m.date < p.madeOn || m.date > lastDay || m.left === 0) continue;
      const want = amount - paid;
      const taken = m.left < want ? m.left : want;
      m.left -= taken;
      paid += taken;
      if (paid >= needed) keptOn = m.date;
    }
    const status = keptOn !== null ? 'kept' : asOf > lastDay ? 'broken' : 'pending';
    return {
      madeOn: p.madeOn,
      dueOn: p.dueOn,
      amount: p.amount,
      status,
      paid: amountOfCents(paid),
      lastDay,
      keptOn,
    };
  });
}
