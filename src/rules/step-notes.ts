/**
 * What a recovery officer needs to know to carry out some step kinds, beyond their label: the
 * law they rest on and the figures of the account that matter.
 *
 * @module
 */
import type { Situation } from '../account';
import { formatEUR } from '../money';
import type { ExplanationEntry } from './decision';
import type { StepKind } from './policy-schema';

/**
 * The explanation entry of a step kind that needs one, or `null`.
 *
 * @param kind - The step kind about to be proposed.
 * @param situation - The account's situation.
 * @returns The entry, with its source.
 */
export function stepNote(kind: StepKind, situation: Situation): ExplanationEntry | null {
  switch (kind) {
    case 'surendettement-claim': {
      const sd = situation.surendettement;
      return {
        about: 'step',
        text: `The surendettement file is recevable since ${sd.recevableOn}: the ${formatEUR(sd.frozenDebt)} that fell due before is frozen and can only be recovered through the commission's measures, so the landlord declares it to the Banque de France commission, with the ledger that proves it. In practice, as soon as the commission's letter arrives and within the time it gives; log the declaration as a contact with this step.`,
        source: 'code de la consommation L.722-2, L.722-5; the delay: practice',
      };
    }
    case 'cohesion-protocol':
      return {
        about: 'step',
        text: 'The lease was terminated by the judge: a social landlord may offer a protocole de cohésion sociale instead of pursuing the expulsion. It is a valid title of occupation, restores the housing benefit, lasts 2 years (renewable up to 3) with a repayment plan; kept, it leads to a new lease within 3 months.',
        source: 'CCH L.353-15-2, L.442-6-5',
      };
    case 'guarantor-notice':
      return {
        about: 'step',
        text: 'The commandement de payer must be notified to the guarantor (caution) within 15 days of its service, or the guarantor owes no penalties nor late interest; instruct the commissaire de justice.',
        source: 'loi 89-462 art. 24 I',
      };
    case 'final-statement': {
      const d = situation.departure;
      if (d === null) return null;
      return {
        about: 'step',
        text: `The tenant left on ${d.endedOn}: send the final statement (décompte définitif) with the ${formatEUR(d.depositHeld)} deposit offset against the ${formatEUR(situation.arrears)} owed: ${formatEUR(d.debtAfterDeposit)} left to pay${d.refundDue === '0.00' ? '' : `, ${formatEUR(d.refundDue)} to return to the tenant`}, by ${d.restitutionDeadline} at the latest.`,
        source: 'loi 89-462 art. 22',
      };
    }
    case 'injonction-de-payer':
      return {
        about: 'step',
        text: 'The departed tenant did not pay after the mise en demeure: file a requête en injonction de payer with the court of the place of the dwelling; a person decides it.',
        source: 'CPC art. 1405 to 1425',
      };
    case 'write-off':
      return {
        about: 'step',
        text: 'Recovery has run its course: propose the debt for an admission en non-valeur. A person decides it, on the evidence of the steps taken.',
        source: 'practice (write-offs, DOMAIN.md §6)',
      };
    case 'case-review':
      return {
        about: 'step',
        text: 'A small amount after several contacts: automatic contacts stop here, a person looks at the case and decides what comes next (a call, a visit, a write-off, nothing).',
        source: 'practice: contact pressure proportionate to the debt',
      };
    case 'payer-plan':
      return {
        about: 'step',
        text: 'The CAF/MSA asked for a plan d’apurement: send it, agreed with the household, within 6 months of the request; the aid continues while the plan is approved and kept, and the CAF/MSA checks it every 6 months.',
        source: 'CCH R.824-7 1°, R.824-9',
      };
    case 'tiers-payant-answer':
      return {
        about: 'step',
        text: 'The CAF/MSA offered to pay the aid to the landlord (tiers payant): answer within 2 months, or the silence counts as a refusal.',
        source: 'CCH R.824-20',
      };
    default:
      return null;
  }
}
