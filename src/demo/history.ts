/**
 * The ledger history of a demo account, simulated month by month over the window: the bills,
 * the benefit, the payments by profile, the plan instalments, the charges regularisations, an
 * FSL grant, and at the end a catch-up or the deposit set against the debt.
 *
 * @module
 */
import type { Benefit } from './benefit';
import { scaleCents } from './cents';
import { onWeekday, type Frame } from './frame';
import { rentInYear, type Lease } from './lease';
import { Book } from './ledger';
import { payBill, type Behaviour, type Habits, type Payer } from './payments';
import { schedulePlan, type Plan } from './plans';
import type { Procedure } from './procedure';
import type { Prng } from './prng';
import type { Regularisation } from './regularisations';
import type { Arrears, Tenancy } from './tenancy';

/** Everything drawn for an account before its history is simulated. */
export interface Scenario {
  readonly lease: Lease;
  readonly benefit: Benefit;
  readonly tenancy: Tenancy;
  readonly arrears: Arrears;
  readonly habits: Habits;
  readonly procedure: Procedure;
  /** Its debt and instalments are set during the simulation. */
  readonly plan: Plan | null;
  readonly regularisations: readonly Regularisation[];
  readonly behaviour: Behaviour;
}

/** The simulation's state: the payer, the scenario, and the next regularisation to post. */
interface History extends Payer, Scenario {
  readonly frame: Frame;
  nextRegularisation: number;
}

/**
 * Simulates the account's ledger from the signature (or the start of the window) to `asOf`.
 *
 * @returns The book, its entries in posting order.
 * @example
 * ```ts
 * simulateHistory(rng, frame, scenario).balance; // => the balance at asOf, in cents
 * ```
 */
export function simulateHistory(rng: Prng, frame: Frame, scenario: Scenario): Book {
  const book = new Book(frame.asOfDay);
  const h: History = { rng, book, frame, ...scenario, pendingCredit: 0, nextRegularisation: 0 };
  const { grid } = h.lease;
  const { firstActive, end, months } = h.tenancy;
  billFirstPeriod(h);
  if (h.arrears.openingDebt > 0)
    book.post(grid[0]!.day, 'adjustment', h.arrears.openingDebt, h.habits.useIds ? 'SOLDE-REPORT' : undefined);
  for (let m = Math.max(firstActive, 0); m < end && months > 0; m++) simulateMonth(h, m);
  settleAtTheEnd(h);
  return book;
}

/** The first, partial period is billed pro rata temporis on the signing day, and paid. */
function billFirstPeriod(h: History): void {
  const { lease, tenancy, book } = h;
  if (tenancy.months <= 0 || lease.signDay <= h.frame.windowStartDay) return;
  const first = lease.grid[tenancy.firstActive]!;
  if (lease.signDay >= first.day) return;
  const days = first.day - lease.signDay;
  const r = scaleCents(rentInYear(lease, h.frame.asOfYear, first.year), days, first.length);
  const c = scaleCents(lease.chargesCents, days, first.length);
  const ym = lease.signedOn.slice(0, 7);
  book.post(lease.signDay, 'rent', r, h.habits.useIds ? `RP-${ym}` : undefined);
  book.post(lease.signDay, 'charges', c, h.habits.useIds ? `CP-${ym}` : undefined);
  book.pay(lease.signDay + h.rng.int(0, 5), r + c);
}

/** One month: the bill, the instalments and the payment, then what else happens before the next due date. */
function simulateMonth(h: History, m: number): void {
  const { rng, book, lease, habits, tenancy, procedure } = h;
  const { grid } = lease;
  const month = grid[m]!;
  const due = month.day;
  const nextDue = m + 1 < grid.length ? grid[m + 1]!.day : h.frame.asOfDay + 1;
  const rent = rentInYear(lease, h.frame.asOfYear, month.year);
  const stop = h.arrears.benefitStopDay;
  const benefitHere = h.benefit.toLandlord && (stop === null || due < stop) ? h.benefit.cents : 0;
  const rentId = habits.useIds ? `R-${month.key}` : undefined;
  const chargesId = habits.useIds ? `C-${month.key}` : undefined;
  book.post(due, 'rent', rent, rentId);
  book.post(due, 'charges', lease.chargesCents, chargesId);
  if (benefitHere > 0) book.post(due, 'benefit', -benefitHere, habits.useIds ? `AL-${month.key}` : undefined);
  const net = rent + lease.chargesCents - benefitHere;
  const before = book.balance - net;

  const planPays = payInstalments(h, due, nextDue);
  const recevable = procedure.days.surendettementRecevable;
  const surendettement = recevable !== null && due >= recevable;
  const onTimeDay = due + (habits.directDebit ? habits.debitOffset : rng.int(1, 10));
  if (planPays || surendettement) {
    book.pay(onTimeDay, net);
  } else if (tenancy.endedDay !== null && tenancy.profile === 'recent-default' && m >= h.arrears.defaultFrom) {
    // A departing tenant who stopped paying before leaving.
  } else {
    payBill(h, { index: m, due, net, before, onTimeDay, benefitHere, rentId, chargesId });
  }

  postRegularisations(h, nextDue);
  grantFsl(h, due, nextDue);
  // A plan agreed this month: its debt is the balance on the day, split in monthly instalments.
  const { plan } = h;
  if (plan !== null && plan.instalments.length === 0 && plan.agreedDay >= due && plan.agreedDay < nextDue) {
    const debt =
      plan.settles === null
        ? book.balanceOn(plan.agreedDay)
        : h.regularisations.find((r) => r.id === plan.settles)!.cents;
    if (debt > 0) schedulePlan(rng, plan, debt);
  }
}

