/**
 * The `hlm-recovery` command, run in this process through `main(argv, io)`: every command, its
 * exit code (0 every record decided, 1 invalid input, 2 wrong usage, 3 some error records; the
 * table is tested in exit-codes.test.ts), its output on stdout and its messages on stderr. `evaluate` runs with `--workers 1` (worker threads need the built files: the spawned
 * command and its workers are tested in test/package/cli.test.ts).
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { accountJsonSchema } from '../../src/account';
import { formatPath } from '../../src/errors';
import {
  decisionJsonSchema,
  defaultPolicy,
  evaluate,
  policyJsonSchema,
  validatePolicy,
  type Decision,
} from '../../src/rules';
import { LIBRARY_VERSION } from '../../src/version';
import { tenancyArb } from '../rules/arbitraries';
import { cli, exampleAccounts, linesOf, repoFile, tempDir, writeTo, type Run } from './io';

const asOf = '2026-11-23';
const dir = tempDir('hlm-cli-');
const examples = exampleAccounts();
const decisions: Decision[] = examples.map((a) => evaluate(a, defaultPolicy, { asOf, locale: 'en' }));

/** The four example accounts, then a truncated line. */
const ndjson = writeTo(
  dir,
  'accounts.ndjson',
  `${[...examples.map((a) => JSON.stringify(a)), '{"id": "BROKEN", "lease": '].join('\n')}\n`,
);
const json = writeTo(dir, 'accounts.json', JSON.stringify(examples));
const defaultPolicyFile = repoFile('examples/policies/default.json');
const candidateFile = repoFile('examples/policies/earlier-contact.json');
const fixture = (name: string) => repoFile(`test/fixtures/policies/${name}.json`);
const notJson = writeTo(dir, 'not-json.json', '{"id": ');
const missing = `${dir}/missing.json`;

/** Checks a refusal for wrong usage: exit code 2, nothing on stdout, the message and the hint on stderr. */
function expectUsageError(r: Run, message: RegExp, command?: string): void {
  expect(r.code).toBe(2);
  expect(r.out).toBe('');
  const [first, hint, ...rest] = linesOf(r.err);
  expect(first).toMatch(/^hlm-recovery: /);
  expect(first).toMatch(message);
  expect(hint).toBe(`Run "hlm-recovery ${command ? `${command} ` : ''}--help" for usage.`);
  expect(rest.filter((l) => !/^(Did you forget|To specify)/.test(l))).toEqual([]);
}

/** Checks a refusal of the input: exit code 1, nothing on stdout, no stack trace on stderr. */
function expectInvalidInput(r: Run, message: RegExp): void {
  expect(r.code).toBe(1);
  expect(r.out).toBe('');
  expect(r.err).toMatch(message);
  expect(r.err).not.toMatch(/\n\s+at /);
}

