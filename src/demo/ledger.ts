/**
 * The book of postings a demo account's history writes, and the ledger it becomes.
 *
 * @module
 */
import type { AccountInput, PostingKind } from '../account';
import { formatCents } from './cents';
import { dateOf, type Frame } from './frame';

/** Kind of a posting, as in the account contract. */
export type Kind = PostingKind;

/** One posting of the book. */
export interface Entry {
  readonly day: number;
  readonly kind: Kind;
  /** Signed effect on the balance, in cents: positive = owed by the tenant. */
  readonly effect: number;
  readonly id: string | undefined;
  readonly settles: readonly string[] | undefined;
}

/**
 * The postings of one account up to `asOf`, with the running balance.
 *
 * @example
 * ```ts
 * const book = new Book(20780);
 * book.post(20760, 'rent', 51230);
 * book.pay(20765, 51230);
 * book.balance; // => 0
 * ```
 */
export class Book {
  /** In posting order, which is not always date order (see {@link ledgerOf}). */
  readonly entries: Entry[] = [];
  /** Sum of the effects, in cents. */
  balance = 0;
  private readonly asOfDay: number;

  /** An empty book that ignores postings after `asOfDay`. */
  constructor(asOfDay: number) {
    this.asOfDay = asOfDay;
  }

  /** Posts an entry, unless it is after `asOf` or of no effect. */
  post(day: number, kind: Kind, effect: number, postingId?: string, settles?: readonly string[]): void {
    if (day > this.asOfDay || effect === 0) return;
    // One object shape for every entry keeps the hot loops monomorphic.
    this.entries.push({ day, kind, effect, id: postingId, settles: postingId === undefined ? settles : undefined });
    this.balance += effect;
  }

  /** Posts a payment of `cents` when it is positive. */
  pay(day: number, cents: number, settles?: readonly string[]): void {
    if (cents > 0) this.post(day, 'payment', -cents, undefined, settles);
  }

  /** The balance at the end of a day, in cents. */
  balanceOn(day: number): number {
    let b = 0;
    for (const e of this.entries) if (e.day <= day) b += e.effect;
    return b;
  }
}

/**
 * Sorts the book's entries by day (stably: same-day postings keep their order) and writes them
 * as the account's ledger: amounts as decimal strings, positive except for adjustments.
 *
 * @example
 * ```ts
 * ledgerOf(frame, book)[0].amount; // => '512.30'
 * ```
 */
export function ledgerOf(frame: Frame, book: Book): NonNullable<AccountInput['ledger']> {
  const { entries } = book;
  let inOrder = true;
  for (let i = 1; i < entries.length && inOrder; i++) inOrder = entries[i - 1]!.day <= entries[i]!.day;
  if (!inOrder) entries.sort((a, b) => a.day - b.day);
  const ledger: NonNullable<AccountInput['ledger']> = [];
  for (const e of entries) {
    const amount = formatCents(e.kind === 'adjustment' ? e.effect : Math.abs(e.effect));
    const date = dateOf(frame, e.day);
    if (e.id !== undefined) ledger.push({ id: e.id, date, kind: e.kind, amount });
    else if (e.settles !== undefined) ledger.push({ date, kind: e.kind, amount, settles: [...e.settles] });
    else ledger.push({ date, kind: e.kind, amount });
  }
  return ledger;
}
