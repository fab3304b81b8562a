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
import { once } from 'node:events';
import { statSync } from 'node:fs';
import { accountJsonSchema } from '../account';
import { casesJsonSchema } from '../cases';
import { formatPath, ValidationError } from '../errors';
import { evaluateFileTo, type OutputFormat } from '../node';
import { generateDemoPortfolio } from '../demo';
import { PortfolioTally, comparePolicies, evaluatePortfolio, portfolioKpis, resultRecord } from '../portfolio';
import { evaluateLines } from '../node/stream';
import {
  INPUT_OPTIONS,
  InputError,
  UsageError,
  usageError,
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
  said,
  whyUnreadableSaid,
  type Said,
} from './args';
import { EXIT } from './exit-codes';
import { commandChanges } from './changes';
import { HELP_COMMANDS, helpText } from './help';
import { commandPolicy } from './policy';
import { commandServe } from './serve';
import { commandTest } from './test-command';
import { openOutFile, whyUnwritableSaid } from './out-file';
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
import { DEFAULT_LOCALE, formatCount, localizeIssues, message, translator, type Locale } from '../i18n';
import {
  decisionJsonSchema,
  defaultPolicy,
  evaluate,
  policyJsonSchema,
  prepareRun,
  validatePolicy,
  type ExplainLevel,
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
  explain: { type: 'string' },
  quiet: { type: 'boolean' },
  stream: { type: 'boolean' },
} as const;

/** The values of `--explain`: how much of the explanation each decision written carries. */
const EXPLAIN_LEVELS: readonly ExplainLevel[] = ['full', 'summary', 'none'];

/**
 * `--stream`: the accounts of standard input as NDJSON, each result written (and flushed) as soon
 * as its line is read, for a host that keeps the process open and sends one account at a time.
 */
function checkStream(
  command: string,
  file: string,
  values: { format?: string; out?: string; 'input-format'?: string },
) {
  if (file !== '-') throw usageError('command.streamStdin', { command });
  if ((values.format ?? 'ndjson') !== 'ndjson' && command === 'evaluate') throw usageError('command.streamFormat', {});
  if (values['input-format'] !== undefined && values['input-format'] !== 'ndjson')
    throw usageError('command.streamFormat', {});
  if (values.out !== undefined) throw usageError('command.streamOut', {});
}

/** Writes a text, and waits when the reader is slower than the writer. */
async function writeNow(out: NodeJS.WritableStream, text: string): Promise<void> {
  if (!out.write(text)) await once(out, 'drain');
}

async function streamEvaluate(
  io: Io,
  policy: PolicySource,
  options: { asOf: string; locale: Locale; explain: ExplainLevel },
  quiet: boolean,
) {
  const { locale } = options;
  const run = prepareRun(policy, options);
  const start = performance.now();
  const tally = new PortfolioTally();
  for await (const r of evaluateLines(requireStdin(io.stdin, said('cli.what.accounts', {})), run)) {
    tally.add(r);
    await writeNow(io.stdout, `${JSON.stringify(resultRecord(r))}\n`);
  }
  const summary = tally.summary();
  if (!quiet) printSummary(io.stderr, summary, (performance.now() - start) / 1000, locale);
  return outcome(summary.errors);
}

/**
 * `--lang fr|en`, an option of every command, taken out of the arguments: the language of what a
 * person reads (decisions' texts, narrative, reports, summary, errors and help). French when absent.
 */
function takeLang(args: readonly string[]): { locale: Locale; rest: string[]; error: UsageError | null } {
  const rest: string[] = [];
  let given: string | undefined;
  let error: UsageError | null = null;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--') {
      rest.push(...args.slice(i));
      break;
    }
    if (arg !== '--lang' && !arg.startsWith('--lang=')) {
      rest.push(arg);
      continue;
    }
    const value = arg === '--lang' ? args[++i] : arg.slice('--lang='.length);
    if (given !== undefined) error ??= usageError('command.langTwice', {});
    given = value ?? '';
  }
  if (given === undefined) return { locale: DEFAULT_LOCALE, rest, error };
  if (given === 'fr' || given === 'en') return { locale: given, rest, error };
  return { locale: DEFAULT_LOCALE, rest, error: error ?? usageError('command.langValue', { value: given }) };
}

