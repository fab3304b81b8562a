/**
 * The messages of the command line and of its reports (`explain`, `kpi`, `compare`, summaries).
 *
 * @module
 */
import { define } from './define';
import { byChannelFr, word } from './words';

/** A French noun after a count written by `formatCount`: singular for 0 and 1, as French says them. */
function frPlural(count: string, noun: string): string {
  return count === '0' || count === '1' ? noun : `${noun}s`;
}

/**
 * The messages of the reports and of the command line, by code.
 *
 * @example
 * ```ts
 * REPORT_MESSAGES['explain.level'].fr({ rank: 3, label: 'Impayé constitué' }); // => "Niveau d'alerte 3\u00a0: Impayé constitué"
 * ```
 */
export const REPORT_MESSAGES = Object.freeze({
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
      `${p.accounts} ${frPlural(p.accounts, 'compte')} : ${p.decisions} ${frPlural(p.decisions, 'décision')}, ${p.errors} ${frPlural(p.errors, 'erreur')}${p.seconds === null ? '' : ` en ${p.seconds} s`}`,
    en: (p) =>
      `${p.accounts} accounts: ${p.decisions} decisions, ${p.errors} errors${p.seconds === null ? '' : ` in ${p.seconds} s`}`,
  }),
  'summary.levels': define<Record<string, never>>({ fr: () => 'Niveaux d’alerte :', en: () => 'Alert levels:' }),
  'summary.steps': define<Record<string, never>>({ fr: () => 'Actions du jour\u00a0:', en: () => 'Actions due:' }),
  'summary.channels': define<Record<string, never>>({ fr: () => 'Canaux :', en: () => 'Channels:' }),
  'summary.approvals': define<{ approval: string; due: string; overdue: string }>({
    fr: (p) =>
      `En attente de validation humaine : ${p.approval} ; échéances légales du jour : ${p.due} ; dépassées : ${p.overdue}`,
    en: (p) => `Awaiting human approval: ${p.approval}; legal deadlines due today: ${p.due}; overdue: ${p.overdue}`,
  }),
  'summary.errorRecords': define<{ errors: string; accounts: string }>({
    fr: (p) =>
      p.errors === '1'
        ? `${p.errors} enregistrement sur ${p.accounts} est une erreur, qui nomme sa ligne et le champ en cause (code de sortie 3)`
        : `${p.errors} enregistrements sur ${p.accounts} sont des erreurs, chacune nommant sa ligne et le champ en cause (code de sortie 3)`,
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
