/**
 * What the household can bear: housing cost, effort rate (taux d'effort) and reste à vivre.
 *
 * @module
 */
import { addMonths, type IsoDate } from '../calendar';
import { divide, isPositive, max, money, ratio, subtract, add, type Money } from '../money';
import type { Account } from './schema';

/** The monthly housing figures of a tenancy, exact. */
export interface HousingCost {
  /** Rent hors charges net of the RLS (réduction de loyer de solidarité). */
  readonly rent: Money;
  /** Provision for recoverable charges. */
  readonly charges: Money;
  /** Monthly housing benefit in payment on the day (0 when none or stopped). */
  readonly benefit: Money;
  /** Whether that benefit is paid to the landlord (tiers payant). */
  readonly tiersPayant: boolean;
  /** rent + charges: the gross housing cost. */
  readonly gross: Money;
  /** gross − benefit, never below 0: the residual rent (loyer résiduel) the household bears. */
  readonly residual: Money;
}

/**
 * The monthly housing cost of a tenancy on a day, from the lease's current amounts.
 *
 * @param account - A parsed account.
 * @param asOf - The day (a benefit stopped on or before it counts as 0).
 * @returns Exact figures.
 */
export function housingCost(account: Account, asOf: IsoDate): HousingCost {
  const lease = account.lease;
  const rent = max(subtract(lease.rent, lease.rls ?? '0'), '0');
  const charges = money(lease.charges);
  const hb = account.housingBenefit;
  const active = hb != null && (hb.stoppedOn == null || hb.stoppedOn > asOf);
  const benefit = active ? money(hb.monthlyAmount) : money('0');
  const gross = add(rent, charges);
  return {
    rent,
    charges,
    benefit,
    tiersPayant: active && hb.paidTo === 'landlord',
    gross,
    residual: max(subtract(gross, benefit), '0'),
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
  let years = Number(on.slice(0, 4)) - Number(born.slice(0, 4));
  if (addMonths(born, years * 12) > on) years--;
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
  const members = account.household.members ?? [];
  if (members.length === 0) return '1';
  let adults = 0;
  let children = 0;
  for (const m of members) {
    if (ageOn(m, asOf) >= 14) adults++;
    else children++;
  }
  // In tenths, so the sum is exact: the first person counts 10 whatever their age.
  const tenths = adults > 0 ? 10 + 5 * (adults - 1) + 3 * children : 10 + 3 * (children - 1);
  return tenths % 10 === 0 ? String(tenths / 10) : `${Math.floor(tenths / 10)}.${tenths % 10}`;
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
 * @returns Figures as decimal strings.
 */
export function affordability(account: Account, asOf: IsoDate): Affordability {
  const cost = housingCost(account, asOf);
  const resources = money(account.household.monthlyResources);
  const units = consumptionUnits(account, asOf);
  const hasResources = isPositive(resources);
  return {
    resources: resources.amount,
    rent: cost.rent.amount,
    charges: cost.charges.amount,
    housingBenefit: cost.benefit.amount,
    residualRent: cost.residual.amount,
    effortRateNet: hasResources ? ratio(cost.residual, resources) : null,
    effortRateGross: hasResources ? ratio(cost.gross, resources) : null,
    consumptionUnits: units,
    resteAVivrePerUnit: divide(subtract(resources, cost.residual), units, 'floor').amount,
  };
}
