/**
 * The reports of `compare` and `kpi` (src/cli/reports.ts), through the command: the text for a
 * terminal and the CSV rows say what the JSON report says, figure by figure.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatMoney, formatRate } from '../../src/i18n';

/** English prose: €1,234.56 and 42.7%. */
const formatEUR = (amount: string) => formatMoney(amount, 'en');
const formatPercent = (rate: string, _decimals: number) => formatRate(rate, 'en');
import { tenancyArb } from '../rules/arbitraries';
import { cli, linesOf, repoFile, tempDir, writeTo } from './io';

const asOf = '2026-03-10';
const dir = tempDir('hlm-reports-');

/** 80 generated tenancies and an unreadable line: exit code 3, an error record. */
const accounts = fc
  .sample(tenancyArb, { numRuns: 80, seed: 7 })
  .map((a, i) => ({ ...a, id: `G-${String(i + 1).padStart(3, '0')}` }));
const toNdjson = (list: readonly unknown[]) =>
  `${[...list.map((a) => JSON.stringify(a)), '{"id": "CUT", '].join('\n')}\n`;
const portfolio = writeTo(dir, 'portfolio.ndjson', toNdjson(accounts));
const small = writeTo(dir, 'small.ndjson', toNdjson(accounts.slice(0, 40)));

/**
 * A candidate policy: serious arrears from 300 € instead of 2,000 €, which moves many accounts up,
 * and no channel rule for households with both email and mobile, which changes their channel.
 */
const defaultPolicyFile = repoFile('examples/policies/default.json');
const candidate = JSON.parse(readFileSync(defaultPolicyFile, 'utf8'));
candidate.version = 'serious-from-300';
candidate.parameters.highDebt.value = '300.00';
candidate.channels.rules = candidate.channels.rules.filter((r: { id: string }) => r.id !== 'digital');
const candidateFile = writeTo(dir, 'candidate.json', JSON.stringify(candidate));

const signed = (n: number) => (n > 0 ? `+${n}` : String(n));
/** The cells of a line of a text table: columns are two or more spaces apart. */
const cells = (line: string) => line.trim().split(/\s{2,}/);
/** The paragraphs of a text: its lines in groups separated by an empty line. */
function paragraphs(lines: readonly string[]): string[][] {
  const out: string[][] = [[]];
  for (const l of lines) {
    if (l === '') out.push([]);
    else out.at(-1)!.push(l);
  }
  return out;
}
/** The lines after `title`, up to the end of its paragraph. */
function sectionAfter(lines: readonly string[], title: string): string[] {
  const from = lines.indexOf(title);
  expect(from, title).toBeGreaterThanOrEqual(0);
  const rest = lines.slice(from + 1);
  const end = rest.findIndex((l) => l === '' || !l.startsWith('  '));
  return end === -1 ? rest : rest.slice(0, end);
}
/** Every line of a table is as wide as the others: the columns line up. */
function expectAligned(rows: readonly string[]): void {
  expect(new Set(rows.map((r) => r.length)).size).toBe(1);
}
/** The cell as the French CSV dialect writes it: decimal comma. */
const frenchCell = (c: string) => (/^-?\d+\.\d+$/.test(c) ? c.replace('.', ',') : c);

async function compareReport(file: string, ...more: string[]) {
  const args = ['compare', file, '--candidate', candidateFile, '--as-of', asOf, ...more];
  const [text, json] = await Promise.all([cli(...args), cli(...args, '--format', 'json')]);
  expect(text.code).toBe(3);
  expect(json.code).toBe(3);
  return { lines: linesOf(text.out), report: JSON.parse(json.out) };
}

