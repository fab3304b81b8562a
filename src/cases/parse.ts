/**
 * `parsePolicyCases`: a case file read into cases, or every problem of it with its JSON path, the
 * value received and what was expected (a {@link ValidationError}, in English like every issue;
 * `localizeIssues` gives the French).
 *
 * @module
 */
import { ValidationError, makeIssue, type Issue, type PathSegment } from '../errors';
import { deepFreeze } from '../freeze';
import { findUnsafeKeys } from '../input-guard';
import { parseJsonText } from '../json-text';
import { didYouMean } from '../rules/suggest';
import { fromZodIssues } from '../schema-issues';
import {
  CASES_FILE_FIELDS,
  CASE_FIELDS,
  EXPECT_FIELDS,
  PolicyCasesFileSchema,
  SingleCaseFileSchema,
  type CaseExpectations,
} from './schema';

/** Most values (objects, lists and single values) in one case file, inline accounts included. */
export const MAX_CASE_FILE_VALUES = 1_000_000;

/**
 * One case, as read from its file.
 *
 * @example
 * ```ts
 * const [c] = parsePolicyCases({ name: 'Paid up', asOf: '2026-11-23', account: 'a.json', expect: { level: 'none' } });
 * c.account; // => 'a.json' (a path the Node reader resolves; readPolicyCases puts the account there)
 * ```
 */
export interface PolicyCase {
  /** The name of the case, unique in its file. */
  readonly name: string;
  /** Why the case is there. */
  readonly description?: string;
  /** The evaluation date, `YYYY-MM-DD`. */
  readonly asOf: string;
  /**
   * The account as written (checked when the case runs), or the path of an account file relative
   * to the case file, which `readPolicyCases` (`hlm-recovery/node`) replaces by the account.
   */
  readonly account: Readonly<Record<string, unknown>> | string;
  /** The path of the account file the account was read from, when it was (as written in the case). */
  readonly accountFile?: string;
  /** What the decision must show. */
  readonly expect: Readonly<CaseExpectations>;
  /** The case file, when known (the `where` given to {@link parsePolicyCases}). */
  readonly file?: string;
  /** The path of the case in its file: `[]` for a file of one case, `['cases', 2]` in a list. */
  readonly path: readonly PathSegment[];
}

/**
 * Reads a case file: one case object, or `{ "cases": [ … ] }` (an optional `"$schema"` in
 * either), as parsed JSON or as JSON text.
 *
 * @param json - The parsed file, or its text (a leading byte-order mark is allowed).
 * @param where - The file's name, for the messages: it becomes the first segment of every issue's
 *   path (`["cases/base.json"].cases[1].asOf`).
 * @returns The cases, in file order, frozen.
 * @throws {@link ValidationError} with every problem: `invalid_type` (a JSON syntax error, with
 *   its line and column), `forbidden_key` (`__proto__`, `constructor`, `prototype`),
 *   `unrecognized_key` (with the fields allowed there and the nearest one), `missing`,
 *   `invalid_value`, `invalid_date`, `duplicate_id` (two cases of one name).
 * @example
 * ```ts
 * parsePolicyCases({ cases: [{ name: 'Paid up', asOf: '2026-11-23', account: {}, expect: { levl: 'none' } }] }, 'cases.json');
 * // throws ValidationError: '["cases.json"].cases[0].expect.levl: expected one of the fields level, … (did you mean "level"?); received "none"'
 * ```
 */
export function parsePolicyCases(json: unknown, where?: string): readonly PolicyCase[] {
  const base: PathSegment[] = where === undefined ? [] : [where];
  let input = json;
  if (typeof json === 'string') {
    try {
      input = parseJsonText(json, { what: 'a JSON case file' });
    } catch (error) {
      if (error instanceof ValidationError) throw new ValidationError(error.issues.map((i) => moved(i, base)));
      throw error;
    }
  }
  const unsafe = findUnsafeKeys(input, base, { maxValues: MAX_CASE_FILE_VALUES, what: 'a case file' });
  if (unsafe.length > 0) throw new ValidationError(unsafe);

  const isList = input !== null && typeof input === 'object' && !Array.isArray(input) && 'cases' in input;
  const parsed = isList ? PolicyCasesFileSchema.safeParse(input) : SingleCaseFileSchema.safeParse(input);
  if (!parsed.success) {
    const issues = fromZodIssues(parsed.error.issues, input, base).map((i) => withFields(i, base.length, isList));
    throw new ValidationError(issues);
  }
  const list = isList ? (parsed.data as { cases: unknown[] }).cases : [parsed.data];
  const issues: Issue[] = [];
  const seen = new Map<string, number>();
  const cases = list.map((raw, i) => {
    const { $schema: _schema, ...c } = raw as Record<string, unknown>;
    const path: PathSegment[] = isList ? ['cases', i] : [];
    const name = c.name as string;
    const earlier = seen.get(name);
    if (earlier !== undefined)
      issues.push(
        makeIssue(
          'duplicate_id',
          [...base, ...path, 'name'],
          name,
          `a name no other case has (cases[${earlier}] has it)`,
        ),
      );
    else seen.set(name, i);
    return {
      ...c,
      ...(where === undefined ? {} : { file: where }),
      path,
    } as unknown as PolicyCase;
  });
  if (issues.length > 0) throw new ValidationError(issues);
  return deepFreeze(cases);
}

/** What a case's `account` must be. */
const ACCOUNT_EXPECTED = 'an account (an object) or the path of a JSON account file relative to the case file';

/** An issue moved under `base`: the file's name first. */
function moved(issue: Issue, base: readonly PathSegment[]): Issue {
  return base.length === 0 ? issue : makeIssue(issue.code, [...base, ...issue.path], issue.received, issue.expected);
}

/** An unknown key's issue with the fields allowed where it is, and the nearest one. */
function withFields(issue: Issue, skip: number, isList: boolean): Issue {
  const at = issue.path.slice(skip);
  // The account is a union (an object or a path): zod would name one branch only.
  if (at.at(-1) === 'account' && at.length === (isList ? 3 : 1) && issue.code !== 'unrecognized_key')
    return makeIssue(
      issue.code === 'missing' ? 'missing' : 'invalid_type',
      issue.path,
      issue.received,
      ACCOUNT_EXPECTED,
    );
  if (issue.code !== 'unrecognized_key') return issue;
  const key = String(at.at(-1));
  const parent = at.slice(0, -1);
  const known =
    parent.at(-1) === 'expect' ? EXPECT_FIELDS : parent.length === 0 && isList ? CASES_FILE_FIELDS : CASE_FIELDS;
  return makeIssue(
    'unrecognized_key',
    issue.path,
    issue.received,
    `one of the fields ${known.join(', ')}${didYouMean(key, known)}`,
  );
}
