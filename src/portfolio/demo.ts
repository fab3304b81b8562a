/**
 * A seeded demo portfolio: realistic French social-housing tenancies for examples, previews of a
 * policy and the benchmark.
 *
 * Each account is a pure function of `(seed, index)` and `asOf`: it has its own small PRNG
 * (splitmix32) seeded by a hash of both, so account `i` is the same whether 10 or 1,000,000
 * accounts are generated, and nothing reads the clock or `Math.random()`. Money is computed in
 * integer cents and written as decimal strings (`"512.30"`); dates are ISO strings.
 *
 * What the portfolio looks like (about; measured in `test/portfolio/demo.test.ts`):
 * - payers: 70 % always on time, 10 % sometimes late, 8 % partial payers, 7 % recent default (a
 *   job loss: they stop paying 1–4 months before `asOf`), 5 % chronic arrears; 4 % of tenants
 *   have left (`lease.endedOn`), 40 % of them owing money;
 * - about 15–16 % of accounts owe money at the end of `asOf` (12–18 % is tested);
 * - half of the households receive a housing benefit (APL, ALS or ALF), mostly paid to the
 *   landlord (« tiers payant »);
 * - households of 1 to 6 people, with a member aged 75 or more in about 10 % of them;
 * - the worst accounts are at every stage of the procedure, from the CAF signalling to the
 *   commandement de quitter les lieux; some have a repayment plan (« plan d'apurement »).
 *
 * @module
 */
import type { AccountInput } from '../account';
import { addDays, addMonths, fromEpochDay, parseDate, toEpochDay, type IsoDate } from '../calendar';
import { fail } from '../errors';

/** Options of {@link generateDemoAccount}. */
export interface DemoAccountOptions {
  /**
   * The day the export is taken: the ledger covers the 24 months before it and nothing after it.
   * Years 2000 to 2150. Default {@link DEMO_DEFAULT_AS_OF}.
   */
  readonly asOf?: IsoDate;
}

/** Options of {@link generateDemoPortfolio}. */
export interface DemoPortfolioOptions {
  /** Seed of the portfolio, a safe integer. Default {@link DEMO_DEFAULT_SEED}. */
  readonly seed?: number;
  /** Number of accounts to yield (a non-negative safe integer). */
  readonly count: number;
  /** The day the export is taken, as in {@link DemoAccountOptions.asOf}. */
  readonly asOf?: IsoDate;
}

/**
 * Seed of the demo portfolio when none is given.
 *
 * @example
 * ```ts
 * generateDemoPortfolio({ count: 1 }).next().value.id; // => 'DEMO-000001' (seed 2026)
 * ```
 */
export const DEMO_DEFAULT_SEED = 2026;

/**
 * Export date of the demo portfolio when none is given.
 *
 * @example
 * ```ts
 * DEMO_DEFAULT_AS_OF; // => '2026-11-23'
 * ```
 */
export const DEMO_DEFAULT_AS_OF: IsoDate = '2026-11-23';

/** Months of history in each ledger. */
const LEDGER_MONTHS = 24;

// ---------------------------------------------------------------------------------------------
// Seeded randomness: splitmix32 seeded by a murmur3-style hash of (seed, index).
// ---------------------------------------------------------------------------------------------

