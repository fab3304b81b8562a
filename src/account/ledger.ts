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
import { add, isPositive, isZero, min, money, subtract, type Money } from '../money';
import type { Posting, PostingKind } from './schema';

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

const ZERO = money('0');

const OWED_KINDS: ReadonlySet<PostingKind> = new Set([
  'rent',
  'charges',
  'charges-regularisation',
  'payment-reversal',
]);

interface Credit {
  readonly index: number;
  readonly date: IsoDate;
  readonly amount: Money;
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
  const items: DueItem[] = [];
  const credits: Credit[] = [];
  for (let index = 0; index < ledger.length; index++) {
    const p = ledger[index]!;
    if (p.date > asOf) continue;
    const amount = money(p.amount);
    if (isZero(amount)) continue;
    const owed = OWED_KINDS.has(p.kind) || (p.kind === 'adjustment' && isPositive(amount));
    if (owed) {
      items.push({ index, id: p.id, date: p.date, kind: p.kind, amount, remaining: amount, settledOn: null });
    } else {
      const credit = p.kind === 'adjustment' ? subtract(ZERO, amount) : amount;
      credits.push({ index, date: p.date, amount: credit, settles: p.settles });
    }
  }
  items.sort(byDateThenIndex);
  credits.sort(byDateThenIndex);

  const byId = new Map<string, DueItem>();
  for (const item of items) if (item.id !== undefined && !byId.has(item.id)) byId.set(item.id, item);

  const states: LedgerState[] = [];
  let balance = ZERO;
  let paid = ZERO;
  let advance = ZERO;
  let oldest = 0; // index in `items` of the oldest item that may still be unpaid
  let nextItem = 0; // first item not yet due
  let nextCredit = 0;

  const settle = (item: DueItem, available: Money, on: IsoDate): Money => {
    const used = min(item.remaining, available);
    item.remaining = subtract(item.remaining, used);
    if (isZero(item.remaining)) item.settledOn = on;
    return subtract(available, used);
  };

  while (nextItem < items.length || nextCredit < credits.length) {
    const itemDate = items[nextItem]?.date;
    const creditDate = credits[nextCredit]?.date;
    const day = itemDate === undefined ? creditDate! : creditDate === undefined || itemDate <= creditDate ? itemDate : creditDate;

    // The day's debts fall due; an advance settles them at once.
    while (nextItem < items.length && items[nextItem]!.date === day) {
      const item = items[nextItem++]!;
      balance = add(balance, item.amount);
      if (isPositive(advance)) advance = settle(item, advance, day);
    }
    // Then the day's payments: named debts first, then the oldest due.
    while (nextCredit < credits.length && credits[nextCredit]!.date === day) {
      const credit = credits[nextCredit++]!;
      balance = subtract(balance, credit.amount);
      paid = add(paid, credit.amount);
      let available = credit.amount;
      if (credit.settles !== undefined) {
        for (const id of credit.settles) {
          const named = byId.get(id);
          if (named === undefined || named.date > day || isZero(named.remaining)) continue;
          available = settle(named, available, day);
          if (isZero(available)) break;
        }
      }
      for (let i = oldest; i < nextItem && isPositive(available); i++) {
        if (!isZero(items[i]!.remaining)) available = settle(items[i]!, available, day);
      }
      advance = add(advance, available);
    }
    while (oldest < nextItem && isZero(items[oldest]!.remaining)) oldest++;
    states.push({ from: day, balance, oldestUnpaidOn: oldest < nextItem ? items[oldest]!.date : null });
  }
  return { items, states, balance, paid };
}
