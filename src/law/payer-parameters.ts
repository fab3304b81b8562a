/**
 * The dated parameters of the payer's procedure after the signal of a benefit impayé (see
 * `payer.ts`), part of the law table (`LEGAL_PARAMETERS`). The version is chosen by the day the
 * impayé was signalled (clock `signal`).
 *
 * @module
 */
import type { LegalParameter, Period } from './parameters';

const SIGNAL_2016 = '2016-09-01';
const REFORM = '2027-01-01';

/**
 * The parameters, all versions.
 *
 * @example
 * ```ts
 * PAYER_PARAMETERS.map((p) => p.id).includes('payer_plan_delay'); // => true
 * ```
 */
export const PAYER_PARAMETERS: readonly LegalParameter[] = [
  {
    id: 'payer_plan_delay',
    value: Object.freeze({ months: 6 } satisfies Period),
    unit: 'period',
    source:
      'CCH R.824-7 1° (impayés signalled until 2026-12-31): the plan d’apurement the CAF/MSA asks for is sent within 6 months at most; the aid continues while the plan is approved and kept',
    validFrom: SIGNAL_2016,
    validTo: REFORM,
    clock: 'signal',
  },
  {
    id: 'fsl_delay',
    value: Object.freeze({ months: 3 } satisfies Period),
    unit: 'period',
    source:
      'CCH R.824-8 (impayés signalled until 2026-12-31): after the payer’s mise en demeure, the FSL has 3 months to set up a dispositif; failing it, the payer applies the default plan of 1/36 of the debt each month over 36 months',
    validFrom: SIGNAL_2016,
    validTo: REFORM,
    clock: 'signal',
  },
  {
    id: 'fsl_direct_aid_kept',
    value: Object.freeze({ months: 6 } satisfies Period),
    unit: 'period',
    source:
      'CCH R.824-11 (impayés signalled until 2026-12-31): when the payer refers the case straight to the FSL, the aid is kept 6 months; if the plan then fails, the default plan of 1/36 over 36 months applies (R.824-12)',
    validFrom: SIGNAL_2016,
    validTo: REFORM,
    clock: 'signal',
  },
  {
    id: 'plan_review_interval',
    value: Object.freeze({ months: 6 } satisfies Period),
    unit: 'period',
    source:
      'CCH R.824-9 (impayés signalled until 2026-12-31; R.824-19 for terminated leases): the payer checks the execution of the plan every 6 months',
    validFrom: SIGNAL_2016,
    validTo: REFORM,
    clock: 'signal',
  },
  {
    id: 'tiers_payant_answer_delay',
    value: Object.freeze({ months: 2 } satisfies Period),
    unit: 'period',
    source:
      'CCH R.824-20 (impayés signalled until 2026-12-31): the landlord has 2 months to answer the payer’s offer to pay the aid to it (tiers payant); silence counts as a refusal',
    validFrom: SIGNAL_2016,
    validTo: REFORM,
    clock: 'signal',
  },
  {
    id: 'aid_suspension_effect',
    value: Object.freeze({ rule: 'first-day-of-next-month' }),
    unit: 'rule',
    source:
      'CCH L.824-2 as amended by loi 2023-668 art. 12 and its décret 2026-84 (impayés signalled from 2027-01-01): the CCAPEX decides whether the aid is kept or suspended; a suspension takes effect on the first day of the month after its notification to the payer; the aid is kept after the lease is terminated while the occupant pays the indemnité d’occupation and the charges, unless suspended. The plan deadlines of this regime were not found in the sources read: none is encoded',
    validFrom: REFORM,
    clock: 'signal',
  },
];
