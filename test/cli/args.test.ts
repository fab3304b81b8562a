/**
 * The arguments of the command (src/cli/args.ts): a mistyped option named with the nearest one, a
 * repeated option, an option with no value; an input whose format cannot be told; a JSON file
 * with a syntax error, told by line and column, for every command that reads one.
 */
import { describe, expect, it } from 'vitest';
import { cli, exampleAccounts, linesOf, repoFile, tempDir, writeTo, type Run } from './io';

const asOf = '2026-11-23';
const dir = tempDir('hlm-args-');
const accounts = writeTo(
  dir,
  'accounts.ndjson',
  `${exampleAccounts()
    .map((a) => JSON.stringify(a))
    .join('\n')}\n`,
);
const account = repoFile('examples/accounts/a-1029-two-months-behind.json');
const policy = repoFile('examples/policies/default.json');

/** A usage error: exit code 2, one line that names the mistake, then where the help is. */
function expectUsage(r: Run, message: string, command: string): void {
  expect(r.code).toBe(2);
  expect(r.out).toBe('');
  expect(linesOf(r.err)).toEqual([`hlm-recovery: ${message}`, `Run "hlm-recovery ${command} --help" for usage.`]);
}

describe('a mistyped option', () => {
  it.each([
    [
      'evaluate',
      ['evaluate', accounts, '--as-of', asOf, '--fromat', 'csv'],
      'unknown option --fromat (did you mean --format?)',
    ],
    ['evaluate', ['evaluate', accounts, '--asof', asOf], 'unknown option --asof (did you mean --as-of?)'],
    ['evaluate', ['evaluate', accounts, '-as-of', asOf], 'unknown option -as-of (did you mean --as-of?)'],
    [
      'evaluate',
      ['evaluate', accounts, '--as-of', asOf, '--polcy=p.json'],
      'unknown option --polcy (did you mean --policy?)',
    ],
    [
      'evaluate',
      ['evaluate', accounts, '--as-of', asOf, '--input', 'csv'],
      'unknown option --input (did you mean --input-format or --input-dialect?)',
    ],
    [
      'compare',
      ['compare', accounts, '--as-of', asOf, '--candiate', policy],
      'unknown option --candiate (did you mean --candidate?)',
    ],
    ['kpi', ['kpi', accounts, '--as-of', asOf, '--ledgr', 'l.csv'], 'unknown option --ledgr (did you mean --ledger?)'],
    ['explain', ['explain', account, '--as_of', asOf], 'unknown option --as_of (did you mean --as-of?)'],
    ['demo', ['demo', '--seeds', '3'], 'unknown option --seeds (did you mean --seed?)'],
    ['validate', ['validate', policy, '--strict'], 'unknown option --strict: validate takes no option'],
    [
      'kpi',
      ['kpi', accounts, '--as-of', asOf, '--verbose'],
      'unknown option --verbose; kpi takes --as-of, --format, --dialect, --input-format, --ledger, --input-dialect, --encoding, --policy, --lang',
    ],
  ])('is named, with the nearest known option of %s (exit code 2)', async (command, args, message) => {
    expectUsage(await cli(...args), message, command);
  });

  it('is named for an option value that is mistyped too, with the nearest value', async () => {
    expectUsage(
      await cli('evaluate', accounts, '--as-of', asOf, '--format', 'cvs'),
      '--format must be one of ndjson, json, csv, not "cvs" (did you mean csv?)',
      'evaluate',
    );
  });

  it('suggests the nearest command for a mistyped command', async () => {
    const r = await cli('evalute', accounts);
    expect(r.code).toBe(2);
    expect(linesOf(r.err)[0]).toBe(
      'hlm-recovery: unknown command "evalute" (did you mean evaluate?); run hlm-recovery --help',
    );
  });
});

