/**
 * Text, JSON and CSV renderings of a policy comparison and of the portfolio indicators, for the
 * `compare` and `kpi` commands. Formatting only: the figures come from `comparePolicies` and
 * `portfolioKpis`.
 *
 * @module
 */
import {
  formatCount,
  formatDate,
  formatMoney,
  formatRate,
  message,
  type Locale,
  type MessageCode,
  type ParamsOf,
} from '../i18n';
import { formatEUR, formatPercent } from '../money';
import { csvText } from '../node';
import type { KpiSegment, PolicyComparison, PolicyOutcome, PortfolioKpis } from '../portfolio';

/** How many changed accounts the text report lists. */
const LISTED_CHANGES = 20;

/** Rows as aligned columns: the first to the left, the others to the right. No rows, no lines. */
function table(rows: readonly (readonly string[])[]): string[] {
  if (rows.length === 0) return [];
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows.map((r) =>
    r
      .map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!)))
      .join('   ')
      .trimEnd(),
  );
}

const signed = (n: number) => (n > 0 ? `+${n}` : String(n));

/** The lines of a comparison for a terminal. */
export function comparisonText(r: PolicyComparison): string[] {
  const a = r.baseline;
  const b = r.candidate;
  const name = (o: PolicyOutcome) => `${o.policy.id} ${o.policy.version}`;
  const row = (label: string, get: (o: PolicyOutcome) => number): string[] => [
    label,
    String(get(a)),
    String(get(b)),
    signed(get(b) - get(a)),
  ];
  const channels = [...new Set([...Object.keys(a.byChannel), ...Object.keys(b.byChannel)])].sort();
  const levels = [...new Set([...Object.keys(a.byLevel), ...Object.keys(b.byLevel)])].sort();
  const out: string[] = [];
  out.push(
    `Policy comparison as of ${r.asOf}: ${r.accounts} accounts${r.unreadable ? `, ${r.unreadable} unreadable` : ''}`,
  );
  out.push(`Baseline: ${name(a)}   Candidate: ${name(b)}`);
  out.push('');
  out.push(
    ...table([
      ['', 'baseline', 'candidate', 'change'],
      row('Decisions', (o) => o.decisions),
      row('Errors', (o) => o.errors),
      ...levels.map((l) => row(`Alert level ${l}`, (o) => o.byLevel[l] ?? 0)),
      row('Actions proposed', (o) => o.actions),
      row('  contacts with the tenant', (o) => o.contacts),
      ...channels.map((c) => row(`  by ${c}`, (o) => o.byChannel[c] ?? 0)),
      row('Recovery officers: phone calls', (o) => o.workload.officerCalls),
      row('Recovery officers: appointments', (o) => o.workload.appointments),
      row('Social advisers: home visits', (o) => o.workload.homeVisits),
      row('Social advisers: CESF reviews', (o) => o.workload.socialReviews),
      row('Social advisers: FSL referrals', (o) => o.workload.fslReferrals),
      row('Commissaire de justice: legal acts', (o) => o.workload.legalActs),
      row('Awaiting human approval', (o) => o.workload.awaitingApproval),
      row('Repayment plans proposed', (o) => o.plans.proposed),
      row('Legal deadlines overdue', (o) => o.obligations.overdue),
    ]),
  );
  out.push(`Debt under proposed plans: ${formatEUR(a.plans.debt)} → ${formatEUR(b.plans.debt)}`);
  out.push('');
  const c = r.changed;
  out.push(
    `Accounts whose decision changes: ${c.accounts} (alert level up ${c.levelUp}, down ${c.levelDown}; next step ${c.nextStep}; channel ${c.channel})`,
  );
  const moves = r.transitions.level.filter((t) => t.from !== t.to);
  if (moves.length > 0) {
    out.push('Alert level moves:');
    out.push(...table(moves.map((t) => [`  ${t.from} → ${t.to}`, String(t.count)])));
  }
  const stepMoves = r.transitions.nextStep.filter((t) => t.from !== t.to);
  if (stepMoves.length > 0) {
    out.push('Next step moves:');
    out.push(...table(stepMoves.map((t) => [`  ${t.from} → ${t.to}`, String(t.count)])));
  }
  if (r.changes.length > 0) {
    out.push(
      `Changed accounts${r.changes.length > LISTED_CHANGES || r.changesTruncated ? ` (first ${Math.min(LISTED_CHANGES, r.changes.length)}; --format csv lists them all)` : ''}:`,
    );
    for (const ch of r.changes.slice(0, LISTED_CHANGES)) {
      const k = (x: typeof ch.baseline) =>
        `${x.level}, ${x.nextStep ?? 'no step'}${x.channel ? ` by ${x.channel}` : ''}`;
      out.push(`  ${ch.accountId}: ${k(ch.baseline)} → ${k(ch.candidate)}`);
    }
  }
  return out;
}

/** The changed accounts as CSV rows, header first. */
export function comparisonRows(r: PolicyComparison): string[][] {
  const rows = [
    [
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
    ],
  ];
  for (const c of r.changes) {
    rows.push([
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
    ]);
  }
  return rows;
}

