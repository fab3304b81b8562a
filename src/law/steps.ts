/**
 * What the law says of the steps of an escalation ladder, whatever a policy says: which steps
 * have legal effect on the tenant (so a person decides them), and which legal gates each needs
 * open. The policy's step kinds are checked against these names at compile time in `src/rules`.
 *
 * @module
 */

/**
 * Step kinds with legal effect on the tenant: a person must approve them, they must not rest
 * solely on automated processing (GDPR art. 22).
 *
 * @example
 * ```ts
 * LEGAL_EFFECT_STEPS; // => ['commandement', 'assignation', 'injonction-de-payer']
 * ```
 */
export const LEGAL_EFFECT_STEPS = Object.freeze(['commandement', 'assignation', 'injonction-de-payer'] as const);

/** A step kind with legal effect on the tenant. */
export type LegalEffectStep = (typeof LEGAL_EFFECT_STEPS)[number];

/** A legal gate a step may need open (see the obligations of the same code). */
export type LegalGate = 'assignation_earliest' | 'expulsion_truce';

/**
 * Legal gates each step kind needs open, whatever the policy says: no assignation before
 * 2 months after the CCAPEX referral, or failing it the CAF/MSA signalling (loi 89-462 art. 24 II).
 *
 * @example
 * ```ts
 * LEGAL_PREREQUISITES.assignation; // => ['assignation_earliest']
 * ```
 */
export const LEGAL_PREREQUISITES: Readonly<Partial<Record<string, readonly LegalGate[]>>> = Object.freeze({
  assignation: Object.freeze(['assignation_earliest'] as const),
});

/**
 * Tells whether a step kind has legal effect on the tenant.
 *
 * @param kind - A step kind of a policy.
 * @returns `true` for `commandement`, `assignation` and `injonction-de-payer`.
 * @example
 * ```ts
 * hasLegalEffect('assignation'); // => true
 * hasLegalEffect('reminder');    // => false
 * ```
 */
export function hasLegalEffect(kind: string): kind is LegalEffectStep {
  return (LEGAL_EFFECT_STEPS as readonly string[]).includes(kind);
}
