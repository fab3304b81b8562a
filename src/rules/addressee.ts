/**
 * To whom an action is addressed and who carries it out: a protected tenant's contacts go to the
 * mandataire (alone for a tutelle, with the tenant for a curatelle), internal steps go to the
 * body they concern (the CAF/MSA, the CCAPEX, the commission…), and a household that needs an
 * interpreter gets one (or a translated letter) on every action addressed to it.
 *
 * @module
 */
import type { Voice } from '../i18n';
import type { Account } from '../account';
import type { Addressee, ExplanationEntry } from './decision';
import { DEFAULT_ROLES, type Role, type Step, type StepKind } from './policy-schema';

/** The messages that say what a protective measure means for whom the landlord addresses. */
type MeasureCode =
  | 'addressee.measure.tutelle'
  | 'addressee.measure.habilitationFamiliale'
  | 'addressee.measure.mandatProtectionFuture'
  | 'addressee.measure.curatelle'
  | 'addressee.measure.curatelleRenforcee'
  | 'addressee.measure.sauvegarde';

/** The body each internal step kind is addressed to; the other kinds go to the tenant's side. */
const BODY_OF_KIND: Partial<Record<StepKind, Addressee>> = {
  'caf-signal': 'caf',
  'ccapex-referral': 'ccapex',
  'fsl-referral': 'fsl',
  'social-review': 'cesf',
  'surendettement-claim': 'surendettement-commission',
  'guarantor-notice': 'guarantor',
  'case-review': 'landlord',
  'write-off': 'landlord',
  'payer-plan': 'caf',
  'tiers-payant-answer': 'caf',
};

/** What each protective measure means for whom the landlord addresses: the message that says it, its article. */
const MEASURES: Readonly<Record<string, { addressee: Addressee; text: MeasureCode; source: string }>> = {
  tutelle: { addressee: 'mandataire', text: 'addressee.measure.tutelle', source: 'C. civ. 473' },
  'habilitation-familiale': {
    addressee: 'mandataire',
    text: 'addressee.measure.habilitationFamiliale',
    source: 'C. civ. 494-1, 494-8',
  },
  'mandat-protection-future': {
    addressee: 'mandataire',
    text: 'addressee.measure.mandatProtectionFuture',
    source: 'C. civ. 477, 481',
  },
  curatelle: { addressee: 'tenant-and-mandataire', text: 'addressee.measure.curatelle', source: 'C. civ. 467' },
  'curatelle-renforcee': {
    addressee: 'tenant-and-mandataire',
    text: 'addressee.measure.curatelleRenforcee',
    source: 'C. civ. 472',
  },
  'sauvegarde-de-justice': { addressee: 'tenant', text: 'addressee.measure.sauvegarde', source: 'C. civ. 435' },
};

/**
 * The person an action on the tenant's side is addressed to, and why when it is not simply the
 * tenant.
 */
function personAddressee(
  account: Account,
  voice: Voice,
): { addressee: Addressee; text: string | null; source: string } {
  const protection = account.household.protection;
  if (protection !== undefined) {
    const m = MEASURES[protection.measure]!;
    const named = protection.mandataire?.name;
    if (m.addressee === 'tenant') {
      return named === undefined
        ? { addressee: 'tenant', text: null, source: m.source }
        : {
            addressee: 'tenant-and-mandataire',
            text: voice.say('addressee.measure.sauvegardeNamed', { name: named }),
            source: m.source,
          };
    }
    const text = voice.say(m.text, {});
    return {
      addressee: m.addressee,
      text: named === undefined ? text : voice.say('addressee.named', { reason: text, name: named }),
      source: m.source,
    };
  }
  if (account.household.vulnerability?.guardianship === true) {
    return {
      addressee: 'tenant-and-mandataire',
      text: voice.say('addressee.measure.unknown', {}),
      source: 'C. civ. 467, 473',
    };
  }
  return { addressee: 'tenant', text: null, source: '' };
}

/** Who an action is addressed to, how it is carried out, and the explanation entry when it matters. */
export interface ActionParties {
  readonly role: Role;
  readonly addressee: Addressee;
  readonly interpreter: { readonly language: string | null } | null;
  /** The mandataire's name when the action goes to them, for the message. */
  readonly mandataireName: string | null;
  readonly entries: readonly ExplanationEntry[];
}

/**
 * The role, addressee and interpreter of a step about to be proposed for an account.
 *
 * @param step - The step of the policy.
 * @param index - Its index in the policy's steps, for the explanation's source.
 * @param account - The parsed account.
 * @param voice - The locale of the explanation.
 * @returns Who carries it out, to whom, with an interpreter or not, and why.
 */
export function partiesOf(step: Step, index: number, account: Account, voice: Voice): ActionParties {
  const role = step.role ?? DEFAULT_ROLES[step.kind];
  const body = BODY_OF_KIND[step.kind];
  const entries: ExplanationEntry[] = [];
  if (body !== undefined) return { role, addressee: body, interpreter: null, mandataireName: null, entries };
  const person = personAddressee(account, voice);
  if (person.text !== null) {
    entries.push({
      about: 'step',
      text: voice.say(
        person.addressee === 'mandataire' ? 'addressee.toMandataire' : 'addressee.toTenantAndMandataire',
        {
          reason: person.text,
        },
      ),
      source: `${person.source}; steps[${index}]`,
    });
  }
  const toTenant = person.addressee === 'tenant' || person.addressee === 'tenant-and-mandataire';
  const needs = account.household.vulnerability?.interpreterNeeded === true;
  const language = account.household.language ?? null;
  let interpreter: ActionParties['interpreter'] = null;
  if (toTenant && needs) {
    interpreter = { language };
    entries.push({
      about: 'step',
      text:
        language === null
          ? voice.say('addressee.interpreter.unknownLanguage', {})
          : voice.say('addressee.interpreter', { language }),
      source: 'household.vulnerability.interpreterNeeded',
    });
  }
  const mandataireName =
    person.addressee === 'tenant' ? null : (account.household.protection?.mandataire?.name ?? null);
  return { role, addressee: person.addressee, interpreter, mandataireName, entries };
}
