/**
 * The help texts of the command, in French (the default) and in English: one page for the command
 * and one per subcommand, each with an example. The option names, the commands and the examples
 * are the same in both languages; only the prose changes.
 *
 * @module
 */
import type { Locale } from '../i18n';
import { LIBRARY_VERSION } from '../version';
import { exitCodesLine, exitCodesText } from './exit-codes';

/**
 * The pages of the help: `main` for the command itself, then one per subcommand.
 *
 * @example
 * ```ts
 * HELP_COMMANDS.includes('evaluate'); // => true
 * ```
 */
export const HELP_COMMANDS = Object.freeze([
  'main',
  'evaluate',
  'validate',
  'explain',
  'schema',
  'compare',
  'kpi',
  'changes',
  'serve',
  'policy',
  'test',
  'demo',
] as const);

/** The name of a help page: `main` or a subcommand. */
export type HelpCommand = (typeof HELP_COMMANDS)[number];

/** The options of the commands that read CSV accounts, French exports included. */
const CSV_INPUT_HELP = `  --input-dialect <d>  CSV input: fr (512,30 and 23/11/2026) or standard (512.30); default: fr
                       when the header is separated by ";" (the separator is read from the header)
  --encoding <e>       CSV input: utf-8 (default), windows-1252 or iso-8859-1 (a BOM means UTF-8)`;

/**
 * The help text of the command (`main`) and of each subcommand, in English. Prefer
 * {@link helpText}, which also has the French pages.
 */
