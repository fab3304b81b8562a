/**
 * `analyze(account, { asOf, locale? })`: a tenant's ledger becomes the facts a recovery officer
 * reasons with — balances, arrears and their age, the benefit « impayé », the legal deadlines, what
 * the household can bear, early signs, plan adherence and contact pressure. Pure: nothing is read
 * from the clock, and the same input gives the same bytes out. What a person reads of the law (the
 * obligations' bases, the benefit impayé's basis, the readings) is in the locale asked for, French
 * by default; codes, dates, amounts and statuses do not depend on it.
 *
 * @module
 */
import { addDays, addMonths, parseDate, zoneOfDepartment, type IsoDate, type Zone } from '../calendar';
import { addMonthsToEpochDay } from '../calendar/date-arithmetic';
import { inRange, MAX_EPOCH_DAY, MIN_EPOCH_DAY } from '../calendar/date';
import { epochDayOfCheckedDate, isoFromEpochDay } from '../calendar/epoch-day';
import { parseLocale, voiceOf, type Voice } from '../i18n';
import {
  cafSignalDeadline,
  compareObligations,
  findBenefitUnpaid,
  legalObligations,
  prescriptionDays,
  prescriptionReading,
  type AppliedReading,
  type BenefitUnpaidBranch,
  type BenefitUnpaidRegime,
  type DebtState,
  type Obligation,
  payerProcess,
  type PayerProcess,
  type PrescriptionDays,
} from '../law';
import { amountOfCents, centsNumberOf, moneyOfCents, quotientAmount } from '../money/cents';
import { affordability, housingCost, type Affordability } from './affordability';
import { departureInCents, type Departure } from './departure';
import { imputeLedger, type DueItem, type ImputedLedger, type LedgerState } from './ledger';
import { isParsedAccount, parseAccount } from './parse';
import { planAdherence, type PlanAdherence } from './plan-adherence';
import { TENANT_CHANNELS, type Account, type Channel, type PostingKind } from './schema';

// These lived here; re-exported for the modules that import them from './analyze'.
export type { Obligation, ObligationCode } from '../law';
export type { InstalmentStatus, PlanAdherence } from './plan-adherence';

/** An unpaid debt of the ledger. */
export interface UnpaidItem {
  readonly date: IsoDate;
  readonly kind: PostingKind;
  readonly id?: string;
  /** What was due. */
  readonly amount: string;
  /** What is still unpaid. */
  readonly remaining: string;
  /** Days since it fell due. */
  readonly ageDays: number;
  /** Day it is prescribed (loi 89-462 art. 7-1), unless interrupted. */
  readonly prescribedOn: IsoDate;
}

/** Unpaid debt by age since it fell due, EUR. */
export interface Ageing {
  readonly '0-1': string;
  readonly '1-3': string;
  readonly '3-6': string;
  readonly '6-12': string;
  readonly '12+': string;
}

