/**
 * The `hlm-recovery` command, for any host: it parses arguments, calls the library and formats
 * output. No domain logic lives here. Exit codes (`exit-codes.ts`, the same for every command):
 * 0 every record decided, 1 input unreadable or invalid or output not written, 2 wrong usage,
 * 3 some records are error records, 141 stdout closed by its reader. Results go to stdout, one
 * line per account in NDJSON; the summary and progress go to stderr. No stack trace is ever
 * printed.
 *
 * @module
 */
import { statSync } from 'node:fs';
import { accountJsonSchema } from '../account';
import { formatPath, ValidationError } from '../errors';
import { evaluateFileTo, type OutputFormat } from '../node';
import { generateDemoPortfolio } from '../demo';
import { PortfolioTally, comparePolicies, evaluatePortfolio, portfolioKpis } from '../portfolio';
import {
  INPUT_OPTIONS,
  InputError,
  UsageError,
  accountsFrom,
  accountsInput,
  oneOf,
  parseCommandArgs,
  parseJsonFileText,
  policyFrom,
  positiveInt,
  readAllText,
  readJsonFile,
  requireAsOf,
  requireStdin,
  whyUnreadable,
} from './args';
import { EXIT } from './exit-codes';
import { HELP } from './help';
import { openOutFile, whyUnwritable } from './out-file';
import {
  GuardedOutput,
  OutputFailure,
  errorRecordsNote,
  line,
  narrate,
  printIssues,
  printSummary,
  progressLine,
  type Io,
} from './output';
import { comparisonRows, comparisonText, csvText, kpiRows, kpiText } from './reports';
import type { Locale } from '../i18n';
import {
  decisionJsonSchema,
  defaultPolicy,
  evaluate,
  policyJsonSchema,
  validatePolicy,
  type PolicySource,
} from '../rules';
import { suggest } from '../rules/suggest';
import { LIBRARY_VERSION } from '../version';

export type { Io };
export { narrate };

/** The exit code of a run whose records are all read: 3 when some are error records. */
const outcome = (errors: number) => (errors > 0 ? EXIT.errorRecords : EXIT.done);

const EVALUATE_OPTIONS = {
  policy: { type: 'string' },
  'as-of': { type: 'string' },
  out: { type: 'string' },
  format: { type: 'string' },
  dialect: { type: 'string' },
  'input-format': { type: 'string' },
  ledger: { type: 'string' },
  'input-dialect': { type: 'string' },
  encoding: { type: 'string' },
  workers: { type: 'string' },
  quiet: { type: 'boolean' },
  lang: { type: 'string' },
} as const;

/** `--lang`: the language of what a person reads (reports, narrative, summary); English when absent. */
function langOf(value: string | undefined): Locale {
  return oneOf('--lang', value, ['fr', 'en'] as const) ?? 'en';
}

async function commandEvaluate(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommandArgs('evaluate', args, EVALUATE_OPTIONS);
  if (positionals.length !== 1)
    throw new UsageError(
      'give one accounts file (or - for standard input): hlm-recovery evaluate <accounts> --as-of <date>',
    );
  const asOf = requireAsOf(values['as-of']);
  const format = oneOf<OutputFormat>('--format', values.format, ['ndjson', 'json', 'csv']) ?? 'ndjson';
  const dialect = oneOf('--dialect', values.dialect, ['fr', 'standard'] as const);
  const workers = positiveInt('--workers', values.workers);
  const { source, options: input } = accountsInput(positionals[0]!, values, io.stdin);
  const policy = policyFrom(values.policy);
  const quiet = values.quiet === true;
  const locale = langOf(values.lang);
  const start = performance.now();
  const size = typeof source === 'string' ? statSync(source).size : 0;
  if (typeof source !== 'string' && io.stdin?.isTTY === true && !quiet)
    line(io.stderr, 'hlm-recovery: reading the accounts from the keyboard (standard input); end with Ctrl-D');
  const progress = progressLine(io, quiet, locale);
  const file = values.out === undefined ? undefined : openOutFile(values.out);
  const fileOut = file === undefined ? undefined : new GuardedOutput(file.stream, `--out ${values.out}`);
  try {
    const summary = await evaluateFileTo(source, policy, fileOut ?? io.stdout, {
      asOf,
      output: format,
      ...(dialect ? { dialect } : {}),
      ...(workers === undefined ? {} : { workers }),
      ...input,
      onProgress: (p) => progress.update(p.accounts, size > 0 && p.bytesRead > 0 ? p.bytesRead / size : undefined),
    });
    progress.end();
    if (fileOut?.failure !== undefined) throw fileOut.failure;
    fileOut?.detach();
    // The --out file is put in place only now that every record is written.
    await file?.commit();
    if (!quiet) printSummary(io.stderr, summary, (performance.now() - start) / 1000, locale);
    return outcome(summary.errors);
  } catch (error) {
    progress.end();
    fileOut?.detach();
    file?.abort();
    throw error;
  }
}