export const HELP: Readonly<Record<string, string>> = Object.freeze({
  main: `hlm-recovery ${LIBRARY_VERSION} — a social landlord's rent-arrears recovery policy, as rules

Usage: hlm-recovery <command> [options]

Commands:
  evaluate <accounts>   decisions for every account of a file (JSON, NDJSON or CSV), or of - (stdin)
  validate <policy>     check a policy file, with the path and the fix of each problem
  explain <account>     the decision for one account, as a narrative
  schema <kind>         print the JSON Schema of a policy, an account, a decision or a case file
  compare <accounts>    what a candidate policy changes against the baseline, in recovery terms
  kpi <accounts>        the recovery indicators of a portfolio (taux d'impayés, ageing, DSO…)
  changes <prev> <cur>  the officers' worklist: what changed between two runs of evaluate
  serve                 an HTTP service a host keeps open (evaluate, explain, validate, compare, kpi)
  policy init           write the default policy into policy.json, to start your own from it
  test <policy> <cases> run the cases a policy must pass (docs/guides/test-your-policy.md)
  demo                  the default policy over the seeded demo portfolio

A file argument "-" reads standard input: hlm-recovery evaluate - --as-of 2026-11-23 < accounts.ndjson
Texts a person reads (decisions' explanations, summaries, reports) follow --lang: fr (default) or en.

${exitCodesText().join('\n')}

Run "hlm-recovery <command> --help" for its options and an example.`,
  evaluate: `Usage: hlm-recovery evaluate <accounts> --as-of <date> [--policy <file>] [options]

Evaluates every account of a file (or of standard input, for -) and writes one result per
account, in input order: a decision, or an error record naming the line and the field at fault.
Exit code 3 when some records are error records.

Options:
  --policy <file>      policy file (JSON); the built-in default policy when absent
  --as-of <date>       evaluation date, YYYY-MM-DD (required: nothing is read from the clock)
  --out <file>         write there instead of stdout; the file appears only once the run is complete
  --format <f>         output: ndjson (default), json or csv
  --dialect fr         CSV output for French spreadsheets: French names, ";", decimal comma, BOM
  --input-format <f>   input: json, ndjson or csv (default: from the extension; ndjson for -)
  --ledger <file>      CSV input: the ledger file (default: <accounts>.ledger.csv; required for -)
${CSV_INPUT_HELP}
  --workers <n>        worker threads (default: the available cores)
  --explain <e>        how much of its explanation each decision carries: full (default: every
                       entry with the trace of its conditions), summary (without the traces) or none
  --quiet              no summary or progress on stderr
  --stream             with -: write each decision as soon as its NDJSON line is read (a host
                       keeps the process open and sends one account at a time)
  --lang <l>           language of the decisions' explanations, summary and progress: fr or en (default fr)

Example:
  hlm-recovery evaluate accounts.ndjson --policy policy.json --as-of 2026-11-23 --out decisions.ndjson
  hlm-recovery evaluate export.csv --encoding windows-1252 --as-of 2026-11-23 --format csv --dialect fr

${exitCodesLine()}`,
  validate: `Usage: hlm-recovery validate <policy>

Checks a policy file: its structure, the facts and operators it uses, and the law it cannot cross
(no fee or penalty, human approval for steps with legal effect, legal prerequisites). Prints each
problem as "path: message"; exit code 1 when the policy is invalid.

Example:
  hlm-recovery validate examples/policies/default.json

${exitCodesLine()}`,
  explain: `Usage: hlm-recovery explain <account> --as-of <date> [--policy <file>]

Prints the decision for one account (a JSON file, or - for standard input) as a narrative a
recovery officer can read.

Options:
  --policy <file>      policy file (JSON); the built-in default policy when absent
  --as-of <date>       evaluation date, YYYY-MM-DD (required)
  --stream             with -: one narrative per NDJSON line of standard input, as soon as it is
                       read, each ended by an empty line
  --lang <l>           language of the narrative: fr or en (default fr)

Example:
  hlm-recovery explain examples/accounts/a-1029-two-months-behind.json --as-of 2026-11-23

${exitCodesLine()}`,
  schema: `Usage: hlm-recovery schema policy|account|decision|cases

Prints the JSON Schema (draft 2020-12) of a policy file, an account, a decision, or a file of
policy test cases (see \`hlm-recovery test\`).

Example:
  hlm-recovery schema policy > policy.schema.json

${exitCodesLine()}`,
  compare: `Usage: hlm-recovery compare <accounts> --candidate <file> --as-of <date> [--baseline <file>] [options]

Evaluates two policies over the same accounts (JSON, NDJSON or CSV) and reports what the candidate
changes: accounts moving to another alert level, next step or channel, contacts by channel, work
for the recovery officers and the social advisers, plans proposed, legal deadlines overdue.

Options:
  --baseline <file>    the policy in force; the built-in default policy when absent
  --candidate <file>   the policy considered (required)
  --as-of <date>       evaluation date, YYYY-MM-DD (required)
  --format <f>         text (default), json (the whole report) or csv (one row per changed account)
  --dialect fr         CSV for French spreadsheets
  --lang <l>           language of the text report: fr or en (default fr)
  --input-format <f>   input: json, ndjson or csv (default: from the extension; ndjson for -)
  --ledger <file>      CSV input: the ledger file (default: <accounts>.ledger.csv; required for -)
${CSV_INPUT_HELP}

Example:
  hlm-recovery compare accounts.ndjson --candidate policy-2027.json --as-of 2026-11-23

${exitCodesLine()}`,
  kpi: `Usage: hlm-recovery kpi <accounts> --as-of <date> [--policy <file>] [options]

Computes the recovery indicators over the 12 months ending on the date: billing (quittancement),
receivables, collections, recovery rate, arrears rate (taux d'impayés), ageing of the debt, debt
in months of billing, average payment delay (DSO), current and departed tenants, departments,
alert levels, procedure stages and repayment plans.

Options:
  --as-of <date>       end of the period, YYYY-MM-DD (required)
  --policy <file>      the policy whose alert levels are counted (default: the built-in policy)
  --format <f>         text (default), json or csv (metric,value)
  --dialect fr         CSV for French spreadsheets
  --lang <l>           language of the text report: fr or en (default fr)
  --input-format <f>   input: json, ndjson or csv (default: from the extension; ndjson for -)
  --ledger <file>      CSV input: the ledger file (default: <accounts>.ledger.csv; required for -)
${CSV_INPUT_HELP}

Example:
  hlm-recovery kpi accounts.ndjson --as-of 2026-11-23 --format csv --dialect fr > kpi.csv

${exitCodesLine()}`,
  changes: `Usage: hlm-recovery changes <previous> <current> [--format text|ndjson|csv] [--dialect fr] [--out <file>]

Compares two runs of evaluate on the same portfolio (their NDJSON or JSON output; - reads one of
them from standard input) and lists what is new for the recovery officers: the accounts whose
alert level, steps, channel or legal obligations changed, with the decision before and after; the
accounts new in the current run; those gone from it; and every error record of either run, with
its line. Accounts are matched by their id. Exit code 3 when either run has error records.

Options:
  --format <f>         text (default: the worklist grouped by kind of change), ndjson (one entry
                       a line) or csv (one row per entry)
  --dialect fr         CSV for French spreadsheets: French names, ";", decimal comma, BOM
  --out <file>         write there instead of stdout; the file appears only once the run is complete
  --lang <l>           language of the worklist and of the messages: fr or en (default fr)

Example:
  hlm-recovery evaluate accounts.ndjson --as-of 2026-12-23 --out today.ndjson
  hlm-recovery changes yesterday.ndjson today.ndjson --format csv --dialect fr --out worklist.csv

${exitCodesLine()}`,
  serve: `Usage: hlm-recovery serve [--policy <file>] [--host <h>] [--port <n>] [--workers <n>] [--log]

Runs the library as an HTTP service that a host (an ERP) keeps open, until SIGTERM or SIGINT. It
prints its address on stdout, in one line (http://127.0.0.1:8080), and what it does on stderr.

Paths (those that evaluate take the evaluation date: asOf=YYYY-MM-DD in the query):
  POST /v1/evaluate          one account (JSON) → its decision (JSON)
  POST /v1/evaluate-batch    accounts, one per line (NDJSON) → one line each, in order, streamed
  POST /v1/explain           one account (JSON) → its decision as a narrative (text)
  POST /v1/validate          a policy (JSON) → { ok, issues, warnings }
  POST /v1/compare           a candidate policy and accounts (JSON) → what the candidate changes
  POST /v1/kpi               accounts (JSON) → the recovery indicators
  GET  /v1/health            the library, the law table, the policy in service and its hashes
  GET  /v1/openapi.json      the OpenAPI 3.1 document of every path
/v1/evaluate-batch also takes explain=full|summary|none in the query, as evaluate --explain.
Texts follow lang=fr|en in the query, else Accept-Language (French by default). Errors are RFC 9457
problem details (application/problem+json) naming the JSON path of each problem. Bodies: at most
1 MiB for one account or policy, 10 MiB for evaluate-batch, compare and kpi (413 beyond).
SIGHUP reads the policy file again: an invalid policy is refused (its problems on stderr) and the
one in service stays. SIGTERM and SIGINT stop the service once the requests in progress are
answered (exit code 0).

Options:
  --policy <file>      policy file (JSON); the built-in default policy when absent
  --host <h>           address to listen on (default 127.0.0.1, this machine only; 0.0.0.0 for all)
  --port <n>           port to listen on, 0 for any free one (default 8080)
  --workers <n>        worker threads for /v1/evaluate-batch (default 1: in the service's thread)
  --log                one line per request on stderr: method, path, status, milliseconds
  --lang <l>           language of what it says on stderr: fr or en (default fr)

Examples:
  hlm-recovery serve --policy policy.json --port 8080 --log
  hlm-recovery serve --host 0.0.0.0 --port 0 --workers 4

${exitCodesLine()}`,
  policy: `Usage: hlm-recovery policy init [--out <file>] [--force]

Writes the built-in default policy into a file for the policy team to start from: the same file as
examples/policies/default.json, with a "$schema" that editors resolve to the JSON Schema the
installed package ships (./node_modules/hlm-recovery/schema/policy.schema.json from the project's
folder). Edit it, then check it with hlm-recovery validate.

Options:
  --out <file>         where to write (default: policy.json in the current folder); - prints it on stdout
  --force              replace the file if it exists (without it, an existing file is left as it is,
                       exit code 1)
  --lang <l>           language of the messages: fr or en (default fr)

Example:
  hlm-recovery policy init --out config/recovery-policy.json

${exitCodesLine()}`,
  test: `Usage: hlm-recovery test <policy.json|default|-> <cases.json|folder>... [--format text|json]

Runs the cases a policy team keeps next to its policy: each case gives an account (inline, or the
path of a JSON account file relative to the case file), an evaluation date, and what the decision
must show (level, next step, channel, date, obligations, plan feasible or not, a text of the
message). A folder is read as every *.json file directly inside it, by name (account files can
live in a sub-folder). Prints each case ✓ or ✗, expected against actual, then a summary. The case
format: docs/guides/test-your-policy.md and schema/cases.schema.json.

Arguments:
  <policy>             a policy file (JSON), - for standard input, or default for the built-in
                       default policy (./default for a file of that name)
  <cases>              case files or folders of case files, one or more

Options:
  --format <f>         text (default) or json: { locale, total, passed, failed, results }
  --lang <l>           language of the report: fr or en (default fr)

Exit code 0 when every case passes, 1 when one fails (the report says which and why) or an input
cannot be read or is not valid, 2 for a wrong usage.

Example:
  hlm-recovery test default examples/policies/cases/default
  hlm-recovery test policy.json cases/ --format json

${exitCodesLine()}`,
  demo: `Usage: hlm-recovery demo [--accounts <n>] [--seed <n>] [--as-of <date>] [--lang fr|en]

Generates a seeded demo portfolio (the same seed gives the same accounts), evaluates it with the
default policy and prints a summary.

Options:
  --accounts <n>   number of accounts (default 5000)
  --seed <n>       seed of the generator (default 2026)
  --as-of <date>   evaluation date (default 2026-11-23)
  --lang <l>       language of the summary: fr or en (default fr)

Example:
  hlm-recovery demo --accounts 100000

${exitCodesLine()}`,
} satisfies Record<HelpCommand, string>);