/** Everything `analyze` finds, as plain JSON. */
export interface Situation {
  readonly accountId: string;
  readonly asOf: IsoDate;
  /** Holiday zone of the dwelling, from its department. */
  readonly zone: Zone;
  readonly department: string;
  /** Day of the month the rent falls due (1–31). */
  readonly dueDay: number;
  /** `current` tenant, or `departed` (lease ended on or before `asOf`). */
  readonly tenancy: 'current' | 'departed';
  /**
   * For a departed tenant, the exit: the dépôt de garantie against the arrears, the deadline to
   * return it and the acts that follow a departure; `null` for a current tenant.
   */
  readonly departure: Departure | null;
  /** Signed balance at the end of `asOf`: positive = owed by the tenant. */
  readonly balance: string;
  /** What the tenant owes (0 when in credit). */
  readonly arrears: string;
  /** What the landlord owes the tenant (an advance or overpayment), 0 otherwise. */
  readonly credit: string;
  /** Unpaid debts, oldest first. */
  readonly unpaidItems: readonly UnpaidItem[];
  /**
   * Due date of the oldest unpaid debt after oldest-first imputation. Not where the 3 months of the
   * 2027 benefit impayé run from: they run from `arrearsSince` (see `benefitUnpaid.reading`).
   */
  readonly firstDefaultOn: IsoDate | null;
  /** Day the current arrears began (the day after the balance was last ≤ 0). */
  readonly arrearsSince: IsoDate | null;
  /** Days since the oldest unpaid debt fell due, 0 when none. */
  readonly oldestUnpaidDays: number;
  /** Number of distinct months (YYYY-MM) with an unpaid rent or charges item. */
  readonly monthsOfArrears: number;
  /** Arrears ÷ monthly gross housing cost (rent + charges), 2 decimals rounded down. */
  readonly debtInMonthsOfRent: string;
  readonly ageing: Ageing;
  /** Debts more than 3 years old (prescribed unless the prescription was interrupted), EUR. */
  readonly prescribedAmount: string;
  /**
   * The prescription of the unpaid items (loi 89-462 art. 7-1; C. civ. 2228–2229) and the reading
   * of its first day it rests on: the due date counts as the first day (`first-day-counted`, Cass.
   * 1re civ. 12 Dec 2018, n° 17-25.697), which the classic doctrine contests
   * (`first-day-not-counted`: one day later). An item whose prescription falls exactly on `asOf`
   * is prescribed under the reading applied and not yet under the other: it may be contested.
   */
  readonly prescription: {
    /** The reading applied (`prescription_first_day_reading` of the law table). */
    readonly reading: AppliedReading;
    /** Same as the top-level `prescribedAmount`: unpaid items prescribed on `asOf`, EUR. */
    readonly prescribedAmount: string;
    /**
     * The part on which the two readings disagree on `asOf`, EUR: with the reading applied, the
     * part of `prescribedAmount` whose prescription falls exactly on `asOf`.
     */
    readonly contestedAmount: string;
    /** Number of unpaid items in `contestedAmount`. */
    readonly contestedItems: number;
  };
  /**
   * The benefit impayé (CCH R.824-1 and following). Never constituted for a departed tenant: the
   * benefit on file is for the home they left, so nothing is signalled to the CAF/MSA.
   */
  readonly benefitUnpaid: {
    /** The tenant, still in the home, receives a housing benefit (APL, ALS or ALF): the impayé rules apply. */
    readonly applies: boolean;
    readonly constituted: boolean;
    /** Day the impayé arose in the current arrears, or `null`. */
    readonly since: IsoDate | null;
    readonly regime: BenefitUnpaidRegime | null;
    /**
     * The branch of the rule that made it: `two-months-of-housing-cost` (2016), `debt-above-450`
     * or `three-months-unpaid` (2027); `null` when not constituted.
     */
    readonly branch: BenefitUnpaidBranch | null;
    /** Last day to signal it to the CAF/MSA (not rolled), or `null`. */
    readonly signalDeadline: IsoDate | null;
    /** The article of the rule that made it, in the locale of the analysis; `null` when not constituted. */
    readonly basis: string | null;
    /**
     * When constituted by the 2027 time branch (`three-months-unpaid`), the reading of « trois mois
     * après un premier défaut de paiement » it rests on: `episode-start`, the 3 months running from
     * `arrearsSince` (the consolidated text was not read; the reading set aside is
     * `oldest-unpaid-item`). `null` otherwise: the 2016 rule and the 450 € branch do not depend on it.
     */
    readonly reading: AppliedReading | null;
  };
  readonly obligations: readonly Obligation[];
  /**
   * The payer's procedure after the signal of the current impayé (CCH R.824-7 to R.824-28 for
   * impayés signalled until 2026-12-31, L.824-2 from 2027): the regime, the latest event of each
   * kind, the aid kept or suspended; its deadlines are among `obligations`.
   */
  readonly payer: PayerProcess;
  readonly affordability: Affordability;
  readonly earlySigns: {
    /** Rent or charges items of the last 6 months partly paid and still open. */
    readonly partialPayments: number;
    /** Items of the last 6 months paid more than 10 days after they fell due. */
    readonly latePayments: number;
    /** Items of the last 6 months still entirely unpaid. */
    readonly missedPayments: number;
    /** Unpaid part of charges regularisations (régularisation de charges), EUR. */
    readonly chargesRegularisationDebt: string;
    /** `none` on file, `stopped`, or `active`. */
    readonly housingBenefit: 'none' | 'stopped' | 'active';
  };
  /** The housing benefit on file (APL, ALS or ALF), or `null` when none. */
  readonly housingBenefit: {
    readonly kind: 'APL' | 'ALS' | 'ALF';
    /** `landlord` (tiers payant) or `tenant`. */
    readonly paidTo: 'landlord' | 'tenant';
    /** Monthly amount on file, EUR (even when stopped). */
    readonly monthlyAmount: string;
    /** Day its payment stopped, when on or before `asOf`; `null` while it is paid. */
    readonly stoppedOn: IsoDate | null;
  } | null;
  /** The home and whether it fits the household. */
  readonly dwelling: {
    /** Pièces habitables, kitchen not counted (`lease.rooms`); `null` when not on file. */
    readonly rooms: number | null;
    /** People living in the home (`household.members`); `null` when none is listed. */
    readonly occupants: number | null;
    /**
     * More rooms than occupants + 1 (CCH L.621-2, applied to HLM by L.442-3-1); `null` when the
     * rooms or the occupants are not on file.
     */
    readonly underOccupied: boolean | null;
    /** Last day of the lease's first year (the day before `signedOn` + 12 months). */
    readonly firstYearEndsOn: IsoDate;
    /**
     * Day of the CESF assessment, on or before `asOf`, that recommends a move (mutation);
     * `null` when none does.
     */
    readonly mutationRecommendedOn: IsoDate | null;
  };
  readonly plan: PlanAdherence | null;
  readonly contacts: {
    /** Contacts with the tenant (internal steps excluded) in the 7 days ending on `asOf`. */
    readonly last7Days: number;
    /** Same, over 30 days. */
    readonly last30Days: number;
    readonly lastContactOn: IsoDate | null;
    readonly lastChannel: Channel | null;
  };
  readonly surendettement: {
    /** A surendettement file is recevable on `asOf`: enforcement is suspended (code conso L.722-2). */
    readonly frozen: boolean;
    readonly recevableOn: IsoDate | null;
    /**
     * Debt that fell due before the file was recevable, frozen (code conso L.722-2, L.722-5): never
     * reminded, never in a plan, never pursued. What was owed the day before `recevableOn`, at most
     * the arrears of `asOf`; 0 when no file is recevable.
     */
    readonly frozenDebt: string;
    /**
     * Debt that fell due on or after `recevableOn`, collected normally: the arrears less the frozen
     * debt (payments since the file was recevable pay current rent first, as the tenant may not pay
     * the earlier debt, L.722-5). Equal to `arrears` when no file is recevable.
     */
    readonly currentDebt: string;
    /** Due date of the oldest unpaid item of the current debt, or `null` when none is owed. */
    readonly currentFirstDefaultOn: IsoDate | null;
    /** Distinct months (YYYY-MM) with unpaid rent or charges in the current debt. */
    readonly currentMonthsOfArrears: number;
    /** Current debt ÷ monthly gross housing cost, 2 decimals rounded down. */
    readonly currentDebtInMonthsOfRent: string;
  };
}