async function commandValidate(args: string[], io: Io): Promise<number> {
  const { positionals } = parseCommandArgs('validate', args, {});
  if (positionals.length !== 1)
    throw new UsageError('give one policy file (or - for standard input): hlm-recovery validate <policy>');
  const file = positionals[0]!;
  const result = validatePolicy(await jsonOf(file, io, 'the policy'));
  for (const w of result.warnings) line(io.stdout, `warning: ${w.message}`);
  if (!result.ok) {
    line(io.stdout, `${file}: ${result.issues.length} problem(s)`);
    for (const issue of result.issues)
      line(io.stdout, `${formatPath(issue.path)}: ${issue.message.slice(formatPath(issue.path).length + 2)}`);
    return EXIT.invalidInput;
  }
  const versions = result.value.versions.map(
    (v) => `${v.id} ${v.version} (from ${v.effectiveFrom}${v.effectiveTo ? ` to ${v.effectiveTo}` : ''})`,
  );
  line(io.stdout, `${file}: valid — ${versions.join(', ')}`);
  return EXIT.done;
}

/** The JSON of a file, or of standard input for `-`. */
async function jsonOf(file: string, io: Io, what: string): Promise<unknown> {
  if (file !== '-') return readJsonFile(file);
  return parseJsonFileText(await readAllText(requireStdin(io.stdin, what)), 'standard input');
}

async function commandExplain(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommandArgs('explain', args, {
    policy: { type: 'string' },
    'as-of': { type: 'string' },
    lang: { type: 'string' },
  });
  if (positionals.length !== 1)
    throw new UsageError(
      'give one account file (or - for standard input): hlm-recovery explain <account> --as-of <date>',
    );
  const asOf = requireAsOf(values['as-of']);
  const locale = langOf(values.lang);
  const policy = policyFrom(values.policy);
  const decision = evaluate(await jsonOf(positionals[0]!, io, 'the account'), policy, { asOf });
  for (const text of narrate(decision, locale)) line(io.stdout, text);
  return EXIT.done;
}

function commandSchema(args: string[], io: Io): number {
  const { positionals } = parseCommandArgs('schema', args, {});
  const kind = oneOf('schema', positionals[0], ['policy', 'account', 'decision'] as const);
  if (kind === undefined || positionals.length !== 1)
    throw new UsageError('give one kind: hlm-recovery schema policy|account|decision');
  const schema = kind === 'policy' ? policyJsonSchema : kind === 'account' ? accountJsonSchema : decisionJsonSchema;
  line(io.stdout, JSON.stringify(schema, null, 2));
  return EXIT.done;
}