function mix32(x: number): number {
  let h = x | 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Low and high 32 bits of a safe integer (two's complement for negative numbers). */
function words(n: number): [number, number] {
  return [n >>> 0, Math.floor(n / 4294967296) >>> 0];
}

function hashSeed(seed: number, index: number): number {
  const [sLo, sHi] = words(seed);
  const [iLo, iHi] = words(index);
  let h = mix32(sLo + 0x9e3779b9);
  h = mix32(h ^ sHi ^ 0x85ebca6b);
  h = mix32(h ^ mix32(iLo + 0x7f4a7c15));
  return mix32(h ^ iHi ^ 0xc2b2ae35);
}

/** splitmix32: a tiny, fast PRNG with a 32-bit state; good enough for synthetic data. */
class Prng {
  private state: number;

  constructor(seed: number) {
    this.state = seed | 0;
  }

  /** A number in [0, 1). */
  next(): number {
    this.state = (this.state + 0x9e3779b9) | 0;
    let t = this.state ^ (this.state >>> 16);
    t = Math.imul(t, 0x21f0aaad);
    t ^= t >>> 15;
    t = Math.imul(t, 0x735a2d97);
    t ^= t >>> 15;
    return (t >>> 0) / 4294967296;
  }

  /** An integer from `lo` to `hi`, both included. */
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }

  /** `true` with probability `p`. */
  chance(p: number): boolean {
    return this.next() < p;
  }

  /** A value drawn from a weighted table. */
  pick<T>(table: Weighted<T>): T {
    const x = this.next() * table.total;
    for (let i = 0; i < table.cumulative.length; i++) if (x < table.cumulative[i]!) return table.values[i]!;
    return table.values[table.values.length - 1]!;
  }
}

interface Weighted<T> {
  readonly values: readonly T[];
  readonly cumulative: readonly number[];
  readonly total: number;
}

function weighted<T>(entries: readonly (readonly [T, number])[]): Weighted<T> {
  const values: T[] = [];
  const cumulative: number[] = [];
  let total = 0;
  for (const [value, weight] of entries) {
    total += weight;
    values.push(value);
    cumulative.push(total);
  }
  return Object.freeze({ values: Object.freeze(values), cumulative: Object.freeze(cumulative), total });
}

// ---------------------------------------------------------------------------------------------
// Tables.
// ---------------------------------------------------------------------------------------------

/** Departments, weighted roughly by their share of the social-housing stock. */
const DEPARTMENTS = weighted<string>([
  ['93', 9], ['59', 8], ['75', 7], ['13', 7], ['69', 6], ['62', 5], ['92', 5], ['94', 5],
  ['95', 4], ['76', 4], ['77', 3], ['78', 3], ['91', 3], ['33', 3], ['31', 3], ['44', 3],
  ['34', 3], ['38', 3], ['67', 3], ['57', 3], ['68', 2], ['35', 2], ['06', 2], ['2A', 1],
  ['2B', 1], ['971', 2], ['972', 1], ['973', 1], ['974', 3], ['976', 1],
]);

type Profile = 'on-time' | 'late' | 'partial' | 'recent-default' | 'chronic';

const PROFILES = weighted<Profile>([
  ['on-time', 70],
  ['late', 10],
  ['partial', 8],
  ['recent-default', 7],
  ['chronic', 5],
]);

const HOUSEHOLD_SIZES = weighted<number>([[1, 34], [2, 24], [3, 17], [4, 13], [5, 8], [6, 4]]);
const HEAD_AGE_BANDS = weighted<readonly [number, number]>([[[18, 29], 15], [[30, 44], 32], [[45, 59], 33], [[60, 74], 20]]);
/** Months before `asOf` a recent default began (the job loss). */
const DEFAULT_MONTHS = weighted<number>([[1, 30], [2, 30], [3, 25], [4, 15]]);
/** Furthest procedure stage reached by a chronic account. */
const CHRONIC_STAGES = weighted<number>([[0, 12], [1, 26], [2, 24], [3, 16], [4, 14], [5, 8]]);
const CALL_OUTCOMES = weighted<'reached' | 'no-answer' | 'promise-to-pay'>([
  ['reached', 35],
  ['no-answer', 35],
  ['promise-to-pay', 30],
]);

/** Loi 2023-668: leases signed from this day have a 6-week cure delay, older ones 2 months. */
const NEW_CURE_DELAY_FROM = '2023-07-29';

// ---------------------------------------------------------------------------------------------
// Small exact helpers.
// ---------------------------------------------------------------------------------------------

/** Integer cents to a decimal string: `51230` → `"512.30"`, `-5` → `"-0.05"`. */
function formatCents(cents: number): string {
  const negative = cents < 0;
  const abs = negative ? -cents : cents;
  const euros = Math.floor(abs / 100);
  const rest = abs - euros * 100;
  return `${negative ? '-' : ''}${euros}.${rest < 10 ? '0' : ''}${rest}`;
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : `${n}`;
}

/** `numerator × cents ÷ denominator`, rounded half up, on integers. */
function scaleCents(cents: number, numerator: number, denominator: number): number {
  return Math.floor((cents * numerator * 2 + denominator) / (denominator * 2));
}

/** Moves a day falling on a Saturday or a Sunday to the next Monday (1970-01-01 was a Thursday). */
function weekday(epochDay: number): number {
  const dow = ((((epochDay + 3) % 7) + 7) % 7) + 1;
  return dow === 6 ? epochDay + 2 : dow === 7 ? epochDay + 1 : epochDay;
}

// ---------------------------------------------------------------------------------------------
// The calendar frame shared by every account of one `asOf`.
// ---------------------------------------------------------------------------------------------

interface Month {
  readonly year: number;
  readonly month: number;
  /** Epoch day of the due date. */
  readonly day: number;
  readonly date: IsoDate;
  /** Days from the previous due date to this one. */
  readonly length: number;
}

interface Frame {
  readonly asOf: IsoDate;
  readonly asOfDay: number;
  readonly asOfYear: number;
  readonly windowStartDay: number;
  readonly leaseFloorDay: number;
  readonly newCureDelayDay: number;
  /** Due dates of the ledger window, for due day 1 and due day 5. */
  readonly grid1: readonly Month[];
  readonly grid5: readonly Month[];
  /** Epoch day of `dates[0]`. */
  readonly datesFrom: number;
  /** Memoised `YYYY-MM-DD` texts of the days around the ledger window, filled on first use. */
  readonly dates: (IsoDate | undefined)[];
}

/** The date of an epoch day, memoised around the ledger window (the hot path of the ledger). */
function dateOf(frame: Frame, day: number): IsoDate {
  const i = day - frame.datesFrom;
  if (i < 0 || i >= frame.dates.length) return fromEpochDay(day);
  return frame.dates[i] ?? (frame.dates[i] = fromEpochDay(day));
}

function buildFrame(asOfInput: unknown): Frame {
  const asOf = parseDate(asOfInput ?? DEMO_DEFAULT_AS_OF, ['asOf']);
  const asOfYear = Number(asOf.slice(0, 4));
  if (asOfYear < 2000 || asOfYear > 2150) fail('out_of_range', ['asOf'], asOf, 'a date from 2000-01-01 to 2150-12-31');
  const asOfDay = toEpochDay(asOf);
  const windowStartDay = toEpochDay(addMonths(asOf, -LEDGER_MONTHS));
  const grid = (dueDay: number): Month[] => {
    const out: Month[] = [];
    const asOfMonth = Number(asOf.slice(5, 7));
    let previous: number | null = null;
    for (let k = LEDGER_MONTHS + 1; k >= 0; k--) {
      const index = asOfYear * 12 + (asOfMonth - 1) - k;
      const year = Math.floor(index / 12);
      const month = (index % 12) + 1;
      const date = `${year}-${pad2(month)}-${pad2(dueDay)}`;
      const day = toEpochDay(date);
      if (day > windowStartDay && day <= asOfDay && previous !== null) {
        out.push(Object.freeze({ year, month, day, date, length: day - previous }));
      }
      previous = day;
    }
    return out;
  };
  return {
    asOf,
    asOfDay,
    asOfYear,
    windowStartDay,
    leaseFloorDay: toEpochDay('1995-01-01'),
    newCureDelayDay: toEpochDay(NEW_CURE_DELAY_FROM),
    grid1: grid(1),
    grid5: grid(5),
    datesFrom: windowStartDay - 62,
    dates: new Array<IsoDate | undefined>(asOfDay - windowStartDay + 63).fill(undefined),
  };
}

function checkedSeed(seed: unknown): number {
  if (typeof seed !== 'number' || !Number.isSafeInteger(seed)) fail('invalid_number', ['seed'], seed, 'a safe integer');
  return seed;
}

function checkedIndex(value: unknown, path: string): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
    fail('invalid_number', [path], value, 'a non-negative safe integer');
  }
  return value;
}

// ---------------------------------------------------------------------------------------------
// The account.
// ---------------------------------------------------------------------------------------------