/** Options of {@link analyze}. */
export interface AnalyzeOptions {
  /** The evaluation date, ISO. Always given: nothing is read from the clock. */
  readonly asOf: IsoDate;
  /**
   * The language of what a person reads of the law (the obligations' `basis`, the benefit
   * impayé's `basis`, the readings' `text` and `source`): `fr` (the default) or `en`, or a language
   * tag of either (`fr-FR`, `en-GB`). English gives the bases with ISO dates, French with
   * `23/11/2026`.
   */
  readonly locale?: string;
}

const LATE_AFTER_DAYS = 10;
const ZERO = '0.00';

/**
 * Analyses a tenant account as of a date.
 *
 * @param account - A raw JSON account (parsed on entry) or the output of `parseAccount`.
 * @param options - `{ asOf, locale? }`: the evaluation date, and the language of the legal bases
 *   (`fr` by default, or `en`).
 * @returns The {@link Situation}.
 * @throws {@link ValidationError} when the account, `asOf` or `locale` is invalid (`invalid_date`,
 *   `invalid_value`…).
 * @example
 * ```ts
 * analyze(account, { asOf: '2026-03-01' }).arrears; // => '460.60'
 * analyze(account, { asOf: '2026-11-23' }).obligations[0].basis;
 * // => 'CCH R.824-1 à R.824-4\u00a0: signaler l’impayé à la CAF/MSA dans les 2 mois de sa constitution…'
 * analyze(account, { asOf: '2026-11-23', locale: 'en' }).obligations[0].basis;
 * // => 'CCH R.824-1 to R.824-4: signal the impayé to the CAF/MSA within 2 months of its constitution…'
 * ```
 */