/**
 * Option lines, the description starting at `column` (further right when an option is longer):
 * each row is the option's syntax, then its description, one string per line.
 */
function optionLines(column: number, rows: readonly (readonly [string, ...string[]])[]): string {
  const width = Math.max(column, ...rows.map(([syntax]) => syntax.length + 4));
  return rows
    .flatMap(([syntax, ...description]) =>
      description.map((text, i) => `${(i === 0 ? `  ${syntax}` : '').padEnd(width)}${text}`),
    )
    .join('\n');
}

/** The options of the commands that read CSV accounts, in French. */
const CSV_INPUT_OPTIONS_FR = [
  [
    '--input-dialect <d>',
    'entrée CSV\u00a0: fr (512,30 et 23/11/2026) ou standard (512.30)\u00a0; par défaut\u00a0:',
    'fr quand l’en-tête est séparé par «\u00a0;\u00a0» (le séparateur est lu dans l’en-tête)',
  ],
  ['--encoding <e>', 'entrée CSV\u00a0: utf-8 (par défaut), windows-1252 ou iso-8859-1 (un BOM vaut UTF-8)'],
] as const;

/** The options that say where the accounts come from, in French. */
const ACCOUNTS_INPUT_OPTIONS_FR = [
  ['--input-format <f>', 'entrée\u00a0: json, ndjson ou csv (par défaut selon l’extension\u00a0; ndjson pour -)'],
  [
    '--ledger <fichier>',
    'entrée CSV\u00a0: le fichier des écritures (par défaut\u00a0: <comptes>.ledger.csv\u00a0;',
    'obligatoire pour -)',
  ],
  ...CSV_INPUT_OPTIONS_FR,
] as const;