/**
 * Pays the plan instalments falling due in [due, nextDue), until the household stops.
 *
 * @returns Whether a plan of the whole balance is being paid: the household then pays its rent too.
 */
function payInstalments(h: History, due: number, nextDue: number): boolean {
  const { plan } = h;
  let planPays = false;
  if (plan === null || plan.instalments.length === 0) return planPays;
  for (let i = 0; i < plan.instalments.length; i++) {
    const inst = plan.instalments[i]!;
    if (inst.day < due || inst.day >= nextDue) continue;
    if (i < plan.keptCount) {
      h.book.pay(inst.day - h.rng.int(0, 2), inst.cents, plan.settles === null ? undefined : [plan.settles]);
      if (plan.settles === null) planPays = true;
    }
  }
  return planPays;
}

/** Posts the regularisations due before `nextDue`, and how the household settles them. */
function postRegularisations(h: History, nextDue: number): void {
  const { rng, book, regularisations } = h;
  const { profile } = h.tenancy;
  const regular = profile === 'on-time' || profile === 'late';
  while (h.nextRegularisation < regularisations.length && regularisations[h.nextRegularisation]!.day < nextDue) {
    const reg = regularisations[h.nextRegularisation++]!;
    if (reg.cents < 0) {
      book.post(reg.day, 'adjustment', reg.cents, h.habits.useIds ? `AV-${reg.id}` : undefined);
      if (regular) h.pendingCredit += -reg.cents;
      continue;
    }
    book.post(reg.day, 'charges-regularisation', reg.cents, reg.id);
    const planned = h.plan !== null && h.plan.settles === reg.id;
    if (!planned && regular) {
      if (rng.chance(0.9)) book.pay(reg.day + rng.int(3, 14), reg.cents, [reg.id]);
      else {
        // Paid in a few monthly parts without a formal plan; the first part takes the leftover cents.
        const parts = rng.int(2, 3);
        const base = Math.floor(reg.cents / parts);
        const first = reg.day + rng.int(5, 12);
        for (let i = 0; i < parts; i++)
          book.pay(first + 30 * i, i === 0 ? reg.cents - base * (parts - 1) : base, [reg.id]);
      }
    } else if (!planned && profile === 'partial' && rng.chance(0.5)) {
      book.pay(reg.day + rng.int(15, 45), reg.cents, [reg.id]);
    }
  }
}

/** An FSL grant helps some households after the referral. */
function grantFsl(h: History, due: number, nextDue: number): void {
  const fsl = h.procedure.days.fslReferred;
  if (fsl === null || fsl < due || fsl >= nextDue || !h.rng.chance(0.5)) return;
  const grant = Math.min(h.rng.int(300, 1500) * 100, Math.max(0, h.book.balance - 10_000));
  h.book.pay(onWeekday(fsl + h.rng.int(30, 90)), grant);
}

/** A partial payer often catches up; a departed tenant's deposit is set against the debt. */
function settleAtTheEnd(h: History): void {
  const { rng, book } = h;
  const { asOfDay } = h.frame;
  // A partial payer often catches up in the end (a lump sum, a family loan, back pay).
  if (h.tenancy.profile === 'partial' && h.plan === null && book.balance > 0 && rng.chance(0.75)) {
    book.pay(onWeekday(asOfDay - rng.int(1, 12)), book.balance);
  }
  // The departure: the deposit (dépôt de garantie, one month of rent) is set against the debt.
  const { endedDay } = h.tenancy;
  if (endedDay !== null && book.balance > 0) {
    const deposit = Math.floor(h.lease.rentCents / 100) * 100;
    book.post(
      endedDay + rng.int(15, 45),
      'adjustment',
      -Math.min(deposit, book.balance),
      h.habits.useIds ? 'DG-RESTITUTION' : undefined,
    );
  }
}