type Kind = 'rent' | 'charges' | 'charges-regularisation' | 'payment-reversal' | 'payment' | 'benefit' | 'adjustment';
type Channel = 'letter' | 'registered-letter' | 'email' | 'sms' | 'phone' | 'home-visit' | 'appointment' | 'internal';

interface Entry {
  readonly day: number;
  readonly kind: Kind;
  /** Signed effect on the balance, in cents: positive = owed by the tenant. */
  readonly effect: number;
  readonly id: string | undefined;
  readonly settles: readonly string[] | undefined;
}

interface Instalment {
  readonly day: number;
  readonly dueOn: IsoDate;
  readonly cents: number;
}

interface Plan {
  readonly kind: 'amicable' | 'caf' | 'judicial';
  readonly agreedDay: number;
  /** Instalments the household pays before it stops (all of them when the plan is kept). */
  readonly keptCount: number;
  /** Debt repaid by the plan: a charges regularisation (its id) or the whole balance (null). */
  readonly settles: string | null;
  /** Set when the simulation reaches `agreedDay` with a debt to repay. */
  debt: number;
  instalments: Instalment[];
}

interface Member {
  readonly age: number;
  readonly role: 'tenant' | 'co-tenant' | 'other';
}

interface ContactOut {
  readonly day: number;
  readonly channel: Channel;
  readonly step: string;
  readonly outcome?: 'reached' | 'no-answer' | 'promise-to-pay' | 'returned';
}

/** Procedure days (epoch days), `null` when the act has not happened. */
interface ProcedureDays {
  cafSignalled: number | null;
  ccapexReferred: number | null;
  fslReferred: number | null;
  commandement: number | null;
  guarantorNotified: number | null;
  assignation: number | null;
  hearing: number | null;
  prefectNotified: number | null;
  judgmentDay: number | null;
  judgment: 'resiliation' | 'delais' | 'rejected' | null;
  commandementToLeave: number | null;
  surendettementRecevable: number | null;
}