describe('compare: the text report', () => {
  it('gives the figures of both policies and their difference, as the JSON report', async () => {
    const { lines, report } = await compareReport(portfolio);
    expect(lines[0]).toBe(`Policy comparison as of ${asOf}: 81 accounts, 1 unreadable`);
    expect(lines[1]).toBe('Baseline: default 2024.1   Candidate: default serious-from-300');
    const a = report.baseline;
    const b = report.candidate;
    const row = (label: string, get: (o: typeof a) => number) => [
      label,
      String(get(a)),
      String(get(b)),
      signed(get(b) - get(a)),
    ];
    const union = (key: 'byLevel' | 'byChannel') =>
      [...new Set([...Object.keys(a[key]), ...Object.keys(b[key])])].sort();
    const [head, body, changes] = paragraphs(lines);
    expect(head).toHaveLength(2);
    const table = body!.slice(0, -1);
    expectAligned(table);
    expect(table.map(cells)).toEqual([
      ['baseline', 'candidate', 'change'],
      row('Decisions', (o) => o.decisions),
      row('Errors', (o) => o.errors),
      ...union('byLevel').map((l) => row(`Alert level ${l}`, (o) => o.byLevel[l] ?? 0)),
      row('Actions proposed', (o) => o.actions),
      row('contacts with the tenant', (o) => o.contacts),
      ...union('byChannel').map((c) => row(`by ${c}`, (o) => o.byChannel[c] ?? 0)),
      row('Recovery officers: phone calls', (o) => o.workload.officerCalls),
      row('Recovery officers: appointments', (o) => o.workload.appointments),
      row('Social advisers: home visits', (o) => o.workload.homeVisits),
      row('Social advisers: CESF reviews', (o) => o.workload.socialReviews),
      row('Social advisers: FSL referrals', (o) => o.workload.fslReferrals),
      row('Commissaire de justice: legal acts', (o) => o.workload.legalActs),
      row('Awaiting human approval', (o) => o.workload.awaitingApproval),
      row('Repayment plans proposed', (o) => o.plans.proposed),
      row('Legal deadlines overdue', (o) => o.obligations.overdue),
    ]);
    expect(table.find((l) => l.startsWith('Alert level 4 serious'))).toMatch(/ \+\d+$/);
    expect(body!.at(-1)).toBe(`Debt under proposed plans: ${formatEUR(a.plans.debt)} → ${formatEUR(b.plans.debt)}`);
    expect(changes![0]).toMatch(/^Accounts whose decision changes: /);
  });

  it('lists the moves of alert level and next step, and the first 20 changed accounts', async () => {
    const { lines, report } = await compareReport(portfolio);
    const c = report.changed;
    expect(c.accounts).toBeGreaterThan(20);
    expect(lines).toContain(
      `Accounts whose decision changes: ${c.accounts} (alert level up ${c.levelUp}, down ${c.levelDown}; next step ${c.nextStep}; channel ${c.channel})`,
    );
    const moves = (kind: 'level' | 'nextStep') =>
      report.transitions[kind]
        .filter((t: { from: string; to: string }) => t.from !== t.to)
        .map((t: { from: string; to: string; count: number }) => [`${t.from} → ${t.to}`, String(t.count)]);
    const levelMoves = sectionAfter(lines, 'Alert level moves:');
    expectAligned(levelMoves);
    expect(levelMoves.map(cells)).toEqual(moves('level'));
    const stepMoves = sectionAfter(lines, 'Next step moves:');
    expectAligned(stepMoves);
    expect(stepMoves.map(cells)).toEqual(moves('nextStep'));
    expect(moves('nextStep').length).toBeGreaterThan(0);
    const kind = (x: { level: string; nextStep: string | null; channel: string | null }) =>
      `${x.level}, ${x.nextStep ?? 'no step'}${x.channel ? ` by ${x.channel}` : ''}`;
    const listed = lines.slice(lines.indexOf('Changed accounts (first 20; --format csv lists them all):') + 1);
    expect(listed).toEqual(
      report.changes
        .slice(0, 20)
        .map(
          (ch: { accountId: string; baseline: never; candidate: never }) =>
            `  ${ch.accountId}: ${kind(ch.baseline)} → ${kind(ch.candidate)}`,
        ),
    );
  });

  it('lists every changed account when there are 20 or fewer', async () => {
    const { lines, report } = await compareReport(small);
    expect(report.changes.length).toBeGreaterThan(0);
    expect(report.changes.length).toBeLessThanOrEqual(20);
    const listed = lines.slice(lines.indexOf('Changed accounts:') + 1);
    expect(listed.map((l) => l.split(':')[0]!.trim())).toEqual(
      report.changes.map((ch: { accountId: string }) => ch.accountId),
    );
  });

  it('has no moves and no list for a policy compared with itself', async () => {
    const r = await cli('compare', portfolio, '--candidate', defaultPolicyFile, '--as-of', asOf);
    const lines = linesOf(r.out);
    expect(lines.at(-1)).toBe('Accounts whose decision changes: 0 (alert level up 0, down 0; next step 0; channel 0)');
    const table = paragraphs(lines)[1]!.slice(1, -1);
    expect(table.length).toBeGreaterThan(10);
    expect(table.map((l) => cells(l).at(-1))).toEqual(table.map(() => '0'));
    expect(lines.filter((l) => /moves:|^Changed accounts/.test(l))).toEqual([]);
  });
});

