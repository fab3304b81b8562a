/**
 * Words the texts are made of: the values of codes (roles, addressees, channels, statuses…) as
 * each locale says them.
 *
 * @module
 */
import type { Locale } from './locale';

/** Words the texts are made of: the values of codes, as each locale says them. */
const WORDS = {
  role: {
    fr: {
      officer: 'chargé de recouvrement',
      'back-office': 'back-office',
      cesf: 'CESF',
      litigation: 'service contentieux',
      manager: 'responsable',
    },
    en: {
      officer: 'officer',
      'back-office': 'back-office',
      cesf: 'cesf',
      litigation: 'litigation',
      manager: 'manager',
    },
  },
  addressee: {
    fr: {
      tenant: 'au locataire',
      mandataire: 'au mandataire',
      'tenant-and-mandataire': 'au locataire et au mandataire',
      guarantor: 'à la caution',
      caf: 'à la CAF/MSA',
      ccapex: 'à la CCAPEX',
      fsl: 'au FSL',
      cesf: 'à la CESF',
      'surendettement-commission': 'à la commission de surendettement',
      landlord: 'au bailleur',
    },
    en: {
      tenant: 'to the tenant',
      mandataire: 'to the mandataire',
      'tenant-and-mandataire': 'to the tenant-and-mandataire',
      guarantor: 'to the guarantor',
      caf: 'to the caf',
      ccapex: 'to the ccapex',
      fsl: 'to the fsl',
      cesf: 'to the cesf',
      'surendettement-commission': 'to the surendettement-commission',
      landlord: 'to the landlord',
    },
  },
  channel: {
    fr: {
      letter: 'courrier',
      'registered-letter': 'lettre recommandée',
      email: 'e-mail',
      sms: 'SMS',
      phone: 'téléphone',
      'home-visit': 'visite à domicile',
      appointment: 'rendez-vous',
      internal: 'interne',
    },
    en: {
      letter: 'letter',
      'registered-letter': 'registered-letter',
      email: 'email',
      sms: 'sms',
      phone: 'phone',
      'home-visit': 'home-visit',
      appointment: 'appointment',
      internal: 'internal',
    },
  },
  obligationKind: {
    fr: { deadline: 'échéance', gate: 'ouverture' },
    en: { deadline: 'deadline', gate: 'gate' },
  },
  obligationStatus: {
    fr: {
      upcoming: 'à venir',
      due: 'aujourd’hui',
      overdue: 'dépassée',
      done: 'faite',
      closed: 'fermée',
      open: 'ouverte',
    },
    en: { upcoming: 'upcoming', due: 'due', overdue: 'overdue', done: 'done', closed: 'closed', open: 'open' },
  },
  planKind: {
    fr: {
      amicable: 'amiable',
      caf: 'CAF/MSA',
      judicial: 'délais de paiement du juge',
      surendettement: 'surendettement',
    },
    en: { amicable: 'amicable', caf: 'caf', judicial: 'judicial', surendettement: 'surendettement' },
  },
  zone: {
    fr: {
      metropole: 'métropole',
      'alsace-moselle': 'Alsace-Moselle',
      guadeloupe: 'Guadeloupe',
      martinique: 'Martinique',
      guyane: 'Guyane',
      reunion: 'La Réunion',
      mayotte: 'Mayotte',
      'saint-martin': 'Saint-Martin',
      'saint-barthelemy': 'Saint-Barthélemy',
    },
    en: {},
  },
  planStatus: {
    fr: { kept: 'tenu', late: 'en retard', broken: 'rompu', finished: 'soldé' },
    en: { kept: 'kept', late: 'late', broken: 'broken', finished: 'finished' },
  },
} as const;

/** "by letter", "en interne": how French says through which channel. */
export function byChannelFr(channel: string): string {
  if (channel === 'internal') return 'en interne';
  if (channel === 'appointment' || channel === 'home-visit') return `en ${word('channel', channel, 'fr')}`;
  return `par ${word('channel', channel, 'fr')}`;
}

/** The kinds of words of the catalogue. */
export type WordKind = keyof typeof WORDS;

/**
 * A code's value (a role, a channel, a status…) as a locale says it; the code itself when the
 * catalogue has no word for it.
 *
 * @param kind - The kind of word.
 * @param code - The value, as the JSON writes it.
 * @param locale - `fr` or `en`.
 * @returns The word.
 * @example
 * ```ts
 * word('channel', 'home-visit', 'fr'); // => 'visite à domicile'
 * ```
 */
export function word(kind: WordKind, code: string, locale: Locale): string {
  const table = WORDS[kind][locale] as Readonly<Record<string, string>>;
  return table[code] ?? code;
}
