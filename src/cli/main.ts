/**
 * The `hlm-recovery` command, for any host: it parses arguments, calls the library and formats
 * output. No domain logic lives here. Exit codes: 0 done, 1 invalid input (the data or the
 * policy), 2 wrong usage. Results go to stdout, one line per account in NDJSON; the summary and
 * progress go to stderr. No stack trace is ever printed.
 *
 * @module
 */
import { createWriteStream, readFileSync, statSync } from 'node:fs';
import type { Writable } from 'node:stream';
import { parseArgs } from 'node:util';
import { accountJsonSchema } from '../account';
import { formatPath, ValidationError, type Issue } from '../errors';
import { evaluateFileTo, readAccounts, type InputFormat, type ReadOptions, type OutputFormat } from '../node';
import { generateDemoPortfolio } from '../demo';
import { PortfolioTally, comparePolicies, evaluatePortfolio, portfolioKpis, type PortfolioSummary } from '../portfolio';
import { comparisonRows, comparisonText, csvText, kpiRows, kpiText } from './reports';
import {
  decisionJsonSchema,
  defaultPolicy,
  evaluate,
  loadPolicy,
  policyJsonSchema,
  validatePolicy,
  type Decision,
  type PolicySource,
} from '../rules';
import { LIBRARY_VERSION } from '../version';

/** Where the command writes. */
export interface Io {
  readonly stdout: Writable & { isTTY?: boolean };
  readonly stderr: Writable & { isTTY?: boolean };
}

class UsageError extends Error {}

const HELP: Record<string, string> = {
  main: `hlm-recovery ${LIBRARY_VERSION} — a social landlord's rent-arrears recovery policy, as rules

Usage: hlm-recovery <command> [options]

Commands:
  evaluate <accounts>   decisions for every account of a file (JSON, NDJSON or CSV)
  validate <policy>     check a policy file, with the path and the fix of each problem
  explain <account>     the decision for one account, as a narrative
  schema <kind>         print the JSON Schema of a policy, an account or a decision
  compare <accounts>    what a candidate policy changes against the baseline, in recovery terms
  kpi <accounts>        the recovery indicators of a portfolio (taux d'impayés, ageing, DSO…)
  demo                  the default policy over the seeded demo portfolio

Run "hlm-recovery <command> --help" for its options and an example.`,
  evaluate: `Usage: hlm-recovery evaluate <accounts> --as-of <date> [--policy <file>] [options]

Evaluates every account of a file and writes one result per account, in input order: a decision,
or an error record naming the line and the field at fault.

Options:
  --policy <file>      policy file (JSON); the built-in default policy when absent
  --as-of <date>       evaluation date, YYYY-MM-DD (required: nothing is read from the clock)
  --out <file>         write there instead of stdout
  --format <f>         output: ndjson (default), json or csv
  --dialect fr         CSV for French spreadsheets: ";" separator, decimal comma, BOM
  --input-format <f>   input: json, ndjson or csv (default: from the extension)
  --ledger <file>      CSV input: the ledger file (default: <accounts>.ledger.csv)
  --workers <n>        worker threads (default: the available cores)
  --quiet              no summary or progress on stderr

Example:
  hlm-recovery evaluate accounts.ndjson --policy policy.json --as-of 2026-11-23 --out decisions.ndjson`,
  validate: `Usage: hlm-recovery validate <policy>

Checks a policy file: its structure, the facts and operators it uses, and the law it cannot cross
(no fee or penalty, human approval for steps with legal effect, legal prerequisites). Prints each
problem as "path: message"; exit code 1 when the policy is invalid.

Example:
  hlm-recovery validate examples/policies/default.json`,
  explain: `Usage: hlm-recovery explain <account> --as-of <date> [--policy <file>]

Prints the decision for one account (a JSON file) as a narrative a recovery officer can read.

Example:
  hlm-recovery explain examples/accounts/a-1029-two-months-behind.json --as-of 2026-11-23`,
  schema: `Usage: hlm-recovery schema policy|account|decision

Prints the JSON Schema (draft 2020-12) of a policy file, an account, or a decision.

Example:
  hlm-recovery schema policy > policy.schema.json`,
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
  --input-format <f>   input: json, ndjson or csv (default: from the extension)
  --ledger <file>      CSV input: the ledger file

Example:
  hlm-recovery compare accounts.ndjson --candidate policy-2027.json --as-of 2026-11-23`,
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
  --input-format <f>   input: json, ndjson or csv (default: from the extension)
  --ledger <file>      CSV input: the ledger file

Example:
  hlm-recovery kpi accounts.ndjson --as-of 2026-11-23 --format csv --dialect fr > kpi.csv`,
  demo: `Usage: hlm-recovery demo [--accounts <n>] [--seed <n>] [--as-of <date>]

Generates a seeded demo portfolio (the same seed gives the same accounts), evaluates it with the
default policy and prints a summary.

Options:
  --accounts <n>   number of accounts (default 5000)
  --seed <n>       seed of the generator (default 2026)
  --as-of <date>   evaluation date (default 2026-11-23)

Example:
  hlm-recovery demo --accounts 100000`,
};