async function commandCompare(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommandArgs('compare', args, {
    ...INPUT_OPTIONS,
    baseline: { type: 'string' },
    candidate: { type: 'string' },
    lang: { type: 'string' },
  });
  if (positionals.length !== 1)
    throw new UsageError(
      'give one accounts file (or - for standard input): hlm-recovery compare <accounts> --candidate <file> --as-of <date>',
    );
  const asOf = requireAsOf(values['as-of']);
  if (values.candidate === undefined)
    throw new UsageError('--candidate <file> is required: the policy to compare with the baseline');
  const format = oneOf('--format', values.format, ['text', 'json', 'csv'] as const) ?? 'text';
  const dialect = oneOf('--dialect', values.dialect, ['fr', 'standard'] as const);
  const locale = langOf(values.lang);
  // Validated by comparePolicies, which names the policy at fault in each issue.
  const baseline = values.baseline === undefined ? defaultPolicy : (readJsonFile(values.baseline) as PolicySource);
  const candidate = readJsonFile(values.candidate) as PolicySource;
  const report = await comparePolicies(accountsFrom(positionals[0]!, values, io.stdin), baseline, candidate, { asOf });
  if (format === 'json') line(io.stdout, JSON.stringify(report, null, 2));
  else if (format === 'csv') io.stdout.write(csvText(comparisonRows(report), dialect ? { dialect } : {}));
  else for (const l of comparisonText(report, locale)) line(io.stdout, l);
  const errors = Math.max(report.baseline.errors, report.candidate.errors);
  if (errors > 0) line(io.stderr, errorRecordsNote(errors, report.accounts, locale));
  return outcome(errors);
}

async function commandKpi(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommandArgs('kpi', args, {
    ...INPUT_OPTIONS,
    policy: { type: 'string' },
    lang: { type: 'string' },
  });
  if (positionals.length !== 1)
    throw new UsageError(
      'give one accounts file (or - for standard input): hlm-recovery kpi <accounts> --as-of <date>',
    );
  const asOf = requireAsOf(values['as-of']);
  const format = oneOf('--format', values.format, ['text', 'json', 'csv'] as const) ?? 'text';
  const dialect = oneOf('--dialect', values.dialect, ['fr', 'standard'] as const);
  const policy = policyFrom(values.policy);
  const locale = langOf(values.lang);
  const kpis = await portfolioKpis(accountsFrom(positionals[0]!, values, io.stdin), { asOf, policy });
  if (format === 'json') line(io.stdout, JSON.stringify(kpis, null, 2));
  else if (format === 'csv') io.stdout.write(csvText(kpiRows(kpis), dialect ? { dialect } : {}));
  else for (const l of kpiText(kpis, locale)) line(io.stdout, l);
  if (kpis.errors > 0) line(io.stderr, errorRecordsNote(kpis.errors, kpis.accounts, locale));
  return outcome(kpis.errors);
}

async function commandDemo(args: string[], io: Io): Promise<number> {
  const { values } = parseCommandArgs(
    'demo',
    args,
    { accounts: { type: 'string' }, seed: { type: 'string' }, 'as-of': { type: 'string' }, lang: { type: 'string' } },
    false,
  );
  const locale = langOf(values.lang);
  const count = positiveInt('--accounts', values.accounts) ?? 5_000;
  const seed = positiveInt('--seed', values.seed) ?? 2026;
  const asOf = values['as-of'] ?? '2026-11-23';
  const start = performance.now();
  const results = evaluatePortfolio(generateDemoPortfolio({ seed, count, asOf }), defaultPolicy, { asOf });
  const tally = new PortfolioTally();
  const progress = progressLine(io, false, locale);
  for await (const r of results) {
    tally.add(r);
    progress.update(r.index + 1, (r.index + 1) / count);
  }
  progress.end();
  line(io.stdout, `Demo portfolio: seed ${seed}, as of ${asOf}, default policy ${defaultPolicy.versions[0]!.version}`);
  const summary = tally.summary();
  printSummary(io.stdout, summary, (performance.now() - start) / 1000, locale);
  return outcome(summary.errors);
}