async function commandEvaluate(args: string[], io: Io, locale: Locale): Promise<number> {
  const { values, positionals } = parseCommandArgs('evaluate', args, EVALUATE_OPTIONS);
  if (positionals.length !== 1)
    throw usageError('command.oneFile', {
      what: 'accounts',
      usage: 'hlm-recovery evaluate <accounts> --as-of <date>',
    });
  const asOf = requireAsOf(values['as-of']);
  const explain = oneOf('--explain', values.explain, EXPLAIN_LEVELS) ?? 'full';
  if (values.stream === true) {
    checkStream('evaluate', positionals[0]!, values);
    return streamEvaluate(io, policyFrom(values.policy), { asOf, locale, explain }, values.quiet === true);
  }
  const format = oneOf<OutputFormat>('--format', values.format, ['ndjson', 'json', 'csv']) ?? 'ndjson';
  const dialect = oneOf('--dialect', values.dialect, ['fr', 'standard'] as const);
  const workers = positiveInt('--workers', values.workers);
  const { source, options: input } = accountsInput(positionals[0]!, values, io.stdin);
  const policy = policyFrom(values.policy);
  const quiet = values.quiet === true;
  const start = performance.now();
  const size = typeof source === 'string' ? statSync(source).size : 0;
  if (typeof source !== 'string' && io.stdin?.isTTY === true && !quiet)
    line(io.stderr, message('command.readingKeyboard', {}, locale));
  const progress = progressLine(io, quiet, locale);
  const file = values.out === undefined ? undefined : openOutFile(values.out);
  const fileOut = file === undefined ? undefined : new GuardedOutput(file.stream, `--out ${values.out}`);
  try {
    const summary = await evaluateFileTo(source, policy, fileOut ?? io.stdout, {
      asOf,
      locale,
      explain,
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

async function commandValidate(args: string[], io: Io, locale: Locale): Promise<number> {
  const { positionals } = parseCommandArgs('validate', args, {});
  if (positionals.length !== 1)
    throw usageError('command.oneFile', { what: 'policy', usage: 'hlm-recovery validate <policy>' });
  const file = positionals[0]!;
  const say = translator(locale);
  const result = validatePolicy(await jsonOf(file, io, said('cli.what.policy', {})), { locale });
  for (const w of result.warnings) line(io.stdout, say('validate.warning', { text: w.message }));
  if (!result.ok) {
    line(io.stdout, say('validate.problems', { file, count: formatCount(result.issues.length, locale) }));
    for (const issue of result.issues) {
      const path = formatPath(issue.path);
      // The message begins with the path and ": " (or " : " in French): say it once.
      const text = issue.message.startsWith(path)
        ? issue.message.slice(path.length).replace(/^\s*:\s*/u, '')
        : issue.message;
      line(io.stdout, say('validate.issue', { path, text }));
    }
    return EXIT.invalidInput;
  }
  const versions = result.value.versions.map((v) =>
    v.effectiveTo
      ? say('validate.versionTo', { id: v.id, version: v.version, from: v.effectiveFrom, to: v.effectiveTo })
      : say('validate.version', { id: v.id, version: v.version, from: v.effectiveFrom }),
  );
  line(io.stdout, say('validate.valid', { file, versions: versions.join(', ') }));
  return EXIT.done;
}

/** The JSON of a file, or of standard input for `-`. */
async function jsonOf(file: string, io: Io, what: Said): Promise<unknown> {
  if (file !== '-') return readJsonFile(file);
  return parseJsonFileText(await readAllText(requireStdin(io.stdin, what)), said('cli.standardInput', {}));
}

async function commandExplain(args: string[], io: Io, locale: Locale): Promise<number> {
  const { values, positionals } = parseCommandArgs('explain', args, {
    policy: { type: 'string' },
    'as-of': { type: 'string' },
    stream: { type: 'boolean' },
  });
  if (positionals.length !== 1)
    throw usageError('command.oneFile', { what: 'account', usage: 'hlm-recovery explain <account> --as-of <date>' });
  const asOf = requireAsOf(values['as-of']);
  const policy = policyFrom(values.policy);
  // The narrative tells each entry of the explanation by its text and its source, never by the
  // trace of its conditions: the run leaves the traces out (the same narrative, less work).
  const explain = 'summary';
  if (values.stream === true) {
    checkStream('explain', positionals[0]!, {});
    const run = prepareRun(policy, { asOf, locale, explain });
    let errors = 0;
    for await (const r of evaluateLines(requireStdin(io.stdin, said('cli.what.accounts', {})), run)) {
      // Each narrative, or the problems of an error record, then an empty line: the end of one account.
      const lines = r.ok
        ? narrate(r.decision, locale)
        : [
            message('command.streamError', { line: r.line ?? r.index + 1, accountId: r.accountId ?? '?' }, locale),
            ...r.issues.map((i) => `  ${i.message}`),
          ];
      if (!r.ok) errors++;
      await writeNow(io.stdout, `${lines.join('\n')}\n\n`);
    }
    return outcome(errors);
  }
  const decision = evaluate(await jsonOf(positionals[0]!, io, said('cli.what.account', {})), policy, {
    asOf,
    locale,
    explain,
  });
  for (const text of narrate(decision, locale)) line(io.stdout, text);
  return EXIT.done;
}

function commandSchema(args: string[], io: Io): number {
  const { positionals } = parseCommandArgs('schema', args, {});
  const kind = oneOf('schema', positionals[0], ['policy', 'account', 'decision', 'cases'] as const);
  if (kind === undefined || positionals.length !== 1) throw usageError('command.schemaKind', {});
  const schema = {
    policy: policyJsonSchema,
    account: accountJsonSchema,
    decision: decisionJsonSchema,
    cases: casesJsonSchema,
  }[kind];
  line(io.stdout, JSON.stringify(schema, null, 2));
  return EXIT.done;
}

async function commandCompare(args: string[], io: Io, locale: Locale): Promise<number> {
  const { values, positionals } = parseCommandArgs('compare', args, {
    ...INPUT_OPTIONS,
    baseline: { type: 'string' },
    candidate: { type: 'string' },
  });
  if (positionals.length !== 1)
    throw usageError('command.oneFile', {
      what: 'accounts',
      usage: 'hlm-recovery compare <accounts> --candidate <file> --as-of <date>',
    });
  const asOf = requireAsOf(values['as-of']);
  if (values.candidate === undefined) throw usageError('command.candidateRequired', {});
  const format = oneOf('--format', values.format, ['text', 'json', 'csv'] as const) ?? 'text';
  const dialect = oneOf('--dialect', values.dialect, ['fr', 'standard'] as const);
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

async function commandKpi(args: string[], io: Io, locale: Locale): Promise<number> {
  const { values, positionals } = parseCommandArgs('kpi', args, {
    ...INPUT_OPTIONS,
    policy: { type: 'string' },
  });
  if (positionals.length !== 1)
    throw usageError('command.oneFile', { what: 'accounts', usage: 'hlm-recovery kpi <accounts> --as-of <date>' });
  const asOf = requireAsOf(values['as-of']);
  const format = oneOf('--format', values.format, ['text', 'json', 'csv'] as const) ?? 'text';
  const dialect = oneOf('--dialect', values.dialect, ['fr', 'standard'] as const);
  const policy = policyFrom(values.policy);
  const kpis = await portfolioKpis(accountsFrom(positionals[0]!, values, io.stdin), { asOf, policy });
  if (format === 'json') line(io.stdout, JSON.stringify(kpis, null, 2));
  else if (format === 'csv') io.stdout.write(csvText(kpiRows(kpis), dialect ? { dialect } : {}));
  else for (const l of kpiText(kpis, locale)) line(io.stdout, l);
  if (kpis.errors > 0) line(io.stderr, errorRecordsNote(kpis.errors, kpis.accounts, locale));
  return outcome(kpis.errors);
}

async function commandDemo(args: string[], io: Io, locale: Locale): Promise<number> {
  const { values } = parseCommandArgs(
    'demo',
    args,
    { accounts: { type: 'string' }, seed: { type: 'string' }, 'as-of': { type: 'string' } },
    false,
  );
  const count = positiveInt('--accounts', values.accounts) ?? 5_000;
  const seed = positiveInt('--seed', values.seed) ?? 2026;
  const asOf = values['as-of'] ?? '2026-11-23';
  const start = performance.now();
  const results = evaluatePortfolio(generateDemoPortfolio({ seed, count, asOf }), defaultPolicy, {
    asOf,
    locale,
  });
  const tally = new PortfolioTally();
  const progress = progressLine(io, false, locale);
  for await (const r of results) {
    tally.add(r);
    progress.update(r.index + 1, (r.index + 1) / count);
  }
  progress.end();
  line(
    io.stdout,
    message('demo.header', { seed: String(seed), asOf, version: defaultPolicy.versions[0]!.version }, locale),
  );
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
  const { locale, rest: args, error: langError } = takeLang(argv);
  const [command, ...rest] = args;
  // A failing stdout stops the run (see GuardedOutput); a failing stderr is ignored: there is
  // nowhere left to say anything.
  const stdout = new GuardedOutput(io.stdout, 'stdout');
  const ignore = () => undefined;
  io.stderr.on('error', ignore);
  const guarded: Io = { stdout, stderr: io.stderr, ...(io.stdin === undefined ? {} : { stdin: io.stdin }) };
  try {
    if (langError !== null) throw langError;
    const code = await runCommand(command, rest, guarded, locale);
    // A write that failed reports it on the next turn of the event loop (a closed pipe): wait
    // for it, so that the exit code says it.
    await new Promise<void>((resolve) => setImmediate(resolve));
    return stdout.failure === undefined ? code : failed(stdout.failure, command, io, locale);
  } catch (error) {
    return failed(stdout.failure ?? error, command, io, locale);
  } finally {
    stdout.detach();
    io.stderr.off('error', ignore);
  }
}

async function runCommand(command: string | undefined, rest: string[], io: Io, locale: Locale): Promise<number> {
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    line(io.stdout, helpText('main', locale)!);
    return command === undefined ? EXIT.usage : EXIT.done;
  }
  if (command === '--version') {
    line(io.stdout, LIBRARY_VERSION);
    return EXIT.done;
  }
  if (!isCommand(command)) throw unknownCommand(command);
  if (rest.includes('--help') || rest.includes('-h')) {
    line(io.stdout, helpText(command, locale)!);
    return EXIT.done;
  }
  switch (command) {
    case 'evaluate':
      return await commandEvaluate(rest, io, locale);
    case 'validate':
      return await commandValidate(rest, io, locale);
    case 'explain':
      return await commandExplain(rest, io, locale);
    case 'schema':
      return commandSchema(rest, io);
    case 'compare':
      return await commandCompare(rest, io, locale);
    case 'kpi':
      return await commandKpi(rest, io, locale);
    case 'changes':
      return await commandChanges(rest, io, locale);
    case 'serve':
      return await commandServe(rest, io, locale);
    case 'policy':
      return await commandPolicy(rest, io, locale);
    case 'test':
      return await commandTest(rest, io, locale);
    default:
      return await commandDemo(rest, io, locale);
  }
}

/** The commands: every help page but the main one. */
const COMMANDS: readonly string[] = HELP_COMMANDS.filter((c) => c !== 'main');

function isCommand(command: string): boolean {
  return COMMANDS.includes(command);
}

function unknownCommand(command: string): UsageError {
  const near = command.startsWith('-') ? null : suggest(command, COMMANDS);
  return near === null
    ? usageError('command.unknown', { command })
    : usageError('command.unknownNear', { command, near });
}

/** Reports what stopped the run on stderr, and gives its exit code. */
function failed(error: unknown, command: string | undefined, io: Io, locale: Locale): number {
  const say = translator(locale);
  if (error instanceof OutputFailure) {
    // The reader went away (… | head): stop quietly, as Unix tools do.
    if (error.readerGone) return EXIT.outputClosed;
    line(io.stderr, say('command.cannotWrite', { where: error.where, why: whyUnwritableSaid(error.cause)(locale) }));
    return EXIT.invalidInput;
  }
  if (error instanceof ValidationError) {
    printIssues(io.stderr, localizeIssues(error.issues, locale));
    return EXIT.invalidInput;
  }
  if (error instanceof InputError) {
    line(io.stderr, say('command.failed', { text: error.render(locale) }));
    return EXIT.invalidInput;
  }
  if (error instanceof UsageError) {
    line(io.stderr, say('command.failed', { text: error.render(locale) }));
    line(io.stderr, say('command.seeHelp', { command: command && isCommand(command) ? `${command} ` : '' }));
    return EXIT.usage;
  }
  const system = error as NodeJS.ErrnoException | undefined;
  if (typeof system?.code === 'string' && typeof system.syscall === 'string') {
    // A file a reader opens itself, which went missing or became unreadable after the checks,
    // or standard input failing.
    line(
      io.stderr,
      say('command.cannotRead', {
        path: system.path ?? say('command.theInput', {}),
        why: whyUnreadableSaid(system)(locale),
      }),
    );
    return EXIT.invalidInput;
  }
  line(io.stderr, say('command.unexpected', { error: system?.message ?? String(error) }));
  return EXIT.invalidInput;
}
