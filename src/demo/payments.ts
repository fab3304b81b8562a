/**
 * How a demo household pays its monthly bill, by payer profile: on time (by direct debit or
 * not), late (with rejected direct debits), in part, not at all since a job loss, or chronically
 * short.
 *
 * @module
 */
import type { Profile } from './household';
import type { Book } from './ledger';
import type { Prng } from './prng';
import type { Arrears, Tenancy } from './tenancy';

/** Habits drawn once per account. */
export interface Habits {
  /** The ERP gives postings ids (`R-2026-01`…). */
  readonly useIds: boolean;
  /** A full payment names the rent and charges it settles. */
  readonly namesRent: boolean;
  readonly directDebit: boolean;
  /** Days after the due date the direct debit is taken. */
  readonly debitOffset: number;
}

/** How far a household falls behind, drawn once per account. */
export interface Behaviour {
  /** Share of the bill a partial payer pays in a short month. */
  readonly partialShare: number;
  /** Probability that a late payer is late in a month. */
  readonly lateSpell: number;
  /** The month a recent defaulter pays a little, or -1. */
  readonly smallPaymentMonth: number;
}

/** One month's bill and what is known when it falls due. */
export interface Bill {
  /** Month index into the grid. */
  readonly index: number;
  /** Epoch day of the due date. */
  readonly due: number;
  /** Rent and charges less the benefit paid to the landlord, in cents. */
  readonly net: number;
  /** Balance before this month's bill, in cents. */
  readonly before: number;
  /** The day a regular payment of this month arrives. */
  readonly onTimeDay: number;
  /** The benefit paid to the landlord this month, in cents. */
  readonly benefitHere: number;
  readonly rentId: string | undefined;
  readonly chargesId: string | undefined;
}

/** What the monthly payment needs of the account, and the credit a regularisation left to spend. */
export interface Payer {
  readonly rng: Prng;
  readonly book: Book;
  readonly tenancy: Tenancy;
  readonly arrears: Arrears;
  readonly habits: Habits;
  readonly behaviour: Behaviour;
  /** Credit of a charges regularisation that the tenant deducts from the next payment, in cents. */
  pendingCredit: number;
}

/**
 * Draws the posting and payment habits.
 *
 * @example
 * ```ts
 * const h = drawHabits(rng); h.debitOffset >= 2 && h.debitOffset <= 9; // => true
 * ```
 */
export function drawHabits(rng: Prng): Habits {
  const useIds = rng.chance(0.5);
  const namesRent = useIds && rng.chance(0.3);
  const directDebit = rng.chance(0.45);
  return { useIds, namesRent, directDebit, debitOffset: rng.int(2, 9) };
}

/**
 * Draws how far the household falls behind.
 *
 * @example
 * ```ts
 * drawBehaviour(rng, { ...tenancy, profile: 'on-time' }, arrears).lateSpell; // => 0
 * ```
 */
export function drawBehaviour(rng: Prng, tenancy: Tenancy, arrears: Arrears): Behaviour {
  const { profile, end } = tenancy;
  const partialShare = 0.55 + 0.4 * rng.next();
  const lateSpell = profile === 'late' ? 0.15 + 0.15 * rng.next() : 0;
  const smallPaymentMonth =
    profile === 'recent-default' && rng.chance(0.2) ? rng.int(arrears.defaultFrom, end - 1) : -1;
  return { partialShare, lateSpell, smallPaymentMonth };
}

/**
 * Posts what the household pays for a month's bill, by its profile.
 *
 * @example
 * ```ts
 * payBill(payer, bill); payer.book.balance; // => the balance after the payment
 * ```
 */
export function payBill(payer: Payer, bill: Bill): void {
  const profile: Profile = payer.tenancy.profile;
  const { rng, book } = payer;
  const { index, due, net } = bill;
  const defaultFrom = payer.arrears.defaultFrom;
  switch (profile) {
    case 'on-time':
      payRegularly(payer, bill);
      break;
    case 'late':
      payLate(payer, bill);
      break;
    case 'partial':
      // Some months only part of the rent, other months the rent and some of what is owed.
      if (rng.chance(0.45))
        book.pay(
          bill.onTimeDay,
          Math.floor((net * (payer.behaviour.partialShare + (rng.next() - 0.5) * 0.1)) / 1000) * 1000,
        );
      else
        book.pay(
          bill.onTimeDay,
          net + (bill.before > 0 ? (rng.chance(0.5) ? bill.before : Math.floor(bill.before / 2)) : 0),
        );
      break;
    case 'recent-default':
      if (index < defaultFrom) payRegularly(payer, bill);
      else if (index === payer.behaviour.smallPaymentMonth)
        book.pay(due + rng.int(5, 20), Math.min(net, rng.int(50, 300) * 100));
      break;
    case 'chronic': {
      if (index < defaultFrom) {
        payRegularly(payer, bill);
        break;
      }
      const r = rng.next();
      if (r < 0.2) break;
      const amount = r < 0.75 ? Math.floor((net * (0.3 + 0.6 * rng.next())) / 100) * 100 : net;
      book.pay(due + rng.int(3, 20), amount);
      break;
    }
  }
}

/** The whole bill on time, less a regularisation credit the tenant deducts (not by direct debit). */
function payRegularly(payer: Payer, bill: Bill): void {
  const { net } = bill;
  let amount = net;
  if (payer.pendingCredit > 0 && !payer.habits.directDebit && payer.rng.chance(0.6)) {
    amount = Math.max(0, amount - payer.pendingCredit);
    payer.pendingCredit = 0;
  }
  const named = payer.habits.namesRent && amount === net && bill.benefitHere === 0;
  payer.book.pay(bill.onTimeDay, amount, named ? [bill.rentId!, bill.chargesId!] : undefined);
}

/** Mostly on time; in a late spell, 10 to 30 days late, or a direct debit rejected and paid again. */
function payLate(payer: Payer, bill: Bill): void {
  const { rng, book } = payer;
  const { due, net } = bill;
  const { lateSpell } = payer.behaviour;
  const r = rng.next();
  if (r >= lateSpell) payRegularly(payer, bill);
  else if (payer.habits.directDebit && r < lateSpell * 0.35) {
    // Direct debit rejected (rejet de prélèvement), paid again later.
    const first = due + payer.habits.debitOffset;
    book.pay(first, net);
    book.post(first + rng.int(3, 8), 'payment-reversal', net);
    book.pay(first + rng.int(12, 35), net);
  } else {
    book.pay(due + rng.int(10, 30), net);
  }
}
