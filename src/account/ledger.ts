/**
 * The tenant's ledger as of a date: every posting up to `asOf`, payments imputed to debts by
 * C. civ. 1342-10, and the end-of-day history of the debt.
 *
 * Imputation: a payment first settles the debts the tenant named (`settles`), if they are due;
 * the rest goes to the debts already due, oldest first; what is left is an advance that settles
 * the next debts as they fall due. Among debts of the same day, the ledger's order decides.
 *
 * Amounts are whole cents in JS numbers, exact: every posting has at most 13 integer digits, so
 * its cents are a safe integer, and the sums stay safe integers because the sum of the postings'
 * absolute values is checked first. The analysis builds amount strings from these cents only
 * where the situation shows them.
 *
 * @module
 */
import type { IsoDate } from '../calendar';
import { centsOf, fromCents } from '../money';
import { CENTS_LIMIT, centsNumberOf } from '../money/cents';
import type { Posting, PostingKind } from './schema';

/** A debt of the ledger and what is left of it; amounts in whole cents. */
export interface DueItem {
  /** Position of the posting in the input ledger. */
  readonly index: number;
  readonly id: string | undefined;
  /** Day it fell due (its posting date). */
  readonly date: IsoDate;
  readonly kind: PostingKind;
  /** What was due, whole cents (positive). */
  readonly amount: number;
  /** What is still unpaid at the end of the imputation, whole cents. */
  remaining: number;
  /** Day the last cent was paid, or `null`. */
  settledOn: IsoDate | null;
}

/** End-of-day state of the debt, from `from` until the next state. */
export interface LedgerState {
  readonly from: IsoDate;
  /** Signed balance in whole cents: positive = owed by the tenant. */
  readonly balance: number;
  /** Due date of the oldest item still unpaid, or `null`. */
  readonly oldestUnpaidOn: IsoDate | null;
}

/** The imputed ledger, amounts in whole cents. */
export interface ImputedLedger {
  /** Debts, sorted by due date then ledger order. */
  readonly items: readonly DueItem[];
  /** One state per posting day, in date order. */
  readonly states: readonly LedgerState[];
  /** Balance at the end of `asOf`, whole cents: positive = owed. */
  readonly balance: number;
  /** Sum of the payments and benefits received (credits), up to `asOf`, whole cents. */
  readonly paid: number;
}

interface Credit {
  readonly index: number;
  readonly date: IsoDate;
  /** Whole cents, positive. */
  readonly amount: number;
  readonly settles: readonly string[] | undefined;
}

function byDateThenIndex(a: { date: IsoDate; index: number }, b: { date: IsoDate; index: number }): number {
  return a.date < b.date ? -1 : a.date > b.date ? 1 : a.index - b.index;
}

/**
 * Whether a posting is a debt: the owed kinds (`OWED_POSTING_KINDS`), and an adjustment upwards.
 * Written as comparisons rather than a set lookup, once per posting; a test checks it against the
 * set for every kind.
 *
 * @internal
 */
export function isOwed(kind: PostingKind, cents: number): boolean {
  switch (kind) {
    case 'payment':
    case 'benefit':
      return false;
    case 'adjustment':
      return cents > 0;
    default:
      return true;
  }
}

/**
 * Imputes the payments of a ledger to its debts, as of a date.
 *
 * @param ledger - Postings in any order (validated by the account schema).
 * @param asOf - Postings after this day are ignored.
 * @returns Debts with what is left of each, end-of-day states, and the balance, in whole cents.
 * @throws {@link ValidationError} `invalid_amount` for a posting that is not an amount (path
 *   `['ledger', index, 'amount']`); `too_big` when an end-of-day balance or the total paid reaches
 *   the amounts' limit (10^13 euros), naming the first such figure.
 */
