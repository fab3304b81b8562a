/**
 * What a landlord may not charge a tenant, exposed so that policy validation can refuse it.
 *
 * - No fees for quittances, reminders (relances) or avis d'échéance: such clauses are « réputées
 *   non écrites » (loi 89-462 art. 4 p).
 * - No penalties or fines for breaching the lease (loi 89-462 art. 4 i, since 2014-03-27; a 10 %
 *   late surcharge was struck out by CA Douai, 29 Mar 2018, n° 17/01168).
 * - Amicable-recovery costs incurred without an executory title stay with the creditor (CPCE L.111-8).
 *
 * @module
 */

/** A charge the law forbids, with its basis. */
export interface ForbiddenCharge {
  /** Stable code. */
  readonly code: 'reminder_fee' | 'quittance_fee' | 'notice_fee' | 'penalty' | 'recovery_cost';
  /** What it is, in words. */
  readonly label: string;
  /** The article. */
  readonly basis: string;
}

/**
 * Every forbidden charge. Penalties are never configurable.
 *
 * @example
 * ```ts
 * FORBIDDEN_CHARGES.map((c) => c.code); // => ['reminder_fee', 'quittance_fee', 'notice_fee', 'penalty', 'recovery_cost']
 * ```
 */
export const FORBIDDEN_CHARGES: readonly ForbiddenCharge[] = Object.freeze(
  [
    { code: 'reminder_fee', label: 'a fee for a reminder (frais de relance)', basis: 'loi 89-462 art. 4 p' },
    { code: 'quittance_fee', label: 'a fee for a rent receipt (frais de quittance)', basis: 'loi 89-462 art. 4 p' },
    { code: 'notice_fee', label: "a fee for a due notice (frais d'avis d'échéance)", basis: 'loi 89-462 art. 4 p' },
    {
      code: 'penalty',
      label: 'a penalty, fine or late surcharge (pénalité, amende, majoration de retard)',
      basis: 'loi 89-462 art. 4 i (since 2014-03-27)',
    },
    {
      code: 'recovery_cost',
      label: 'amicable-recovery costs charged to the tenant without an executory title',
      basis: 'CPCE L.111-8',
    },
  ].map((c) => Object.freeze(c as ForbiddenCharge)),
);

/**
 * Words that, as a key or a step kind in a policy file, mean a charge to the tenant. Matched
 * whole-word and case-insensitively, accents ignored.
 */
export const FORBIDDEN_CHARGE_TERMS: readonly string[] = Object.freeze([
  'fee',
  'fees',
  'frais',
  'penalty',
  'penalties',
  'penalite',
  'penalites',
  'fine',
  'amende',
  'surcharge',
  'majoration',
]);

/**
 * Tells whether a policy key or step name designates a charge the law forbids.
 *
 * @param name - A key or a step kind, e.g. `"reminderFee"` or `"penalite-retard"`.
 * @returns The forbidden charge it names, or `null`.
 * @example
 * ```ts
 * forbiddenChargeIn('reminderFee')?.code;     // => 'reminder_fee'
 * forbiddenChargeIn('pénalité-retard')?.code; // => 'penalty'
 * forbiddenChargeIn('reminder-1');            // => null
 * ```
 */
export function forbiddenChargeIn(name: string): ForbiddenCharge | null {
  const words = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter((w) => w.length > 0);
  const hit = words.find((w) => FORBIDDEN_CHARGE_TERMS.includes(w));
  if (hit === undefined) return null;
  const isPenalty = [
    'penalty',
    'penalties',
    'penalite',
    'penalites',
    'fine',
    'amende',
    'surcharge',
    'majoration',
  ].includes(hit);
  if (isPenalty) return FORBIDDEN_CHARGES.find((c) => c.code === 'penalty')!;
  if (words.includes('quittance') || words.includes('receipt'))
    return FORBIDDEN_CHARGES.find((c) => c.code === 'quittance_fee')!;
  if (words.includes('notice') || words.includes('avis'))
    return FORBIDDEN_CHARGES.find((c) => c.code === 'notice_fee')!;
  if (words.includes('recovery') || words.includes('recouvrement'))
    return FORBIDDEN_CHARGES.find((c) => c.code === 'recovery_cost')!;
  return FORBIDDEN_CHARGES.find((c) => c.code === 'reminder_fee')!;
}