describe('compare: the changed accounts as CSV', () => {
  const HEADER = [
    'index',
    'accountId',
    'changed',
    'levelMove',
    'baselineLevel',
    'candidateLevel',
    'baselineStep',
    'candidateStep',
    'baselineChannel',
    'candidateChannel',
  ];

  it('writes one row per changed account, all of them, with what changed', async () => {
    const { report } = await compareReport(portfolio);
    const csv = await cli('compare', portfolio, '--candidate', candidateFile, '--as-of', asOf, '--format', 'csv');
    expect(csv.code).toBe(3);
    type Side = { level: string; nextStep: string | null; channel: string | null };
    const expected = report.changes.map(
      (c: {
        index: number;
        accountId: string;
        changed: string[];
        levelMove: string;
        baseline: Side;
        candidate: Side;
      }) => [
        String(c.index),
        c.accountId,
        c.changed.join('|'),
        c.levelMove,
        c.baseline.level,
        c.candidate.level,
        c.baseline.nextStep ?? '',
        c.candidate.nextStep ?? '',
        c.baseline.channel ?? '',
        c.candidate.channel ?? '',
      ],
    );
    expect(expected.length).toBe(report.changed.accounts);
    expect(linesOf(csv.out).map((l) => l.split(','))).toEqual([HEADER, ...expected]);

    const fr = await cli(
      'compare',
      portfolio,
      '--candidate',
      candidateFile,
      '--as-of',
      asOf,
      '--format',
      'csv',
      '--dialect',
      'fr',
    );
    expect(fr.out.startsWith('\uFEFF')).toBe(true);
    expect(fr.out.slice(1).split('\r\n')).toEqual([...[HEADER, ...expected].map((r) => r.join(';')), '']);
  });

  it('writes the header alone when nothing changes', async () => {
    const csv = await cli('compare', portfolio, '--candidate', defaultPolicyFile, '--as-of', asOf, '--format', 'csv');
    expect(csv.out).toBe(`${HEADER.join(',')}\n`);
  });
});

describe('kpi: the indicators as text and CSV', () => {
  async function kpis() {
    const [text, json, csv, fr] = await Promise.all([
      cli('kpi', portfolio, '--as-of', asOf),
      cli('kpi', portfolio, '--as-of', asOf, '--format', 'json'),
      cli('kpi', portfolio, '--as-of', asOf, '--format', 'csv'),
      cli('kpi', portfolio, '--as-of', asOf, '--format', 'csv', '--dialect', 'fr'),
    ]);
    for (const r of [text, json, csv, fr])
      expect(r).toMatchObject({
        code: 3,
        err: '1 of 81 records are error records, each naming its line and the field at fault (exit code 3)\n',
      });
    return { lines: linesOf(text.out), k: JSON.parse(json.out), csv: csv.out, fr: fr.out };
  }
  const pct = (rate: string | null) => (rate === null ? 'n/a' : formatPercent(rate, 1));

  it('gives the figures of the JSON report for a terminal', async () => {
    const { lines, k } = await kpis();
    expect(lines[0]).toBe(
      `Recovery indicators as of ${asOf}, over the 12 months from ${k.period.from} (excluded): 81 accounts, 1 errors`,
    );
    const [head, figures, ageing, segments, levels] = paragraphs(lines);
    expect(head).toEqual([lines[0]]);
    expectAligned(figures!);
    expect(figures!.map(cells)).toEqual([
      ['Billing (quittancement)', formatEUR(k.billing)],
      ['Receivables (créances locatives)', formatEUR(k.receivables)],
      ['a year earlier', formatEUR(k.receivablesAtStart)],
      ['Collections (encaissements)', formatEUR(k.collections)],
      ['Recovery rate (taux de recouvrement)', pct(k.recoveryRate)],
      ['Arrears rate (taux d’impayés)', pct(k.arrearsRate)],
      ['Debt in months of billing', k.debtInMonthsOfBilling ?? 'n/a'],
      ['Average payment delay (DSO), days', k.averagePaymentDelayDays ?? 'n/a'],
    ]);
    expect(ageing![0]).toBe('Receivables by age of the debt (months):');
    expectAligned(ageing!.slice(1));
    expect(ageing!.slice(1).map(cells)).toEqual(
      Object.entries(k.ageing).map(([bucket, amount]) => [bucket, formatEUR(amount as string)]),
    );

    expectAligned(segments!);
    type Segment = { accounts: number; inArrears: number; receivables: string; arrearsRate: string | null };
    const seg = (label: string, s: Segment) => [
      label,
      String(s.accounts),
      String(s.inArrears),
      formatEUR(s.receivables),
      pct(s.arrearsRate),
    ];
    expect(segments!.map(cells)).toEqual([
      ['accounts', 'in arrears', 'receivables', 'arrears rate'],
      seg('Current tenants', k.tenancies.current),
      seg('Departed tenants', k.tenancies.departed),
      ...Object.entries(k.byDepartment).map(([d, s]) => seg(`Department ${d}`, s as Segment)),
    ]);
    expect(Object.keys(k.byDepartment).length).toBeGreaterThan(1);
    expect(k.tenancies.departed.arrearsRate).toBeNull(); // no departed tenant among the generated ones: "n/a"

    expect(levels![0]).toBe('Accounts by alert level:');
    expect(levels!.slice(1, -2).map(cells)).toEqual(Object.entries(k.byLevel).map(([l, n]) => [l, String(n)]));
    const p = k.procedure;
    expect(levels!.at(-2)).toBe(
      `Procedure (accounts in arrears): CAF signalled ${p.cafSignalled}, CCAPEX referred ${p.ccapexReferred}, commandement ${p.commandement}, assignation ${p.assignation}`,
    );
    expect(levels!.at(-1)).toBe(`Repayment plans (plans d’apurement): ${k.plans.active} active, ${k.plans.kept} kept`);
  });

  it('writes every indicator of the JSON report as a metric,value row, in both dialects', async () => {
    const { k, csv, fr } = await kpis();
    const rows: string[][] = [['metric', 'value']];
    const add = (metric: string, value: unknown) => rows.push([metric, value === null ? '' : String(value)]);
    add('asOf', k.asOf);
    add('periodFrom', k.period.from);
    for (const key of [
      'accounts',
      'errors',
      'billing',
      'receivablesAtStart',
      'receivables',
      'collections',
      'recoveryRate',
      'arrearsRate',
      'debtInMonthsOfBilling',
      'averagePaymentDelayDays',
    ])
      add(key, k[key]);
    for (const [bucket, amount] of Object.entries(k.ageing)) add(`ageing.${bucket}`, amount);
    const segment = (prefix: string, s: Record<string, unknown>) => {
      for (const key of ['accounts', 'inArrears', 'billing', 'receivables', 'arrearsRate'])
        add(`${prefix}.${key}`, s[key]);
    };
    segment('current', k.tenancies.current);
    segment('departed', k.tenancies.departed);
    for (const [level, n] of Object.entries(k.byLevel)) add(`level.${level}`, n);
    for (const [stage, n] of Object.entries(k.procedure)) add(`procedure.${stage}`, n);
    add('plans.active', k.plans.active);
    add('plans.kept', k.plans.kept);
    for (const [d, s] of Object.entries(k.byDepartment)) segment(`department.${d}`, s as Record<string, unknown>);

    expect(linesOf(csv).map((l) => l.split(','))).toEqual(rows);
    expect(rows).toContainEqual(['departed.arrearsRate', '']);
    expect(fr.startsWith('\uFEFF')).toBe(true);
    expect(fr.slice(1).split('\r\n')).toEqual([...rows.map((r, i) => (i === 0 ? r : r.map(frenchCell)).join(';')), '']);
    expect(fr).toContain(`\r\nbilling;${k.billing.replace('.', ',')}\r\n`);
  });
});