describe('hlm-recovery evaluate', () => {
  const evaluateArgs = (input: string, ...more: string[]) => [
    'evaluate',
    input,
    '--as-of',
    asOf,
    '--workers',
    '1',
    ...more,
  ];

  it('writes the decision of each account on stdout in input order, an error record for a broken line, and the summary on stderr (exit code 3)', async () => {
    const r = await cli(...evaluateArgs(ndjson));
    expect(r.code).toBe(3);
    const lines = linesOf(r.out);
    expect(lines).toHaveLength(5);
    expect(lines.slice(0, 4)).toEqual(decisions.map((d) => JSON.stringify(d)));
    expect(JSON.parse(lines[4]!)).toMatchObject({
      index: 4,
      line: 5,
      accountId: 'BROKEN',
      issues: [expect.objectContaining({ code: 'invalid_type' })],
    });

    const err = linesOf(r.err);
    expect(err[0]).toMatch(/^5 accounts: 4 decisions, 1 errors in \d+\.\d s$/);
    // The alert levels table: each level with its count and its share of the decisions.
    const levels = new Map<string, number>();
    for (const d of decisions)
      levels.set(`${d.level.rank} ${d.level.id}`, (levels.get(`${d.level.rank} ${d.level.id}`) ?? 0) + 1);
    const table = err.slice(err.indexOf('Alert levels:') + 1, err.indexOf('Actions due:'));
    const expected = [...levels]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([level, n]) => [level, String(n), `${((100 * n) / 4).toFixed(1)} %`]);
    expect(table.map((l) => l.trim().split(/\s{2,}/))).toEqual(expected);
    expect(err).toContain('Channels:');
    expect(err.at(-2)).toMatch(/^Awaiting human approval: \d+; legal deadlines due today: \d+; overdue: \d+$/);
    expect(err.at(-1)).toBe(
      '1 of 5 records are error records, each naming its line and the field at fault (exit code 3)',
    );
  });

  it('writes nothing on stderr with --quiet, and the same stdout', async () => {
    const loud = await cli(...evaluateArgs(ndjson));
    const quiet = await cli(...evaluateArgs(ndjson, '--quiet'));
    expect(quiet).toEqual({ code: 3, out: loud.out, err: '' });
  });

  it('gives the same bytes from a JSON array as from NDJSON', async () => {
    const fromJson = await cli(...evaluateArgs(json, '--quiet'));
    expect(fromJson.code).toBe(0);
    expect(fromJson.out).toBe(decisions.map((d) => `${JSON.stringify(d)}\n`).join(''));
  });

  it('reads the flat CSV layout with the ledger file beside it, or the one --ledger names', async () => {
    const accounts = [
      'id,signedOn,department,rent,charges,monthlyResources,memberAges,mobile',
      'F-1,2024-02-01,93,500.00,100.00,1800.00,44|9,true',
      'F-2,2019-05-01,57,402.10,61.40,1120.00,82,false',
      'F-3,2019-05-01',
    ].join('\n');
    const ledger = [
      'accountId,date,kind,amount',
      'F-1,2026-10-01,rent,500.00',
      'F-2,2026-09-01,rent,402.10',
      'F-2,2026-10-01,rent,402.10',
    ].join('\n');
    const csv = writeTo(dir, 'flat.csv', accounts);
    writeTo(dir, 'flat.ledger.csv', ledger);
    const beside = await cli(...evaluateArgs(csv, '--format', 'csv', '--quiet'));
    expect(beside.code).toBe(3); // F-3 is an error record
    const [header, ...rows] = linesOf(beside.out).map((l) => l.split(','));
    const column = (name: string) => header!.indexOf(name);
    // The amounts due come from the ledger file: F-2 owes two months.
    expect(rows.slice(0, 2).map((r) => [r[column('accountId')], r[column('amountDue')]])).toEqual([
      ['F-1', '500.00'],
      ['F-2', '804.20'],
    ]);
    expect(rows[2]!.slice(0, 2)).toEqual(['2', 'F-3']);
    expect(rows[2]!.slice(column('error')).join(',')).toMatch(
      /expected a row of 8 cells like the header, not 2 \(line 4\)/,
    );

    const other = writeTo(dir, 'accounts.txt', accounts);
    const named = await cli(
      ...evaluateArgs(
        other,
        '--input-format',
        'csv',
        '--ledger',
        writeTo(dir, 'postings.csv', ledger),
        '--format',
        'csv',
        '--quiet',
      ),
    );
    expect(named).toEqual(beside);
  });

  it('writes a JSON array with --format json, and a header and one row per account with --format csv', async () => {
    const asJson = await cli(...evaluateArgs(ndjson, '--format', 'json', '--quiet'));
    expect(asJson.code).toBe(3);
    const array = JSON.parse(asJson.out);
    expect(array.slice(0, 4)).toEqual(JSON.parse(JSON.stringify(decisions)));
    expect(array[4]).toMatchObject({ accountId: 'BROKEN' });

    const asCsv = await cli(...evaluateArgs(ndjson, '--format', 'csv', '--quiet'));
    const rows = linesOf(asCsv.out);
    expect(rows[0]).toMatch(/^index,accountId,asOf,policy,levelRank,level,nextStep,/);
    expect(rows.slice(1).map((r) => r.split(',').slice(0, 2).join(','))).toEqual([
      '0,A-1029',
      '1,B-2207',
      '2,C-3310',
      '3,D-4102',
      '4,BROKEN',
    ]);
  });

  it('writes CSV for a French spreadsheet to the --out file, and only the summary on stderr', async () => {
    const out = `${dir}/decisions.csv`;
    const r = await cli(...evaluateArgs(ndjson, '--format', 'csv', '--dialect', 'fr', '--out', out));
    expect(r.code).toBe(3);
    expect(r.out).toBe('');
    expect(r.err).toMatch(/^5 accounts: 4 decisions, 1 errors/);
    const text = readFileSync(out, 'utf8');
    expect(text.startsWith('\uFEFFnumero;compte;date_evaluation;')).toBe(true);
    expect(text).toContain('0;A-1029;2026-11-23;');
    expect(text).toContain(';734,60;'); // A-1029's amount due, with a decimal comma
  });

  it('evaluates with the policy --policy names', async () => {
    const r = await cli(...evaluateArgs(json, '--policy', candidateFile, '--quiet'));
    expect(r.code).toBe(0);
    expect(linesOf(r.out).map((l) => JSON.parse(l).policy.version)).toEqual([
      '2027.1-draft',
      '2027.1-draft',
      '2027.1-draft',
      '2027.1-draft',
    ]);
  });

  it.each([
    ['no --as-of', ['evaluate', ndjson], /--as-of <date> is required/],
    ['no file', ['evaluate', '--as-of', asOf], /give one accounts file \(or - for standard input\)/],
    ['two files', ['evaluate', ndjson, json, '--as-of', asOf], /give one accounts file/],
    [
      'an unknown format',
      ['evaluate', ndjson, '--as-of', asOf, '--format', 'xml'],
      /--format must be one of ndjson, json, csv, not "xml"/,
    ],
    [
      'an unknown dialect',
      ['evaluate', ndjson, '--as-of', asOf, '--dialect', 'de'],
      /--dialect must be one of fr, standard, not "de"/,
    ],
    [
      'an unknown input format',
      ['evaluate', ndjson, '--as-of', asOf, '--input-format', 'xml'],
      /--input-format must be one of json, ndjson, csv, not "xml"/,
    ],
    [
      '0 workers',
      ['evaluate', ndjson, '--as-of', asOf, '--workers', '0'],
      /--workers must be a whole number of at least 1, not "0"/,
    ],
    [
      'an unknown option',
      ['evaluate', ndjson, '--as-of', asOf, '--bogus'],
      /^hlm-recovery: unknown option --bogus; evaluate takes --policy, --as-of, --out, --format, --dialect, --input-format, --ledger, --input-dialect, --encoding, --workers, --explain, --quiet, --stream, --lang$/,
    ],
  ])('refuses %s as wrong usage (exit code 2)', async (_, args, message) => {
    expectUsageError(await cli(...args), message, 'evaluate');
  });

  it('refuses an impossible date or an invalid policy as invalid input (exit code 1), before writing anything', async () => {
    expectInvalidInput(
      await cli('evaluate', ndjson, '--as-of', '2026-02-30', '--workers', '1'),
      /^asOf: expected a real calendar date written YYYY-MM-DD.*received "2026-02-30"\n$/,
    );
    expectInvalidInput(
      await cli('evaluate', ndjson, '--as-of', asOf, '--workers', '1', '--policy', fixture('unknown-fact')),
      /levels\[1\]\.conditions\.all\[0\]\.fact: expected a known fact \(did you mean "arrears"\?\)/,
    );
    expectInvalidInput(
      await cli('evaluate', ndjson, '--as-of', asOf, '--workers', '1', '--policy', notJson),
      /not-json\.json is not valid JSON: line 1, column 8: /,
    );
    expectInvalidInput(
      await cli('evaluate', ndjson, '--as-of', asOf, '--workers', '1', '--policy', missing),
      /^hlm-recovery: cannot read .*missing\.json: no such file \(check the name and the folder; the current folder is .+\)\n$/,
    );
  });

  it('reports an accounts file that cannot be read with exit code 1, naming it', async () => {
    expectInvalidInput(
      await cli('evaluate', `${dir}/none.ndjson`, '--as-of', asOf, '--workers', '1'),
      /^hlm-recovery: cannot read .*none\.ndjson: no such file/,
    );
  });
});