function line(out: Writable, text = ''): void {
  out.write(`${text}\n`);
}

function printIssues(out: Writable, issues: readonly Issue[], file?: string): void {
  for (const issue of issues) line(out, `${file ? `${file}: ` : ''}${issue.message}`);
}

function readJsonFile(path: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new UsageError(
      `cannot read ${path}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}`,
    );
  }
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new ValidationError([
      {
        code: 'invalid_type',
        path: [],
        expected: 'a JSON file',
        received: path,
        message: `${path}: not valid JSON (${(error as Error).message})`,
      },
    ]);
  }
}

function policyFrom(path: string | undefined) {
  return path === undefined ? defaultPolicy : loadPolicy(readJsonFile(path));
}

function requireAsOf(value: string | undefined): string {
  if (value === undefined)
    throw new UsageError('--as-of <date> is required: the evaluation date, e.g. --as-of 2026-11-23');
  return value;
}

function oneOf<T extends string>(name: string, value: string | undefined, allowed: readonly T[]): T | undefined {
  if (value === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(value))
    throw new UsageError(`${name} must be one of ${allowed.join(', ')}, not "${value}"`);
  return value as T;
}

function positiveInt(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d{1,7}$/.test(value) || Number(value) < 1)
    throw new UsageError(`${name} must be a whole number of at least 1, not "${value}"`);
  return Number(value);
}

function printSummary(out: Writable, s: PortfolioSummary, seconds?: number): void {
  line(
    out,
    `${s.accounts} accounts: ${s.decisions} decisions, ${s.errors} errors${seconds ? ` in ${seconds.toFixed(1)} s` : ''}`,
  );
  const table = (title: string, counts: Readonly<Record<string, number>>) => {
    line(out, title);
    const width = Math.max(...Object.keys(counts).map((k) => k.length), 8);
    for (const [k, n] of Object.entries(counts))
      line(
        out,
        `  ${k.padEnd(width)}  ${String(n).padStart(8)}  ${((100 * n) / Math.max(1, s.decisions)).toFixed(1).padStart(5)} %`,
      );
  };
  table('Alert levels:', s.byLevel);
  table('Next steps:', s.byNextStep);
  table('Channels:', s.byChannel);
  line(
    out,
    `Awaiting human approval: ${s.awaitingApproval}; legal deadlines due today: ${s.obligationsDue}; overdue: ${s.obligationsOverdue}`,
  );
}

