/**
 * `hlm-recovery test <policy> <cases…>` (issue #22): exit 0 when every case passes, 1 when one
 * fails or an input is not valid, 2 for a wrong usage; the report in French by default, in
 * English with --lang en, or as JSON.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cli, cliAsIs, cliWith, linesOf, repoFile, tempDir, writeTo } from './io';

const cases = repoFile('examples/policies/cases/default');
const policy = repoFile('examples/policies/default.json');
const dir = tempDir('hlm-test-cmd-');
const account = repoFile('examples/accounts/a-1029-two-months-behind.json');
const failing = writeTo(
  dir,
  'failing.json',
  JSON.stringify({
    cases: [
      { name: 'Holds', asOf: '2026-11-23', account, expect: { level: 'benefit-unpaid' } },
      { name: 'Wrong step', asOf: '2026-11-23', account, expect: { nextStep: 'plan-proposal', channel: 'internal' } },
    ],
  }),
);

describe('hlm-recovery test', () => {
  it('exits 0 when every shipped case passes the default policy, in French by default', async () => {
    const r = await cliAsIs('test', 'default', cases);
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    const lines = linesOf(r.out);
    expect(lines[0]).toMatch(/01-paid-up\.json\u00a0:$/);
    expect(lines[1]).toBe('  ✓ À jour — rien à faire (7 vérifications)');
    expect(lines.at(-1)).toMatch(/^\d+ cas\u00a0: (\d+) réussis, 0 en échec$/);
  });

  it('takes the policy from a file or from standard input', async () => {
    expect((await cli('test', policy, cases)).code).toBe(0);
    const r = await cliWith({ stdin: readFileSync(policy, 'utf8') }, 'test', '-', cases);
    expect(r.code).toBe(0);
  });

  it('exits 1 when a case fails, saying expected against actual, in English with --lang en', async () => {
    const r = await cliAsIs('test', 'default', failing, '--lang', 'en');
    expect(r.code).toBe(1);
    expect(linesOf(r.out).slice(1)).toEqual([
      '  ✓ Holds (1 check)',
      '  ✗ Wrong step (as of 23 Nov 2026)',
      '    ✗ next step (nextStep): expected plan-proposal, got caf-signal',
      '    ✓ channel of the next step (channel): internal',
      '2 cases: 1 passed, 1 failed',
    ]);
    const fr = await cliAsIs('test', 'default', failing);
    expect(fr.out).toContain('    ✗ prochaine étape (nextStep)\u00a0: attendu plan-proposal, obtenu caf-signal\n');
    expect(fr.out).toContain('    ✓ canal de la prochaine étape (channel)\u00a0: interne (internal)\n');
    expect(fr.out).toContain('2 cas\u00a0: 1 réussi, 1 en échec\n');
  });

  it('writes the report as JSON with --format json', async () => {
    const r = await cli('test', 'default', failing, '--format', 'json');
    expect(r.code).toBe(1);
    const report = JSON.parse(r.out);
    expect(Object.keys(report)).toEqual(['locale', 'total', 'passed', 'failed', 'results']);
    expect([report.locale, report.total, report.passed, report.failed]).toEqual(['en', 2, 1, 1]);
    expect(report.results[1]).toEqual({
      name: 'Wrong step',
      file: failing,
      asOf: '2026-11-23',
      passed: false,
      checks: [
        { field: 'nextStep', expected: 'plan-proposal', actual: 'caf-signal', passed: false },
        { field: 'channel', expected: 'internal', actual: 'internal', passed: true },
      ],
    });
  });

  it('runs several paths, files and folders, in the order given', async () => {
    const r = await cli('test', 'default', failing, cases);
    expect(r.code).toBe(1);
    expect(linesOf(r.out)[0]).toBe(`${failing}:`);
  });

  it.each([
    [
      'no argument',
      ['test'],
      /^hlm-recovery: give the policy, then at least one case file or folder: hlm-recovery test/,
    ],
    ['no case file', ['test', 'default'], /give the policy, then at least one case file or folder/],
    [
      'an unknown option',
      ['test', 'default', cases, '--fromat', 'json'],
      /unknown option --fromat \(did you mean --format\?\)/,
    ],
    ['an unknown format', ['test', 'default', cases, '--format', 'csv'], /--format must be one of text, json/],
  ])('exits 2 for %s', async (_, args, message) => {
    const r = await cli(...args);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toMatch(message);
  });

  it('exits 1 for a case file, a folder or a policy that cannot be read or is not valid, naming it', async () => {
    const bad = writeTo(
      dir,
      'bad.json',
      '{"name": "x", "asOf": "2026-11-23", "account": {}, "expect": {"levle": "none"}}',
    );
    const r = await cli('test', 'default', bad);
    expect(r.code).toBe(1);
    expect(r.err).toContain(`["${bad}"].expect.levle: expected one of the fields level,`);
    expect((await cli('test', 'default', `${dir}/missing.json`)).err).toMatch(
      /cannot read .*missing\.json: no such file/,
    );
    const empty = `${dir}/empty`;
    mkdirSync(empty);
    expect((await cli('test', 'default', empty)).err).toContain(`no case file (*.json) in ${empty}`);
    const r2 = await cli('test', repoFile('test/fixtures/policies/unknown-fact.json'), cases);
    expect(r2.code).toBe(1);
    expect(r2.out).toBe('');
  });

  it('has a help page in French and in English', async () => {
    expect((await cliAsIs('test', '--help')).out).toMatch(
      /^Usage\u00a0: hlm-recovery test <politique\.json\|default\|->/,
    );
    expect((await cli('test', '--help')).out).toMatch(/^Usage: hlm-recovery test <policy\.json\|default\|->/);
    expect((await cli('--help')).out).toContain('  test <policy> <cases> run the cases a policy must pass');
  });
});

describe('hlm-recovery schema cases', () => {
  it('prints the JSON Schema of a case file, the one shipped as schema/cases.schema.json', async () => {
    const r = await cliAsIs('schema', 'cases');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toEqual(JSON.parse(readFileSync(repoFile('schema/cases.schema.json'), 'utf8')));
  });
});
