/**
 * The message catalogue: every text a person reads, by code, in French and in English, rendered
 * from the data of what it says. A code has a text in both languages or the library does not
 * compile (and a test renders each one in both).
 *
 * The codes are stable and English; the texts may be reworded. The values come already formatted
 * for the locale (money, rates, dates: see `format.ts`), except where the function of a text
 * formats them itself.
 *
 * @module
 */
import type { Locale } from './locale';

/** The values a message is rendered from. */
export type MessageParams = Readonly<Record<string, string | number | null>>;

/** One message: its text in each locale, from its values. */
export type MessageDefinition<P extends MessageParams> = { readonly [L in Locale]: (p: P) => string };

const define = <P extends MessageParams>(m: MessageDefinition<P>): MessageDefinition<P> => Object.freeze(m);

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
  planStatus: {
    fr: { kept: 'tenu', late: 'en retard', broken: 'rompu', finished: 'soldé' },
    en: { kept: 'kept', late: 'late', broken: 'broken', finished: 'finished' },
  },
} as const;

/** "by letter", "en interne": how French says through which channel. */
function byChannelFr(channel: string): string {
  return channel === 'internal' ? 'en interne' : `par ${word('channel', channel, 'fr')}`;
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

/**
 * Every message, by code.
 *
 * @example
 * ```ts
 * MESSAGES['explain.level'].fr({ rank: 3, label: 'Impayé constitué' }); // => "Niveau d'alerte 3\u00a0: Impayé constitué"
 * ```
 */
export const MESSAGES = Object.freeze({
  'explain.header': define<{ accountId: string; asOf: string; policyId: string; policyVersion: string }>({
    fr: (p) => `Compte ${p.accountId} au ${p.asOf} — politique ${p.policyId} ${p.policyVersion}`,
    en: (p) => `Account ${p.accountId} on ${p.asOf} — policy ${p.policyId} ${p.policyVersion}`,
  }),
  'explain.level': define<{ rank: number; label: string }>({
    fr: (p) => `Niveau d'alerte ${p.rank} : ${p.label}`,
    en: (p) => `Alert level ${p.rank}: ${p.label}`,
  }),
  'explain.actions.none': define<Record<string, never>>({
    fr: () => 'Actions du jour : aucune',
    en: () => 'Actions today: none',
  }),
  'explain.actions.heading': define<Record<string, never>>({
    fr: () => 'Actions du jour :',
    en: () => 'Actions today:',
  }),
  'explain.action': define<{
    n: number;
    label: string;
    step: string;
    role: string;
    addressee: string;
    channel: string;
    date: string;
    interpreter: string | null;
    approval: number;
  }>({
    fr: (p) =>
      `  ${p.n}. ${p.label} (${p.step}) — ${word('role', p.role, 'fr')}, ${word('addressee', p.addressee, 'fr')}, ${byChannelFr(p.channel)} le ${p.date}${p.interpreter === null ? '' : `, avec un interprète (${p.interpreter})`}${p.approval ? ' — une personne doit d’abord la valider' : ''}`,
    en: (p) =>
      `  ${p.n}. ${p.label} (${p.step}) — ${word('role', p.role, 'en')}, ${word('addressee', p.addressee, 'en')}, by ${word('channel', p.channel, 'en')} on ${p.date}${p.interpreter === null ? '' : `, with an interpreter (${p.interpreter})`}${p.approval ? ' — a person must approve it first' : ''}`,
  }),
  'explain.interpreter.unknownLanguage': define<Record<string, never>>({
    fr: () => 'langue à demander',
    en: () => 'language to ask',
  }),
  'explain.obligations.heading': define<Record<string, never>>({
    fr: () => 'Obligations légales :',
    en: () => 'Legal obligations:',
  }),
  'explain.obligation': define<{ date: string; code: string; kind: string; status: string; basis: string }>({
    fr: (p) =>
      `  ${p.date}  ${p.code} (${word('obligationKind', p.kind, 'fr')}, ${word('obligationStatus', p.status, 'fr')}) — ${p.basis}`,
    en: (p) => `  ${p.date}  ${p.code} (${p.kind}, ${p.status}) — ${p.basis}`,
  }),
  'explain.plan.onFile': define<{ kind: string; status: string; next: string | null; nextOn: string | null }>({
    fr: (p) =>
      `Plan en place : ${word('planKind', p.kind, 'fr')}, ${word('planStatus', p.status, 'fr')}${p.next === null ? '' : ` — prochaine échéance ${p.next} le ${p.nextOn}`}`,
    en: (p) =>
      `Plan on file: ${p.kind}, ${p.status}${p.next === null ? '' : ` — next instalment ${p.next} on ${p.nextOn}`}`,
  }),
  'explain.plan.proposed': define<{ months: number; instalment: string; max: string | null; warning: number }>({
    fr: (p) =>
      `Plan d'apurement : ${p.months} échéance${p.months > 1 ? 's' : ''} de ${p.instalment} (au plus ${p.max} par mois)${p.warning ? ' — attention : taux d’effort au-dessus du plafond' : ''}`,
    en: (p) =>
      `Repayment plan: ${p.months} instalments of ${p.instalment} (at most ${p.max} a month)${p.warning ? ' — warning: effort rate above the cap' : ''}`,
  }),
  'explain.plan.noneAffordable': define<Record<string, never>>({
    fr: () => "Plan d'apurement : aucun n'est soutenable",
    en: () => 'Repayment plan: none affordable',
  }),
  'explain.plan.noneProposed': define<Record<string, never>>({
    fr: () => "Plan d'apurement : aucun n'est proposé",
    en: () => 'Repayment plan: none proposed',
  }),
  'explain.prevention': define<{ message: string }>({
    fr: (p) => `Prévention : ${p.message}`,
    en: (p) => `Prevention: ${p.message}`,
  }),
  'explain.why': define<Record<string, never>>({
    fr: () => 'Pourquoi :',
    en: () => 'Why:',
  }),
  'explain.why.entry': define<{ text: string; source: string }>({
    fr: (p) => `  - ${p.text} [${p.source}]`,
    en: (p) => `  - ${p.text} [${p.source}]`,
  }),
  'kpi.header': define<{ asOf: string; from: string; accounts: string; errors: string | null }>({
    fr: (p) =>
      `Indicateurs de recouvrement au ${p.asOf}, sur les 12 mois depuis le ${p.from} (exclu) : ${p.accounts} comptes${p.errors === null ? '' : `, ${p.errors} erreurs`}`,
    en: (p) =>
      `Recovery indicators as of ${p.asOf}, over the 12 months from ${p.from} (excluded): ${p.accounts} accounts${p.errors === null ? '' : `, ${p.errors} errors`}`,
  }),
  'kpi.billing': define<Record<string, never>>({ fr: () => 'Quittancement', en: () => 'Billing (quittancement)' }),
  'kpi.receivables': define<Record<string, never>>({
    fr: () => 'Créances locatives',
    en: () => 'Receivables (créances locatives)',
  }),
  'kpi.receivablesAtStart': define<Record<string, never>>({
    fr: () => '  un an plus tôt',
    en: () => '  a year earlier',
  }),
  'kpi.collections': define<Record<string, never>>({
    fr: () => 'Encaissements',
    en: () => 'Collections (encaissements)',
  }),
  'kpi.recoveryRate': define<Record<string, never>>({
    fr: () => 'Taux de recouvrement',
    en: () => 'Recovery rate (taux de recouvrement)',
  }),
  'kpi.arrearsRate': define<Record<string, never>>({
    fr: () => 'Taux d’impayés',
    en: () => 'Arrears rate (taux d’impayés)',
  }),
  'kpi.debtInMonths': define<Record<string, never>>({
    fr: () => 'Dette en mois de quittancement',
    en: () => 'Debt in months of billing',
  }),
  'kpi.dso': define<Record<string, never>>({
    fr: () => 'Délai moyen de paiement (jours)',
    en: () => 'Average payment delay (DSO), days',
  }),
  'kpi.notAvailable': define<Record<string, never>>({ fr: () => 'n.d.', en: () => 'n/a' }),
  'kpi.ageing.heading': define<Record<string, never>>({
    fr: () => 'Créances par ancienneté de la dette (mois) :',
    en: () => 'Receivables by age of the debt (months):',
  }),
  'kpi.segment.accounts': define<Record<string, never>>({ fr: () => 'comptes', en: () => 'accounts' }),
  'kpi.segment.inArrears': define<Record<string, never>>({ fr: () => 'en impayé', en: () => 'in arrears' }),
  'kpi.segment.receivables': define<Record<string, never>>({ fr: () => 'créances', en: () => 'receivables' }),
  'kpi.segment.arrearsRate': define<Record<string, never>>({ fr: () => 'taux d’impayés', en: () => 'arrears rate' }),
  'kpi.segment.current': define<Record<string, never>>({
    fr: () => 'Locataires en place',
    en: () => 'Current tenants',
  }),
  'kpi.segment.departed': define<Record<string, never>>({
    fr: () => 'Locataires partis',
    en: () => 'Departed tenants',
  }),
  'kpi.segment.department': define<{ department: string }>({
    fr: (p) => `Département ${p.department}`,
    en: (p) => `Department ${p.department}`,
  }),
  'kpi.levels.heading': define<Record<string, never>>({
    fr: () => 'Comptes par niveau d’alerte :',
    en: () => 'Accounts by alert level:',
  }),
  'kpi.levels.none': define<Record<string, never>>({
    fr: () => '  aucun (aucun compte décidé)',
    en: () => '  none (no account decided)',
  }),
  'kpi.procedure': define<{ caf: string; ccapex: string; commandement: string; assignation: string }>({
    fr: (p) =>
      `Procédure (comptes en impayé) : signalement CAF ${p.caf}, saisine CCAPEX ${p.ccapex}, commandement de payer ${p.commandement}, assignation ${p.assignation}`,
    en: (p) =>
      `Procedure (accounts in arrears): CAF signalled ${p.caf}, CCAPEX referred ${p.ccapex}, commandement ${p.commandement}, assignation ${p.assignation}`,
  }),
  'kpi.plans': define<{ active: string; kept: string }>({
    fr: (p) => `Plans d’apurement : ${p.active} en cours, ${p.kept} tenus`,
    en: (p) => `Repayment plans (plans d’apurement): ${p.active} active, ${p.kept} kept`,
  }),
  'summary.header': define<{ accounts: string; decisions: string; errors: string; seconds: string | null }>({
    fr: (p) =>
      `${p.accounts} comptes : ${p.decisions} décisions, ${p.errors} erreurs${p.seconds === null ? '' : ` en ${p.seconds} s`}`,
    en: (p) =>
      `${p.accounts} accounts: ${p.decisions} decisions, ${p.errors} errors${p.seconds === null ? '' : ` in ${p.seconds} s`}`,
  }),
  'summary.levels': define<Record<string, never>>({ fr: () => 'Niveaux d’alerte :', en: () => 'Alert levels:' }),
  'summary.steps': define<Record<string, never>>({ fr: () => 'Prochaines étapes :', en: () => 'Next steps:' }),
  'summary.channels': define<Record<string, never>>({ fr: () => 'Canaux :', en: () => 'Channels:' }),
  'summary.approvals': define<{ approval: string; due: string; overdue: string }>({
    fr: (p) =>
      `En attente de validation humaine : ${p.approval} ; échéances légales du jour : ${p.due} ; dépassées : ${p.overdue}`,
    en: (p) => `Awaiting human approval: ${p.approval}; legal deadlines due today: ${p.due}; overdue: ${p.overdue}`,
  }),
  'summary.errorRecords': define<{ errors: string; accounts: string }>({
    fr: (p) =>
      `${p.errors} enregistrements sur ${p.accounts} sont des erreurs, chacune nommant sa ligne et le champ en cause (code de sortie 3)`,
    en: (p) =>
      `${p.errors} of ${p.accounts} records are error records, each naming its line and the field at fault (exit code 3)`,
  }),
  'progress.line': define<{ done: string; rate: string; left: string | null }>({
    fr: (p) => `${p.done} comptes, ${p.rate}/s${p.left === null ? '' : `, encore environ ${p.left} s`}`,
    en: (p) => `${p.done} accounts, ${p.rate}/s${p.left === null ? '' : `, about ${p.left} s left`}`,
  }),
  'compare.header': define<{ asOf: string; accounts: string; unreadable: string | null }>({
    fr: (p) =>
      `Comparaison de politiques au ${p.asOf}\u00a0: ${p.accounts} comptes${p.unreadable === null ? '' : `, ${p.unreadable} illisibles`}`,
    en: (p) =>
      `Policy comparison as of ${p.asOf}: ${p.accounts} accounts${p.unreadable === null ? '' : `, ${p.unreadable} unreadable`}`,
  }),
  'compare.policies': define<{ baseline: string; candidate: string }>({
    fr: (p) => `Référence\u00a0: ${p.baseline}   Candidate\u00a0: ${p.candidate}`,
    en: (p) => `Baseline: ${p.baseline}   Candidate: ${p.candidate}`,
  }),
  'compare.columns': define<Record<string, never>>({
    fr: () => 'référence|candidate|écart',
    en: () => 'baseline|candidate|change',
  }),
  'compare.decisions': define<Record<string, never>>({ fr: () => 'Décisions', en: () => 'Decisions' }),
  'compare.errors': define<Record<string, never>>({ fr: () => 'Erreurs', en: () => 'Errors' }),
  'compare.level': define<{ level: string }>({
    fr: (p) => `Niveau d’alerte ${p.level}`,
    en: (p) => `Alert level ${p.level}`,
  }),
  'compare.actions': define<Record<string, never>>({ fr: () => 'Actions proposées', en: () => 'Actions proposed' }),
  'compare.contacts': define<Record<string, never>>({
    fr: () => '  contacts avec le locataire',
    en: () => '  contacts with the tenant',
  }),
  'compare.byChannel': define<{ channel: string }>({
    fr: (p) => `  ${byChannelFr(p.channel)}`,
    en: (p) => `  by ${p.channel}`,
  }),
  'compare.work.officerCalls': define<Record<string, never>>({
    fr: () => 'Chargés de recouvrement\u00a0: appels',
    en: () => 'Recovery officers: phone calls',
  }),
  'compare.work.appointments': define<Record<string, never>>({
    fr: () => 'Chargés de recouvrement\u00a0: rendez-vous',
    en: () => 'Recovery officers: appointments',
  }),
  'compare.work.homeVisits': define<Record<string, never>>({
    fr: () => 'Conseillers sociaux\u00a0: visites à domicile',
    en: () => 'Social advisers: home visits',
  }),
  'compare.work.socialReviews': define<Record<string, never>>({
    fr: () => 'Conseillers sociaux\u00a0: examens CESF',
    en: () => 'Social advisers: CESF reviews',
  }),
  'compare.work.fslReferrals': define<Record<string, never>>({
    fr: () => 'Conseillers sociaux\u00a0: saisines FSL',
    en: () => 'Social advisers: FSL referrals',
  }),
  'compare.work.legalActs': define<Record<string, never>>({
    fr: () => 'Commissaire de justice\u00a0: actes',
    en: () => 'Commissaire de justice: legal acts',
  }),
  'compare.work.awaitingApproval': define<Record<string, never>>({
    fr: () => 'En attente de validation humaine',
    en: () => 'Awaiting human approval',
  }),
  'compare.plans': define<Record<string, never>>({
    fr: () => 'Plans d’apurement proposés',
    en: () => 'Repayment plans proposed',
  }),
  'compare.overdue': define<Record<string, never>>({
    fr: () => 'Échéances légales dépassées',
    en: () => 'Legal deadlines overdue',
  }),
  'compare.planDebt': define<{ baseline: string; candidate: string }>({
    fr: (p) => `Dette sous plans proposés\u00a0: ${p.baseline} → ${p.candidate}`,
    en: (p) => `Debt under proposed plans: ${p.baseline} → ${p.candidate}`,
  }),
  'compare.changed': define<{ accounts: string; up: string; down: string; steps: string; channels: string }>({
    fr: (p) =>
      `Comptes dont la décision change\u00a0: ${p.accounts} (niveau d’alerte en hausse ${p.up}, en baisse ${p.down}\u00a0; étapes ${p.steps}\u00a0; canal ${p.channels})`,
    en: (p) =>
      `Accounts whose decision changes: ${p.accounts} (alert level up ${p.up}, down ${p.down}; next step ${p.steps}; channel ${p.channels})`,
  }),
  'compare.levelMoves': define<Record<string, never>>({
    fr: () => 'Mouvements de niveau d’alerte\u00a0:',
    en: () => 'Alert level moves:',
  }),
  'compare.stepMoves': define<Record<string, never>>({
    fr: () => 'Mouvements d’étapes\u00a0:',
    en: () => 'Next step moves:',
  }),
  'compare.changes': define<{ listed: string | null }>({
    fr: (p) =>
      `Comptes modifiés${p.listed === null ? '' : ` (les ${p.listed} premiers\u00a0; --format csv les liste tous)`}\u00a0:`,
    en: (p) => `Changed accounts${p.listed === null ? '' : ` (first ${p.listed}; --format csv lists them all)`}:`,
  }),
  'compare.noStep': define<Record<string, never>>({ fr: () => 'aucune étape', en: () => 'no step' }),
  'compare.byChannelWord': define<{ channel: string }>({
    fr: (p) => ` ${byChannelFr(p.channel)}`,
    en: (p) => ` by ${p.channel}`,
  }),
});

/** A code of the catalogue. */
export type MessageCode = keyof typeof MESSAGES;

/** The values of a message of the catalogue. */
export type ParamsOf<C extends MessageCode> = Parameters<(typeof MESSAGES)[C]['fr']>[0];

/**
 * Renders a message of the catalogue.
 *
 * @param code - Its code.
 * @param params - Its values, already formatted for the locale.
 * @param locale - `fr` or `en`.
 * @returns The text.
 * @example
 * ```ts
 * message('explain.why', {}, 'fr'); // => 'Pourquoi\u00a0:'
 * ```
 */
export function message<C extends MessageCode>(code: C, params: ParamsOf<C>, locale: Locale): string {
  const m = MESSAGES[code] as unknown as MessageDefinition<ParamsOf<C>>;
  return m[locale](params);
}

/**
 * The renderer of a locale: `message` with the locale given once.
 *
 * @param locale - `fr` or `en`.
 * @returns A function of a code and its values.
 * @example
 * ```ts
 * translator('en')('explain.why', {}); // => 'Why:'
 * ```
 */
export function translator(locale: Locale): <C extends MessageCode>(code: C, params: ParamsOf<C>) => string {
  return (code, params) => message(code, params, locale);
}