/** The progress line on stderr: count, rate and time left, only when stderr is a terminal. */
function progressLine(io: Io, quiet: boolean) {
  const show = !quiet && io.stderr.isTTY === true;
  const start = performance.now();
  let shown = 0;
  return {
    /** `done` accounts so far; `fraction` of the input read, when known. */
    update(done: number, fraction?: number): void {
      if (!show || done - shown < 10_000) return;
      shown = done;
      const seconds = (performance.now() - start) / 1000;
      const eta =
        fraction !== undefined && fraction > 0 && fraction < 1
          ? `, about ${Math.ceil((seconds * (1 - fraction)) / fraction)} s left`
          : '';
      io.stderr.write(`\r${done} accounts, ${Math.round(done / seconds)}/s${eta}   `);
    },
    end(): void {
      if (shown > 0) io.stderr.write('\n');
    },
  };
}

async function commandEvaluate(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      policy: { type: 'string' },
      'as-of': { type: 'string' },
      out: { type: 'string' },
      format: { type: 'string' },
      dialect: { type: 'string' },
      'input-format': { type: 'string' },
      ledger: { type: 'string' },
      workers: { type: 'string' },
      quiet: { type: 'boolean' },
    },
  });
  if (positionals.length !== 1)
    throw new UsageError('give one accounts file: hlm-recovery evaluate <accounts> --as-of <date>');
  const asOf = requireAsOf(values['as-of']);
  const format = oneOf<OutputFormat>('--format', values.format, ['ndjson', 'json', 'csv']) ?? 'ndjson';
  const dialect = oneOf('--dialect', values.dialect, ['fr', 'standard'] as const);
  const input = readOptions(values);
  const workers = positiveInt('--workers', values.workers);
  const policy = policyFrom(values.policy);
  const start = performance.now();
  const file = positionals[0]!;
  const size = statSync(file, { throwIfNoEntry: false })?.size ?? 0;
  const progress = progressLine(io, values.quiet === true);
  const out = values.out === undefined ? io.stdout : createWriteStream(values.out);
  const summary = await evaluateFileTo(file, policy, out, {
    asOf,
    output: format,
    ...(dialect ? { dialect } : {}),
    ...(workers === undefined ? {} : { workers }),
    ...input,
    onProgress: (p) => progress.update(p.accounts, size > 0 && p.bytesRead > 0 ? p.bytesRead / size : undefined),
  });
  progress.end();
  if (out !== io.stdout)
    await new Promise<void>((resolve, reject) =>
      (out as ReturnType<typeof createWriteStream>).end((e?: Error | null) => (e ? reject(e) : resolve())),
    );
  if (values.quiet !== true) printSummary(io.stderr, summary, (performance.now() - start) / 1000);
  return 0;
}

function commandValidate(args: string[], io: Io): number {
  const { positionals } = parseArgs({ args, allowPositionals: true, options: {} });
  if (positionals.length !== 1) throw new UsageError('give one policy file: hlm-recovery validate <policy>');
  const file = positionals[0]!;
  const result = validatePolicy(readJsonFile(file));
  for (const w of result.warnings) line(io.stdout, `warning: ${w.message}`);
  if (!result.ok) {
    line(io.stdout, `${file}: ${result.issues.length} problem(s)`);
    for (const issue of result.issues)
      line(io.stdout, `${formatPath(issue.path)}: ${issue.message.slice(formatPath(issue.path).length + 2)}`);
    return 1;
  }
  const versions = result.value.versions.map(
    (v) => `${v.id} ${v.version} (from ${v.effectiveFrom}${v.effectiveTo ? ` to ${v.effectiveTo}` : ''})`,
  );
  line(io.stdout, `${file}: valid — ${versions.join(', ')}`);
  return 0;
}