describe('a repeated option, an option without its value, a flag with one', () => {
  it.each([
    [
      ['evaluate', accounts, '--as-of', asOf, '--as-of', '2026-11-24'],
      '--as-of is given twice ("2026-11-23" first): give it once',
    ],
    [
      ['evaluate', accounts, '--as-of', asOf, '--policy=a.json', '--policy', 'b.json'],
      '--policy is given twice ("a.json" first): give it once',
    ],
    [['evaluate', accounts, '--as-of', asOf, '--quiet', '--quiet'], '--quiet is given twice: give it once'],
    [['evaluate', accounts, '--as-of'], '--as-of needs a value: --as-of 2026-11-23'],
    [['evaluate', accounts, '--as-of', '--quiet'], '--as-of needs a value: --as-of 2026-11-23'],
    [['evaluate', accounts, '--as-of=', '--quiet'], '--as-of needs a value: --as-of 2026-11-23'],
    [['evaluate', accounts, '--as-of', asOf, '--quiet=yes'], '--quiet takes no value: write --quiet alone'],
  ])('refuses %j as wrong usage (exit code 2)', async (args, message) => {
    expectUsage(await cli(...args), message, 'evaluate');
  });

  it('takes --name=value as --name value, and a file after --', async () => {
    const spaced = await cli('evaluate', accounts, '--as-of', asOf, '--workers', '1', '--quiet');
    const joined = await cli('evaluate', '--as-of=2026-11-23', '--workers=1', '--quiet', '--', accounts);
    expect(spaced.code).toBe(0);
    expect(joined).toEqual(spaced);
  });
});

describe('an input whose format cannot be told', () => {
  it('says to give --input-format (the input option, not --format, the output one)', async () => {
    const txt = writeTo(dir, 'accounts.txt', '');
    expectUsage(
      await cli('evaluate', txt, '--as-of', asOf),
      'cannot tell the format of accounts.txt from its name: add --input-format json, ndjson or csv (or name the file .json, .ndjson, .jsonl or .csv)',
      'evaluate',
    );
    const r = await cli('kpi', txt, '--as-of', asOf, '--input-format', 'ndjson');
    expect(r.code).toBe(0);
  });

  it('asks for the ledger of CSV accounts that --input-format names in a file not ending in .csv', async () => {
    const txt = writeTo(dir, 'export.txt', 'id,signedOn,department,rent,charges,monthlyResources\n');
    expectUsage(
      await cli('evaluate', txt, '--as-of', asOf, '--input-format', 'csv'),
      'CSV accounts in export.txt need their ledger file: add --ledger <file>',
      'evaluate',
    );
  });
});

describe('a JSON file with a syntax error', () => {
  /** A policy with a comma missing at the end of line 4. */
  const brokenPolicy = writeTo(
    dir,
    'broken-policy.json',
    '{\n  "id": "default",\n  "version": "2024.1",\n  "effectiveFrom": "2024-01-01"\n  "levels": []\n}\n',
  );
  const brokenAccount = writeTo(
    dir,
    'broken-account.json',
    '\uFEFF{\n  "id": "A-1",\n  "lease": {\n    "rent": 512.30,\n  }\n}',
  );
  const missingComma =
    'broken-policy.json is not valid JSON: line 5, column 3: expected "," or "}" here: a comma is missing, or the object is not closed';

  it.each([
    ['validate', ['validate', brokenPolicy]],
    ['evaluate --policy', ['evaluate', accounts, '--as-of', asOf, '--policy', brokenPolicy]],
    ['explain --policy', ['explain', account, '--as-of', asOf, '--policy', brokenPolicy]],
    ['kpi --policy', ['kpi', accounts, '--as-of', asOf, '--policy', brokenPolicy]],
    ['compare --candidate', ['compare', accounts, '--as-of', asOf, '--candidate', brokenPolicy]],
    ['compare --baseline', ['compare', accounts, '--as-of', asOf, '--candidate', policy, '--baseline', brokenPolicy]],
  ])('%s gives its line and column, and what is wrong there (exit code 1)', async (_, args) => {
    const r = await cli(...args);
    expect(r).toEqual({ code: 1, out: '', err: `hlm-recovery: ${dir}/${missingComma}\n` });
  });

  it('explain gives the line and column in an account file, after its byte-order mark', async () => {
    const r = await cli('explain', brokenAccount, '--as-of', asOf);
    expect(r).toEqual({
      code: 1,
      out: '',
      err: `hlm-recovery: ${brokenAccount} is not valid JSON: line 5, column 3: a comma before "}": remove the last comma\n`,
    });
  });

  it('reads a policy file that starts with a byte-order mark', async () => {
    const withBom = writeTo(dir, 'bom-policy.json', `\uFEFF${JSON.stringify(JSON.parse(await readText(policy)))}`);
    expect((await cli('validate', withBom)).code).toBe(0);
  });
});

async function readText(path: string): Promise<string> {
  const { readFile } = await import('node:fs/promises');
  return readFile(path, 'utf8');
}