export function analyze(account: unknown, options: AnalyzeOptions): Situation {
  const asOf = parseDate(options?.asOf, ['asOf']);
  const voice = voiceOf(options?.locale === undefined ? 'fr' : parseLocale(options.locale, ['locale']));
  const acc = isParsedAccount(account) ? account : parseAccount(account);
  return analyzeAccount(acc, asOf, voice);
}

/**
 * Analyses an account already parsed as of a date already parsed: {@link analyze} without the
 * parsing, for a caller that parsed the account and the date once (a prepared evaluator parses
 * `asOf` once per batch). Trusts its inputs: give it only the output of `parseAccount` and a date
 * from `parseDate`.
 *
 * @internal
 * @param acc - The output of `parseAccount` (or an account `isParsedAccount` accepts).
 * @param asOf - The evaluation date, already checked by `parseDate`.
 * @param voice - The language of the legal bases and readings; French when not given.
 * @returns The {@link Situation}, the same as `analyze(acc, { asOf, locale: voice.locale })`.
 * @throws {@link ValidationError} `unknown_department` only for a department no zone covers.
 * @example
 * ```ts
 * const asOf = parseDate('2026-03-01', ['asOf']);
 * analyzeAccount(parseAccount(account), asOf).arrears; // => '460.60'
 * ```
 */