/** A decision as a narrative, in English with the French terms of art. */
export function narrate(d: Decision): string[] {
  const out: string[] = [];
  out.push(`Account ${d.accountId} on ${d.asOf} — policy ${d.policy.id} ${d.policy.version}`);
  out.push(`Alert level ${d.level.rank}: ${d.level.label}`);
  if (d.nextAction) {
    const a = d.nextAction;
    out.push(
      `Next step: ${a.label} (${a.step}) by ${a.channel} on ${a.date}${a.requiresHumanApproval ? ' — a person must approve it first' : ''}`,
    );
  } else {
    out.push('Next step: none');
  }
  if (d.obligations.length > 0) {
    out.push('Legal obligations:');
    for (const o of d.obligations) out.push(`  ${o.date}  ${o.code} (${o.kind}, ${o.status}) — ${o.basis}`);
  }
  if (d.plan) {
    out.push(
      `Repayment plan: ${d.plan.proposal?.feasible ? `${d.plan.proposal.months} instalments of ${d.plan.proposal.instalment} € (at most ${d.plan.maxSustainableInstalment} € a month)` : 'none affordable'}`,
    );
  }
  for (const p of d.prevention) out.push(`Prevention: ${p.message}`);
  out.push('Why:');
  for (const e of d.explanation) out.push(`  - ${e.text} [${e.source}]`);
  return out;
}

function commandExplain(args: string[], io: Io): number {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { policy: { type: 'string' }, 'as-of': { type: 'string' } },
  });
  if (positionals.length !== 1)
    throw new UsageError('give one account file: hlm-recovery explain <account> --as-of <date>');
  const decision = evaluate(readJsonFile(positionals[0]!), policyFrom(values.policy), {
    asOf: requireAsOf(values['as-of']),
  });
  for (const text of narrate(decision)) line(io.stdout, text);
  return 0;
}

function commandSchema(args: string[], io: Io): number {
  const { positionals } = parseArgs({ args, allowPositionals: true, options: {} });
  const kind = oneOf('schema', positionals[0], ['policy', 'account', 'decision'] as const);
  if (kind === undefined || positionals.length !== 1)
    throw new UsageError('give one kind: hlm-recovery schema policy|account|decision');
  const schema = kind === 'policy' ? policyJsonSchema : kind === 'account' ? accountJsonSchema : decisionJsonSchema;
  line(io.stdout, JSON.stringify(schema, null, 2));
  return 0;
}

const INPUT_OPTIONS = {
  'as-of': { type: 'string' },
  format: { type: 'string' },
  dialect: { type: 'string' },
  'input-format': { type: 'string' },
  ledger: { type: 'string' },
} as const;

/** `--input-format` and `--ledger`, as the readers take them. */
function readOptions(values: { 'input-format'?: string | undefined; ledger?: string | undefined }): ReadOptions {
  const inputFormat = oneOf<InputFormat>('--input-format', values['input-format'], ['json', 'ndjson', 'csv']);
  return {
    ...(inputFormat === undefined ? {} : { format: inputFormat }),
    ...(values.ledger === undefined ? {} : { ledger: values.ledger }),
  };
}

function accountsFrom(file: string, values: { 'input-format'?: string | undefined; ledger?: string | undefined }) {
  return readAccounts(file, readOptions(values));
}

async function commandCompare(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { ...INPUT_OPTIONS, baseline: { type: 'string' }, candidate: { type: 'string' } },
  });
  if (positionals.length !== 1)
    throw new UsageError('give one accounts file: hlm-recovery compare <accounts> --candidate <file> --as-of <date>');
  const asOf = requireAsOf(values['as-of']);
  if (values.candidate === undefined)
    throw new UsageError('--candidate <file> is required: the policy to compare with the baseline');
  const format = oneOf('--format', values.format, ['text', 'json', 'csv'] as const) ?? 'text';
  const dialect = oneOf('--dialect', values.dialect, ['fr', 'standard'] as const);
  // Validated by comparePolicies, which names the policy at fault in each issue.
  const baseline = values.baseline === undefined ? defaultPolicy : (readJsonFile(values.baseline) as PolicySource);
  const candidate = readJsonFile(values.candidate) as PolicySource;
  const report = await comparePolicies(accountsFrom(positionals[0]!, values), baseline, candidate, { asOf });
  if (format === 'json') line(io.stdout, JSON.stringify(report, null, 2));
  else if (format === 'csv') io.stdout.write(csvText(comparisonRows(report), dialect ? { dialect } : {}));
  else for (const l of comparisonText(report)) line(io.stdout, l);
  return 0;
}