describe('hlm-recovery validate', () => {
  it('says a valid policy is valid, with its versions', async () => {
    const r = await cli('validate', defaultPolicyFile);
    expect(r).toEqual({ code: 0, out: `${defaultPolicyFile}: valid — default 2024.1 (from 2024-01-01)\n`, err: '' });
  });

  it('prints each problem of an invalid policy as "path: message", with exit code 1', async () => {
    const file = fixture('assignation-without-approval');
    const r = await cli('validate', file);
    expect(r.code).toBe(1);
    const result = validatePolicy(JSON.parse(readFileSync(file, 'utf8')), { locale: 'en' });
    expect(result.ok).toBe(false);
    const issues = result.ok ? [] : result.issues;
    expect(linesOf(r.out)).toEqual([
      `${file}: ${issues.length} problem(s)`,
      ...issues.map((i) => `${formatPath(i.path)}: ${i.message.slice(formatPath(i.path).length + 2)}`),
    ]);
    expect(r.out).toMatch(/\nsteps\[2\]\.humanApproval: expected true: an assignation has legal effect/);
  });

  it('prints the warnings of a valid policy first', async () => {
    const file = fixture('cadence-too-close');
    const r = await cli('validate', file);
    expect(r.code).toBe(0);
    expect(linesOf(r.out)).toEqual([
      expect.stringMatching(/^warning: cadence\.minDaysBetweenContacts: expected at least 7 days between contacts/),
      `${file}: valid — default 2024.1 (from 2024-01-01)`,
    ]);
  });

  it('refuses a file that is not JSON or is missing (exit code 1), and a missing argument (exit code 2)', async () => {
    expectInvalidInput(
      await cli('validate', notJson),
      /^hlm-recovery: .*not-json\.json is not valid JSON: line 1, column 8: the text ends before the JSON is complete: "}" would close it, or the file was cut short\n$/,
    );
    expectInvalidInput(await cli('validate', missing), /^hlm-recovery: cannot read .*missing\.json: no such file/);
    expectUsageError(await cli('validate'), /give one policy file/, 'validate');
    expectUsageError(await cli('validate', defaultPolicyFile, candidateFile), /give one policy file/, 'validate');
  });
});

