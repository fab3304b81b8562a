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
    sourceFr:
      'CCH R.824-7 1° (impayés signalés jusqu’au 31/12/2026) : le plan d’apurement demandé par la CAF/MSA lui est transmis dans un délai de 6 mois au plus ; l’aide est maintenue tant que le plan est approuvé et respecté',
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
    sourceFr:
      'CCH R.824-8 (impayés signalés jusqu’au 31/12/2026) : après la mise en demeure de l’organisme payeur, le FSL dispose de 3 mois pour mettre en place un dispositif ; à défaut, l’organisme payeur applique le plan par défaut de 1/36 de la dette chaque mois pendant 36 mois',
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
    sourceFr:
      'CCH R.824-11 (impayés signalés jusqu’au 31/12/2026) : lorsque l’organisme payeur saisit directement le FSL, l’aide est maintenue 6 mois ; si le plan échoue ensuite, le plan par défaut de 1/36 sur 36 mois s’applique (R.824-12)',
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
    sourceFr:
      'CCH R.824-9 (impayés signalés jusqu’au 31/12/2026 ; R.824-19 pour les baux résiliés) : l’organisme payeur contrôle l’exécution du plan tous les 6 mois',
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
    sourceFr:
      'CCH R.824-20 (impayés signalés jusqu’au 31/12/2026) : le bailleur dispose de 2 mois pour répondre à la proposition de l’organisme payeur de lui verser l’aide (tiers payant) ; le silence vaut refus',
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
    sourceFr:
      'CCH L.824-2 modifié par la loi n° 2023-668 art. 12 et son décret n° 2026-84 (impayés signalés à partir du 01/01/2027) : la CCAPEX décide du maintien ou de la suspension de l’aide ; une suspension prend effet le premier jour du mois suivant sa notification à l’organisme payeur ; après la résiliation du bail, l’aide est maintenue tant que l’occupant paie l’indemnité d’occupation et les charges, sauf suspension. Les délais de plan de ce régime n’ont pas été trouvés dans les sources lues : aucun n’est codé',
    validFrom: REFORM,
    clock: 'signal',
  },
];