async function commandKpi(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { ...INPUT_OPTIONS, policy: { type: 'string' } },
  });
  if (positionals.length !== 1)
    throw new UsageError('give one accounts file: hlm-recovery kpi <accounts> --as-of <date>');
  const asOf = requireAsOf(values['as-of']);
  const format = oneOf('--format', values.format, ['text', 'json', 'csv'] as const) ?? 'text';
  const dialect = oneOf('--dialect', values.dialect, ['fr', 'standard'] as const);
  const kpis = await portfolioKpis(accountsFrom(positionals[0]!, values), { asOf, policy: policyFrom(values.policy) });
  if (format === 'json') line(io.stdout, JSON.stringify(kpis, null, 2));
  else if (format === 'csv') io.stdout.write(csvText(kpiRows(kpis), dialect ? { dialect } : {}));
  else for (const l of kpiText(kpis)) line(io.stdout, l);
  return 0;
}

async function commandDemo(args: string[], io: Io): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { accounts: { type: 'string' }, seed: { type: 'string' }, 'as-of': { type: 'string' } },
  });
  const count = positiveInt('--accounts', values.accounts) ?? 5_000;
  const seed = positiveInt('--seed', values.seed) ?? 2026;
  const asOf = values['as-of'] ?? '2026-11-23';
  const start = performance.now();
  const results = evaluatePortfolio(generateDemoPortfolio({ seed, count, asOf }), defaultPolicy, { asOf });
  const tally = new PortfolioTally();
  const progress = progressLine(io, false);
  for await (const r of results) {
    tally.add(r);
    progress.update(r.index + 1, (r.index + 1) / count);
  }
  progress.end();
  line(io.stdout, `Demo portfolio: seed ${seed}, as of ${asOf}, default policy ${defaultPolicy.versions[0]!.version}`);
  printSummary(io.stdout, tally.summary(), (performance.now() - start) / 1000);
  return 0;
}

/**
 * Runs the command line.
 *
 * @param argv - Arguments after the program name.
 * @param io - Where to write.
 * @returns The exit code: 0 done, 1 invalid input, 2 wrong usage.
 */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
      line(io.stdout, HELP.main);
      return command === undefined ? 2 : 0;
    }
    if (command === '--version') {
      line(io.stdout, LIBRARY_VERSION);
      return 0;
    }
    if (!Object.hasOwn(HELP, command) || command === 'main')
      throw new UsageError(`unknown command "${command}"; run hlm-recovery --help`);
    if (rest.includes('--help') || rest.includes('-h')) {
      line(io.stdout, HELP[command]);
      return 0;
    }
    switch (command) {
      case 'evaluate':
        return await commandEvaluate(rest, io);
      case 'validate':
        return commandValidate(rest, io);
      case 'explain':
        return commandExplain(rest, io);
      case 'schema':
        return commandSchema(rest, io);
      case 'compare':
        return await commandCompare(rest, io);
      case 'kpi':
        return await commandKpi(rest, io);
      default:
        return await commandDemo(rest, io);
    }
  } catch (error) {
    if (error instanceof ValidationError) {
      printIssues(io.stderr, error.issues);
      return 1;
    }
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      line(io.stderr, `hlm-recovery: ${(error as Error).message}`);
      line(
        io.stderr,
        `Run "hlm-recovery ${command && Object.hasOwn(HELP, command) ? `${command} ` : ''}--help" for usage.`,
      );
      return 2;
    }
    line(io.stderr, `hlm-recovery: unexpected error: ${(error as Error).message ?? String(error)}`);
    return 1;
  }
}