/** The indicators as `[metric, value]` rows, header first: the CSV form, also used for the text. */
export function kpiRows(k: PortfolioKpis): string[][] {
  const rows: string[][] = [['metric', 'value']];
  const add = (metric: string, value: string | number | null) =>
    rows.push([metric, value === null ? '' : String(value)]);
  add('asOf', k.asOf);
  add('periodFrom', k.period.from);
  add('accounts', k.accounts);
  add('errors', k.errors);
  add('billing', k.billing);
  add('receivablesAtStart', k.receivablesAtStart);
  add('receivables', k.receivables);
  add('collections', k.collections);
  add('recoveryRate', k.recoveryRate);
  add('arrearsRate', k.arrearsRate);
  add('debtInMonthsOfBilling', k.debtInMonthsOfBilling);
  add('averagePaymentDelayDays', k.averagePaymentDelayDays);
  for (const [bucket, amount] of Object.entries(k.ageing)) add(`ageing.${bucket}`, amount);
  const segment = (prefix: string, s: KpiSegment) => {
    add(`${prefix}.accounts`, s.accounts);
    add(`${prefix}.inArrears`, s.inArrears);
    add(`${prefix}.billing`, s.billing);
    add(`${prefix}.receivables`, s.receivables);
    add(`${prefix}.arrearsRate`, s.arrearsRate);
  };
  segment('current', k.tenancies.current);
  segment('departed', k.tenancies.departed);
  for (const [level, n] of Object.entries(k.byLevel)) add(`level.${level}`, n);
  for (const [stage, n] of Object.entries(k.procedure)) add(`procedure.${stage}`, n);
  add('plans.active', k.plans.active);
  add('plans.kept', k.plans.kept);
  for (const [dept, s] of Object.entries(k.byDepartment)) segment(`department.${dept}`, s);
  return rows;
}

/**
 * The indicators for a terminal, in the locale's words and formats (English keeps the French
 * terms of art beside its own).
 */
export function kpiText(k: PortfolioKpis, locale: Locale = 'en'): string[] {
  const t = <C extends MessageCode>(code: C, params: ParamsOf<C>) => message(code, params, locale);
  const eur = (amount: string) => (locale === 'en' ? formatEUR(amount) : formatMoney(amount, locale));
  const rate = (r: string | null) =>
    r === null ? t('kpi.notAvailable', {}) : locale === 'en' ? formatPercent(r, 1) : formatRate(r, locale);
  const count = (n: number) => (locale === 'en' ? String(n) : formatCount(n, locale));
  const out: string[] = [];
  out.push(
    t('kpi.header', {
      asOf: locale === 'en' ? k.asOf : formatDate(k.asOf, locale),
      from: locale === 'en' ? k.period.from : formatDate(k.period.from, locale),
      accounts: count(k.accounts),
      errors: k.errors ? count(k.errors) : null,
    }),
  );
  out.push('');
  const decimal = (v: string | null) =>
    v === null ? t('kpi.notAvailable', {}) : locale === 'fr' ? v.replace('.', ',') : v;
  out.push(
    ...table([
      [t('kpi.billing', {}), eur(k.billing)],
      [t('kpi.receivables', {}), eur(k.receivables)],
      [t('kpi.receivablesAtStart', {}), eur(k.receivablesAtStart)],
      [t('kpi.collections', {}), eur(k.collections)],
      [t('kpi.recoveryRate', {}), rate(k.recoveryRate)],
      [t('kpi.arrearsRate', {}), rate(k.arrearsRate)],
      [t('kpi.debtInMonths', {}), decimal(k.debtInMonthsOfBilling)],
      [t('kpi.dso', {}), decimal(k.averagePaymentDelayDays)],
    ]),
  );
  out.push('');
  out.push(t('kpi.ageing.heading', {}));
  out.push(...table(Object.entries(k.ageing).map(([b, amount]) => [`  ${b}`, eur(amount)])));
  out.push('');
  const seg = (label: string, s: KpiSegment) => [
    label,
    count(s.accounts),
    count(s.inArrears),
    eur(s.receivables),
    rate(s.arrearsRate),
  ];
  out.push(
    ...table([
      [
        '',
        t('kpi.segment.accounts', {}),
        t('kpi.segment.inArrears', {}),
        t('kpi.segment.receivables', {}),
        t('kpi.segment.arrearsRate', {}),
      ],
      seg(t('kpi.segment.current', {}), k.tenancies.current),
      seg(t('kpi.segment.departed', {}), k.tenancies.departed),
      ...Object.entries(k.byDepartment).map(([d, s]) => seg(t('kpi.segment.department', { department: d }), s)),
    ]),
  );
  out.push('');
  out.push(t('kpi.levels.heading', {}));
  const levels = Object.entries(k.byLevel);
  out.push(...(levels.length === 0 ? [t('kpi.levels.none', {})] : table(levels.map(([l, n]) => [`  ${l}`, count(n)]))));
  const p = k.procedure;
  out.push(
    t('kpi.procedure', {
      caf: count(p.cafSignalled),
      ccapex: count(p.ccapexReferred),
      commandement: count(p.commandement),
      assignation: count(p.assignation),
    }),
  );
  out.push(t('kpi.plans', { active: count(k.plans.active), kept: count(k.plans.kept) }));
  return out;
}

export { csvText };
