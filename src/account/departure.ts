/**
 * The exit of a departed tenant (« locataire parti »): the dépôt de garantie set against the
 * debt, the landlord's deadline to return it (loi 89-462 art. 22), and the recovery acts that
 * follow a departure (final statement, mise en demeure, injonction de payer, admission en
 * non-valeur). Exact money only.
 *
 * @module
 */
import type { IsoDate } from '../calendar';
import { depositRestitutionDeadline } from '../law';
import { money, type AmountLike } from '../money';
import { amountOfCents, centsNumberOf, checkedCents } from '../money/cents';
import type { Account } from './schema';

/** The exit of a departed tenant, as plain JSON. */
export interface Departure {
  /** Day the keys were returned (`lease.endedOn`), on or before `asOf`. */
  readonly endedOn: IsoDate;
  /**
   * The dépôt de garantie still held, EUR: `lease.securityDeposit`, `"0.00"` when none was paid,
   * and `"0.00"` once the final statement is recorded, because the ERP then posts the offset (or
   * the refund) in the ledger and the arrears already account for it.
   */
  readonly depositHeld: string;
  /** What the tenant still owes once the deposit is offset: max(0, arrears − depositHeld), EUR. */
  readonly debtAfterDeposit: string;
  /** What the landlord must pay back once the debt is offset: max(0, depositHeld − arrears), EUR. */
  readonly refundDue: string;
  /**
   * Last day to send the final statement and return the balance of the deposit: the keys' day +
   * 1 month when the exit inventory matches the entry one, + 2 months otherwise (loi 89-462
   * art. 22), not rolled.
   */
  readonly restitutionDeadline: IsoDate;
  /** Day the final statement (décompte définitif) was sent, on or after `endedOn` and on or before `asOf`; else `null`. */
  readonly finalStatementOn: IsoDate | null;
  /** Day the mise en demeure was sent, on or before `asOf`; else `null`. */
  readonly formalNoticeOn: IsoDate | null;
  /** Day the requête en injonction de payer was filed, on or before `asOf`; else `null`. */
  readonly injonctionOn: IsoDate | null;
  /** Day the debt was written off (admission en non-valeur), on or before `asOf`; else `null`. */
  readonly writeOffOn: IsoDate | null;
}

/**
 * The exit of a tenant who left on or before `asOf`, or `null` for a tenant still in the home
 * (no `lease.endedOn`, or one after `asOf`).
 *
 * The deposit held is set against the arrears: `debtAfterDeposit − refundDue = arrears −
 * depositHeld`, exactly, and at most one of the two is positive. A final statement dated before
 * the keys were returned is not one (it cannot settle an exit that had not happened) and is left
 * out, as is every date after `asOf`.
 *
 * @param acc - A parsed account.
 * @param arrears - What the tenant owes on `asOf` (the situation's `arrears`), EUR, not negative.
 * @param asOf - The evaluation date.
 * @returns The {@link Departure}, or `null`.
 * @example
 * ```ts
 * const acc = parseAccount({ ...account, lease: { ...account.lease, endedOn: '2026-09-15', securityDeposit: '450.00' } });
 * departureOf(acc, '1200.00', '2026-11-20');
 * // => { endedOn: '2026-09-15', depositHeld: '450.00', debtAfterDeposit: '750.00', refundDue: '0.00',
 * //      restitutionDeadline: '2026-11-15', finalStatementOn: null, formalNoticeOn: null,
 * //      injonctionOn: null, writeOffOn: null }
 * ```
 */
export function departureOf(acc: Account, arrears: AmountLike, asOf: IsoDate): Departure | null {
  const endedOn = acc.lease.endedOn;
  if (endedOn == null || endedOn > asOf) return null;
  return departureInCents(acc, centsNumberOf(money(arrears).amount), asOf);
}

/**
 * {@link departureOf} with the arrears already in whole cents, for the analysis.
 *
 * @param acc - A parsed account.
 * @param arrears - What the tenant owes on `asOf`, whole cents.
 * @param asOf - The evaluation date.
 * @returns The {@link Departure}, or `null` for a tenant still in the home.
 */
export function departureInCents(acc: Account, arrears: number, asOf: IsoDate): Departure | null {
  const endedOn = acc.lease.endedOn;
  if (endedOn == null || endedOn > asOf) return null;
  const p = acc.procedure ?? {};
  const recorded = (d: IsoDate | null | undefined): IsoDate | null => (d != null && d <= asOf ? d : null);
  const finalStatementOn =
    p.finalStatementOn != null && p.finalStatementOn >= endedOn ? recorded(p.finalStatementOn) : null;
  const held = finalStatementOn !== null ? 0 : centsNumberOf(acc.lease.securityDeposit ?? '0');
  // Checked against the amounts' limit as subtract() checks it, in the same order.
  const debt = checkedCents(arrears - held);
  const refund = checkedCents(held - arrears);
  return {
    endedOn,
    depositHeld: amountOfCents(held),
    debtAfterDeposit: amountOfCents(debt > 0 ? debt : 0),
    refundDue: amountOfCents(refund > 0 ? refund : 0),
    restitutionDeadline: depositRestitutionDeadline(endedOn, acc.lease.exitInventoryMatchesEntry === true).date,
    finalStatementOn,
    formalNoticeOn: recorded(p.formalNoticeOn),
    injonctionOn: recorded(p.injonctionOn),
    writeOffOn: recorded(p.writeOffOn),
  };
}