describe('hlm-recovery explain', () => {
  const [a1029, b2207, , d4102] = decisions;
  const accountFile = (name: string) => repoFile(`examples/accounts/${name}.json`);

  it('tells the decision as a narrative: level, next step, obligations, plan, reasons', async () => {
    const r = await cli('explain', accountFile('a-1029-two-months-behind'), '--as-of', asOf);
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    const lines = linesOf(r.out);
    expect(lines.slice(0, 5)).toEqual([
      'Account A-1029 on 2026-11-23 — policy default 2024.1',
      "Alert level 3: Impayé constitué (au sens de l'aide au logement)",
      'Actions today:',
      "  1. Signaler l'impayé à la CAF/MSA (caf-signal) — back-office, to the caf, by internal on 2026-11-23",
      `  2. Proposer un plan d'apurement que le ménage peut tenir (plan-proposal) — officer, to the tenant, by ${a1029!.actions[1]!.channel} on 2026-11-23`,
    ]);
    expect(lines[5]).toBe('Legal obligations:');
    expect(lines.slice(6, 6 + a1029!.obligations.length)).toEqual(
      a1029!.obligations.map((o) => `  ${o.date}  ${o.code} (${o.kind}, ${o.status}) — ${o.basis}`),
    );
    // Within the 30 % cap, as the cap guides the plan whenever a plan within it fits; the reste à
    // vivre allows more.
    expect(lines).toContain(
      `Repayment plan: 11 instalments of €66.79 (at most €${a1029!.plan!.maxSustainableInstalment} a month)`,
    );
    expect(lines.slice(lines.indexOf('Why:') + 1)).toEqual(
      a1029!.explanation.map((e) => `  - ${e.text} [${e.source}]`),
    );
  });

  it('says when there is no next step, no affordable plan, and lists the prevention advice', async () => {
    const d = linesOf((await cli('explain', accountFile('d-4102-charges-regularisation'), '--as-of', asOf)).out);
    expect(d).toContain('Actions today: none');
    // In arrears during the winter truce: the truce is its only legal line (CPCE L.412-6).
    const obligations = d.slice(d.indexOf('Legal obligations:') + 1).filter((l) => l.startsWith('  20'));
    expect(obligations).toHaveLength(1);
    expect(obligations[0]).toMatch(/winter_truce \(gate, closed\)/);
    expect(d.filter((l) => l.startsWith('Prevention: '))).toEqual(
      d4102!.prevention.map((p) => `Prevention: ${p.message}`),
    );
    const b = linesOf((await cli('explain', accountFile('b-2207-older-tenant'), '--as-of', asOf)).out);
    expect(b.some((l) => l.startsWith('Repayment plan: '))).toBe(true);
    expect(b.filter((l) => l.startsWith('Prevention: '))).toHaveLength(b2207!.prevention.length);
  });

  it('says when a person must approve the next step first', async () => {
    const account = fc
      .sample(tenancyArb, { numRuns: 100, seed: 7 })
      .find((a) => evaluate(a, defaultPolicy, { asOf, locale: 'en' }).actions.some((x) => x.requiresHumanApproval));
    expect(account).toBeDefined();
    const r = await cli('explain', writeTo(dir, 'approval.json', JSON.stringify(account)), '--as-of', asOf);
    expect(r.out).toMatch(/\n {2}\d\. .+ on 2026-\d\d-\d\d — a person must approve it first\n/);
  });

  it('explains under the policy --policy names', async () => {
    const r = await cli('explain', accountFile('a-1029-two-months-behind'), '--as-of', asOf, '--policy', candidateFile);
    expect(r.out.split('\n')[0]).toBe('Account A-1029 on 2026-11-23 — policy default 2027.1-draft');
  });

  it('prints every problem of an invalid account (exit code 1), and refuses wrong usage (exit code 2)', async () => {
    const r = await cli('explain', writeTo(dir, 'no-lease.json', '{"id": "X"}'), '--as-of', asOf);
    expectInvalidInput(r, /^lease: expected an object/);
    expect(linesOf(r.err)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^household: /), expect.stringMatching(/^ledger: /)]),
    );
    expectUsageError(
      await cli('explain', accountFile('a-1029-two-months-behind')),
      /--as-of <date> is required/,
      'explain',
    );
    expectUsageError(await cli('explain', '--as-of', asOf), /give one account file/, 'explain');
    expectInvalidInput(
      await cli('explain', missing, '--as-of', asOf),
      /^hlm-recovery: cannot read .*missing\.json: no such file/,
    );
  });
});