export function analyzeAccount(acc: Account, asOf: IsoDate, voice: Voice = voiceOf('fr')): Situation {
  // Amounts are whole cents (JS numbers, exact: see ledger.ts) and become text only where the
  // situation shows them. The steps run in the order they always ran, so that an account beyond
  // the amounts' limit or the calendar's range fails with the same error as before.
  const zone = zoneOfDepartment(acc.lease.department, ['lease', 'department']);
  const ledger = imputeLedger(acc.ledger, asOf);
  const balance = ledger.balance;
  const arrears = balance > 0 ? balance : 0;
  const unpaid = ledger.items.filter((i) => i.remaining !== 0);
  const cost = housingCost(acc, asOf);

  const episode = currentEpisode(ledger.states);
  const departure = departureInCents(acc, arrears, asOf);
  // A departed tenant's benefit was for the home they left: no impayé, no CAF/MSA deadline.
  const benefitApplies = acc.housingBenefit != null && departure === null;
  const constitution =
    benefitApplies && episode.length > 0
      ? findBenefitUnpaid(
          episode.map(toDebtState),
          asOf,
          moneyOfCents(cost.tiersPayant ? cost.residual : cost.gross),
          voice,
        )
      : null;
  const signal = constitution === null ? null : cafSignalDeadline(constitution.on, voice);
  // Once per unpaid item: the prescription and the item itself both read it.
  const prescriptions = unpaid.map((i) => prescriptionDaysOn(i.date));
  const prescription = prescriptionOf(unpaid, prescriptions, asOf, voice);
  const signalledOn = acc.procedure?.cafSignalledOn;
  const payer = payerProcess(
    {
      asOf,
      signalledOn:
        departure === null && balance > 0 && signalledOn != null && signalledOn >= (episode[0]?.from ?? asOf)
          ? signalledOn
          : null,
      events: acc.payerEvents ?? [],
    },
    voice,
  );
  const asOfDay = epochDayOfCheckedDate(asOf);
  const arrearsText = amountOfCents(arrears);
  const monthsOfArrears = rentMonths(unpaid);
  const debtInMonthsOfRent = cost.gross > 0 ? quotientAmount(arrears, cost.gross, 'down') : ZERO;

  return {
    accountId: acc.id,
    asOf,
    zone,
    department: acc.lease.department,
    dueDay: acc.lease.dueDay ?? 1,
    tenancy: departure === null ? 'current' : 'departed',
    departure,
    balance: amountOfCents(balance),
    arrears: arrearsText,
    credit: balance > 0 ? ZERO : amountOfCents(0 - balance),
    unpaidItems: unpaid.map((i, k) => unpaidItem(i, asOfDay, prescriptions[k]!.prescribedOn)),
    firstDefaultOn: unpaid[0]?.date ?? null,
    arrearsSince: episode[0]?.from ?? null,
    oldestUnpaidDays: unpaid[0] === undefined ? 0 : asOfDay - epochDayOfCheckedDate(unpaid[0].date),
    monthsOfArrears,
    debtInMonthsOfRent,
    ageing: ageing(unpaid, asOf),
    prescribedAmount: prescription.prescribedAmount,
    prescription,
    benefitUnpaid: {
      applies: benefitApplies,
      constituted: constitution !== null,
      since: constitution?.on ?? null,
      regime: constitution?.regime ?? null,
      branch: constitution?.branch ?? null,
      signalDeadline: signal?.date ?? null,
      basis: constitution?.basis ?? null,
      reading: constitution?.reading ?? null,
    },
    // A departed tenant's deposit is returned even when nothing is owed: legalObligations decides.
    obligations:
      balance > 0 || departure !== null
        ? legalObligations(
            {
              asOf,
              zone,
              episodeStart: episode[0]?.from ?? asOf,
              lease: acc.lease,
              procedure: acc.procedure ?? {},
              cafSignal: signal,
              departure:
                departure === null
                  ? null
                  : {
                      endedOn: departure.endedOn,
                      exitInventoryMatchesEntry: acc.lease.exitInventoryMatchesEntry === true,
                      securityDeposit: amountOfCents(centsNumberOf(acc.lease.securityDeposit ?? '0')),
                      arrears: arrearsText,
                    },
            },
            voice,
          )
            .concat(payer.obligations)
            .sort(compareObligations)
        : [],
    payer,
    affordability: affordability(acc, asOf, cost),
    earlySigns: earlySigns(acc, ledger.items, unpaid, asOf, asOfDay),
    housingBenefit: housingBenefitOnFile(acc, asOf),
    dwelling: dwelling(acc, asOf),
    plan: planAdherence(acc, ledger.states, asOf),
    contacts: contactPressure(acc, asOf),
    surendettement: surendettement(acc, ledger, unpaid, arrears, cost.gross, asOf, monthsOfArrears, debtInMonthsOfRent),
  };
}

function toDebtState(s: LedgerState): DebtState {
  return { from: s.from, debt: moneyOfCents(s.balance), firstDefaultOn: s.oldestUnpaidOn };
}

