/**
 * The messages of the `changes` command: the officers' worklist of what is new today (accounts
 * whose decision changed since the previous run, new, gone, error records), its header and
 * counts, and the command's usage and notes.
 *
 * @module
 */
import { define } from './define';

/** A French noun after a count written by `formatCount`: singular for 0 and 1, as French says them. */
function fr(count: string, noun: string, plural = `${noun}s`): string {
  return count === '0' || count === '1' ? `${count} ${noun}` : `${count} ${plural}`;
}

/** An English noun after a count: singular for 1 only. */
function en(count: string, noun: string, plural = `${noun}s`): string {
  return count === '1' ? `${count} ${noun}` : `${count} ${plural}`;
}

type None = Record<string, never>;

/**
 * The messages of the `changes` command, by code.
 *
 * @example
 * ```ts
 * CHANGES_MESSAGES['changes.group.levelUp'].fr({ count: '2' }); // => 'Niveau en hausse (2)\u00a0:'
 * ```
 */
export const CHANGES_MESSAGES = Object.freeze({
  'changes.header': define<{ from: string | null; to: string | null }>({
    fr: (p) =>
      `Changements entre l’exécution précédente${p.from === null ? '' : ` (au ${p.from})`} et l’exécution actuelle${p.to === null ? '' : ` (au ${p.to})`}`,
    en: (p) =>
      `Changes between the previous run${p.from === null ? '' : ` (as of ${p.from})`} and the current run${p.to === null ? '' : ` (as of ${p.to})`}`,
  }),
  'changes.runs': define<{ previous: string; previousErrors: string; current: string; currentErrors: string }>({
    fr: (p) =>
      `Exécution précédente\u00a0: ${fr(p.previous, 'enregistrement')} dont ${fr(p.previousErrors, 'erreur')}\u00a0; actuelle\u00a0: ${fr(p.current, 'enregistrement')} dont ${fr(p.currentErrors, 'erreur')}`,
    en: (p) =>
      `Previous run: ${en(p.previous, 'record')}, ${en(p.previousErrors, 'error')}; current run: ${en(p.current, 'record')}, ${en(p.currentErrors, 'error')}`,
  }),
  'changes.counts': define<{
    compared: string;
    unchanged: string;
    changed: string;
    added: string;
    gone: string;
    errors: string;
  }>({
    fr: (p) =>
      `Comptes comparés\u00a0: ${p.compared} (inchangés\u00a0: ${p.unchanged}, changés\u00a0: ${p.changed})\u00a0; nouveaux\u00a0: ${p.added}\u00a0; sortis\u00a0: ${p.gone}\u00a0; erreurs\u00a0: ${p.errors}`,
    en: (p) =>
      `Accounts compared: ${p.compared} (unchanged: ${p.unchanged}, changed: ${p.changed}); new: ${p.added}; gone: ${p.gone}; errors: ${p.errors}`,
  }),
  'changes.none': define<None>({
    fr: () => 'Rien de nouveau\u00a0: aucun compte n’a changé, aucun n’est apparu ni sorti, aucune erreur.',
    en: () => 'Nothing new: no account changed, appeared or left, and no error.',
  }),
  'changes.group.levelUp': define<{ count: string }>({
    fr: (p) => `Niveau en hausse (${p.count})\u00a0:`,
    en: (p) => `Alert level up (${p.count}):`,
  }),
  'changes.group.levelDown': define<{ count: string }>({
    fr: (p) => `Niveau en baisse (${p.count})\u00a0:`,
    en: (p) => `Alert level down (${p.count}):`,
  }),
  'changes.group.level': define<{ count: string }>({
    fr: (p) => `Autre niveau, de même rang (${p.count})\u00a0:`,
    en: (p) => `Another alert level of the same rank (${p.count}):`,
  }),
  'changes.group.steps': define<{ count: string }>({
    fr: (p) => `Étapes changées (${p.count})\u00a0:`,
    en: (p) => `Steps changed (${p.count}):`,
  }),
  'changes.group.channel': define<{ count: string }>({
    fr: (p) => `Canal changé (${p.count})\u00a0:`,
    en: (p) => `Channel changed (${p.count}):`,
  }),
  'changes.group.obligations': define<{ count: string }>({
    fr: (p) => `Obligations légales changées (${p.count})\u00a0:`,
    en: (p) => `Legal obligations changed (${p.count}):`,
  }),
  'changes.group.new': define<{ count: string }>({
    fr: (p) => `Nouveaux comptes (${p.count})\u00a0:`,
    en: (p) => `New accounts (${p.count}):`,
  }),
  'changes.group.gone': define<{ count: string }>({
    fr: (p) => `Comptes sortis de l’exécution actuelle (${p.count})\u00a0:`,
    en: (p) => `Accounts gone from the current run (${p.count}):`,
  }),
  'changes.group.errors': define<{ count: string }>({
    fr: (p) => `Enregistrements en erreur (${p.count})\u00a0:`,
    en: (p) => `Error records (${p.count}):`,
  }),
  'changes.account': define<{ accountId: string; line: string | null; amount: string | null }>({
    fr: (p) =>
      `  ${p.accountId}${p.line === null ? '' : ` (ligne ${p.line})`}${p.amount === null ? '' : ` — montant dû\u00a0: ${p.amount}`}`,
    en: (p) =>
      `  ${p.accountId}${p.line === null ? '' : ` (line ${p.line})`}${p.amount === null ? '' : ` — amount due: ${p.amount}`}`,
  }),
  'changes.moved': define<{ before: string; after: string }>({
    fr: (p) => `${p.before} → ${p.after}`,
    en: (p) => `${p.before} → ${p.after}`,
  }),
  'changes.detail.level': define<{ before: string; after: string }>({
    fr: (p) => `    niveau\u00a0: ${p.before} → ${p.after}`,
    en: (p) => `    alert level: ${p.before} → ${p.after}`,
  }),
  'changes.detail.steps': define<{ before: string; after: string }>({
    fr: (p) => `    étapes\u00a0: ${p.before} → ${p.after}`,
    en: (p) => `    steps: ${p.before} → ${p.after}`,
  }),
  'changes.detail.channel': define<{ before: string; after: string }>({
    fr: (p) => `    canal\u00a0: ${p.before} → ${p.after}`,
    en: (p) => `    channel: ${p.before} → ${p.after}`,
  }),
  'changes.detail.obligationAdded': define<{ code: string; date: string; status: string }>({
    fr: (p) => `    + obligation ${p.code} au ${p.date} (${p.status})`,
    en: (p) => `    + obligation ${p.code} on ${p.date} (${p.status})`,
  }),
  'changes.detail.obligationRemoved': define<{ code: string; date: string; status: string }>({
    fr: (p) => `    − obligation ${p.code} au ${p.date} (${p.status}), plus dans la décision`,
    en: (p) => `    − obligation ${p.code} on ${p.date} (${p.status}), no longer in the decision`,
  }),
  'changes.detail.obligationMoved': define<{
    code: string;
    beforeDate: string;
    beforeStatus: string;
    afterDate: string;
    afterStatus: string;
  }>({
    fr: (p) =>
      `    obligation ${p.code}\u00a0: ${p.beforeDate} (${p.beforeStatus}) → ${p.afterDate} (${p.afterStatus})`,
    en: (p) => `    obligation ${p.code}: ${p.beforeDate} (${p.beforeStatus}) → ${p.afterDate} (${p.afterStatus})`,
  }),
  'changes.level': define<{ rank: string; label: string }>({
    fr: (p) => `${p.rank} ${p.label}`,
    en: (p) => `${p.rank} ${p.label}`,
  }),
  'changes.stepsOn': define<{ steps: string; date: string }>({
    fr: (p) => `${p.steps} le ${p.date}`,
    en: (p) => `${p.steps} on ${p.date}`,
  }),
  'changes.noSteps': define<None>({ fr: () => 'aucune', en: () => 'none' }),
  'changes.noChannel': define<None>({ fr: () => 'aucun', en: () => 'none' }),
  'changes.decision': define<{ level: string; steps: string; channel: string | null }>({
    fr: (p) =>
      `    niveau ${p.level}\u00a0; étapes\u00a0: ${p.steps}${p.channel === null ? '' : `\u00a0; canal\u00a0: ${p.channel}`}`,
    en: (p) => `    alert level ${p.level}; steps: ${p.steps}${p.channel === null ? '' : `; channel: ${p.channel}`}`,
  }),
  'changes.was': define<{ level: string; steps: string }>({
    fr: (p) => `    était au niveau ${p.level}\u00a0; étapes\u00a0: ${p.steps}`,
    en: (p) => `    was at alert level ${p.level}; steps: ${p.steps}`,
  }),
  'changes.error': define<{ run: string; line: string | null; accountId: string | null; reason: string }>({
    fr: (p) =>
      `  ${p.run}${p.line === null ? '' : `, ligne ${p.line}`}${p.accountId === null ? '' : `, compte ${p.accountId}`}\u00a0: ${p.reason}`,
    en: (p) =>
      `  ${p.run}${p.line === null ? '' : `, line ${p.line}`}${p.accountId === null ? '' : `, account ${p.accountId}`}: ${p.reason}`,
  }),
  'changes.run.previous': define<None>({ fr: () => 'exécution précédente', en: () => 'previous run' }),
  'changes.run.current': define<None>({ fr: () => 'exécution actuelle', en: () => 'current run' }),
  'changes.reason.errorRecord': define<{ inputLine: string | null }>({
    fr: (p) =>
      `l’évaluation n’a pas pu décider ce compte${p.inputLine === null ? '' : ` (ligne ${p.inputLine} du fichier des comptes)`}`,
    en: (p) =>
      `the evaluation could not decide this account${p.inputLine === null ? '' : ` (line ${p.inputLine} of the accounts file)`}`,
  }),
  'changes.reason.unreadable': define<None>({
    fr: () => 'ligne illisible (pas un objet JSON sur une ligne)',
    en: () => 'unreadable line (not a JSON object on one line)',
  }),
  'changes.reason.notARecord': define<None>({
    fr: () => 'ni une décision ni un enregistrement en erreur tels qu’evaluate les écrit',
    en: () => 'neither a decision nor an error record as evaluate writes them',
  }),
  'changes.reason.duplicate': define<{ first: string }>({
    fr: (p) => `compte en double dans la même exécution\u00a0: seul celui de la ligne ${p.first} est comparé`,
    en: (p) => `account twice in the same run: only the one on line ${p.first} is compared`,
  }),
  'changes.issue': define<{ text: string }>({
    fr: (p) => `    ${p.text}`,
    en: (p) => `    ${p.text}`,
  }),
  'changes.otherBefore': define<{ level: string; steps: string }>({
    fr: (p) => `    dans l’exécution précédente\u00a0: niveau ${p.level}\u00a0; étapes\u00a0: ${p.steps}`,
    en: (p) => `    in the previous run: alert level ${p.level}; steps: ${p.steps}`,
  }),
  'changes.otherAfter': define<{ level: string; steps: string }>({
    fr: (p) => `    dans l’exécution actuelle\u00a0: niveau ${p.level}\u00a0; étapes\u00a0: ${p.steps}`,
    en: (p) => `    in the current run: alert level ${p.level}; steps: ${p.steps}`,
  }),
  'changes.errorNote': define<{ errors: string; previous: string; current: string }>({
    fr: (p) =>
      `${p.errors === '0' || p.errors === '1' ? `${p.errors} enregistrement en erreur` : `${p.errors} enregistrements en erreur`} (exécution précédente\u00a0: ${p.previous}, actuelle\u00a0: ${p.current}), chacun listé avec sa ligne (code de sortie 3)`,
    en: (p) =>
      `${en(p.errors, 'error record')} (previous run: ${p.previous}, current run: ${p.current}), each listed with its line (exit code 3)`,
  }),
  'changes.orderWarning': define<{ previous: string; current: string }>({
    fr: (p) =>
      `hlm-recovery\u00a0: attention, l’exécution précédente (au ${p.previous}) est plus récente que l’actuelle (au ${p.current})\u00a0: les deux fichiers sont-ils inversés\u00a0? (hlm-recovery changes <précédent> <actuel>)`,
    en: (p) =>
      `hlm-recovery: warning, the previous run (as of ${p.previous}) is later than the current one (as of ${p.current}): are the two files the wrong way round? (hlm-recovery changes <previous> <current>)`,
  }),
  'changes.twoFiles': define<None>({
    fr: () =>
      'donnez deux fichiers, la sortie d’evaluate de l’exécution précédente puis celle de l’actuelle\u00a0: hlm-recovery changes <précédent.ndjson> <actuel.ndjson>',
    en: () =>
      'give two files, the output of evaluate for the previous run then for the current one: hlm-recovery changes <previous.ndjson> <current.ndjson>',
  }),
  'changes.what': define<None>({
    fr: () => 'la sortie d’evaluate (NDJSON)',
    en: () => 'the output of evaluate (NDJSON)',
  }),
  'changes.bothStdin': define<None>({
    fr: () => 'un seul des deux fichiers peut être - (l’entrée standard)\u00a0: donnez l’autre par son nom',
    en: () => 'only one of the two files can be - (standard input): name the other one',
  }),
  'changes.csvInput': define<{ file: string }>({
    fr: (p) =>
      `${p.file} est un CSV\u00a0: changes lit la sortie NDJSON (ou JSON) d’evaluate, qui porte les obligations\u00a0; relancez evaluate avec --format ndjson`,
    en: (p) =>
      `${p.file} is a CSV: changes reads the NDJSON (or JSON) output of evaluate, which carries the obligations; run evaluate again with --format ndjson`,
  }),
});
