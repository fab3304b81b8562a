/**
 * What the household can bear: housing cost, effort rate (taux d'effort) and reste à vivre.
 *
 * @module
 */
import type { IsoDate } from '../calendar';
import { daysInMonth } from '../calendar/epoch-day';
import { amountOfCents, centsNumberOf, checkedCents, quotientAmount, quotientText } from '../money/cents';
import type { Account } from './schema';

/** The monthly housing figures of a tenancy, exact, in whole cents. */
export interface HousingCost {
  /** Rent hors charges net of the RLS (réduction de loyer de solidarité). */
  readonly rent: number;
  /** Provision for recoverable charges. */
  readonly charges: number;
  /** Monthly housing benefit in payment on the day (0 when none or stopped). */
  readonly benefit: number;
  /** Whether that benefit is paid to the landlord (tiers payant). */
  readonly tiersPayant: boolean;
  /** rent + charges: the gross housing cost. */
  readonly gross: number;
  /** gross − benefit, never below 0: the residual rent (loyer résiduel) the household bears. */
  readonly residual: number;
}

/**
 * The monthly housing cost of a tenancy on a day, from the lease's current amounts.
 *
 * @param account - A parsed account.
 * @param asOf - The day (a benefit stopped on or before it counts as 0).
 * @returns Exact figures in whole cents.
 * @throws {@link ValidationError} `too_big` when rent + charges reaches the amounts' limit.
 */
export function housingCost(account: Account, asOf: IsoDate): HousingCost {
  const lease = account.lease;
  const net = centsNumberOf(lease.rent) - (lease.rls == null ? 0 : centsNumberOf(lease.rls));
  const rent = net > 0 ? net : 0;
  const charges = centsNumberOf(lease.charges);
  const hb = account.housingBenefit;
  const active = hb != null && (hb.stoppedOn == null || hb.stoppedOn > asOf);
  const benefit = active ? centsNumberOf(hb.monthlyAmount) : 0;
  const gross = checkedCents(rent + charges);
  const residual = gross - benefit;
  return {
    rent,
    charges,
    benefit,
    tiersPayant: active && hb.paidTo === 'landlord',
    gross,
    residual: residual > 0 ? residual : 0,
  };
}

/**
 * Age of a member on a day: from the birth date when given, else the age exported.
 *
 * @returns Whole years.
 */
export function ageOn(member: { age?: number; birthDate?: IsoDate }, on: IsoDate): number {
  if (member.birthDate === undefined) return member.age ?? 0;
  const born = member.birthDate;
  const year = Number(on.slice(0, 4));
  let years = year - Number(born.slice(0, 4));
  // The birthday of that year, as addMonths(born, 12 × years) gives it (29 February on the 28th
  // in a common year), compared with the day: not yet reached, one year less.
  const month = Number(born.slice(5, 7));
  const birthday = Math.min(Number(born.slice(8, 10)), daysInMonth(year, month));
  const onMonth = Number(on.slice(5, 7));
  if (month > onMonth || (month === onMonth && birthday > Number(on.slice(8, 10)))) years--;
  return Math.max(0, years);
}

/**
 * Consumption units (unités de consommation, UC) on the OECD-modified scale used by INSEE: 1 for
 * the first person aged 14 or more, 0.5 for each other person aged 14 or more, 0.3 for each child
 * under 14 (https://www.insee.fr/en/metadonnees/definition/c1802). A household with no member
 * listed counts as one adult.
 *
 * @param account - A parsed account.
 * @param asOf - The day ages are taken.
 * @returns The units as a decimal string, e.g. `"1.8"` for two adults and a child of 10.
 * @example
 * ```ts
 * consumptionUnits({ household: { members: [{ age: 44 }, { age: 41 }, { age: 10 }] } }, '2026-11-22'); // => '1.8'
 * ```
 */
export function consumptionUnits(
  account: { household: { members?: readonly { age?: number; birthDate?: IsoDate }[] } },
  asOf: IsoDate,
): string {
  return unitsText(consumptionTenths(account, asOf));
}

/** Tenths of a unit written as a decimal: `18` is `"1.8"`, `20` is `"2"`. */
function unitsText(tenths: number): string {
  return tenths % 10 === 0 ? String(tenths / 10) : `${Math.floor(tenths / 10)}.${tenths % 10}`;
}

/** The consumption units of {@link consumptionUnits} in tenths, so that sums and divisions stay exact. */
function consumptionTenths(
  account: { household: { members?: readonly { age?: number; birthDate?: IsoDate }[] } },
  asOf: IsoDate,
): number {
  const members = account.household.members ?? [];
  if (members.length === 0) return 10;
  let adults = 0;
  let children = 0;
  for (const m of members) {
    if (ageOn(m, asOf) >= 14) adults++;
    else children++;
  }
  // In tenths, so the sum is exact: the first person counts 10 whatever their age.
  return adults > 0 ? 10 + 5 * (adults - 1) + 3 * children : 10 + 3 * (children - 1);
}

/** Affordability figures, as plain JSON. */
export interface Affordability {
  /** Monthly resources of the household, EUR. */
  readonly resources: string;
  /** Rent hors charges net of RLS, EUR per month. */
  readonly rent: string;
  /** Charges, EUR per month. */
  readonly charges: string;
  /** Housing benefit in payment, EUR per month. */
  readonly housingBenefit: string;
  /** Residual rent (loyer résiduel) = rent + charges − benefit, EUR per month. */
  readonly residualRent: string;
  /**
   * Net effort rate (taux d'effort), a ratio from 0 to 1 rounded half-even to 4 decimals for
   * display: (rent + charges − housing benefit) ÷ resources (CCH R.441-3-1, arrêté 10 March 2011).
   * `null` when resources are 0. Decisions never compare this rounded figure.
   */
  readonly effortRateNet: string | null;
  /** Gross effort rate, without the benefit; same rounding; `null` when resources are 0. */
  readonly effortRateGross: string | null;
  /** Consumption units (UC), OECD-modified scale. */
  readonly consumptionUnits: string;
  /**
   * Reste à vivre per consumption unit, EUR per month, rounded down (floor) to the cent:
   * (resources − residual rent) ÷ UC. May be negative.
   */
  readonly resteAVivrePerUnit: string;
}

/**
 * The affordability of a tenancy on a day.
 *
 * @param account - A parsed account.
 * @param asOf - The day.
 * @param cost - Its housing cost on that day, when already computed.
 * @returns Figures as decimal strings.
 */
export function affordability(
  account: Account,
  asOf: IsoDate,
  cost: HousingCost = housingCost(account, asOf),
): Affordability {
  const resources = centsNumberOf(account.household.monthlyResources);
  const tenths = consumptionTenths(account, asOf);
  const hasResources = resources > 0;
  return {
    resources: amountOfCents(resources),
    rent: amountOfCents(cost.rent),
    charges: amountOfCents(cost.charges),
    housingBenefit: amountOfCents(cost.benefit),
    residualRent: amountOfCents(cost.residual),
    // The ratio of two amounts is the ratio of their cents; rounded half-even to 4 decimals, as ratio() does.
    effortRateNet: hasResources ? quotientText(cost.residual, resources, 4, 'half-even') : null,
    effortRateGross: hasResources ? quotientText(cost.gross, resources, 4, 'half-even') : null,
    consumptionUnits: unitsText(tenths),
    // (resources − residual) ÷ (tenths ÷ 10) euros is (its cents) ÷ (10 × tenths), floored to the cent.
    resteAVivrePerUnit: quotientAmount(resources - cost.residual, 10 * tenths, 'floor'),
  };
}