/** The states since the balance was last ≤ 0: the current arrears episode (empty when none). */
function currentEpisode(states: readonly LedgerState[]): readonly LedgerState[] {
  let start = states.length;
  while (start > 0 && states[start - 1]!.balance > 0) start--;
  return start === states.length ? [] : states.slice(start);
}

/** Rent or charges: the items the months of arrears and the early signs count. */
function isRentKind(kind: PostingKind): boolean {
  return kind === 'rent' || kind === 'charges';
}

/** Number of distinct months (YYYY-MM) among the rent and charges items of a list sorted by date. */
function rentMonths(items: readonly DueItem[]): number {
  let months = 0;
  let last = '';
  for (const item of items) {
    if (!isRentKind(item.kind)) continue;
    // Sorted by date, so a month already counted is the last one seen.
    const month = item.date.slice(0, 7);
    if (month !== last) {
      months++;
      last = month;
    }
  }
  return months;
}

/**
 * Dates that depend only on `asOf`, computed once for a run of accounts on the same day: the last
 * `asOf` seen and its value. A date out of the calendar's range throws each time, as before.
 */
function lastAsOf<T>(compute: (asOf: IsoDate) => T): (asOf: IsoDate) => T {
  let key: IsoDate | undefined;
  let value: T;
  return (asOf) => {
    if (asOf !== key) {
      value = compute(asOf);
      key = asOf;
    }
    return value;
  };
}

/**
 * The prescription days of a due date, kept for the next accounts: a law-table lookup and a
 * 3-year deadline that many accounts share (rents fall due on the same days). The cache is
 * dropped when full, so it never grows beyond a few thousand dates.
 */
function prescriptionDaysOn(dueOn: IsoDate): PrescriptionDays {
  let days = PRESCRIPTIONS.get(dueOn);
  if (days === undefined) {
    days = prescriptionDays(dueOn);
    if (PRESCRIPTIONS.size >= 4096) PRESCRIPTIONS.clear();
    PRESCRIPTIONS.set(dueOn, days);
  }
  return days;
}
const PRESCRIPTIONS = new Map<IsoDate, PrescriptionDays>();

/**
 * The reading of the prescription's first day on `asOf`, in a voice: the same for every account of
 * a run, so it is looked up and worded once; each situation gets its own copy of it.
 */
function prescriptionReadingOn(asOf: IsoDate, voice: Voice): AppliedReading {
  if (lastReading === null || lastReading.asOf !== asOf || lastReading.voice !== voice) {
    lastReading = { asOf, voice, reading: prescriptionReading(asOf, voice) };
  }
  return { ...lastReading.reading };
}
let lastReading: { readonly asOf: IsoDate; readonly voice: Voice; readonly reading: AppliedReading } | null = null;

/** The ageing buckets' limits: `asOf` − 1, 3, 6 and 12 months. */
const ageingLimitsOn = lastAsOf((asOf) => [1, 3, 6, 12].map((m) => addMonths(asOf, -m)));
/** The start of the early signs' 6 months. */
const sixMonthsBefore = lastAsOf((asOf) => addMonths(asOf, -6));
/** The contact pressure's 7 and 30 days. */
const contactWindowsOn = lastAsOf((asOf) => ({ week: addDays(asOf, -7), month: addDays(asOf, -30) }));

/**
 * The prescribed and contested parts of the unpaid items: prescribed under the reading applied on
 * `asOf`; contested where the two readings of the first day disagree on `asOf`.
 */
function prescriptionOf(
  unpaid: readonly DueItem[],
  prescriptions: readonly PrescriptionDays[],
  asOf: IsoDate,
  voice: Voice,
): Situation['prescription'] {
  let prescribed = 0;
  let contested = 0;
  let contestedItems = 0;
  for (let k = 0; k < unpaid.length; k++) {
    const days = prescriptions[k]!;
    const underOurs = days.prescribedOn <= asOf;
    const underTheOther = days.otherReadingOn <= asOf;
    if (underOurs) prescribed += unpaid[k]!.remaining;
    if (underOurs !== underTheOther) {
      contested += unpaid[k]!.remaining;
      contestedItems++;
    }
  }
  return {
    reading: prescriptionReadingOn(asOf, voice),
    prescribedAmount: amountOfCents(prescribed),
    contestedAmount: amountOfCents(contested),
    contestedItems,
  };
}