describe('kpi: a portfolio with no account decided', () => {
  const empty = writeTo(dir, 'empty.ndjson', '');
  const invalid = writeTo(dir, 'invalid.ndjson', '{"id": "X-1"}\n{"id": "X-2", "lease": 3}\n');

  it('gives a report of zeros as text, as JSON and CSV do, for an empty file (exit code 0)', async () => {
    const r = await cli('kpi', empty, '--as-of', asOf);
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    const lines = linesOf(r.out);
    expect(lines[0]).toBe(
      `Recovery indicators as of ${asOf}, over the 12 months from 2025-03-10 (excluded): 0 accounts`,
    );
    expect(cells(lines.find((l) => l.startsWith('Billing'))!)).toEqual(['Billing (quittancement)', formatEUR('0.00')]);
    expect(cells(lines.find((l) => l.startsWith('Arrears rate'))!)).toEqual(['Arrears rate (taux d’impayés)', 'n/a']);
    expect(sectionAfter(lines, 'Accounts by alert level:')).toEqual(['  none (no account decided)']);
    expect(lines.at(-1)).toBe('Repayment plans (plans d’apurement): 0 active, 0 kept');
    const json = await cli('kpi', empty, '--as-of', asOf, '--format', 'json');
    expect(json.code).toBe(0);
    expect(JSON.parse(json.out)).toMatchObject({ accounts: 0, errors: 0, billing: '0.00', byLevel: {} });
  });

  it('gives a report of zeros with the errors counted when every account is invalid (exit code 3)', async () => {
    const r = await cli('kpi', invalid, '--as-of', asOf);
    expect(r.code).toBe(3);
    expect(r.err).toBe('2 of 2 records are error records, each naming its line and the field at fault (exit code 3)\n');
    expect(linesOf(r.out)[0]).toMatch(/: 2 accounts, 2 errors$/);
    expect(r.out).toContain('Accounts by alert level:\n  none (no account decided)\n');
  });
});
