/**
 * The messages of the decision's explanation: schedule (contact day, channel, legal gates of a
 * step, addressee).
 *
 * The values come formatted by the voice (dates, channel names); a day written out in full
 * (`lundi 29 mars 2027`, `Monday 29 March 2027`) takes the English codes of its weekday and month
 * (`monday`, `march`), named here in each locale.
 *
 * @module
 */
import { define } from './define';

/** The days of the week and the months, by English code, as each locale writes them in full. */
const DAY_WORDS = {
  fr: {
    monday: 'lundi',
    tuesday: 'mardi',
    wednesday: 'mercredi',
    thursday: 'jeudi',
    friday: 'vendredi',
    saturday: 'samedi',
    sunday: 'dimanche',
    january: 'janvier',
    february: 'février',
    march: 'mars',
    april: 'avril',
    may: 'mai',
    june: 'juin',
    july: 'juillet',
    august: 'août',
    september: 'septembre',
    october: 'octobre',
    november: 'novembre',
    december: 'décembre',
  },
  en: {
    monday: 'Monday',
    tuesday: 'Tuesday',
    wednesday: 'Wednesday',
    thursday: 'Thursday',
    friday: 'Friday',
    saturday: 'Saturday',
    sunday: 'Sunday',
    january: 'January',
    february: 'February',
    march: 'March',
    april: 'April',
    may: 'May',
    june: 'June',
    july: 'July',
    august: 'August',
    september: 'September',
    october: 'October',
    november: 'November',
    december: 'December',
  },
} as const;

/** A weekday or month code as a locale writes it; the code itself when unknown. */
function dayWord(code: string, locale: keyof typeof DAY_WORDS): string {
  return (DAY_WORDS[locale] as Readonly<Record<string, string>>)[code] ?? code;
}

/** The rotation among channels, with the rank of the contact. */
const inTurn = {
  fr: (n: number) => `en alternance\u00a0; contact n° ${n} de l’impayé en cours`,
  en: (n: number) => `in turn; contact n° ${n} of these arrears`,
};

/** Why the channel rules give these channels. */
const ruleMatches = {
  fr: (rule: string) => `le profil du locataire correspond à la règle de canal «\u00a0${rule}\u00a0»`,
  en: (rule: string) => `the tenant's profile matches the channel rule "${rule}"`,
};
const noRuleMatches = {
  fr: 'aucune règle de canal ne correspond, ce sont donc les canaux par défaut qui s’appliquent',
  en: 'no channel rule matches, so the fallback channels apply',
};

/** The assignation's gate, before what it says of this account. */
const assignationGate = {
  fr: 'pas d’assignation avant 2 mois après la saisine de la CCAPEX (loi 89-462 art. 24 II)',
  en: 'no assignation before 2 months after the CCAPEX referral (loi 89-462 art. 24 II)',
};

/** The sauvegarde de justice. */
const sauvegarde = {
  fr: 'sous sauvegarde de justice, le locataire conserve l’exercice de ses droits',
  en: 'under sauvegarde de justice the tenant keeps the exercise of their rights',
};

/** What an interpreter is for. */
const interpreterUse = {
  fr: 'courrier traduit, interprète lors d’un appel, d’un rendez-vous ou d’une visite à domicile',
  en: 'a translated letter, an interpreter at a call, an appointment or a visit',
};

/**
 * The messages of the schedule, the channel, the legal gates of a step and its addressee, by code.
 *
 * @example
 * ```ts
 * SCHEDULE_MESSAGES['gate.alreadyDone'].fr({ date: '06/11/2026' }); // => 'déjà faite le 06/11/2026'
 * ```
 */