/**
 * Runs the command line.
 *
 * @param argv - Arguments after the program name.
 * @param io - Where to read (`-`) and write.
 * @returns The exit code, one of `EXIT_CODES` (src/cli/exit-codes.ts): 0 every record decided, 1
 *   input unreadable or invalid or output not written, 2 wrong usage, 3 some records are error
 *   records, 141 stdout closed by its reader.
 * @example
 * ```ts
 * await main(['validate', 'policy.json'], { stdout: process.stdout, stderr: process.stderr }); // => 0
 * ```
 */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  const [command, ...rest] = argv;
  // A failing stdout stops the run (see GuardedOutput); a failing stderr is ignored: there is
  // nowhere left to say anything.
  const stdout = new GuardedOutput(io.stdout, 'stdout');
  const ignore = () => undefined;
  io.stderr.on('error', ignore);
  const guarded: Io = { stdout, stderr: io.stderr, ...(io.stdin === undefined ? {} : { stdin: io.stdin }) };
  try {
    const code = await runCommand(command, rest, guarded);
    // A write that failed reports it on the next turn of the event loop (a closed pipe): wait
    // for it, so that the exit code says it.
    await new Promise<void>((resolve) => setImmediate(resolve));
    return stdout.failure === undefined ? code : failed(stdout.failure, command, io);
  } catch (error) {
    return failed(stdout.failure ?? error, command, io);
  } finally {
    stdout.detach();
    io.stderr.off('error', ignore);
  }
}

async function runCommand(command: string | undefined, rest: string[], io: Io): Promise<number> {
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    line(io.stdout, HELP.main);
    return command === undefined ? EXIT.usage : EXIT.done;
  }
  if (command === '--version') {
    line(io.stdout, LIBRARY_VERSION);
    return EXIT.done;
  }
  if (!Object.hasOwn(HELP, command) || command === 'main') throw new UsageError(unknownCommand(command));
  if (rest.includes('--help') || rest.includes('-h')) {
    line(io.stdout, HELP[command]);
    return EXIT.done;
  }
  switch (command) {
    case 'evaluate':
      return await commandEvaluate(rest, io);
    case 'validate':
      return await commandValidate(rest, io);
    case 'explain':
      return await commandExplain(rest, io);
    case 'schema':
      return commandSchema(rest, io);
    case 'compare':
      return await commandCompare(rest, io);
    case 'kpi':
      return await commandKpi(rest, io);
    default:
      return await commandDemo(rest, io);
  }
}

const COMMANDS = ['evaluate', 'validate', 'explain', 'schema', 'compare', 'kpi', 'demo'];

function unknownCommand(command: string): string {
  const near = command.startsWith('-') ? null : suggest(command, COMMANDS);
  return `unknown command "${command}"${near === null ? '' : ` (did you mean ${near}?)`}; run hlm-recovery --help`;
}

/** Reports what stopped the run on stderr, and gives its exit code. */
function failed(error: unknown, command: string | undefined, io: Io): number {
  if (error instanceof OutputFailure) {
    // The reader went away (… | head): stop quietly, as Unix tools do.
    if (error.readerGone) return EXIT.outputClosed;
    line(io.stderr, `hlm-recovery: cannot write ${error.where}: ${whyUnwritable(error.cause)}`);
    return EXIT.invalidInput;
  }
  if (error instanceof ValidationError) {
    printIssues(io.stderr, error.issues);
    return EXIT.invalidInput;
  }
  if (error instanceof InputError) {
    line(io.stderr, `hlm-recovery: ${error.message}`);
    return EXIT.invalidInput;
  }
  if (error instanceof UsageError) {
    line(io.stderr, `hlm-recovery: ${error.message}`);
    line(
      io.stderr,
      `Run "hlm-recovery ${command && command !== 'main' && Object.hasOwn(HELP, command) ? `${command} ` : ''}--help" for usage.`,
    );
    return EXIT.usage;
  }
  const system = error as NodeJS.ErrnoException | undefined;
  if (typeof system?.code === 'string' && typeof system.syscall === 'string') {
    // A file a reader opens itself, which went missing or became unreadable after the checks,
    // or standard input failing.
    line(io.stderr, `hlm-recovery: cannot read ${system.path ?? 'the input'}: ${whyUnreadable(system)}`);
    return EXIT.invalidInput;
  }
  line(
    io.stderr,
    `hlm-recovery: unexpected error: ${system?.message ?? String(error)} (a bug: please report it with the command you ran)`,
  );
  return EXIT.invalidInput;
}
