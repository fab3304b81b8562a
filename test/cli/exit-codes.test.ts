/**
 * The exit codes (src/cli/exit-codes.ts): one table, the same for every command, shown alike by
 * `--help`, the README and the embedding guide; and each command giving the code of each outcome.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EXIT, EXIT_CODES, exitCodesLine, exitCodesMarkdown, exitCodesText } from '../../src/cli/exit-codes';
import { cli, exampleAccounts, linesOf, repoFile, tempDir, writeTo } from './io';

const asOf = '2026-11-23';
const dir = tempDir('hlm-exit-');
const examples = exampleAccounts();
const good = writeTo(dir, 'good.ndjson', `${examples.map((a) => JSON.stringify(a)).join('\n')}\n`);
const withErrors = writeTo(
  dir,
  'errors.ndjson',
  `${[JSON.stringify(examples[0]), '{"id": "X-1"}', '{"id": "X-2", "lease": ', '{"id": "X-3"}'].join('\n')}\n`,
);
const missing = `${dir}/missing.ndjson`;
const policy = repoFile('examples/policies/default.json');
const account = repoFile('examples/accounts/a-1029-two-months-behind.json');
const invalidPolicy = repoFile('test/fixtures/policies/unknown-fact.json');

describe('the table of exit codes', () => {
  it('has 0, 1, 2, 3 and 141, each with a meaning, and names them for the code that returns them', () => {
    expect(EXIT_CODES.map((e) => e.code)).toEqual([0, 1, 2, 3, 141]);
    expect(Object.values(EXIT).sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 141]);
    for (const e of EXIT_CODES) expect(e.meaning.length).toBeGreaterThan(20);
  });

  it('is printed by --help, and summed up on the help page of each command', async () => {
    const help = await cli('--help');
    expect(help.out).toContain(`\n${exitCodesText().join('\n')}\n`);
    for (const e of EXIT_CODES) expect(help.out).toMatch(new RegExp(`\\n  ${e.code} +\\S`));
    for (const command of ['evaluate', 'validate', 'explain', 'schema', 'compare', 'kpi', 'demo'])
      expect((await cli(command, '--help')).out).toContain(`\n${exitCodesLine()}\n`);
  });

  it.each(['README.md', 'docs/guides/embed-in-your-erp.md'])('is shown as is by %s', (file) => {
    const text = readFileSync(repoFile(file), 'utf8');
    expect(text).toContain(`\n${exitCodesMarkdown()}`);
    // No other statement of the codes that could drift from the table.
    expect(text).not.toMatch(/Exit codes: 0 done/);
  });
});

describe('the exit code of each outcome, for every command', () => {
  it.each([
    ['evaluate', ['evaluate', good, '--as-of', asOf, '--workers', '1', '--quiet']],
    ['compare', ['compare', good, '--candidate', policy, '--as-of', asOf]],
    ['kpi', ['kpi', good, '--as-of', asOf]],
    ['explain', ['explain', account, '--as-of', asOf]],
    ['validate', ['validate', policy]],
    ['schema', ['schema', 'decision']],
    ['demo', ['demo', '--accounts', '20']],
  ])('0 when %s has decided every record', async (_, args) => {
    expect((await cli(...args)).code).toBe(0);
  });

  it.each([
    ['evaluate', ['evaluate', withErrors, '--as-of', asOf, '--workers', '1']],
    ['compare', ['compare', withErrors, '--candidate', policy, '--as-of', asOf, '--format', 'json']],
    ['kpi', ['kpi', withErrors, '--as-of', asOf, '--format', 'csv']],
  ])('3 when %s completes with error records, the summary on stderr saying how many', async (command, args) => {
    const r = await cli(...args);
    expect(r.code).toBe(3);
    expect(r.out).not.toBe('');
    if (command === 'evaluate') expect(r.err).toMatch(/^4 accounts: 1 decisions, 3 errors/);
    expect(linesOf(r.err).at(-1)).toBe(
      '3 of 4 records are error records, each naming its line and the field at fault (exit code 3)',
    );
  });

  it.each([
    ['evaluate', ['evaluate', missing, '--as-of', asOf]],
    ['compare', ['compare', missing, '--candidate', policy, '--as-of', asOf]],
    ['kpi', ['kpi', missing, '--as-of', asOf]],
    ['explain', ['explain', `${dir}/missing.json`, '--as-of', asOf]],
    ['validate', ['validate', `${dir}/missing.json`]],
    ['evaluate --policy', ['evaluate', good, '--as-of', asOf, '--policy', `${dir}/missing.json`]],
    ['compare --candidate', ['compare', good, '--candidate', `${dir}/missing.json`, '--as-of', asOf]],
    ['kpi --policy', ['kpi', good, '--as-of', asOf, '--policy', `${dir}/missing.json`]],
    ['explain --policy', ['explain', account, '--as-of', asOf, '--policy', `${dir}/missing.json`]],
  ])('1 when a file of %s is missing, naming it, with the current folder', async (_, args) => {
    const r = await cli(...args);
    expect(r).toMatchObject({ code: 1, out: '' });
    expect(r.err).toMatch(
      /^hlm-recovery: cannot read .*missing\.(nd)?json: no such file \(check the name and the folder; the current folder is .+\)\n$/,
    );
  });

  it.each([
    ['evaluate', ['evaluate', good, '--as-of', asOf, '--policy', invalidPolicy]],
    ['compare', ['compare', good, '--candidate', invalidPolicy, '--as-of', asOf]],
    ['kpi', ['kpi', good, '--as-of', asOf, '--policy', invalidPolicy]],
    ['explain', ['explain', account, '--as-of', asOf, '--policy', invalidPolicy]],
  ])('1 when the policy of %s does not validate', async (_, args) => {
    const r = await cli(...args);
    expect(r).toMatchObject({ code: 1, out: '' });
    expect(r.err).toMatch(/levels\[1\]\.conditions\.all\[0\]\.fact: expected a known fact/);
  });

  it('1 for an accounts file that is a folder, and for a CSV file without its ledger', async () => {
    expect(await cli('evaluate', dir, '--as-of', asOf, '--input-format', 'ndjson')).toMatchObject({
      code: 1,
      err: `hlm-recovery: cannot read ${dir}: it is a folder, not a file\n`,
    });
    const csv = writeTo(dir, 'alone.csv', 'id,signedOn,department,rent,charges,monthlyResources\n');
    expect(await cli('kpi', csv, '--as-of', asOf)).toMatchObject({
      code: 1,
      err: `hlm-recovery: cannot read ${dir}/alone.ledger.csv (the ledger of alone.csv; another file can be given with --ledger): no such file (check the name and the folder; the current folder is ${process.cwd()})\n`,
    });
  });

  it.each([
    ['evaluate', ['evaluate', good]],
    ['compare', ['compare', good, '--as-of', asOf]],
    ['kpi', ['kpi', good, '--as-of', asOf, '--format', 'xml']],
    ['explain', ['explain', account, '--as-of', asOf, '--bogus']],
    ['validate', ['validate']],
    ['schema', ['schema', 'ledger']],
    ['demo', ['demo', '--accounts', '0']],
  ])('2 for wrong usage of %s, before anything is read', async (_, args) => {
    const r = await cli(...args);
    expect(r).toMatchObject({ code: 2, out: '' });
    expect(r.err).toMatch(/^hlm-recovery: .+\nRun "hlm-recovery \w+ --help" for usage\.\n$/);
  });
});