function unpaidItem(item: DueItem, asOfDay: number, prescribedOn: IsoDate): UnpaidItem {
  const { date, kind, id } = item;
  const amount = amountOfCents(item.amount);
  const remaining = amountOfCents(item.remaining);
  const ageDays = asOfDay - epochDayOfCheckedDate(date);
  // Two literals rather than a spread: the same keys in the same order, `id` only when known.
  return id === undefined
    ? { date, kind, amount, remaining, ageDays, prescribedOn }
    : { date, kind, id, amount, remaining, ageDays, prescribedOn };
}

function ageing(unpaid: readonly DueItem[], asOf: IsoDate): Ageing {
  const limits = ageingLimitsOn(asOf);
  const buckets = [0, 0, 0, 0, 0];
  for (const item of unpaid) {
    // An item due on asOf − 1 month is one month old: it leaves the 0–1 bucket that day.
    let b = 0;
    while (b < 4 && item.date <= limits[b]!) b++;
    buckets[b]! += item.remaining;
  }
  return {
    '0-1': amountOfCents(buckets[0]!),
    '1-3': amountOfCents(buckets[1]!),
    '3-6': amountOfCents(buckets[2]!),
    '6-12': amountOfCents(buckets[3]!),
    '12+': amountOfCents(buckets[4]!),
  };
}

function earlySigns(
  acc: Account,
  items: readonly DueItem[],
  unpaid: readonly DueItem[],
  asOf: IsoDate,
  asOfDay: number,
): Situation['earlySigns'] {
  const since = sixMonthsBefore(asOf);
  let partial = 0;
  let late = 0;
  let missed = 0;
  // The items are sorted by due date: the last 6 months are at the end.
  for (let k = items.length - 1; k >= 0 && items[k]!.date > since; k--) {
    const item = items[k]!;
    if (!isRentKind(item.kind)) continue;
    if (item.remaining === 0) {
      if (
        item.settledOn !== null &&
        epochDayOfCheckedDate(item.settledOn) - epochDayOfCheckedDate(item.date) > LATE_AFTER_DAYS
      )
        late++;
    } else if (item.remaining < item.amount) partial++;
    else if (asOfDay - epochDayOfCheckedDate(item.date) > LATE_AFTER_DAYS) missed++;
  }
  // What is left of the regularisations is among the unpaid items.
  let regularisation = 0;
  for (const item of unpaid) if (item.kind === 'charges-regularisation') regularisation += item.remaining;
  const hb = acc.housingBenefit;
  return {
    partialPayments: partial,
    latePayments: late,
    missedPayments: missed,
    chargesRegularisationDebt: amountOfCents(regularisation),
    housingBenefit: hb == null ? 'none' : hb.stoppedOn != null && hb.stoppedOn <= asOf ? 'stopped' : 'active',
  };
}

function housingBenefitOnFile(acc: Account, asOf: IsoDate): Situation['housingBenefit'] {
  const hb = acc.housingBenefit;
  if (hb == null) return null;
  return {
    kind: hb.kind,
    paidTo: hb.paidTo,
    monthlyAmount: amountOfCents(centsNumberOf(hb.monthlyAmount)),
    stoppedOn: hb.stoppedOn != null && hb.stoppedOn <= asOf ? hb.stoppedOn : null,
  };
}

