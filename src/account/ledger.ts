/**
 * The tenant's ledger as of a date: every posting up to `asOf`, payments imputed to debts by
 * C. civ. 1342-10, and the end-of-day history of the debt.
 *
 * Imputation: a payment first settles the debts the tenant named (`settles`), if they are due;
 * the rest goes to the debts already due, oldest first; what is left is an advance that settles
 * the next debts as they fall due. Among debts of the same day, the ledger's order decides.
 *
 * @module
 */
import type { IsoDate } from '../calendar';
import { centsOf, fromCents, type Money } from '../money';
import { OWED_POSTING_KINDS, type Posting, type PostingKind } from './schema';

/** A debt of the ledger and what is left of it. */
export interface DueItem {
  /** Position of the posting in the input ledger. */
  readonly index: number;
  readonly id: string | undefined;
  /** Day it fell due (its posting date). */
  readonly date: IsoDate;
  readonly kind: PostingKind;
  readonly amount: Money;
  /** What is still unpaid at the end of the imputation. */
  remaining: Money;
  /** Day the last cent was paid, or `null`. */
  settledOn: IsoDate | null;
}

/** End-of-day state of the debt, from `from` until the next state. */
export interface LedgerState {
  readonly from: IsoDate;
  /** Signed balance: positive = owed by the tenant. */
  readonly balance: Money;
  /** Due date of the oldest item still unpaid, or `null`. */
  readonly oldestUnpaidOn: IsoDate | null;
}

/** The imputed ledger. */
export interface ImputedLedger {
  /** Debts, sorted by due date then ledger order. */
  readonly items: readonly DueItem[];
  /** One state per posting day, in date order. */
  readonly states: readonly LedgerState[];
  /** Balance at the end of `asOf`: positive = owed. */
  readonly balance: Money;
  /** Sum of the payments and benefits received (credits), up to `asOf`. */
  readonly paid: Money;
}

interface Credit {
  readonly index: number;
  readonly date: IsoDate;
  /** Whole cents, positive. */
  readonly amount: bigint;
  readonly settles: readonly string[] | undefined;
}

function byDateThenIndex(a: { date: IsoDate; index: number }, b: { date: IsoDate; index: number }): number {
  return a.date < b.date ? -1 : a.date > b.date ? 1 : a.index - b.index;
}

/**
 * Imputes the payments of a ledger to its debts, as of a date.
 *
 * @param ledger - Postings in any order (validated by the account schema).
 * @param asOf - Postings after this day are ignored.
 * @returns Debts with what is left of each, end-of-day states, and the balance.
 */
export function imputeLedger(ledger: readonly Posting[], asOf: IsoDate): ImputedLedger {
  // Exact whole cents (bigint) inside the loop; Money values are built once, at the end.
  const work: Work[] = [];
  const credits: Credit[] = [];
  for (let index = 0; index < ledger.length; index++) {
    const p = ledger[index]!;
    if (p.date > asOf) continue;
    const amount = centsOf(p.amount, ['ledger', index, 'amount']);
    if (amount === 0n) continue;
    const owed = OWED_POSTING_KINDS.has(p.kind) || (p.kind === 'adjustment' && amount > 0n);
    if (owed) {
      work.push({ index, id: p.id, date: p.date, kind: p.kind, amount, remaining: amount, settledOn: null });
    } else {
      credits.push({ index, date: p.date, amount: amount < 0n ? -amount : amount, settles: p.settles });
    }
  }
  work.sort(byDateThenIndex);
  credits.sort(byDateThenIndex);

  const byId = new Map<string, Work>();
  for (const item of work) if (item.id !== undefined && !byId.has(item.id)) byId.set(item.id, item);

  const days: { from: IsoDate; balance: bigint; oldestUnpaidOn: IsoDate | null }[] = [];
  let balance = 0n;
  let paid = 0n;
  let advance = 0n;
  let oldest = 0; // index in `work` of the oldest item that may still be unpaid
  let nextItem = 0; // first item not yet due
  let nextCredit = 0;

  const settle = (item: Work, available: bigint, on: IsoDate): bigint => {
    const used = item.remaining < available ? item.remaining : available;
    item.remaining -= used;
    if (item.remaining === 0n) item.settledOn = on;
    return available - used;
  };

  while (nextItem < work.length || nextCredit < credits.length) {
    const itemDate = work[nextItem]?.date;
    const creditDate = credits[nextCredit]?.date;
    const day =
      itemDate === undefined ? creditDate! : creditDate === undefined || itemDate <= creditDate ? itemDate : creditDate;

    // The day's debts fall due; an advance settles them at once.
    while (nextItem < work.length && work[nextItem]!.date === day) {
      const item = work[nextItem++]!;
      balance += item.amount;
      if (advance > 0n) advance = settle(item, advance, day);
    }
    // Then the day's payments: named debts first, then the oldest due.
    while (nextCredit < credits.length && credits[nextCredit]!.date === day) {
      const credit = credits[nextCredit++]!;
      balance -= credit.amount;
      paid += credit.amount;
      let available = credit.amount;
      if (credit.settles !== undefined) {
        for (const id of credit.settles) {
          const named = byId.get(id);
          if (named === undefined || named.date > day || named.remaining === 0n) continue;
          available = settle(named, available, day);
          if (available === 0n) break;
        }
      }
      // Skip the debts already settled, so that many payments on one day stay linear.
      while (oldest < nextItem && work[oldest]!.remaining === 0n) oldest++;
      for (let i = oldest; i < nextItem && available > 0n; i++) {
        if (work[i]!.remaining !== 0n) available = settle(work[i]!, available, day);
      }
      advance += available;
    }
    while (oldest < nextItem && work[oldest]!.remaining === 0n) oldest++;
    days.push({ from: day, balance, oldestUnpaidOn: oldest < nextItem ? work[oldest]!.date : null });
  }
  const items: DueItem[] = work.map((w) => ({
    index: w.index,
    id: w.id,
    date: w.date,
    kind: w.kind,
    amount: fromCents(w.amount),
    remaining: fromCents(w.remaining),
    settledOn: w.settledOn,
  }));
  const states: LedgerState[] = days.map((d) => ({
    from: d.from,
    balance: fromCents(d.balance),
    oldestUnpaidOn: d.oldestUnpaidOn,
  }));
  return { items, states, balance: fromCents(balance), paid: fromCents(paid) };
}

/** A debt during imputation, in whole cents. */
interface Work {
  readonly index: number;
  readonly id: string | undefined;
  readonly date: IsoDate;
  readonly kind: PostingKind;
  readonly amount: bigint;
  remaining: bigint;
  settledOn: IsoDate | null;
}
