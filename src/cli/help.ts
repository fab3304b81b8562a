/**
 * The help texts of the command: one page for the command and one per subcommand, each with an
 * example.
 *
 * @module
 */
import { LIBRARY_VERSION } from '../version';
import { exitCodesLine, exitCodesText } from './exit-codes';

/** The options of the commands that read CSV accounts, French exports included. */
const CSV_INPUT_HELP = `  --input-dialect <d>  CSV input: fr (512,30 and 23/11/2026) or standard (512.30); default: fr
                       when the header is separated by ";" (the separator is read from the header)
  --encoding <e>       CSV input: utf-8 (default), windows-1252 or iso-8859-1 (a BOM means UTF-8)`;

/** The help text of the command (`main`) and of each subcommand. */
export const HELP: Record<string, string> = {
  main: `hlm-recovery ${LIBRARY_VERSION} — a social landlord's rent-arrears recovery policy, as rules

Usage: hlm-recovery <command> [options]

Commands:
  evaluate <accounts>   decisions for every account of a file (JSON, NDJSON or CSV), or of - (stdin)
  validate <policy>     check a policy file, with the path and the fix of each problem
  explain <account>     the decision for one account, as a narrative
  schema <kind>         print the JSON Schema of a policy, an account or a decision
  compare <accounts>    what a candidate policy changes against the baseline, in recovery terms
  kpi <accounts>        the recovery indicators of a portfolio (taux d'impayés, ageing, DSO…)
  demo                  the default policy over the seeded demo portfolio

A file argument "-" reads standard input: hlm-recovery evaluate - --as-of 2026-11-23 < accounts.ndjson

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
  --quiet              no summary or progress on stderr
  --lang <l>           language of the summary and progress: fr or en (default en)

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
  --lang <l>           language of the narrative: fr or en (default en)

Example:
  hlm-recovery explain examples/accounts/a-1029-two-months-behind.json --as-of 2026-11-23

${exitCodesLine()}`,
  schema: `Usage: hlm-recovery schema policy|account|decision

Prints the JSON Schema (draft 2020-12) of a policy file, an account, or a decision.

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
  --lang <l>           language of the text report: fr or en (default en)
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
  --lang <l>           language of the text report: fr or en (default en)
  --input-format <f>   input: json, ndjson or csv (default: from the extension; ndjson for -)
  --ledger <file>      CSV input: the ledger file (default: <accounts>.ledger.csv; required for -)
${CSV_INPUT_HELP}

Example:
  hlm-recovery kpi accounts.ndjson --as-of 2026-11-23 --format csv --dialect fr > kpi.csv

${exitCodesLine()}`,
  demo: `Usage: hlm-recovery demo [--accounts <n>] [--seed <n>] [--as-of <date>] [--lang fr|en]

Generates a seeded demo portfolio (the same seed gives the same accounts), evaluates it with the
default policy and prints a summary.

Options:
  --accounts <n>   number of accounts (default 5000)
  --seed <n>       seed of the generator (default 2026)
  --as-of <date>   evaluation date (default 2026-11-23)
  --lang <l>       language of the summary: fr or en (default en)

Example:
  hlm-recovery demo --accounts 100000

${exitCodesLine()}`,
};
