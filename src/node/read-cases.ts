/**
 * `readPolicyCases`: the case files of a policy read from disk, each account given as a path read
 * from its file (relative to the case file), so that `runPolicyCases` gets every account inline.
 *
 * @module
 */
import { readFile, readdir, stat } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { parsePolicyCases, type PolicyCase } from '../cases';
import { ValidationError, makeIssue, type Issue } from '../errors';
import { JsonSyntaxError, parseJsonText } from '../json-text';

/**
 * Reads a case file, or every `*.json` file directly inside a folder (sorted by name; sub-folders
 * are not read, so account files can live in `accounts/` beside the cases), and reads the account
 * files the cases name, relative to each case file.
 *
 * @param pathOrDir - A case file, or a folder of case files.
 * @returns The cases of every file, in file order then case order; each case names its file (the
 *   path as given, joined with the file's name for a folder).
 * @throws {@link index!ValidationError | ValidationError} for a case file that is not valid (each issue's path starts
 *   with the file) or an account file that cannot be read or is not JSON (at the case's
 *   `account`); the error of the file system for a path that cannot be read (`ENOENT`…).
 * @example
 * ```ts
 * const cases = await readPolicyCases('examples/policies/cases/default');
 * runPolicyCases(defaultPolicy, cases, { locale: 'fr' }).failed; // => 0
 * ```
 */
export async function readPolicyCases(pathOrDir: string): Promise<PolicyCase[]> {
  const files = await caseFiles(pathOrDir);
  const out: PolicyCase[] = [];
  for (const file of files) out.push(...(await readCaseFile(file)));
  return out;
}

/**
 * The case files of a path: the file itself, or the `*.json` files directly inside the folder,
 * sorted by name.
 *
 * @param pathOrDir - A file or a folder.
 * @returns The paths, as given joined with each name.
 * @example
 * ```ts
 * await caseFiles('examples/policies/cases/default'); // => ['examples/policies/cases/default/01-paid-up.json', …]
 * ```
 */
export async function caseFiles(pathOrDir: string): Promise<string[]> {
  if (!(await stat(pathOrDir)).isDirectory()) return [pathOrDir];
  const entries = await readdir(pathOrDir, { withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.json'))
    .map((e) => e.name)
    .sort()
    .map((name) => join(pathOrDir, name));
}

async function readCaseFile(file: string): Promise<readonly PolicyCase[]> {
  const where = file.split(sep).join('/');
  const cases = parsePolicyCases(await readFile(file, 'utf8'), where);
  const issues: Issue[] = [];
  const read: PolicyCase[] = [];
  for (const c of cases) {
    if (typeof c.account !== 'string') {
      read.push(c);
      continue;
    }
    const path = resolve(dirname(file), c.account);
    const at = [where, ...c.path, 'account'];
    const problem = (why: string) =>
      makeIssue(
        'invalid_value',
        at,
        c.account,
        `a JSON account file, relative to the case file (${relative(process.cwd(), path).split(sep).join('/') || path}: ${why})`,
      );
    let text: string;
    try {
      text = await readFile(path, 'utf8');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      issues.push(
        problem(code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'a folder, not a file' : 'not readable'),
      );
      continue;
    }
    let account: unknown;
    try {
      account = parseJsonText(text, { what: 'a JSON account file' });
    } catch (error) {
      if (!(error instanceof JsonSyntaxError)) throw error;
      issues.push(problem(`not JSON, line ${error.line}, column ${error.column}`));
      continue;
    }
    read.push(Object.freeze({ ...c, account: account as Readonly<Record<string, unknown>>, accountFile: c.account }));
  }
  if (issues.length > 0) throw new ValidationError(issues);
  return read;
}