function generateInFrame(frame: Frame, seed: number, index: number): AccountInput {
  const rng = new Prng(hashSeed(seed, index));
  const { asOf, asOfDay } = frame;
  const id = `DEMO-${String(index + 1).padStart(6, '0')}`;

  // --- Where, who, and how they pay --------------------------------------------------------
  const department = rng.pick(DEPARTMENTS);
  const overseas = department.length === 3;
  let profile = rng.pick(PROFILES);

  const elderly = rng.chance(0.1);
  const members: Member[] = [];
  if (elderly) {
    const head = 75 + Math.floor(21 * rng.next() ** 1.6);
    members.push({ age: head, role: 'tenant' });
    if (rng.chance(0.3)) members.push({ age: Math.min(95, Math.max(65, head + rng.int(-6, 6))), role: 'co-tenant' });
  } else {
    const size = rng.pick(HOUSEHOLD_SIZES);
    const [lo, hi] = rng.pick(HEAD_AGE_BANDS);
    const head = rng.int(lo, hi);
    members.push({ age: head, role: 'tenant' });
    if (size >= 2 && head >= 20 && rng.chance(0.55)) {
      members.push({ age: Math.min(74, Math.max(18, head + rng.int(-8, 8))), role: 'co-tenant' });
    }
    while (members.length < size) {
      let age: number;
      if (head >= 60 && rng.chance(0.6)) age = rng.int(18, Math.min(50, head - 18));
      else if (head >= 40 && rng.chance(0.15)) age = rng.int(18, Math.min(30, head - 18));
      else age = rng.int(0, Math.min(17, head - 17));
      members.push({ age, role: 'other' });
    }
  }
  const headAge = members[0]!.age;
  // OECD-modified scale, in tenths of a consumption unit.
  let ucTenths = 10;
  for (let i = 1; i < members.length; i++) ucTenths += members[i]!.age >= 14 ? 5 : 3;
  const children = members.some((m) => m.age < 18);

  const struggling = profile === 'partial' || profile === 'recent-default' || profile === 'chronic';
  const perUnitCents = elderly
    ? rng.int(75_000, 170_000)
    : struggling
      ? rng.int(45_000, 120_000)
      : rng.int(60_000, 60_000 + Math.floor(180_000 * rng.next() ** 1.3));
  const resourcesCents = Math.min(400_000, Math.max(60_000, Math.floor((perUnitCents * ucTenths) / 10 / 100) * 100 + (rng.chance(0.5) ? rng.int(0, 99) : 0)));
  const perUnitResources = (resourcesCents * 10) / ucTenths;

  // --- The lease ---------------------------------------------------------------------------
  const latestSignDay = asOfDay - 45;
  let signDay = latestSignDay - Math.floor((latestSignDay - frame.leaseFloorDay) * rng.next() ** 1.4);
  let signedOn = fromEpochDay(signDay);
  if (rng.chance(0.5)) {
    signedOn = `${signedOn.slice(0, 8)}01`;
    signDay = toEpochDay(signedOn);
  }
  const dueDay = rng.chance(0.88) ? 1 : 5;
  const grid = dueDay === 1 ? frame.grid1 : frame.grid5;
  const rentCents = 30_000 + Math.floor(60_000 * ((rng.next() + rng.next()) / 2));
  const chargesCents = 4_000 + Math.floor(14_000 * ((rng.next() + rng.next()) / 2));
  const guarantor = rng.chance(0.12);
  const oldLease = signDay < frame.newCureDelayDay;
  const cureDelayInLease = oldLease && rng.chance(0.05);
  // Yearly rent revision on 1 January (IRL), in basis points, for the current and previous years.
  const revisionBp = [rng.int(50, 350), rng.int(50, 350), rng.int(50, 350)];
  const rentInYear = (year: number): number => {
    let cents = rentCents;
    for (let y = frame.asOfYear; y > year; y--) cents = scaleCents(cents, 10_000, 10_000 + revisionBp[(frame.asOfYear - y) % 3]!);
    return cents;
  };

  // --- Housing benefit ---------------------------------------------------------------------
  const benefitChance = perUnitResources < 90_000 ? 0.75 : perUnitResources < 120_000 ? 0.45 : perUnitResources < 160_000 ? 0.2 : 0.04;
  const hasBenefit = rng.chance(benefitChance);
  let benefitCents = 0;
  let benefitKind: 'APL' | 'ALS' | 'ALF' = 'APL';
  let benefitToLandlord = false;
  let benefitStopDay: number | null = null;
  if (hasBenefit) {
    const full = rentCents + chargesCents;
    const share = Math.max(0.1, 0.75 - perUnitResources / 300_000 + (rng.next() - 0.5) * 0.2);
    benefitCents = Math.min(45_000, full - 2_000, Math.max(5_000, Math.round((full * share) / 100) * 100 + rng.int(0, 99)));
    benefitKind = overseas ? (children ? 'ALF' : 'ALS') : rng.chance(0.9) ? 'APL' : children ? 'ALF' : 'ALS';
    benefitToLandlord = rng.chance(0.88);
  }

  // --- The ledger window -------------------------------------------------------------------
  const firstActive = grid.findIndex((m) => m.day >= signDay);
  let end = grid.length; // months [firstActive, end) are billed
  let endedDay: number | null = null;
  let departedWithDebt = false;
  if (firstActive >= 0 && end - firstActive >= 6 && rng.chance(0.04)) {
    const endIndex = rng.int(firstActive + 3, grid.length - 1);
    end = endIndex;
    endedDay = grid[endIndex]!.day - 1;
    departedWithDebt = rng.chance(0.4);
    profile = departedWithDebt ? 'recent-default' : 'on-time';
  }
  const months = firstActive < 0 ? 0 : end - firstActive;

  const entries: Entry[] = [];
  let balance = 0;
  const post = (day: number, kind: Kind, effect: number, postingId?: string, settles?: readonly string[]): void => {
    if (day > asOfDay || effect === 0) return;
    // One object shape for every entry keeps the hot loops monomorphic.
    entries.push({ day, kind, effect, id: postingId, settles: postingId === undefined ? settles : undefined });
    balance += effect;
  };
  const pay = (day: number, cents: number, settles?: readonly string[]): void => {
    if (cents > 0) post(day, 'payment', -cents, undefined, settles);
  };
  const balanceOn = (day: number): number => {
    let b = 0;
    for (const e of entries) if (e.day <= day) b += e.effect;
    return b;
  };

  const useIds = rng.chance(0.5);
  const namesRent = useIds && rng.chance(0.3);
  const directDebit = rng.chance(0.45);
  const debitOffset = rng.int(2, 9);
  const offset = (): number => (directDebit ? debitOffset : rng.int(1, 10));

  // Episode of arrears planned for this account, as a month index into `grid` (or none).
  let defaultFrom = -1;
  let openingDebt = 0;
  if (profile === 'recent-default') {
    const k = endedDay !== null ? rng.int(1, 3) : rng.pick(DEFAULT_MONTHS);
    defaultFrom = Math.max(firstActive, end - k);
  } else if (profile === 'chronic') {
    if (firstActive === 0 && rng.chance(0.6)) {
      defaultFrom = 0;
      openingDebt = rng.int(300, 3000) * 100;
    } else {
      defaultFrom = Math.min(end - 1, firstActive + rng.int(0, 8));
    }
  }
  const episodeStartDay = defaultFrom >= 0 && defaultFrom < grid.length ? grid[defaultFrom]!.day : null;
  if (episodeStartDay !== null && benefitToLandlord && (profile === 'chronic' || profile === 'recent-default') && rng.chance(0.15)) {
    benefitStopDay = episodeStartDay - rng.int(0, 20);
  }

  // --- Procedure timeline (planned from the start of the arrears) ---------------------------
  const proc: ProcedureDays = {
    cafSignalled: null,
    ccapexReferred: null,
    fslReferred: null,
    commandement: null,
    guarantorNotified: null,
    assignation: null,
    hearing: null,
    prefectNotified: null,
    judgmentDay: null,
    judgment: null,
    commandementToLeave: null,
    surendettementRecevable: null,
  };
  let stage = 0;
  if (endedDay === null && episodeStartDay !== null) {
    if (profile === 'chronic') stage = rng.pick(CHRONIC_STAGES);
    else {
      const k = end - defaultFrom;
      stage = k >= 4 && rng.chance(0.2) ? 2 : k >= 2 && rng.chance(0.5) ? 1 : 0;
    }
  }
  const approvals: { step: string; day: number; decision: 'approved' | 'refused' }[] = [];
  if (stage >= 1 && episodeStartDay !== null) {
    const signal = weekday(episodeStartDay + rng.int(40, 62));
    if (signal <= asOfDay) {
      if (benefitToLandlord) {
        proc.cafSignalled = signal;
        if (rng.chance(0.4)) proc.ccapexReferred = Math.min(asOfDay, weekday(signal + rng.int(0, 30)));
      } else {
        proc.ccapexReferred = signal;
      }
      if (rng.chance(0.25)) {
        const fsl = weekday(signal + rng.int(10, 60));
        if (fsl <= asOfDay) proc.fslReferred = fsl;
      }
    }
    const referral = proc.ccapexReferred ?? proc.cafSignalled;
    if (stage >= 2 && referral !== null) {
      const commandement = weekday(referral + rng.int(45, 150));
      if (commandement <= asOfDay) {
        proc.commandement = commandement;
        approvals.push({ step: 'commandement', day: weekday(commandement - rng.int(5, 20)), decision: 'approved' });
        if (guarantor && commandement + 14 <= asOfDay ? rng.chance(0.9) : false) {
          proc.guarantorNotified = weekday(commandement + rng.int(2, 12));
        }
        const commandementOn = fromEpochDay(commandement);
        const cureEnd = oldLease ? toEpochDay(addMonths(commandementOn, 2)) : commandement + 42;
        const referralGate = toEpochDay(addMonths(fromEpochDay(referral), 2));
        if (stage >= 3) {
          const assignation = weekday(Math.max(cureEnd, referralGate) + rng.int(10, 90));
          if (assignation <= asOfDay) {
            proc.assignation = assignation;
            approvals.push({ step: 'assignation', day: weekday(assignation - rng.int(5, 20)), decision: 'approved' });
            proc.prefectNotified = Math.min(asOfDay, weekday(assignation + rng.int(1, 6)));
            proc.hearing = weekday(assignation + rng.int(60, 130));
            if (stage >= 4 && proc.hearing <= asOfDay) {
              const judgmentDay = weekday(proc.hearing + rng.int(21, 42));
              if (judgmentDay <= asOfDay) {
                proc.judgmentDay = judgmentDay;
                const r = rng.next();
                proc.judgment = stage >= 5 || r < 0.45 ? 'resiliation' : r < 0.9 ? 'delais' : 'rejected';
                if (stage >= 5 && proc.judgment === 'resiliation') {
                  const toLeave = weekday(judgmentDay + rng.int(60, 150));
                  if (toLeave <= asOfDay) proc.commandementToLeave = toLeave;
                }
              }
            }
          }
        }
        if (profile === 'chronic' && rng.chance(0.1)) {
          const recevable = weekday(commandement + rng.int(30, 200));
          if (recevable <= asOfDay) proc.surendettementRecevable = recevable;
        }
      }
    }
  }
  if (stage === 1 && profile === 'recent-default' && rng.chance(0.15)) {
    approvals.push({ step: 'commandement', day: weekday(asOfDay - rng.int(5, 25)), decision: 'refused' });
  }

  // --- Repayment plan -----------------------------------------------------------------------
  let plan: Plan | null = null;
  const newPlan = (kind: Plan['kind'], agreedDay: number, kept: boolean, settles: string | null): Plan => ({
    kind,
    agreedDay,
    keptCount: kept ? Number.MAX_SAFE_INTEGER : rng.int(0, 3),
    settles,
    debt: 0,
    instalments: [],
  });
  if (proc.judgment === 'delais' && proc.judgmentDay !== null) {
    plan = newPlan('judicial', proc.judgmentDay, rng.chance(0.5), null);
  } else if (episodeStartDay !== null && endedDay === null) {
    if (profile === 'chronic' && stage <= 1 && rng.chance(0.5)) {
      const agreed = weekday(episodeStartDay + rng.int(45, 150));
      if (agreed < asOfDay) plan = newPlan(benefitToLandlord && rng.chance(0.4) ? 'caf' : 'amicable', agreed, rng.chance(0.45), null);
    } else if (profile === 'recent-default' && end - defaultFrom >= 3 && rng.chance(0.3)) {
      const agreed = weekday(grid[end - 1]!.day + rng.int(8, 18));
      if (agreed < asOfDay) plan = newPlan('amicable', agreed, true, null);
    }
  } else if (profile === 'partial' && months >= 6 && rng.chance(0.25)) {
    const m = rng.int(firstActive + Math.floor(months / 3), end - 2);
    plan = newPlan(benefitToLandlord && rng.chance(0.3) ? 'caf' : 'amicable', weekday(grid[m]!.day + rng.int(14, 22)), rng.chance(0.6), null);
  }

  // --- Charges regularisations (once a year, for some years) --------------------------------
  interface Regularisation { readonly day: number; readonly cents: number; readonly id: string }
  const regularisations: Regularisation[] = [];
  if (months > 0) {
    const lastBilled = grid[end - 1]!.day;
    const firstBilled = grid[firstActive]!.day;
    for (let year = frame.asOfYear - 2; year <= frame.asOfYear; year++) {
      if (!rng.chance(0.3)) continue;
      const day = toEpochDay(`${year}-${pad2(rng.int(4, 9))}-${pad2(rng.int(10, 25))}`);
      if (day <= firstBilled + 60 || day > lastBilled || day > asOfDay) continue;
      const debt = rng.chance(0.7);
      const cents = debt ? rng.int(3_000, rng.chance(0.1) ? 120_000 : 60_000) : -rng.int(2_000, 25_000);
      regularisations.push({ day, cents, id: `REG-${year - 1}` });
    }
  }
  let nextRegularisation = 0;
  let pendingCredit = 0;
  if (plan === null && profile === 'on-time') {
    const big = regularisations.find((r) => r.cents >= 15_000);
    if (big !== undefined && rng.chance(0.1)) plan = newPlan('amicable', weekday(big.day + rng.int(3, 12)), rng.chance(0.9), big.id);
  }

  // --- Partial payers' habits ----------------------------------------------------------------
  const partialShare = 0.55 + 0.4 * rng.next();
  const lateSpell = profile === 'late' ? 0.15 + 0.15 * rng.next() : 0;
  const smallPaymentMonth = profile === 'recent-default' && rng.chance(0.2) ? rng.int(defaultFrom, end - 1) : -1;

  // --- Month by month ------------------------------------------------------------------------
  if (months > 0 && signDay > frame.windowStartDay) {
    const first = grid[firstActive]!;
    if (signDay < first.day) {
      // The first, partial period is billed pro rata temporis on the signing day.
      const days = first.day - signDay;
      const r = scaleCents(rentInYear(first.year), days, first.length);
      const c = scaleCents(chargesCents, days, first.length);
      const ym = fromEpochDay(signDay).slice(0, 7);
      post(signDay, 'rent', r, useIds ? `RP-${ym}` : undefined);
      post(signDay, 'charges', c, useIds ? `CP-${ym}` : undefined);
      pay(signDay + rng.int(0, 5), r + c);
    }
  }
  if (openingDebt > 0) post(grid[0]!.day, 'adjustment', openingDebt, useIds ? 'SOLDE-REPORT' : undefined);

  for (let m = Math.max(firstActive, 0); m < end && months > 0; m++) {
    const month = grid[m]!;
    const due = month.day;
    const nextDue = m + 1 < grid.length ? grid[m + 1]!.day : asOfDay + 1;
    const key = `${month.year}-${pad2(month.month)}`;
    const rent = rentInYear(month.year);
    const benefitHere = benefitToLandlord && (benefitStopDay === null || due < benefitStopDay) ? benefitCents : 0;
    const rentId = useIds ? `R-${key}` : undefined;
    const chargesId = useIds ? `C-${key}` : undefined;
    post(due, 'rent', rent, rentId);
    post(due, 'charges', chargesCents, chargesId);
    if (benefitHere > 0) post(due, 'benefit', -benefitHere, useIds ? `AL-${key}` : undefined);
    const net = rent + chargesCents - benefitHere;
    const before = balance - net;

    // Plan instalments falling due this month.
    let planPays = false;
    if (plan !== null && plan.instalments.length > 0) {
      for (let i = 0; i < plan.instalments.length; i++) {
        const inst = plan.instalments[i]!;
        if (inst.day < due || inst.day >= nextDue) continue;
        if (i < plan.keptCount) {
          pay(inst.day - rng.int(0, 2), inst.cents, plan.settles === null ? undefined : [plan.settles]);
          if (plan.settles === null) planPays = true;
        }
      }
    }

    const surendettement = proc.surendettementRecevable !== null && due >= proc.surendettementRecevable;
    const onTimeDay = due + offset();
    const regular = (): void => {
      let amount = net;
      if (pendingCredit > 0 && !directDebit && rng.chance(0.6)) {
        amount = Math.max(0, amount - pendingCredit);
        pendingCredit = 0;
      }
      pay(onTimeDay, amount, namesRent && amount === net && benefitHere === 0 ? [rentId!, chargesId!] : undefined);
    };

    if (planPays || surendettement) {
      pay(onTimeDay, net);
    } else if (endedDay !== null && profile === 'recent-default' && m >= defaultFrom) {
      // A departing tenant who stopped paying before leaving.
    } else {
      switch (profile) {
        case 'on-time':
          regular();
          break;
        case 'late': {
          const r = rng.next();
          if (r >= lateSpell) regular();
          else if (directDebit && r < lateSpell * 0.35) {
            // Direct debit rejected (rejet de prélèvement), paid again later.
            const first = due + debitOffset;
            pay(first, net);
            post(first + rng.int(3, 8), 'payment-reversal', net);
            pay(first + rng.int(12, 35), net);
          } else {
            pay(due + rng.int(10, 30), net);
          }
          break;
        }
        case 'partial': {
          // Some months only part of the rent, other months the rent and some of what is owed.
          if (rng.chance(0.45)) pay(onTimeDay, Math.floor((net * (partialShare + (rng.next() - 0.5) * 0.1)) / 1000) * 1000);
          else pay(onTimeDay, net + (before > 0 ? (rng.chance(0.5) ? before : Math.floor(before / 2)) : 0));
          break;
        }
        case 'recent-default':
          if (m < defaultFrom) regular();
          else if (m === smallPaymentMonth) pay(due + rng.int(5, 20), Math.min(net, rng.int(50, 300) * 100));
          break;
        case 'chronic': {
          if (m < defaultFrom) {
            regular();
            break;
          }
          const r = rng.next();
          if (r < 0.2) break;
          const amount = r < 0.75 ? Math.floor((net * (0.3 + 0.6 * rng.next())) / 100) * 100 : net;
          pay(due + rng.int(3, 20), amount);
          break;
        }
      }
    }

    // Charges regularisations posted this month.
    while (nextRegularisation < regularisations.length && regularisations[nextRegularisation]!.day < nextDue) {
      const reg = regularisations[nextRegularisation++]!;
      if (reg.cents < 0) {
        post(reg.day, 'adjustment', reg.cents, useIds ? `AV-${reg.id}` : undefined);
        if (profile === 'on-time' || profile === 'late') pendingCredit += -reg.cents;
        continue;
      }
      post(reg.day, 'charges-regularisation', reg.cents, reg.id);
      const planned = plan !== null && plan.settles === reg.id;
      if (!planned && (profile === 'on-time' || profile === 'late')) {
        if (rng.chance(0.9)) pay(reg.day + rng.int(3, 14), reg.cents, [reg.id]);
        else {
          // Paid in a few monthly parts without a formal plan.
          const parts = rng.int(2, 3);
          const base = Math.floor(reg.cents / parts);
          const first = reg.day + rng.int(5, 12);
          for (let i = 0; i < parts; i++) pay(first + 30 * i, i === 0 ? reg.cents - base * (parts - 1) : base, [reg.id]);
        }
      } else if (!planned && profile === 'partial' && rng.chance(0.5)) {
        pay(reg.day + rng.int(15, 45), reg.cents, [reg.id]);
      }
    }

    // An FSL grant helps some households after the referral.
    if (proc.fslReferred !== null && proc.fslReferred >= due && proc.fslReferred < nextDue && rng.chance(0.5)) {
      const grant = Math.min(rng.int(300, 1500) * 100, Math.max(0, balance - 10_000));
      pay(weekday(proc.fslReferred + rng.int(30, 90)), grant);
    }

    // A plan agreed this month: its debt is the balance on the day, split in monthly instalments.
    if (plan !== null && plan.instalments.length === 0 && plan.agreedDay >= due && plan.agreedDay < nextDue) {
      const debt = plan.settles === null ? balanceOn(plan.agreedDay) : regularisations.find((r) => r.id === plan!.settles)!.cents;
      if (debt > 0) {
        const target = plan.kind === 'caf' ? Math.max(1_500, Math.ceil(debt / 36)) : rng.int(30, 250) * 100;
        const n = Math.min(36, Math.max(2, Math.ceil(debt / target)));
        const base = Math.floor(debt / n);
        const leftover = debt - base * n;
        const agreedOn = fromEpochDay(plan.agreedDay);
        const firstDue = `${addMonths(`${agreedOn.slice(0, 8)}01`, 1).slice(0, 8)}10`;
        plan.debt = debt;
        for (let i = 0; i < n; i++) {
          const dueOn = addMonths(firstDue, i);
          plan.instalments.push({ day: toEpochDay(dueOn), dueOn, cents: base + (i < leftover ? 1 : 0) });
        }
      }
    }
  }

  // A partial payer often catches up in the end (a lump sum, a family loan, back pay).
  if (profile === 'partial' && plan === null && balance > 0 && rng.chance(0.75)) {
    pay(weekday(asOfDay - rng.int(1, 12)), balance);
  }

  // The departure: the deposit (dépôt de garantie, one month of rent) is set against the debt.
  if (endedDay !== null && balance > 0) {
    const deposit = Math.floor(rentCents / 100) * 100;
    post(endedDay + rng.int(15, 45), 'adjustment', -Math.min(deposit, balance), useIds ? 'DG-RESTITUTION' : undefined);
  }

  // --- Ledger in date order ------------------------------------------------------------------
  let inOrder = true;
  for (let i = 1; i < entries.length && inOrder; i++) inOrder = entries[i - 1]!.day <= entries[i]!.day;
  if (!inOrder) entries.sort((a, b) => a.day - b.day); // stable: same-day postings keep their order
  const ledger: NonNullable<AccountInput['ledger']> = [];
  for (const e of entries) {
    const amount = formatCents(e.kind === 'adjustment' ? e.effect : Math.abs(e.effect));
    const date = dateOf(frame, e.day);
    if (e.id !== undefined) ledger.push({ id: e.id, date, kind: e.kind, amount });
    else if (e.settles !== undefined) ledger.push({ date, kind: e.kind, amount, settles: [...e.settles] });
    else ledger.push({ date, kind: e.kind, amount });
  }

  // --- Contacts: reminders while the balance stays positive ----------------------------------
  const digitalEmail = rng.chance(headAge >= 75 ? 0.15 : headAge >= 60 ? 0.45 : headAge >= 30 ? 0.75 : 0.85);
  const digitalMobile = rng.chance(headAge >= 75 ? 0.45 : headAge >= 60 ? 0.75 : headAge >= 30 ? 0.93 : 0.97);
  const comfortable = (digitalEmail || digitalMobile) && rng.chance(headAge >= 75 ? 0.1 : headAge >= 60 ? 0.3 : 0.65);
  const preferred: Channel[] = [];
  if (rng.chance(0.3)) {
    if (headAge >= 70 || (!digitalEmail && !digitalMobile)) preferred.push(rng.chance(0.6) ? 'letter' : 'phone');
    else if (digitalMobile && rng.chance(0.6)) preferred.push('sms');
    else if (digitalEmail) preferred.push('email');
    else preferred.push('phone');
    if (rng.chance(0.35)) preferred.push(preferred[0] === 'letter' ? 'phone' : 'letter');
  }
  const secondChannel: Channel = preferred[0] ?? (digitalMobile ? 'sms' : digitalEmail ? 'email' : 'letter');
  const visit: Channel = headAge >= 75 || (!digitalEmail && !digitalMobile) ? 'home-visit' : 'appointment';

  const contacts: ContactOut[] = [];
  const episodes: [number, number][] = [];
  {
    let running = 0;
    let start: number | null = null;
    for (let i = 0; i < entries.length; i++) {
      running += entries[i]!.effect;
      const day = entries[i]!.day;
      if (i + 1 < entries.length && entries[i + 1]!.day === day) continue; // end-of-day balance
      if (running > 0 && start === null) start = day;
      else if (running <= 0 && start !== null) {
        episodes.push([start, day]);
        start = null;
      }
    }
    if (start !== null) episodes.push([start, asOfDay + 1]);
  }
  for (const [start, stop] of episodes) {
    if (stop - start < 16) continue;
    const add = (day: number, channel: Channel, step: string, outcome?: ContactOut['outcome']): boolean => {
      const d = weekday(day);
      if (d >= stop || d > asOfDay) return false;
      contacts.push(outcome === undefined ? { day: d, channel, step } : { day: d, channel, step, outcome });
      return true;
    };
    let day = start + rng.int(15, 19);
    if (!add(day, 'letter', 'reminder', rng.chance(0.03) ? 'returned' : undefined)) continue;
    day += rng.int(8, 12);
    if (!add(day, secondChannel, 'reminder')) continue;
    day += rng.int(10, 20);
    if (!add(day, 'phone', 'plan-proposal', rng.pick(CALL_OUTCOMES))) continue;
    day += rng.int(20, 35);
    if (!add(day, 'registered-letter', 'reminder')) continue;
    const rotation: readonly Channel[] = [secondChannel, 'phone', visit, 'letter'];
    for (let k = 0; ; k++) {
      day += rng.int(30, 50);
      const channel = rotation[k % rotation.length]!;
      if (!add(day, channel, channel === 'phone' || channel === visit ? 'plan-proposal' : 'reminder', channel === 'phone' ? rng.pick(CALL_OUTCOMES) : undefined)) break;
    }
  }
  // Keep the 12 most recent contacts with the tenant (older ones are archived by the ERP).
  contacts.sort((a, b) => a.day - b.day);
  if (contacts.length > 12) contacts.splice(0, contacts.length - 12);
  const internal = (day: number | null, step: string): void => {
    if (day !== null) contacts.push({ day, channel: 'internal', step });
  };
  internal(proc.cafSignalled, 'caf-signal');
  internal(proc.ccapexReferred, 'ccapex-referral');
  internal(proc.fslReferred, 'fsl-referral');
  internal(proc.commandement, 'commandement');
  internal(proc.assignation, 'assignation');
  contacts.sort((a, b) => a.day - b.day);

  // --- Assemble, in the order of the contract ------------------------------------------------
  const vulnerability: { guardianship?: boolean; interpreterNeeded?: boolean; socialSupport?: boolean } = {};
  if (elderly && rng.chance(0.08)) vulnerability.guardianship = true;
  if (rng.chance(0.04)) vulnerability.interpreterNeeded = true;
  if ((stage >= 1 || profile === 'chronic') && rng.chance(0.35)) vulnerability.socialSupport = true;

  const withBirthDates = rng.chance(0.15);
  const household: AccountInput['household'] = {
    monthlyResources: formatCents(resourcesCents),
    members: members.map((m) =>
      withBirthDates
        ? { birthDate: addDays(addMonths(asOf, -12 * m.age), -rng.int(0, 364)), role: m.role }
        : { age: m.age, role: m.role },
    ),
    digital: { email: digitalEmail, mobile: digitalMobile, comfortable },
  };
  if (preferred.length > 0) household.preferredChannels = preferred;
  if (Object.keys(vulnerability).length > 0) household.vulnerability = vulnerability;

  const lease: AccountInput['lease'] = {
    signedOn,
    department,
    rent: formatCents(rentCents),
    charges: formatCents(chargesCents),
    dueDay,
  };
  if (cureDelayInLease) lease.cureDelay = { months: 2 };
  if (endedDay !== null) lease.endedOn = fromEpochDay(endedDay);
  if (guarantor) lease.guarantor = true;

  let housingBenefit: AccountInput['housingBenefit'] = null;
  if (hasBenefit) {
    housingBenefit = {
      kind: benefitKind,
      monthlyAmount: formatCents(benefitCents),
      paidTo: benefitToLandlord ? 'landlord' : 'tenant',
    };
    if (benefitStopDay !== null && benefitStopDay <= asOfDay) housingBenefit.stoppedOn = fromEpochDay(benefitStopDay);
  }
  const account: AccountInput = housingBenefit === null ? { id, lease, household, ledger } : { id, lease, household, housingBenefit, ledger };
  if (contacts.length > 0) {
    account.contacts = contacts.map((c) =>
      c.outcome === undefined
        ? { date: dateOf(frame, c.day), channel: c.channel, step: c.step }
        : { date: dateOf(frame, c.day), channel: c.channel, step: c.step, outcome: c.outcome },
    );
  }
  if (plan !== null && plan.instalments.length > 0) {
    account.repaymentPlan = {
      kind: plan.kind,
      agreedOn: fromEpochDay(plan.agreedDay),
      debt: formatCents(plan.debt),
      instalments: plan.instalments.map((i) => ({ dueOn: i.dueOn, amount: formatCents(i.cents) })),
    };
  }
  const procedure: NonNullable<AccountInput['procedure']> = {};
  const set = (key: Exclude<keyof NonNullable<AccountInput['procedure']>, 'judgment'>, day: number | null): void => {
    if (day !== null) procedure[key] = fromEpochDay(day);
  };
  set('cafSignalledOn', proc.cafSignalled);
  set('ccapexReferredOn', proc.ccapexReferred);
  set('fslReferredOn', proc.fslReferred);
  set('commandementOn', proc.commandement);
  set('guarantorNotifiedOn', proc.guarantorNotified);
  set('assignationOn', proc.assignation);
  set('hearingOn', proc.hearing);
  set('prefectNotifiedOn', proc.prefectNotified);
  set('judgmentOn', proc.judgmentDay);
  if (proc.judgment !== null) procedure.judgment = proc.judgment;
  set('commandementToLeaveOn', proc.commandementToLeave);
  set('surendettementRecevableOn', proc.surendettementRecevable);
  if (Object.keys(procedure).length > 0) account.procedure = procedure;
  if (approvals.length > 0) {
    approvals.sort((a, b) => a.day - b.day);
    account.approvals = approvals.map((a) => ({ step: a.step, date: fromEpochDay(a.day), decision: a.decision }));
  }
  return account;
}

