/**
 * Reading the command's arguments and files: usage errors (exit code 2), required and enumerated
 * options, whole numbers, JSON files, the policy file, the input options of the readers.
 *
 * @module
 */
import { readFileSync } from 'node:fs';
import { ValidationError } from '../errors';
import { readAccounts, type InputFormat, type ReadOptions } from '../node';
import { defaultPolicy, loadPolicy } from '../rules';

/** Wrong usage of the command: exit code 2, with the help to read. */
export class UsageError extends Error {}

/** A JSON file, a byte-order mark allowed; a usage error when it cannot be read. */
export function readJsonFile(path: string): unknown {
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

/** The policy of a file, loaded; the default policy without one. */
export function policyFrom(path: string | undefined) {
  return path === undefined ? defaultPolicy : loadPolicy(readJsonFile(path));
}

/** The evaluation date, which every command needs: nothing is read from the clock. */
export function requireAsOf(value: string | undefined): string {
  if (value === undefined)
    throw new UsageError('--as-of <date> is required: the evaluation date, e.g. --as-of 2026-11-23');
  return value;
}

/** An option's value among the allowed ones. */
export function oneOf<T extends string>(name: string, value: string | undefined, allowed: readonly T[]): T | undefined {
  if (value === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(value))
    throw new UsageError(`${name} must be one of ${allowed.join(', ')}, not "${value}"`);
  return value as T;
}

/** An option's whole number, at least 1. */
export function positiveInt(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d{1,7}$/.test(value) || Number(value) < 1)
    throw new UsageError(`${name} must be a whole number of at least 1, not "${value}"`);
  return Number(value);
}

/** The options of the commands that read accounts. */
export const INPUT_OPTIONS = {
  'as-of': { type: 'string' },
  format: { type: 'string' },
  dialect: { type: 'string' },
  'input-format': { type: 'string' },
  ledger: { type: 'string' },
} as const;

/** `--input-format` and `--ledger`, as the readers take them. */
export function readOptions(values: { 'input-format'?: string | undefined; ledger?: string | undefined }): ReadOptions {
  const inputFormat = oneOf<InputFormat>('--input-format', values['input-format'], ['json', 'ndjson', 'csv']);
  return {
    ...(inputFormat === undefined ? {} : { format: inputFormat }),
    ...(values.ledger === undefined ? {} : { ledger: values.ledger }),
  };
}

/** The accounts of a file, read as the options say. */
export function accountsFrom(
  file: string,
  values: { 'input-format'?: string | undefined; ledger?: string | undefined },
) {
  return readAccounts(file, readOptions(values));
}
