/**
 * The messages of the command line: usage errors (an unknown option, a missing value…), files
 * that cannot be read or written and why, and what the command says on stderr. Options, file
 * names and values stay as they are written, in both languages.
 *
 * @module
 */
import { define } from './define';

/** A message with no values. */
type None = Record<string, never>;

/**
 * The messages of the command line, by code.
 *
 * @example
 * ```ts
 * CLI_MESSAGES['cli.cannotRead'].fr({ path: 'p.json', why: 'c’est un dossier, pas un fichier' });
 * // => 'impossible de lire p.json\u00a0: c’est un dossier, pas un fichier'
 * ```
 */
export const CLI_MESSAGES = Object.freeze({
  // Options.
  'cli.asOfRequired': define<None>({
    fr: () => '--as-of <date> est obligatoire\u00a0: la date d’évaluation, par exemple --as-of 2026-11-23',
    en: () => '--as-of <date> is required: the evaluation date, e.g. --as-of 2026-11-23',
  }),
  'cli.unknownOption.near': define<{ option: string; near: string }>({
    fr: (p) => `option inconnue ${p.option} (vouliez-vous dire ${p.near}\u00a0?)`,
    en: (p) => `unknown option ${p.option} (did you mean ${p.near}?)`,
  }),
  'cli.unknownOption.none': define<{ option: string; command: string }>({
    fr: (p) => `option inconnue ${p.option}\u00a0: ${p.command} ne prend aucune option`,
    en: (p) => `unknown option ${p.option}: ${p.command} takes no option`,
  }),
  'cli.unknownOption.list': define<{ option: string; command: string; options: string }>({
    fr: (p) => `option inconnue ${p.option}\u00a0; les options de ${p.command} sont ${p.options}`,
    en: (p) => `unknown option ${p.option}; ${p.command} takes ${p.options}`,
  }),
  'cli.or': define<{ a: string; b: string }>({
    fr: (p) => `${p.a} ou ${p.b}`,
    en: (p) => `${p.a} or ${p.b}`,
  }),
  'cli.optionTwice': define<{ option: string }>({
    fr: (p) => `l’option ${p.option} est donnée deux fois\u00a0: donnez-la une seule fois`,
    en: (p) => `${p.option} is given twice: give it once`,
  }),
  'cli.optionTwice.first': define<{ option: string; first: string }>({
    fr: (p) =>
      `l’option ${p.option} est donnée deux fois (d’abord «\u00a0${p.first}\u00a0»)\u00a0: donnez-la une seule fois`,
    en: (p) => `${p.option} is given twice ("${p.first}" first): give it once`,
  }),
  'cli.flagWithValue': define<{ option: string }>({
    fr: (p) => `l’option ${p.option} ne prend pas de valeur\u00a0: écrivez ${p.option} seule`,
    en: (p) => `${p.option} takes no value: write ${p.option} alone`,
  }),
  'cli.optionNeedsValue': define<{ option: string; example: string }>({
    fr: (p) => `l’option ${p.option} attend une valeur, par exemple ${p.example}`,
    en: (p) => `${p.option} needs a value: ${p.example}`,
  }),
  'cli.optionNeedsValue.any': define<{ option: string }>({
    fr: (p) => `l’option ${p.option} attend une valeur\u00a0: ${p.option} <valeur>`,
    en: (p) => `${p.option} needs a value: ${p.option} <value>`,
  }),
  'cli.noArgument': define<{ command: string; argument: string }>({
    fr: (p) => `${p.command} ne prend ni fichier ni argument («\u00a0${p.argument}\u00a0» est en trop)`,
    en: (p) => `${p.command} takes no file or argument, not "${p.argument}"`,
  }),
  'cli.notOneOf': define<{ option: string; allowed: string; value: string }>({
    fr: (p) => `${p.option} doit être l’une des valeurs ${p.allowed}, et non «\u00a0${p.value}\u00a0»`,
    en: (p) => `${p.option} must be one of ${p.allowed}, not "${p.value}"`,
  }),
  'cli.notOneOf.near': define<{ option: string; allowed: string; value: string; near: string }>({
    fr: (p) =>
      `${p.option} doit être l’une des valeurs ${p.allowed}, et non «\u00a0${p.value}\u00a0» (vouliez-vous dire ${p.near}\u00a0?)`,
    en: (p) => `${p.option} must be one of ${p.allowed}, not "${p.value}" (did you mean ${p.near}?)`,
  }),
  'cli.notPositiveInt': define<{ option: string; value: string }>({
    fr: (p) => `${p.option} doit être un nombre entier d’au moins 1, et non «\u00a0${p.value}\u00a0»`,
    en: (p) => `${p.option} must be a whole number of at least 1, not "${p.value}"`,
  }),

  // The accounts' input.
  'cli.encodingAlias': define<{ allowed: string; given: string; write: string }>({
    fr: (p) =>
      `--encoding doit être l’une des valeurs ${p.allowed}, et non «\u00a0${p.given}\u00a0»\u00a0: pour ${p.given}, écrivez --encoding ${p.write}`,
    en: (p) => `--encoding must be one of ${p.allowed}, not "${p.given}": write --encoding ${p.write} for ${p.given}`,
  }),
  'cli.csvOnly': define<{ option: string; format: string }>({
    fr: (p) =>
      `${p.option} ne vaut que pour une entrée CSV\u00a0; ${p.format} est toujours en UTF-8, avec le point comme séparateur décimal\u00a0: ` +
      `retirez ${p.option}, ou ajoutez --input-format csv si le fichier est un CSV`,
    en: (p) =>
      `${p.option} is for CSV input; ${p.format} is always UTF-8, with decimal points: ` +
      `remove ${p.option}, or add --input-format csv if the file is CSV`,
  }),
  'cli.stdinCsvNeedsLedger': define<None>({
    fr: () =>
      'des comptes CSV lus sur l’entrée standard ont besoin de leur fichier des écritures\u00a0: ajoutez --ledger <fichier>',
    en: () => 'CSV accounts on standard input need their ledger file: add --ledger <file>',
  }),
  'cli.csvNeedsLedger': define<{ file: string }>({
    fr: (p) =>
      `les comptes CSV de ${p.file} ont besoin de leur fichier des écritures\u00a0: ajoutez --ledger <fichier>`,
    en: (p) => `CSV accounts in ${p.file} need their ledger file: add --ledger <file>`,
  }),
  'cli.unknownFormat': define<{ file: string }>({
    fr: (p) =>
      `impossible de déduire le format de ${p.file} de son nom\u00a0: ajoutez --input-format json, ndjson ou csv (ou nommez le fichier en .json, .ndjson, .jsonl ou .csv)`,
    en: (p) =>
      `cannot tell the format of ${p.file} from its name: add --input-format json, ndjson or csv (or name the file .json, .ndjson, .jsonl or .csv)`,
  }),

  // Standard input.
  'cli.standardInput': define<None>({
    fr: () => 'l’entrée standard',
    en: () => 'standard input',
  }),
  'cli.what.accounts': define<None>({ fr: () => 'les comptes', en: () => 'the accounts' }),
  'cli.what.account': define<None>({ fr: () => 'le compte', en: () => 'the account' }),
  'cli.what.policy': define<None>({ fr: () => 'la politique', en: () => 'the policy' }),
  'cli.stdinMissing': define<{ what: string }>({
    fr: (p) => `«\u00a0-\u00a0» lit ${p.what} sur l’entrée standard, que cet hôte ne fournit pas`,
    en: (p) => `"-" reads ${p.what} from standard input, which this host does not give`,
  }),

  // Files that cannot be read, and why.
  'cli.cannotRead': define<{ path: string; why: string }>({
    fr: (p) => `impossible de lire ${p.path}\u00a0: ${p.why}`,
    en: (p) => `cannot read ${p.path}: ${p.why}`,
  }),
  'cli.cannotRead.ledger': define<{ path: string; why: string }>({
    fr: (p) => `impossible de lire ${p.path} (le fichier des écritures)\u00a0: ${p.why}`,
    en: (p) => `cannot read ${p.path} (the ledger file): ${p.why}`,
  }),
  'cli.cannotRead.ledgerOf': define<{ path: string; accounts: string; why: string }>({
    fr: (p) =>
      `impossible de lire ${p.path} (le fichier des écritures de ${p.accounts}\u00a0; un autre fichier peut être donné avec --ledger)\u00a0: ${p.why}`,
    en: (p) => `cannot read ${p.path} (the ledger of ${p.accounts}; another file can be given with --ledger): ${p.why}`,
  }),
  'cli.cannotReadStdin': define<{ why: string }>({
    fr: (p) => `impossible de lire l’entrée standard\u00a0: ${p.why}`,
    en: (p) => `cannot read standard input: ${p.why}`,
  }),
  'cli.notJson': define<{ name: string; line: number; column: number; problem: string }>({
    fr: (p) => `${p.name} n’est pas un JSON valide\u00a0: ligne ${p.line}, colonne ${p.column}\u00a0: ${p.problem}`,
    en: (p) => `${p.name} is not valid JSON: line ${p.line}, column ${p.column}: ${p.problem}`,
  }),
  'cli.unreadable.noSuchFile': define<{ cwd: string }>({
    fr: (p) => `fichier introuvable (vérifiez le nom et le dossier\u00a0; le dossier courant est ${p.cwd})`,
    en: (p) => `no such file (check the name and the folder; the current folder is ${p.cwd})`,
  }),
  'cli.unreadable.folder': define<None>({
    fr: () => 'c’est un dossier, pas un fichier',
    en: () => 'it is a folder, not a file',
  }),
  'cli.unreadable.denied': define<None>({
    fr: () => 'permission refusée\u00a0: le compte qui exécute hlm-recovery n’a pas le droit de le lire',
    en: () => 'permission denied: the account running hlm-recovery may not read it',
  }),
  'cli.unreadable.notFolder': define<None>({
    fr: () => 'une partie du chemin est un fichier, pas un dossier',
    en: () => 'a part of the path is a file, not a folder',
  }),
  'cli.unreadable.system': define<{ message: string }>({
    fr: (p) => `erreur du système (${p.message})`,
    en: (p) => p.message,
  }),

  // The --out file.
  'cli.cannotWriteOut': define<{ path: string; why: string }>({
    fr: (p) => `impossible d’écrire --out ${p.path}\u00a0: ${p.why}`,
    en: (p) => `cannot write --out ${p.path}: ${p.why}`,
  }),
  'cli.outIsFolder': define<{ path: string; example: string }>({
    fr: (p) =>
      `impossible d’écrire --out ${p.path}\u00a0: c’est un dossier\u00a0; donnez un nom de fichier, par exemple --out ${p.example}`,
    en: (p) => `cannot write --out ${p.path}: it is a folder; give a file name, e.g. --out ${p.example}`,
  }),
  'cli.unwritable.noFolder': define<{ folder: string }>({
    fr: (p) => `le dossier ${p.folder} n’existe pas\u00a0; créez-le, ou choisissez un autre --out`,
    en: (p) => `the folder ${p.folder} does not exist; create it, or choose another --out`,
  }),
  'cli.unwritable.denied': define<None>({
    fr: () => 'permission refusée\u00a0: choisissez un autre --out',
    en: () => 'permission denied: choose another --out',
  }),
  'cli.unwritable.deniedIn': define<{ folder: string }>({
    fr: (p) => `permission refusée dans le dossier ${p.folder}\u00a0: choisissez un autre --out`,
    en: (p) => `permission denied in the folder ${p.folder}: choose another --out`,
  }),
  'cli.unwritable.noSpace': define<None>({
    fr: () => 'plus de place sur le disque (ENOSPC)\u00a0: libérez de la place, ou choisissez un autre --out',
    en: () => 'no space left on the disk (ENOSPC): free some space, or choose another --out',
  }),
  'cli.unwritable.quota': define<None>({
    fr: () => 'le quota du disque est dépassé (EDQUOT)\u00a0: libérez de la place, ou choisissez un autre --out',
    en: () => 'the disk quota is exceeded (EDQUOT): free some space, or choose another --out',
  }),
  'cli.unwritable.tooLarge': define<None>({
    fr: () => 'le fichier est trop gros pour le disque (EFBIG)\u00a0: choisissez un autre --out',
    en: () => 'the file is too large for the disk (EFBIG): choose another --out',
  }),
  'cli.unwritable.closedBeforeEnd': define<None>({
    fr: () => 'la sortie a été fermée avant la fin',
    en: () => 'the output was closed before the end',
  }),
});