// ---------------------------------------------------------------------------------------------
// Public API.
// ---------------------------------------------------------------------------------------------

/**
 * Generates one realistic demo tenancy of a French social landlord.
 *
 * The account is a pure function of `(seed, index)` and `asOf`: the same arguments give the same
 * JSON, byte for byte, and account `index` does not depend on how many accounts are generated
 * around it. Its ledger covers the 24 months before `asOf` (less for a lease signed since) and
 * holds nothing after it; it passes `parseAccount`.
 *
 * @param seed - Seed of the portfolio, a safe integer (e.g. {@link DEMO_DEFAULT_SEED}).
 * @param index - Position of the account in the portfolio, from 0; its id is `DEMO-` and
 *   `index + 1` on at least 6 digits.
 * @param options - `{ asOf }`, the export date (default {@link DEMO_DEFAULT_AS_OF}).
 * @returns An account as a housing ERP exports it: money as decimal strings, ISO dates.
 * @throws {@link ValidationError} `invalid_number` for a seed or an index that is not a safe
 *   integer (or a negative index); `invalid_type`, `invalid_date` or `out_of_range` (years
 *   2000–2150) for `asOf`.
 * @example
 * ```ts
 * const account = generateDemoAccount(2026, 0);
 * account.id;                  // => 'DEMO-000001'
 * parseAccount(account).id;    // => 'DEMO-000001' (always valid)
 * JSON.stringify(generateDemoAccount(2026, 0)) === JSON.stringify(account); // => true
 * ```
 */