describe('hlm-recovery schema', () => {
  it.each([
    ['policy', policyJsonSchema],
    ['account', accountJsonSchema],
    ['decision', decisionJsonSchema],
  ])('prints the JSON Schema of a %s', async (kind, schema) => {
    const r = await cli('schema', kind);
    expect(r.code).toBe(0);
    const printed = JSON.parse(r.out);
    expect(printed.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(printed).toEqual(JSON.parse(JSON.stringify(schema)));
  });

  it('refuses any other kind, none or two (exit code 2)', async () => {
    expectUsageError(
      await cli('schema', 'ledger'),
      /schema must be one of policy, account, decision, cases, not "ledger"/,
      'schema',
    );
    expectUsageError(await cli('schema'), /give one kind: hlm-recovery schema policy\|account\|decision/, 'schema');
    expectUsageError(await cli('schema', 'policy', 'account'), /give one kind/, 'schema');
  });
});

describe('hlm-recovery compare', () => {
  it('compares a policy with itself: nothing changes; the broken line is an error record (exit code 3)', async () => {
    const r = await cli('compare', ndjson, '--candidate', defaultPolicyFile, '--as-of', asOf, '--format', 'json');
    expect(r.code).toBe(3);
    expect(r.err).toBe('1 of 5 records are error records, each naming its line and the field at fault (exit code 3)\n');
    const report = JSON.parse(r.out);
    expect(report).toMatchObject({ asOf, accounts: 5, unreadable: 1, changed: { accounts: 0 }, changes: [] });
    expect(report.candidate).toEqual(report.baseline);
  });

  it('takes the baseline of --baseline instead of the default policy', async () => {
    const r = await cli(
      'compare',
      ndjson,
      '--baseline',
      candidateFile,
      '--candidate',
      candidateFile,
      '--as-of',
      asOf,
      '--format',
      'json',
    );
    const report = JSON.parse(r.out);
    expect(report.baseline.policy).toMatchObject({ id: 'default', version: '2027.1-draft' });
    expect(report.candidate.policy).toMatchObject({ id: 'default', version: '2027.1-draft' });
  });

  // JSON input here: for NDJSON, readAccounts opens the file before the policies are checked, and
  // the stream left unread would open after the temporary folder is gone.
  it('names the policy at fault (exit code 1)', async () => {
    const candidate = await cli('compare', json, '--candidate', fixture('unknown-fact'), '--as-of', asOf);
    expectInvalidInput(candidate, /^candidate: levels\[1\]\.conditions\.all\[0\]\.fact/);
    const baseline = await cli(
      'compare',
      json,
      '--baseline',
      fixture('unknown-fact'),
      '--candidate',
      defaultPolicyFile,
      '--as-of',
      asOf,
    );
    expectInvalidInput(baseline, /^baseline: levels\[1\]\.conditions\.all\[0\]\.fact/);
  });

  it('needs a candidate, a date and a known format (exit code 2)', async () => {
    expectUsageError(await cli('compare', ndjson, '--as-of', asOf), /--candidate <file> is required/, 'compare');
    expectUsageError(
      await cli('compare', ndjson, '--candidate', candidateFile),
      /--as-of <date> is required/,
      'compare',
    );
    expectUsageError(
      await cli('compare', ndjson, '--candidate', candidateFile, '--as-of', asOf, '--format', 'ndjson'),
      /--format must be one of text, json, csv, not "ndjson"/,
      'compare',
    );
    expectUsageError(
      await cli('compare', '--candidate', candidateFile, '--as-of', asOf),
      /give one accounts file/,
      'compare',
    );
  });
});

describe('hlm-recovery kpi', () => {
  it('prints the indicators as text, JSON and French CSV', async () => {
    const text = await cli('kpi', ndjson, '--as-of', asOf);
    expect(text.code).toBe(3);
    expect(text.out).toMatch(
      /^Recovery indicators as of 2026-11-23, over the 12 months from 2025-11-23 \(excluded\): 5 accounts, 1 errors\n/,
    );
    const kpis = JSON.parse((await cli('kpi', ndjson, '--as-of', asOf, '--format', 'json')).out);
    expect(kpis).toMatchObject({ asOf, accounts: 5, errors: 1 });
    const csv = await cli('kpi', ndjson, '--as-of', asOf, '--format', 'csv', '--dialect', 'fr');
    expect(csv.out.startsWith('\uFEFFmetric;value\r\n')).toBe(true);
    expect(csv.out).toContain(`\r\nbilling;${kpis.billing.replace('.', ',')}\r\n`);
  });

  it('counts the alert levels of the policy --policy names, and refuses an invalid one (exit code 1)', async () => {
    const kpis = JSON.parse(
      (await cli('kpi', ndjson, '--as-of', asOf, '--format', 'json', '--policy', candidateFile)).out,
    );
    const levels: Record<string, number> = {};
    for (const a of examples) {
      const d = evaluate(a, JSON.parse(readFileSync(candidateFile, 'utf8')), { asOf, locale: 'en' });
      levels[`${d.level.rank} ${d.level.id}`] = (levels[`${d.level.rank} ${d.level.id}`] ?? 0) + 1;
    }
    expect(kpis.byLevel).toEqual(levels);
    expectInvalidInput(
      await cli('kpi', json, '--as-of', asOf, '--policy', fixture('unknown-fact')),
      /levels\[1\]\.conditions\.all\[0\]\.fact/,
    );
  });

  it('needs a date and one accounts file (exit code 2)', async () => {
    expectUsageError(await cli('kpi', ndjson), /--as-of <date> is required/, 'kpi');
    expectUsageError(await cli('kpi', ndjson, json, '--as-of', asOf), /give one accounts file/, 'kpi');
    expectUsageError(
      await cli('kpi', ndjson, '--as-of', asOf, '--format', 'xml'),
      /--format must be one of text, json, csv, not "xml"/,
      'kpi',
    );
  });
});

describe('hlm-recovery demo', () => {
  /** The output without the time taken. */
  const untimed = (r: Run) => r.out.replace(/ in \d+\.\d s\n/, '\n');

  it('evaluates the seeded demo portfolio with the default policy and prints its summary on stdout', async () => {
    const r = await cli('demo', '--accounts', '60');
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    const lines = linesOf(r.out);
    expect(lines[0]).toBe('Demo portfolio: seed 2026, as of 2026-11-23, default policy 2024.1');
    expect(lines[1]).toMatch(/^60 accounts: 60 decisions, 0 errors in \d+\.\d s$/);
    const table = lines.slice(lines.indexOf('Alert levels:') + 1, lines.indexOf('Actions due:'));
    expect(table.length).toBeGreaterThan(1);
    expect(table.reduce((n, l) => n + Number(l.trim().split(/\s{2,}/)[1]), 0)).toBe(60);
  });

  it('gives the same summary for the same seed, and takes --seed and --as-of', async () => {
    const once = await cli('demo', '--accounts', '40', '--seed', '7', '--as-of', '2027-01-15');
    const again = await cli('demo', '--accounts', '40', '--seed', '7', '--as-of', '2027-01-15');
    expect(untimed(again)).toBe(untimed(once));
    expect(once.out.split('\n')[0]).toBe('Demo portfolio: seed 7, as of 2027-01-15, default policy 2024.1');
  });

  it.each([
    ['0 accounts', ['--accounts', '0'], /--accounts must be a whole number of at least 1, not "0"/],
    [
      'a count that is not a number',
      ['--accounts', 'many'],
      /--accounts must be a whole number of at least 1, not "many"/,
    ],
    ['a fractional seed', ['--seed', '1.5'], /--seed must be a whole number of at least 1, not "1\.5"/],
    ['an argument', ['extra'], /^hlm-recovery: demo takes no file or argument, not "extra"$/],
  ])('refuses %s (exit code 2)', async (_, args, message) => {
    expectUsageError(await cli('demo', ...args), message, 'demo');
  });
});

describe('hlm-recovery --help, help and --version', () => {
  const COMMANDS = ['evaluate', 'validate', 'explain', 'schema', 'compare', 'kpi', 'demo'];

  it('lists every command; with no command at all, exit code 2', async () => {
    const none = await cli();
    expect(none.code).toBe(2);
    expect(none.out).toMatch(/^hlm-recovery \S+ — /);
    expect(none.out).toContain('Usage: hlm-recovery <command> [options]');
    for (const command of COMMANDS) expect(none.out).toMatch(new RegExp(`\\n  ${command} `));
    for (const asked of ['--help', '-h', 'help']) expect(await cli(asked)).toEqual({ code: 0, out: none.out, err: '' });
  });

  it.each(COMMANDS)('has --help and -h with an example for %s, whatever else is given', async (command) => {
    const r = await cli(command, '--help');
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    expect(r.out).toMatch(new RegExp(`^Usage: hlm-recovery ${command}`));
    expect(r.out).toMatch(/\nExample:\n {2}hlm-recovery /);
    expect(await cli(command, 'whatever.json', '-h')).toEqual(r);
  });

  it('prints the version of package.json', async () => {
    const { version } = JSON.parse(readFileSync(repoFile('package.json'), 'utf8')) as { version: string };
    expect(LIBRARY_VERSION).toBe(version);
    expect(await cli('--version')).toEqual({ code: 0, out: `${version}\n`, err: '' });
  });

  it('refuses an unknown command (exit code 2)', async () => {
    expectUsageError(await cli('frobnicate'), /unknown command "frobnicate"; run hlm-recovery --help/);
    const r = await cli('main');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^hlm-recovery: unknown command "main"/);
    // "main" names the command's own help page, not a subcommand with help of its own.
    expect(r.err).toContain('Run "hlm-recovery --help" for usage.');
  });
});