export const SCHEDULE_MESSAGES = Object.freeze({
  // A day in full, and why no contact may take place on it.
  'schedule.day': define<{ weekday: string; day: number; month: string; year: number }>({
    fr: (p) => `${dayWord(p.weekday, 'fr')} ${p.day === 1 ? '1er' : p.day} ${dayWord(p.month, 'fr')} ${p.year}`,
    en: (p) => `${dayWord(p.weekday, 'en')} ${p.day} ${dayWord(p.month, 'en')} ${p.year}`,
  }),
  'schedule.noContact.holiday': define<{ day: string; holiday: string }>({
    fr: (p) => `le ${p.day} est un jour férié (${p.holiday})`,
    en: (p) => `${p.day} is ${p.holiday}, a public holiday`,
  }),
  'schedule.noContact.notContactDay': define<{ day: string }>({
    fr: (p) => `le ${p.day} n’est pas un jour de contact de la politique`,
    en: (p) => `${p.day} is not a contact day of the policy`,
  }),
  'schedule.noContact.weekend': define<{ day: string }>({
    fr: (p) => `le ${p.day} tombe un week-end`,
    en: (p) => `${p.day} is a weekend day`,
  }),
  // The moves of the contact date, joined by commas.
  'schedule.afterLastContact': define<{ days: number; last: string }>({
    fr: (p) =>
      `${p.days} jour${Number(p.days) > 1 ? 's' : ''} après le dernier contact du ${p.last} (cadence de la politique)`,
    en: (p) => `${p.days} days after the last contact on ${p.last} (policy cadence)`,
  }),
  'schedule.asSoonAsPossible': define<Record<string, never>>({
    fr: () => 'dès que possible',
    en: () => 'as soon as possible',
  }),
  'schedule.movedPast': define<{ day: string; reasons: string }>({
    fr: (p) => `puis reportée au ${p.day}, car ${p.reasons}`,
    en: (p) => `then to ${p.day}, as ${p.reasons}`,
  }),
  'schedule.movedByCap': define<{ day: string; contact: string; max: number }>({
    fr: (p) =>
      `puis reportée au ${p.day}, 7 jours après le contact du ${p.contact}\u00a0: au plus ${p.max} contact${Number(p.max) > 1 ? 's' : ''} sur 7 jours (cadence de la politique)`,
    en: (p) =>
      `then to ${p.day}, 7 days after the contact on ${p.contact}: at most ${p.max} contact(s) in 7 days (policy cadence)`,
  }),

  // The built-in protection of a household not at ease with digital tools.
  'channel.protection.notAtEase': define<Record<string, never>>({
    fr: () => 'le ménage n’est pas à l’aise avec les outils numériques',
    en: () => 'the household is not at ease with digital tools',
  }),
  'channel.protection.noEmailNorMobile': define<Record<string, never>>({
    fr: () => 'le ménage n’a ni adresse e-mail ni téléphone portable',
    en: () => 'the household has neither email nor mobile',
  }),
  'channel.fixed.protected': define<{ letter: string; channel: string; protection: string }>({
    fr: (p) =>
      `Canal ${p.letter} et non ${p.channel}\u00a0: ${p.protection} (protection intégrée, quelle que soit la politique).`,
    en: (p) =>
      `Channel ${p.letter}, not ${p.channel}: ${p.protection} (built-in protection, whatever the policy says).`,
  }),
  // The channel of a step addressed by profile: the plain cases in one sentence…
  'channel.rule': define<{ channel: string; rule: string; channels: string; n: number }>({
    fr: (p) => `Canal ${p.channel}\u00a0: ${ruleMatches.fr(p.rule)} (${p.channels}, ${inTurn.fr(p.n)}).`,
    en: (p) => `Channel ${p.channel}: ${ruleMatches.en(p.rule)} (${p.channels}, ${inTurn.en(p.n)}).`,
  }),
  'channel.fallback': define<{ channel: string; channels: string }>({
    fr: (p) => `Canal ${p.channel}\u00a0: ${noRuleMatches.fr} (${p.channels}, en alternance).`,
    en: (p) => `Channel ${p.channel}: ${noRuleMatches.en} (${p.channels}, in turn).`,
  }),
  // …the others in parts joined by `channel.separator`, then a full stop.
  'channel.head.rule': define<{ channel: string; rule: string; channels: string }>({
    fr: (p) => `Canal ${p.channel}\u00a0: ${ruleMatches.fr(p.rule)} (${p.channels})`,
    en: (p) => `Channel ${p.channel}: ${ruleMatches.en(p.rule)} (${p.channels})`,
  }),
  'channel.head.fallback': define<{ channel: string; channels: string }>({
    fr: (p) => `Canal ${p.channel}\u00a0: ${noRuleMatches.fr} (${p.channels})`,
    en: (p) => `Channel ${p.channel}: ${noRuleMatches.en} (${p.channels})`,
  }),
  'channel.separator': define<Record<string, never>>({
    fr: () => '\u00a0; ',
    en: () => '; ',
  }),
  'channel.or': define<{ first: string; second: string }>({
    fr: (p) => `${p.first} ou ${p.second}`,
    en: (p) => `${p.first} or ${p.second}`,
  }),
  'channel.protection.removed': define<{ protection: string; removed: string }>({
    fr: (p) => `protection intégrée\u00a0: ${p.protection}, donc aucun envoi par ${p.removed}`,
    en: (p) => `built-in protection: ${p.protection}, so no ${p.removed}`,
  }),
  'channel.protection.noneLeft': define<{ protection: string; removed: string; letter: string }>({
    fr: (p) =>
      `protection intégrée\u00a0: ${p.protection}, donc aucun envoi par ${p.removed}, et il ne reste aucun de ces canaux\u00a0: ${p.letter}`,
    en: (p) =>
      `built-in protection: ${p.protection}, so no ${p.removed}, and none of these channels is left: ${p.letter}`,
  }),
  'channel.preference.notLeft': define<{ channels: string }>({
    fr: (p) => `la préférence du ménage pour ${p.channels} ne fait pas partie des canaux restants`,
    en: (p) => `the household's preference for ${p.channels} is not among the channels left`,
  }),
  'channel.preference.notAllowed': define<{ channels: string }>({
    fr: (p) => `la préférence du ménage pour ${p.channels} ne fait pas partie des canaux autorisés`,
    en: (p) => `the household's preference for ${p.channels} is not among the channels allowed`,
  }),
  'channel.preference.first': define<{ channel: string }>({
    fr: (p) => `la préférence du ménage passe en premier\u00a0: ${p.channel}`,
    en: (p) => `the household's preference comes first: ${p.channel}`,
  }),
  'channel.preferences.first': define<{ channels: string; n: number }>({
    fr: (p) => `les préférences du ménage passent en premier (${p.channels}, ${inTurn.fr(p.n)})`,
    en: (p) => `the household's preferences come first (${p.channels}, ${inTurn.en(p.n)})`,
  }),
  'channel.turn.left': define<{ channels: string; n: number }>({
    fr: (p) => `les canaux restants (${p.channels}, ${inTurn.fr(p.n)})`,
    en: (p) => `the channels left (${p.channels}, ${inTurn.en(p.n)})`,
  }),
  'channel.turn.allowed': define<{ channels: string; n: number }>({
    fr: (p) => `les canaux autorisés (${p.channels}, ${inTurn.fr(p.n)})`,
    en: (p) => `the channels allowed (${p.channels}, ${inTurn.en(p.n)})`,
  }),

  // Why a step whose conditions hold is not proposed (after « … n’est pas proposée : »).
  'gate.assignation.from': define<{ date: string }>({
    fr: (p) => `${assignationGate.fr}\u00a0: possible à partir du ${p.date}`,
    en: (p) => `${assignationGate.en}: allowed from ${p.date}`,
  }),
  'gate.assignation.noReferral': define<Record<string, never>>({
    fr: () => `${assignationGate.fr}\u00a0: aucune saisine enregistrée`,
    en: () => `${assignationGate.en}: no referral recorded`,
  }),
  'gate.closed': define<{ gate: string }>({
    fr: (p) => `la condition légale ${p.gate} n’est pas remplie`,
    en: (p) => `the legal gate ${p.gate} is not open`,
  }),
  'gate.surendettement.recevable': define<Record<string, never>>({
    fr: () =>
      'un dossier de surendettement est recevable\u00a0: les procédures d’exécution sont suspendues (code conso L.722-2)',
    en: () => 'a surendettement file is recevable: enforcement is suspended (code conso L.722-2)',
  }),
  'gate.judicialDelays.kept': define<Record<string, never>>({
    fr: () =>
      'les délais de paiement accordés par le juge sont respectés\u00a0: les effets de la clause résolutoire sont suspendus (loi 89-462 art. 24 VII)',
    en: () =>
      'délais de paiement granted by the judge are being kept: the clause résolutoire is suspended (loi 89-462 art. 24 VII)',
  }),
  'gate.frozenDebtOnly': define<{ date: string }>({
    fr: (p) =>
      `seule reste due une dette antérieure au dossier de surendettement (recevable le ${p.date})\u00a0: elle est gelée et ne fait l’objet ni de relance ni de plan d’apurement (code conso L.722-2, L.722-5)`,
    en: (p) =>
      `only debt older than the surendettement file (recevable on ${p.date}) is owed: it is frozen, never reminded nor put in a plan (code conso L.722-2, L.722-5)`,
  }),
  'gate.departed': define<{ date: string }>({
    fr: (p) =>
      `le locataire a quitté le logement le ${p.date}\u00a0: un signalement CAF/MSA, une saisine CCAPEX, une procédure d’expulsion ou un protocole concernent un locataire encore dans les lieux (règle intégrée)`,
    en: (p) =>
      `the tenant left on ${p.date}: a CAF/MSA signalling, a CCAPEX referral, an expulsion procedure or a protocole concern a tenant living in the home (built-in)`,
  }),
  'gate.notDeparted': define<Record<string, never>>({
    fr: () =>
      'le locataire n’a pas quitté le logement\u00a0: le décompte définitif suit la fin du bail (loi 89-462 art. 22)',
    en: () =>
      'the tenant has not left: a final statement (décompte définitif) follows the end of the lease (loi 89-462 art. 22)',
  }),
  'gate.alreadyDone': define<{ date: string }>({
    fr: (p) => `déjà faite le ${p.date}`,
    en: (p) => `already done on ${p.date}`,
  }),
  'gate.refused': define<{ date: string }>({
    fr: (p) => `refusée lors de la validation du ${p.date}`,
    en: (p) => `refused by a person on ${p.date}`,
  }),

  // To whom an action on the tenant's side goes, and the interpreter.
  'addressee.toMandataire': define<{ reason: string }>({
    fr: (p) => `À adresser au mandataire\u00a0: ${p.reason}.`,
    en: (p) => `Addressed to the mandataire: ${p.reason}.`,
  }),
  'addressee.toTenantAndMandataire': define<{ reason: string }>({
    fr: (p) => `À adresser au locataire et au mandataire\u00a0: ${p.reason}.`,
    en: (p) => `Addressed to the tenant and the mandataire: ${p.reason}.`,
  }),
  'addressee.named': define<{ reason: string; name: string }>({
    fr: (p) => `${p.reason} (${p.name})`,
    en: (p) => `${p.reason} (${p.name})`,
  }),
  'addressee.measure.tutelle': define<Record<string, never>>({
    fr: () =>
      'sous tutelle, le tuteur représente le locataire\u00a0; contacts, courriers et plans d’apurement sont adressés au tuteur, jamais au locataire seul',
    en: () =>
      'under tutelle, the tuteur represents the tenant: contacts, letters and plans go to the tuteur, never to the tenant alone',
  }),
  'addressee.measure.habilitationFamiliale': define<Record<string, never>>({
    fr: () =>
      'sous habilitation familiale, la personne habilitée représente le locataire\u00a0; contacts et plans d’apurement lui sont adressés',
    en: () =>
      'under an habilitation familiale, the person authorised represents the tenant: contacts and plans go to them',
  }),
  'addressee.measure.mandatProtectionFuture': define<Record<string, never>>({
    fr: () =>
      'sous mandat de protection future mis à exécution, le mandataire représente le locataire\u00a0; contacts et plans d’apurement lui sont adressés',
    en: () =>
      'under a mandat de protection future in effect, the mandataire represents the tenant: contacts and plans go to them',
  }),
  'addressee.measure.curatelle': define<Record<string, never>>({
    fr: () =>
      'sous curatelle, le curateur assiste le locataire\u00a0; contacts et plans d’apurement sont adressés ensemble au locataire et au curateur',
    en: () =>
      'under curatelle, the curateur assists the tenant: contacts and plans go to the tenant and the curateur together',
  }),
  'addressee.measure.curatelleRenforcee': define<Record<string, never>>({
    fr: () =>
      'sous curatelle renforcée, le curateur perçoit les ressources et paie le loyer\u00a0; contacts et plans d’apurement sont adressés ensemble au curateur et au locataire',
    en: () =>
      'under curatelle renforcée, the curateur receives the income and pays the rent: contacts and plans go to the curateur and the tenant together',
  }),
  'addressee.measure.sauvegarde': define<Record<string, never>>({
    fr: () => sauvegarde.fr,
    en: () => sauvegarde.en,
  }),
  'addressee.measure.sauvegardeNamed': define<{ name: string }>({
    fr: (p) => `${sauvegarde.fr}\u00a0; un mandataire est désigné (${p.name})\u00a0: écrivez-lui aussi`,
    en: (p) => `${sauvegarde.en}; a mandataire is named (${p.name}): write to them too`,
  }),
  'addressee.measure.unknown': define<Record<string, never>>({
    fr: () =>
      'le locataire fait l’objet d’une mesure de protection de nature inconnue\u00a0; écrivez au locataire et au mandataire, et enregistrez la mesure (household.protection)\u00a0; sous tutelle, seul le tuteur peut accepter un plan d’apurement',
    en: () =>
      'the tenant is under a protective measure of unknown kind: write to the tenant and the mandataire, and record the measure (household.protection); under a tutelle only the tuteur may agree a plan',
  }),
  'addressee.interpreter': define<{ language: string }>({
    fr: (p) => `Le ménage a besoin d’un interprète (${p.language})\u00a0: ${interpreterUse.fr}.`,
    en: (p) => `The household needs an interpreter (${p.language}): ${interpreterUse.en}.`,
  }),
  'addressee.interpreter.unknownLanguage': define<Record<string, never>>({
    fr: () =>
      `Le ménage a besoin d’un interprète (langue non renseignée\u00a0: la demander et la saisir dans household.language)\u00a0: ${interpreterUse.fr}.`,
    en: () =>
      `The household needs an interpreter (language not recorded: ask it and record household.language): ${interpreterUse.en}.`,
  }),
});
