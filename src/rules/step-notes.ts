/**
 * What a recovery officer needs to know to carry out some step kinds, beyond their label: the
 * law they rest on and the figures of the account that matter.
 *
 * @module
 */
import type { Voice } from '../i18n';
import type { Situation } from '../account';
import type { ExplanationEntry } from './decision';
import type { StepKind } from './policy-schema';

/**
 * The explanation entry of a step kind that needs one, or `null`.
 *
 * @param kind - The step kind about to be proposed.
 * @param situation - The account's situation.
 * @param voice - The locale's messages and formats.
 * @returns The entry, with its source.
 */
export function stepNote(kind: StepKind, situation: Situation, voice: Voice): ExplanationEntry | null {
  switch (kind) {
    case 'surendettement-claim': {
      const sd = situation.surendettement;
      return {
        about: 'step',
        text: voice.say('note.step.surendettement-claim', {
          recevableOn: sd.recevableOn === null ? '' : voice.date(sd.recevableOn),
          frozenDebt: voice.money(sd.frozenDebt),
        }),
        source: voice.say('source.surendettementClaim', {}),
      };
    }
    case 'cohesion-protocol':
      return {
        about: 'step',
        text: voice.say('note.step.cohesion-protocol', {}),
        source: 'CCH L.353-15-2, L.442-6-5',
      };
    case 'guarantor-notice':
      return {
        about: 'step',
        text: voice.say('note.step.guarantor-notice', {}),
        source: 'loi 89-462 art. 24 I',
      };
    case 'final-statement': {
      const d = situation.departure;
      if (d === null) return null;
      return {
        about: 'step',
        text: voice.say('note.step.final-statement', {
          endedOn: voice.date(d.endedOn),
          deposit: voice.money(d.depositHeld),
          owed: voice.money(situation.arrears),
          left: voice.money(d.debtAfterDeposit),
          refund: d.refundDue === '0.00' ? null : voice.money(d.refundDue),
          deadline: voice.date(d.restitutionDeadline),
        }),
        source: 'loi 89-462 art. 22',
      };
    }
    case 'injonction-de-payer':
      return {
        about: 'step',
        text: voice.say('note.step.injonction-de-payer', {}),
        source: 'CPC art. 1405 to 1425',
      };
    case 'write-off':
      return {
        about: 'step',
        text: voice.say('note.step.write-off', {}),
        source: voice.say('source.writeOff', {}),
      };
    case 'case-review':
      return {
        about: 'step',
        text: voice.say('note.step.case-review', {}),
        source: voice.say('source.smallDebt', {}),
      };
    case 'payer-plan':
      return {
        about: 'step',
        text: voice.say('note.step.payer-plan', {}),
        source: 'CCH R.824-7 1°, R.824-9',
      };
    case 'tiers-payant-answer':
      return {
        about: 'step',
        text: voice.say('note.step.tiers-payant-answer', {}),
        source: 'CCH R.824-20',
      };
    default:
      return null;
  }
}