export function generateDemoAccount(seed: number, index: number, options?: DemoAccountOptions): AccountInput {
  const s = checkedSeed(seed);
  const i = checkedIndex(index, 'index');
  return generateInFrame(buildFrame(options?.asOf), s, i);
}

/**
 * Streams a demo portfolio: accounts `0 … count − 1` of {@link generateDemoAccount}, one at a
 * time, never holding them all in memory.
 *
 * Arguments are checked when this function is called, before the first account is asked for.
 *
 * @param options - `{ seed, count, asOf }`: the seed (default {@link DEMO_DEFAULT_SEED}), how
 *   many accounts, and the export date (default {@link DEMO_DEFAULT_AS_OF}).
 * @returns A generator of accounts, in index order.
 * @throws {@link ValidationError} `invalid_type` when `options` is not an object;
 *   `invalid_number` for a seed that is not a safe integer or a count that is not a
 *   non-negative safe integer; `invalid_date` or `out_of_range` for `asOf`.
 * @example
 * ```ts
 * const ids = [...generateDemoPortfolio({ count: 3 })].map((a) => a.id);
 * // => ['DEMO-000001', 'DEMO-000002', 'DEMO-000003']
 * for (const account of generateDemoPortfolio({ seed: 7, count: 1_000_000 })) {
 *   evaluate(account, defaultPolicy, { asOf: '2026-11-23' }); // one account in memory at a time
 * }
 * ```
 */
export function generateDemoPortfolio(options: DemoPortfolioOptions): Generator<AccountInput> {
  if (typeof options !== 'object' || options === null) {
    fail('invalid_type', [], options, 'an options object { seed?, count, asOf? }');
  }
  const seed = checkedSeed(options.seed ?? DEMO_DEFAULT_SEED);
  const count = checkedIndex(options.count, 'count');
  const frame = buildFrame(options.asOf);
  return streamAccounts(frame, seed, count);
}

function* streamAccounts(frame: Frame, seed: number, count: number): Generator<AccountInput> {
  for (let index = 0; index < count; index++) yield generateInFrame(frame, seed, index);
}