function dwelling(acc: Account, asOf: IsoDate): Situation['dwelling'] {
  const rooms = acc.lease.rooms ?? null;
  const members = acc.household.members ?? [];
  // No member listed says nothing of who lives there: never read it as one occupant here.
  const occupants = members.length > 0 ? members.length : null;
  const cesf = acc.household.cesfAssessment;
  return {
    rooms,
    occupants,
    underOccupied: rooms === null || occupants === null ? null : rooms > occupants + 1,
    firstYearEndsOn: firstYearEnd(acc.lease.signedOn),
    mutationRecommendedOn: cesf?.recommendsMutation === true && cesf.assessedOn <= asOf ? cesf.assessedOn : null,
  };
}

/**
 * The day before `signedOn` + 12 months: `addDays(addMonths(signedOn, 12), -1)` on epoch days,
 * with the same error when the 12 months leave the calendar's range.
 */
function firstYearEnd(signedOn: IsoDate): IsoDate {
  const anniversary = addMonthsToEpochDay(epochDayOfCheckedDate(signedOn), 12);
  if (!(anniversary >= MIN_EPOCH_DAY && anniversary <= MAX_EPOCH_DAY)) inRange(anniversary, ['n'], 12);
  return isoFromEpochDay(anniversary - 1);
}

function contactPressure(acc: Account, asOf: IsoDate): Situation['contacts'] {
  const contacts = acc.contacts ?? [];
  if (contacts.length === 0) return { last7Days: 0, last30Days: 0, lastContactOn: null, lastChannel: null };
  const { week, month } = contactWindowsOn(asOf);
  let last7 = 0;
  let last30 = 0;
  let lastOn: IsoDate | null = null;
  let lastChannel: Channel | null = null;
  for (const c of contacts) {
    if (c.date > asOf || !TENANT_CHANNELS.includes(c.channel)) continue;
    if (c.date > week) last7++;
    if (c.date > month) last30++;
    if (lastOn === null || c.date >= lastOn) {
      lastOn = c.date;
      lastChannel = c.channel;
    }
  }
  return { last7Days: last7, last30Days: last30, lastContactOn: lastOn, lastChannel };
}

function surendettement(
  acc: Account,
  ledger: ImputedLedger,
  unpaid: readonly DueItem[],
  arrears: number,
  gross: number,
  asOf: IsoDate,
  monthsOfArrears: number,
  debtInMonthsOfRent: string,
): Situation['surendettement'] {
  const on = acc.procedure?.surendettementRecevableOn;
  if (on == null || on > asOf) {
    // No file recevable: the current debt is the whole debt, with the figures found above.
    return {
      frozen: false,
      recevableOn: on ?? null,
      frozenDebt: ZERO,
      currentDebt: amountOfCents(arrears),
      currentFirstDefaultOn: unpaid[0]?.date ?? null,
      currentMonthsOfArrears: monthsOfArrears,
      currentDebtInMonthsOfRent: debtInMonthsOfRent,
    };
  }
  // What was owed at the end of the day before the file was recevable.
  let before = 0;
  for (const s of ledger.states) if (s.from < on) before = s.balance;
  const frozen = before > 0 ? (before < arrears ? before : arrears) : 0;
  const current = arrears - frozen;
  // The current debt is the newest items due since `on`: payments since then settled the oldest.
  let left = current;
  const newestFirst: DueItem[] = [];
  for (let k = ledger.items.length - 1; k >= 0 && left > 0 && ledger.items[k]!.date >= on; k--) {
    const item = ledger.items[k]!;
    newestFirst.push(item);
    left = left > item.amount ? left - item.amount : 0;
  }
  const currentItems = newestFirst.reverse();
  return {
    frozen: true,
    recevableOn: on,
    frozenDebt: amountOfCents(frozen),
    currentDebt: amountOfCents(current),
    currentFirstDefaultOn: currentItems[0]?.date ?? null,
    currentMonthsOfArrears: rentMonths(currentItems),
    currentDebtInMonthsOfRent: gross > 0 ? quotientAmount(current, gross, 'down') : ZERO,
  };
}
