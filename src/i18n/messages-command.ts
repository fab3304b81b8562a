/**
 * The messages of the command's own runs: its usage of each command, what `validate` prints,
 * the demo's header, and what stops a run.
 *
 * @module
 */
import { define } from './define';

/** The messages of the command's runs, by code. */
export const COMMAND_MESSAGES = Object.freeze({
  'command.oneFile': define<{ what: string; usage: string }>({
    fr: (p) =>
      `donnez un seul fichier ${p.what === 'policy' ? 'de politique' : p.what === 'account' ? 'de compte' : 'de comptes'} (ou - pour l’entrée standard)\u00a0: ${p.usage}`,
    en: (p) =>
      `give one ${p.what === 'policy' ? 'policy file' : p.what === 'account' ? 'account file' : 'accounts file'} (or - for standard input): ${p.usage}`,
  }),
  'command.streamStdin': define<{ command: string }>({
    fr: (p) =>
      `--stream lit les comptes sur l’entrée standard\u00a0: hlm-recovery ${p.command} - --stream --as-of <date>`,
    en: (p) => `--stream reads the accounts from standard input: hlm-recovery ${p.command} - --stream --as-of <date>`,
  }),
  'command.streamFormat': define<Record<string, never>>({
    fr: () => '--stream lit et écrit du NDJSON, une ligne par compte\u00a0: retirez --format et --input-format',
    en: () => '--stream reads and writes NDJSON, one line per account: remove --format and --input-format',
  }),
  'command.streamOut': define<Record<string, never>>({
    fr: () => '--stream écrit chaque résultat sur la sortie standard dès qu’il est prêt\u00a0: retirez --out',
    en: () => '--stream writes each result on standard output as soon as it is ready: remove --out',
  }),
  'command.streamError': define<{ line: number; accountId: string }>({
    fr: (p) => `Ligne ${p.line}, compte ${p.accountId}\u00a0: enregistrement en erreur`,
    en: (p) => `Line ${p.line}, account ${p.accountId}: error record`,
  }),
  'command.schemaKind': define<Record<string, never>>({
    fr: () => 'donnez un seul type\u00a0: hlm-recovery schema policy|account|decision|cases',
    en: () => 'give one kind: hlm-recovery schema policy|account|decision|cases',
  }),
  'command.candidateRequired': define<Record<string, never>>({
    fr: () => '--candidate <file> est obligatoire\u00a0: la politique à comparer à la référence',
    en: () => '--candidate <file> is required: the policy to compare with the baseline',
  }),
  'command.langTwice': define<Record<string, never>>({
    fr: () => '--lang est donné deux fois\u00a0: donnez-le une seule fois',
    en: () => '--lang is given twice: give it once',
  }),
  'command.langValue': define<{ value: string }>({
    fr: (p) => `--lang doit valoir fr ou en, et non « ${p.value} »`,
    en: (p) => `--lang must be one of fr, en, not "${p.value}"`,
  }),
  'command.unknown': define<{ command: string }>({
    fr: (p) => `commande inconnue « ${p.command} »\u00a0; lancez hlm-recovery --help`,
    en: (p) => `unknown command "${p.command}"; run hlm-recovery --help`,
  }),
  'command.unknownNear': define<{ command: string; near: string }>({
    fr: (p) =>
      `commande inconnue « ${p.command} » (vouliez-vous dire ${p.near}\u00a0?)\u00a0; lancez hlm-recovery --help`,
    en: (p) => `unknown command "${p.command}" (did you mean ${p.near}?); run hlm-recovery --help`,
  }),
  'command.readingKeyboard': define<Record<string, never>>({
    fr: () => 'hlm-recovery\u00a0: lecture des comptes au clavier (entrée standard)\u00a0; terminez par Ctrl-D',
    en: () => 'hlm-recovery: reading the accounts from the keyboard (standard input); end with Ctrl-D',
  }),
  'command.seeHelp': define<{ command: string }>({
    fr: (p) => `Lancez « hlm-recovery ${p.command}--help » pour l’usage.`,
    en: (p) => `Run "hlm-recovery ${p.command}--help" for usage.`,
  }),
  'command.failed': define<{ text: string }>({
    fr: (p) => `hlm-recovery\u00a0: ${p.text}`,
    en: (p) => `hlm-recovery: ${p.text}`,
  }),
  'command.cannotWrite': define<{ where: string; why: string }>({
    fr: (p) => `hlm-recovery\u00a0: impossible d’écrire ${p.where}\u00a0: ${p.why}`,
    en: (p) => `hlm-recovery: cannot write ${p.where}: ${p.why}`,
  }),
  'command.cannotRead': define<{ path: string; why: string }>({
    fr: (p) => `hlm-recovery\u00a0: impossible de lire ${p.path}\u00a0: ${p.why}`,
    en: (p) => `hlm-recovery: cannot read ${p.path}: ${p.why}`,
  }),
  'command.theInput': define<Record<string, never>>({
    fr: () => 'l’entrée',
    en: () => 'the input',
  }),
  'command.unexpected': define<{ error: string }>({
    fr: (p) =>
      `hlm-recovery\u00a0: erreur inattendue\u00a0: ${p.error} (un défaut du logiciel\u00a0: signalez-le avec la commande lancée)`,
    en: (p) => `hlm-recovery: unexpected error: ${p.error} (a bug: please report it with the command you ran)`,
  }),
  'validate.warning': define<{ text: string }>({
    fr: (p) => `avertissement\u00a0: ${p.text}`,
    en: (p) => `warning: ${p.text}`,
  }),
  'validate.problems': define<{ file: string; count: string }>({
    fr: (p) => `${p.file}\u00a0: ${p.count} problème(s)`,
    en: (p) => `${p.file}: ${p.count} problem(s)`,
  }),
  'validate.issue': define<{ path: string; text: string }>({
    fr: (p) => `${p.path}\u00a0: ${p.text}`,
    en: (p) => `${p.path}: ${p.text}`,
  }),
  'validate.valid': define<{ file: string; versions: string }>({
    fr: (p) => `${p.file}\u00a0: valide — ${p.versions}`,
    en: (p) => `${p.file}: valid — ${p.versions}`,
  }),
  'validate.version': define<{ id: string; version: string; from: string }>({
    fr: (p) => `${p.id} ${p.version} (à partir du ${p.from})`,
    en: (p) => `${p.id} ${p.version} (from ${p.from})`,
  }),
  'validate.versionTo': define<{ id: string; version: string; from: string; to: string }>({
    fr: (p) => `${p.id} ${p.version} (du ${p.from} au ${p.to})`,
    en: (p) => `${p.id} ${p.version} (from ${p.from} to ${p.to})`,
  }),
  'demo.header': define<{ seed: string; asOf: string; version: string }>({
    fr: (p) => `Portefeuille de démonstration\u00a0: graine ${p.seed}, au ${p.asOf}, politique par défaut ${p.version}`,
    en: (p) => `Demo portfolio: seed ${p.seed}, as of ${p.asOf}, default policy ${p.version}`,
  }),
});
