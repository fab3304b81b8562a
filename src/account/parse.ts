/**
 * Parsing accounts at the boundary: JSON in, a typed {@link Account} or every issue with its path.
 *
 * @module
 */
import { z } from 'zod';
import { ValidationError, makeIssue, type SafeResult } from '../errors';
import { findUnsafeKeys } from '../input-guard';

/**
 * Most values (objects, lists and single values) in one account: room for a ledger of
 * `MAX_LEDGER_LENGTH` (100,000) postings with all their fields, and no more.
 */
export const MAX_ACCOUNT_VALUES = 1_500_000;
import { fromZodIssues } from '../schema-issues';
import { AccountSchema, type Account } from './schema';
import { deepFreeze } from '../freeze';
import { fastParseAccount } from './fast-parse';

/** Accounts this module produced: `analyze` and `evaluate` need not parse them again. */
const PARSED = new WeakSet<object>();

/**
 * Tells whether a value is an account returned by {@link parseAccount} (and so already valid).
 *
 * @param value - Anything.
 * @returns `true` for the very object `parseAccount` returned.
 */
export function isParsedAccount(value: unknown): value is Account {
  return typeof value === 'object' && value !== null && PARSED.has(value);
}

/**
 * Validates one account as exported by a housing ERP.
 *
 * Money stays as exact decimal strings, dates as ISO strings; objects are strict, so an unknown
 * key (a typo in an export) is an issue with its path; `__proto__`, `constructor` and
 * `prototype` keys are refused anywhere.
 *
 * @param json - A parsed JSON value, or a JSON text.
 * @returns `{ ok: true, value }` or `{ ok: false, issues }`; never throws for bad data.
 * @example
 * ```ts
 * const r = safeParseAccount({ id: 'A-1', lease: { signedOn: '2019-05-01', department: '93', rent: '512.3', charges: '85.00' },
 *   household: { monthlyResources: '1450.00' }, ledger: [{ date: '2026-01-01', kind: 'rent', amount: '512,30' }] });
 * r.ok ? null : r.issues[0].message;
 * // => 'ledger[0].amount: expected an EUR amount as a decimal string with at most 2 decimals, e.g. "1234.56"; received "512,30"'
 * ```
 */
export function safeParseAccount(json: unknown): SafeResult<Account> {
  return parse(json, true);
}

/**
 * {@link safeParseAccount} without its fast path: the input guard, then zod. The reference the
 * fast path (`fast-parse.ts`) is tested against; internal, not listed by the package.
 *
 * @param json - A parsed JSON value, or a JSON text.
 * @returns `{ ok: true, value }` or `{ ok: false, issues }`.
 */
export function safeParseAccountWithZod(json: unknown): SafeResult<Account> {
  return parse(json, false);
}

function parse(json: unknown, fast: boolean): SafeResult<Account> {
  let input = json;
  if (typeof json === 'string') {
    try {
      input = JSON.parse(json) as unknown;
    } catch (error) {
      // JSON.parse's message names the place of the fault and quotes a few characters at most.
      const fault = (error as Error).message;
      return {
        ok: false,
        issues: [makeIssue('invalid_type', [], json, `a JSON object (the text is not valid JSON: ${fault})`)],
      };
    }
  }
  // The fast path accepts exactly what the guard and zod accept together, in one pass; whatever
  // it does not accept goes through them, and they write the issues.
  const parsed = fast ? fastParseAccount(input, MAX_ACCOUNT_VALUES) : undefined;
  if (parsed !== undefined) {
    PARSED.add(parsed);
    return { ok: true, value: parsed };
  }
  const unsafe = findUnsafeKeys(input, [], { maxValues: MAX_ACCOUNT_VALUES, what: 'an account' });
  if (unsafe.length > 0) return { ok: false, issues: unsafe };
  const result = AccountSchema.safeParse(input);
  if (result.success) {
    PARSED.add(result.data);
    return { ok: true, value: result.data };
  }
  return { ok: false, issues: fromZodIssues(result.error.issues, input) };
}

/**
 * Validates one account, throwing on bad data. See {@link safeParseAccount}.
 *
 * @param json - A parsed JSON value, or a JSON text.
 * @returns The typed account.
 * @throws {@link ValidationError} with every issue (`invalid_amount`, `invalid_date`,
 *   `unrecognized_key`, `forbidden_key`, `missing`…).
 *
 * @example
 * ```ts
 * parseAccount(accountJson).id; // => 'A-1029'
 * parseAccount({ id: 'A' });
 * // throws ValidationError with 3 issues, the first: 'lease: expected an object; received nothing (the field is absent)'
 * ```
 */
export function parseAccount(json: unknown): Account {
  const result = safeParseAccount(json);
  if (!result.ok) throw new ValidationError(result.issues);
  return result.value;
}

/**
 * JSON Schema (draft 2020-12) of an account, as an ERP writes it.
 *
 * @example
 * ```ts
 * accountJsonSchema.$schema; // => 'https://json-schema.org/draft/2020-12/schema'
 * ```
 */
export const accountJsonSchema: Readonly<Record<string, unknown>> = deepFreeze(
  z.toJSONSchema(AccountSchema, { io: 'input' }) as Record<string, unknown>,
);
