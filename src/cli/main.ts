/**
 * The `hlm-recovery` command, for any host: it parses arguments, calls the library and formats
 * output. No domain logic lives here. Exit codes: 0 done, 1 invalid input (the data or the
 * policy), 2 wrong usage. Results go to stdout, one line per account in NDJSON; the summary and
 * progress go to stderr. No stack trace is ever printed.
 *
 * @module
 */
import { createWriteStream, statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { accountJsonSchema } from '../account';
import { formatPath, ValidationError } from '../errors';
import { evaluateFileTo, type OutputFormat } from '../node';
import { generateDemoPortfolio } from '../demo';
import { PortfolioTally, comparePolicies, evaluatePortfolio, portfolioKpis } from '../portfolio';
import {
  INPUT_OPTIONS,
  UsageError,
  accountsFrom,
  oneOf,
  policyFrom,
  positiveInt,
  readJsonFile,
  readOptions,
  requireAsOf,
} from './args';
import { HELP } from './help';
import { line, narrate, printIssues, printSummary, progressLine, type Io } from './output';
import { comparisonRows, comparisonText, csvText, kpiRows, kpiText } from './reports';
import {
  decisionJsonSchema,
  defaultPolicy,
  evaluate,
  policyJsonSchema,
  validatePolicy,
  type PolicySource,
} from '../rules';
import { LIBRARY_VERSION } from '../version';

export type { Io };
export { narrate };

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
        `Run "hlm-recovery ${command && command !== 'main' && Object.hasOwn(HELP, command) ? `${command} ` : ''}--help" for usage.`,
      );
      return 2;
    }
    line(io.stderr, `hlm-recovery: unexpected error: ${(error as Error).message ?? String(error)}`);
    return 1;
  }
}