export function imputeLedger(ledger: readonly Posting[], asOf: IsoDate): ImputedLedger {
  const items: DueItem[] = [];
  const credits: Credit[] = [];
  let magnitude = 0; // the sum of the absolute values: every partial sum stays below it
  let inOrder = true; // the postings come by date, as ledgers usually do: nothing to sort
  let lastDate = '';
  for (let index = 0; index < ledger.length; index++) {
    const p = ledger[index]!;
    const date = p.date;
    if (date > asOf) continue;
    if (date < lastDate) inOrder = false;
    lastDate = date;
    const amount = centsNumberOf(p.amount, ['ledger', index, 'amount']);
    if (amount === 0) continue;
    magnitude += amount < 0 ? -amount : amount;
    const kind = p.kind;
    if (isOwed(kind, amount)) {
      items.push({ index, id: p.id, date, kind, amount, remaining: amount, settledOn: null });
    } else {
      credits.push({ index, date, amount: amount < 0 ? -amount : amount, settles: p.settles });
    }
  }
  if (magnitude > Number.MAX_SAFE_INTEGER) return beyondTheLimit(ledger, asOf);
  if (!inOrder) {
    items.sort(byDateThenIndex);
    credits.sort(byDateThenIndex);
  }

  // Built only when a payment names the debts it settles.
  let byId: Map<string, DueItem> | null = null;

  const states: LedgerState[] = [];
  let balance = 0;
  let paid = 0;
  let advance = 0;
  let largest = 0; // the largest end-of-day balance, in absolute value
  let oldest = 0; // index in `items` of the oldest item that may still be unpaid
  let nextItem = 0; // first item not yet due
  let nextCredit = 0;

  while (nextItem < items.length || nextCredit < credits.length) {
    const itemDate = nextItem < items.length ? items[nextItem]!.date : undefined;
    const creditDate = nextCredit < credits.length ? credits[nextCredit]!.date : undefined;
    const day =
      itemDate === undefined ? creditDate! : creditDate === undefined || itemDate <= creditDate ? itemDate : creditDate;

    // The day's debts fall due; an advance settles them at once.
    while (nextItem < items.length && items[nextItem]!.date === day) {
      const item = items[nextItem++]!;
      balance += item.amount;
      if (advance > 0) advance = settle(item, advance, day);
    }
    // Then the day's payments: named debts first, then the oldest due.
    while (nextCredit < credits.length && credits[nextCredit]!.date === day) {
      const credit = credits[nextCredit++]!;
      balance -= credit.amount;
      paid += credit.amount;
      let available = credit.amount;
      if (credit.settles !== undefined) {
        byId ??= itemsById(items);
        for (const id of credit.settles) {
          const named = byId.get(id);
          if (named === undefined || named.date > day || named.remaining === 0) continue;
          available = settle(named, available, day);
          if (available === 0) break;
        }
      }
      // Skip the debts already settled, so that many payments on one day stay linear.
      while (oldest < nextItem && items[oldest]!.remaining === 0) oldest++;
      for (let i = oldest; i < nextItem && available > 0; i++) {
        if (items[i]!.remaining !== 0) available = settle(items[i]!, available, day);
      }
      advance += available;
    }
    while (oldest < nextItem && items[oldest]!.remaining === 0) oldest++;
    states.push({ from: day, balance, oldestUnpaidOn: oldest < nextItem ? items[oldest]!.date : null });
    const size = balance < 0 ? -balance : balance;
    if (size > largest) largest = size;
  }
  // A figure at the amounts' limit is an error, as it was when each state became a Money.
  if (largest >= CENTS_LIMIT || paid >= CENTS_LIMIT) return beyondTheLimit(ledger, asOf);
  return { items, states, balance, paid };
}

/** Settles what it can of an item from what is available; returns what is left available. */
function settle(item: DueItem, available: number, on: IsoDate): number {
  const used = item.remaining < available ? item.remaining : available;
  item.remaining -= used;
  if (item.remaining === 0) item.settledOn = on;
  return available - used;
}

/** The items by id, the first of each id only. */
function itemsById(items: readonly DueItem[]): Map<string, DueItem> {
  const byId = new Map<string, DueItem>();
  for (const item of items) if (item.id !== undefined && !byId.has(item.id)) byId.set(item.id, item);
  return byId;
}

/**
 * The error of a ledger whose figures reach the amounts' limit, found in exact bigint cents: the
 * first end-of-day balance, in date order, then the total paid, that is 10^13 euros or more gives
 * `too_big` with its value. A ledger whose absolute values sum beyond the safe integers always has
 * one: with debts D and credits C summing to S, either the total paid C is at least S ÷ 3, or the
 * final balance D − C is above S ÷ 3, and S ÷ 3 is far beyond the limit. Imputing does not change
 * the end-of-day balances, so the postings' sums by day are all it needs.
 */
function beyondTheLimit(ledger: readonly Posting[], asOf: IsoDate): never {
  const byDay = new Map<IsoDate, bigint>();
  let paid = 0n;
  for (let index = 0; index < ledger.length; index++) {
    const p = ledger[index]!;
    if (p.date > asOf) continue;
    const amount = centsOf(p.amount, ['ledger', index, 'amount']);
    if (amount === 0n) continue;
    const owed = isOwed(p.kind, amount > 0n ? 1 : -1);
    const signed = owed ? amount : amount < 0n ? amount : -amount;
    if (!owed) paid -= signed;
    byDay.set(p.date, (byDay.get(p.date) ?? 0n) + signed);
  }
  let balance = 0n;
  for (const day of [...byDay.keys()].sort()) {
    balance += byDay.get(day)!;
    fromCents(balance); // throws too_big at the limit
  }
  fromCents(paid);
  throw new Error('hlm-recovery bug: a ledger beyond the safe integers had no figure beyond the limit');
}
