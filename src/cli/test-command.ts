/**
 * `hlm-recovery test <policy.json|default|-> <cases.json|folder>… [--format text|json]`: runs the
 * cases a policy team keeps next to its policy and says which pass. Exit code 0 when every case
 * passes, 1 when one fails (or an input cannot be read or is not valid), 2 for a wrong usage.
 *
 * @module
 */
import { statSync } from 'node:fs';
import { formatCaseReport, runPolicyCases, type PolicyCase } from '../cases';
import type { Locale } from '../i18n';
import { readPolicyCases } from '../node/read-cases';
import { caseFiles } from '../node/read-cases';
import { defaultPolicy, loadPolicy, type PolicySource } from '../rules';
import {
  inputError,
  oneOf,
  parseCommandArgs,
  parseJsonFileText,
  readAllText,
  readJsonFile,
  requireStdin,
  said,
  usageError,
  whyUnreadableSaid,
} from './args';
import { EXIT } from './exit-codes';
import { line, type Io } from './output';

/** The word that names the built-in default policy instead of a file (`./default` for a file of that name). */
export const DEFAULT_POLICY_KEYWORD = 'default';

/**
 * Runs `hlm-recovery test`.
 *
 * @param args - The arguments after `test`.
 * @param io - The report on stdout; standard input for a policy given as `-`.
 * @param locale - The language of the report.
 * @returns 0 when every case passes, 1 when one fails.
 * @throws {@link UsageError} for a missing argument or a wrong option (exit code 2);
 *   {@link InputError} or ValidationError for a file that cannot be read or is not valid (exit code 1).
 * @example
 * ```ts
 * await commandTest(['default', 'examples/policies/cases/default'], io, 'fr'); // => 0
 * ```
 */
export async function commandTest(args: string[], io: Io, locale: Locale): Promise<number> {
  const { values, positionals } = parseCommandArgs('test', args, { format: { type: 'string' } });
  const format = oneOf('--format', values.format, ['text', 'json'] as const) ?? 'text';
  const [policyArg, ...paths] = positionals;
  if (policyArg === undefined || paths.length === 0) throw usageError('testCmd.usage', {});
  for (const path of paths) {
    try {
      if (statSync(path).isDirectory() && (await caseFiles(path)).length === 0)
        throw inputError('testCmd.noCases', { path });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).syscall === undefined) throw error;
      throw inputError('cli.cannotRead', { path, why: whyUnreadableSaid(error) });
    }
  }
  const policy = await policyOf(policyArg, io);
  const cases: PolicyCase[] = [];
  for (const path of paths) cases.push(...(await readPolicyCases(path)));
  const report = runPolicyCases(policy, cases, { locale });
  if (format === 'json') line(io.stdout, JSON.stringify(report, null, 2));
  else for (const l of formatCaseReport(report, locale)) line(io.stdout, l);
  return report.failed === 0 ? EXIT.done : EXIT.invalidInput;
}

/** The policy: the built-in default one, a file, or standard input for `-`; validated. */
async function policyOf(arg: string, io: Io): Promise<PolicySource> {
  if (arg === DEFAULT_POLICY_KEYWORD) return defaultPolicy;
  if (arg === '-')
    return loadPolicy(
      parseJsonFileText(
        await readAllText(requireStdin(io.stdin, said('cli.what.policy', {}))),
        said('cli.standardInput', {}),
      ),
    );
  return loadPolicy(readJsonFile(arg));
}