/**
 * The help text of the command (`main`) and of each subcommand, in French: the same pages as
 * {@link HELP}, the same options and examples. Prefer {@link helpText}.
 */
export const HELP_FR: Readonly<Record<string, string>> = Object.freeze({
  main: `hlm-recovery ${LIBRARY_VERSION} — la politique de recouvrement des impayés d’un bailleur social, en règles

Usage\u00a0: hlm-recovery <commande> [options]

Commandes\u00a0:
  evaluate <comptes>    les décisions de chaque compte d’un fichier (JSON, NDJSON ou CSV) ou de - (stdin)
  validate <politique>  vérifie un fichier de politique\u00a0: chemin et correction de chaque problème
  explain <compte>      la décision pour un compte, sous forme de récit
  schema <type>         affiche le schéma JSON d’une politique, d’un compte, d’une décision ou d’un fichier de cas
  compare <comptes>     ce que change une politique candidate par rapport à la référence
  kpi <comptes>         les indicateurs de recouvrement d’un portefeuille (taux d’impayés, DSO…)
  changes <préc> <act>  la liste de travail des chargés\u00a0: ce qui a changé entre deux exécutions d’evaluate
  serve                 un service HTTP qu’un hôte garde ouvert (evaluate, explain, validate, compare, kpi)
  policy init           écrit la politique par défaut dans policy.json, pour partir d’elle
  test <pol> <cas>      lance les cas que la politique doit réussir (docs/guides/tester-sa-politique.md)
  demo                  la politique par défaut sur le portefeuille de démonstration

Un fichier «\u00a0-\u00a0» lit l’entrée standard\u00a0: hlm-recovery evaluate - --as-of 2026-11-23 < accounts.ndjson
Les textes (explications des décisions, résumés, rapports) suivent --lang\u00a0: fr (par défaut) ou en.

${exitCodesText('fr').join('\n')}

Lancez «\u00a0hlm-recovery <commande> --help\u00a0» pour ses options et un exemple.`,
  evaluate: `Usage\u00a0: hlm-recovery evaluate <comptes> --as-of <date> [--policy <fichier>] [options]

Évalue chaque compte d’un fichier (ou de l’entrée standard, pour -) et écrit un résultat par compte,
dans l’ordre de l’entrée\u00a0: une décision, ou un enregistrement d’erreur qui nomme la ligne et le
champ en cause. Code de sortie 3 quand des enregistrements sont des erreurs.

Options\u00a0:
${optionLines(23, [
  ['--policy <fichier>', 'fichier de politique (JSON)\u00a0; sans lui, la politique par défaut intégrée'],
  ['--as-of <date>', 'date d’évaluation, AAAA-MM-JJ (obligatoire\u00a0: rien n’est lu sur l’horloge)'],
  ['--out <fichier>', 'écrit là plutôt que sur stdout\u00a0; le fichier n’apparaît qu’une fois tout écrit'],
  ['--format <f>', 'sortie\u00a0: ndjson (par défaut), json ou csv'],
  ['--dialect fr', 'sortie CSV pour tableurs français\u00a0: noms français, «\u00a0;\u00a0», virgule décimale, BOM'],
  ...ACCOUNTS_INPUT_OPTIONS_FR,
  ['--workers <n>', 'nombre de threads (par défaut\u00a0: les cœurs disponibles)'],
  [
    '--explain <e>',
    'ce que chaque décision garde de son explication\u00a0: full (par défaut\u00a0: chaque',
    'entrée avec la trace de ses conditions), summary (sans les traces) ou none',
  ],
  ['--quiet', 'ni résumé ni progression sur stderr'],
  [
    '--stream',
    'avec -\u00a0: écrit chaque décision dès que sa ligne NDJSON est lue (l’hôte garde',
    'le processus ouvert et envoie un compte à la fois)',
  ],
  [
    '--lang <l>',
    'langue des explications des décisions, du résumé et de la progression\u00a0:',
    'fr ou en (par défaut fr)',
  ],
])}

Exemples\u00a0:
  hlm-recovery evaluate accounts.ndjson --policy policy.json --as-of 2026-11-23 --out decisions.ndjson
  hlm-recovery evaluate export.csv --encoding windows-1252 --as-of 2026-11-23 --format csv --dialect fr

${exitCodesLine('fr')}`,
  validate: `Usage\u00a0: hlm-recovery validate <politique>

Vérifie un fichier de politique\u00a0: sa structure, les faits et les opérateurs qu’il utilise, et la loi
qu’il ne peut pas enfreindre (ni frais ni pénalité, validation humaine des étapes à effet juridique,
préalables légaux). Affiche chaque problème sous la forme «\u00a0<chemin>: <message>\u00a0»\u00a0; code de
sortie 1 quand la politique est invalide.

Exemple\u00a0:
  hlm-recovery validate examples/policies/default.json

${exitCodesLine('fr')}`,
  explain: `Usage\u00a0: hlm-recovery explain <compte> --as-of <date> [--policy <fichier>]

Affiche la décision pour un compte (un fichier JSON, ou - pour l’entrée standard) sous forme d’un
récit qu’un chargé de recouvrement peut lire.

Options\u00a0:
${optionLines(23, [
  ['--policy <fichier>', 'fichier de politique (JSON)\u00a0; sans lui, la politique par défaut intégrée'],
  ['--as-of <date>', 'date d’évaluation, AAAA-MM-JJ (obligatoire)'],
  [
    '--stream',
    'avec -\u00a0: un récit par ligne NDJSON de l’entrée standard, dès qu’elle est lue,',
    'chacun suivi d’une ligne vide',
  ],
  ['--lang <l>', 'langue du récit\u00a0: fr ou en (par défaut fr)'],
])}

Exemple\u00a0:
  hlm-recovery explain examples/accounts/a-1029-two-months-behind.json --as-of 2026-11-23

${exitCodesLine('fr')}`,
  schema: `Usage\u00a0: hlm-recovery schema policy|account|decision|cases

Affiche le schéma JSON (draft 2020-12) d’un fichier de politique (policy), d’un compte (account),
d’une décision (decision) ou d’un fichier de cas de test de la politique (cases, voir
\`hlm-recovery test\`).

Exemple\u00a0:
  hlm-recovery schema policy > policy.schema.json

${exitCodesLine('fr')}`,
  compare: `Usage\u00a0: hlm-recovery compare <comptes> --candidate <fichier> --as-of <date> [--baseline <fichier>] [options]

Évalue deux politiques sur les mêmes comptes (JSON, NDJSON ou CSV) et dit ce que la candidate
change, en termes de recouvrement\u00a0: comptes qui changent de niveau d’alerte, d’étape suivante ou
de canal, contacts par canal, travail des chargés de recouvrement et des conseillers sociaux, plans
d’apurement proposés, échéances légales dépassées.

Options\u00a0:
${optionLines(23, [
  ['--baseline <fichier>', 'la politique en vigueur\u00a0; sans elle, la politique par défaut intégrée'],
  ['--candidate <fichier>', 'la politique étudiée (obligatoire)'],
  ['--as-of <date>', 'date d’évaluation, AAAA-MM-JJ (obligatoire)'],
  ['--format <f>', 'text (par défaut), json (le rapport entier) ou csv', '(une ligne par compte modifié)'],
  ['--dialect fr', 'CSV pour les tableurs français'],
  ['--lang <l>', 'langue du rapport texte\u00a0: fr ou en (par défaut fr)'],
  ...ACCOUNTS_INPUT_OPTIONS_FR,
])}

Exemple\u00a0:
  hlm-recovery compare accounts.ndjson --candidate policy-2027.json --as-of 2026-11-23

${exitCodesLine('fr')}`,
  kpi: `Usage\u00a0: hlm-recovery kpi <comptes> --as-of <date> [--policy <fichier>] [options]

Calcule les indicateurs de recouvrement sur les 12 mois qui finissent à la date\u00a0: quittancement,
créances, encaissements, taux de recouvrement, taux d’impayés, ancienneté de la dette, dette en
mois de quittancement, délai moyen de paiement (DSO), locataires en place et partis, départements,
niveaux d’alerte, étapes de la procédure et plans d’apurement.

Options\u00a0:
${optionLines(23, [
  ['--as-of <date>', 'fin de la période, AAAA-MM-JJ (obligatoire)'],
  [
    '--policy <fichier>',
    'la politique dont les niveaux d’alerte sont comptés (par défaut\u00a0: la politique',
    'intégrée)',
  ],
  ['--format <f>', 'text (par défaut), json ou csv (metric,value)'],
  ['--dialect fr', 'CSV pour les tableurs français'],
  ['--lang <l>', 'langue du rapport texte\u00a0: fr ou en (par défaut fr)'],
  ...ACCOUNTS_INPUT_OPTIONS_FR,
])}

Exemple\u00a0:
  hlm-recovery kpi accounts.ndjson --as-of 2026-11-23 --format csv --dialect fr > kpi.csv

${exitCodesLine('fr')}`,
  changes: `Usage\u00a0: hlm-recovery changes <précédent> <actuel> [--format text|ndjson|csv] [--dialect fr] [--out <fichier>]

Compare deux exécutions d’evaluate sur le même portefeuille (leur sortie NDJSON ou JSON\u00a0; - lit
l’une d’elles sur l’entrée standard) et liste ce qui est nouveau pour les chargés de recouvrement\u00a0:
les comptes dont le niveau d’alerte, les étapes, le canal ou les obligations légales ont changé,
avec la décision avant et après\u00a0; les comptes nouveaux dans l’exécution actuelle\u00a0; ceux qui en
sont sortis\u00a0; et chaque enregistrement en erreur de l’une ou l’autre, avec sa ligne. Les comptes
sont rapprochés par leur identifiant. Code de sortie 3 quand l’une des exécutions a des erreurs.

Options\u00a0:
${optionLines(23, [
  [
    '--format <f>',
    'text (par défaut\u00a0: la liste groupée par type de changement), ndjson',
    '(une entrée par ligne) ou csv (une ligne par entrée)',
  ],
  ['--dialect fr', 'CSV pour tableurs français\u00a0: noms français, «\u00a0;\u00a0», virgule décimale, BOM'],
  ['--out <fichier>', 'écrit là plutôt que sur stdout\u00a0; le fichier n’apparaît qu’une fois tout écrit'],
  ['--lang <l>', 'langue de la liste et des messages\u00a0: fr ou en (par défaut fr)'],
])}

Exemple\u00a0:
  hlm-recovery evaluate accounts.ndjson --as-of 2026-12-23 --out today.ndjson
  hlm-recovery changes yesterday.ndjson today.ndjson --format csv --dialect fr --out worklist.csv

${exitCodesLine('fr')}`,
  serve: `Usage\u00a0: hlm-recovery serve [--policy <fichier>] [--host <h>] [--port <n>] [--workers <n>] [--log]

Fait de la bibliothèque un service HTTP qu’un hôte (un ERP) garde ouvert, jusqu’à SIGTERM ou
SIGINT. Il écrit son adresse sur stdout, en une ligne (http, hôte et port), et ce qu’il fait sur
stderr.

Adresses (celles qui évaluent prennent la date d’évaluation, asOf=AAAA-MM-JJ dans l’adresse)\u00a0:
  POST /v1/evaluate          un compte (JSON) → sa décision (JSON)
  POST /v1/evaluate-batch    des comptes, un par ligne (NDJSON) → une ligne chacun, dans l’ordre, en flux
  POST /v1/explain           un compte (JSON) → le récit de sa décision (texte)
  POST /v1/validate          une politique (JSON) → { ok, issues, warnings }
  POST /v1/compare           une politique candidate et des comptes (JSON) → ce que change la candidate
  POST /v1/kpi               des comptes (JSON) → les indicateurs de recouvrement
  GET  /v1/health            la bibliothèque, la table légale, la politique en service et ses empreintes
  GET  /v1/openapi.json      le document OpenAPI 3.1 de toutes les adresses
/v1/evaluate-batch prend aussi explain=full|summary|none dans l’adresse, comme evaluate --explain.
Les textes suivent lang=fr|en dans l’adresse, sinon Accept-Language (français par défaut). Les
erreurs sont des problèmes RFC 9457 (application/problem+json) qui nomment le chemin JSON de chaque
problème. Corps\u00a0: au plus 1 Mio pour un compte ou une politique, 10 Mio pour evaluate-batch,
compare et kpi (413 au-delà).
SIGHUP relit le fichier de politique\u00a0: une politique invalide est refusée (ses problèmes sur
stderr) et celle en service reste. SIGTERM et SIGINT arrêtent le service une fois les requêtes en
cours servies (code de sortie 0).

Options\u00a0:
${optionLines(23, [
  ['--policy <fichier>', 'fichier de politique (JSON)\u00a0; sans lui, la politique par défaut intégrée'],
  ['--host <h>', 'adresse d’écoute (par défaut 127.0.0.1, cette machine seule\u00a0;', '0.0.0.0 pour toutes)'],
  ['--port <n>', 'port d’écoute, 0 pour un port libre au choix du système (par défaut 8080)'],
  ['--workers <n>', 'threads pour /v1/evaluate-batch (par défaut 1\u00a0: dans le thread du service)'],
  ['--log', 'une ligne par requête sur stderr\u00a0: méthode, adresse, statut, millisecondes'],
  ['--lang <l>', 'langue de ce qu’il écrit sur stderr\u00a0: fr ou en (par défaut fr)'],
])}

Exemples\u00a0:
  hlm-recovery serve --policy policy.json --port 8080 --log
  hlm-recovery serve --host 0.0.0.0 --port 0 --workers 4

${exitCodesLine('fr')}`,
  policy: `Usage\u00a0: hlm-recovery policy init [--out <fichier>] [--force]

Écrit la politique par défaut intégrée dans un fichier, point de départ de l’équipe qui porte la
politique\u00a0: le même fichier que examples/policies/default.json, avec un «\u00a0$schema\u00a0» que
les éditeurs résolvent vers le schéma JSON livré avec le paquet installé
(./node_modules/hlm-recovery/schema/policy.schema.json depuis le dossier du projet). Modifiez-le,
puis vérifiez-le avec hlm-recovery validate.

Options\u00a0:
${optionLines(23, [
  [
    '--out <fichier>',
    'où écrire (par défaut\u00a0: policy.json dans le dossier courant)\u00a0; - l’affiche sur',
    'stdout',
  ],
  [
    '--force',
    'remplace le fichier s’il existe (sans elle, un fichier existant est laissé tel quel,',
    'code de sortie 1)',
  ],
  ['--lang <l>', 'langue des messages\u00a0: fr ou en (par défaut fr)'],
])}

Exemple\u00a0:
  hlm-recovery policy init --out config/recovery-policy.json

${exitCodesLine('fr')}`,
  test: `Usage\u00a0: hlm-recovery test <politique.json|default|-> <cas.json|dossier>... [--format text|json]

Lance les cas que l’équipe qui porte la politique garde à côté d’elle\u00a0: chaque cas donne un
compte (dans le cas, ou le chemin d’un fichier de compte JSON relatif au fichier de cas), une date
d’évaluation et ce que la décision doit montrer (niveau, prochaine étape, canal, date, obligations,
plan faisable ou non, un texte du message). Un dossier se lit comme chaque fichier *.json placé
directement dedans, par nom (les fichiers de compte peuvent vivre dans un sous-dossier). Affiche
chaque cas ✓ ou ✗, l’attendu face à l’obtenu, puis un résumé. Le format des cas\u00a0:
docs/guides/tester-sa-politique.md et schema/cases.schema.json.

Arguments\u00a0:
${optionLines(23, [
  [
    '<politique>',
    'un fichier de politique (JSON), - pour l’entrée standard, ou default pour la politique',
    'par défaut intégrée (./default pour un fichier de ce nom)',
  ],
  ['<cas>', 'des fichiers de cas ou des dossiers de fichiers de cas, un ou plusieurs'],
])}

Options\u00a0:
${optionLines(23, [
  ['--format <f>', 'text (par défaut) ou json\u00a0: { locale, total, passed, failed, results }'],
  ['--lang <l>', 'langue du rapport\u00a0: fr ou en (par défaut fr)'],
])}

Code de sortie 0 quand chaque cas réussit, 1 quand un cas échoue (le rapport dit lequel et
pourquoi) ou qu’une entrée est illisible ou invalide, 2 pour un mauvais usage.

Exemples\u00a0:
  hlm-recovery test default examples/policies/cases/default
  hlm-recovery test policy.json cases/ --format json

${exitCodesLine('fr')}`,
  demo: `Usage\u00a0: hlm-recovery demo [--accounts <n>] [--seed <n>] [--as-of <date>] [--lang fr|en]

Génère un portefeuille de démonstration à partir d’une graine (la même graine donne les mêmes
comptes), l’évalue avec la politique par défaut et affiche un résumé.

Options\u00a0:
${optionLines(19, [
  ['--accounts <n>', 'nombre de comptes (par défaut 5000)'],
  ['--seed <n>', 'graine du générateur (par défaut 2026)'],
  ['--as-of <date>', 'date d’évaluation (par défaut 2026-11-23)'],
  ['--lang <l>', 'langue du résumé\u00a0: fr ou en (par défaut fr)'],
])}

Exemple\u00a0:
  hlm-recovery demo --accounts 100000

${exitCodesLine('fr')}`,
} satisfies Record<HelpCommand, string>);

/** The pages of each locale. */
const PAGES: Readonly<Record<Locale, Readonly<Record<string, string>>>> = Object.freeze({ fr: HELP_FR, en: HELP });

/**
 * The help page of a command, in a locale.
 *
 * @param command - `main` for the command itself, or a subcommand (`evaluate`, `kpi`…).
 * @param locale - The language of the page: `fr` or `en`.
 * @returns The page, without a final newline; `undefined` for a command that has none.
 * @example
 * ```ts
 * helpText('evaluate', 'fr')?.startsWith('Usage\u00a0: hlm-recovery evaluate <comptes>'); // => true
 * helpText('evaluate', 'en')?.startsWith('Usage: hlm-recovery evaluate <accounts>'); // => true
 * helpText('frobnicate', 'fr'); // => undefined
 * ```
 */
export function helpText(command: string, locale: Locale): string | undefined {
  const pages = PAGES[locale];
  return Object.hasOwn(pages, command) ? pages[command] : undefined;
}
