/**
 * Text, JSON and CSV renderings of a policy comparison and of the portfolio indicators, for the
 * `compare` and `kpi` commands. Formatting only: the figures come from `comparePolicies` and
 * `portfolioKpis`.
 *
 * @module
 */
import { formatDate, formatMoney, formatRate, translator, type Locale } from '../i18n';
import { countText } from './output';
import { csvText } from '../node';
import type { KpiSegment, PolicyComparison, PolicyOutcome, PortfolioKpis } from '../portfolio';
export { comparisonRows } from '../portfolio/compare';

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

/** The lines of a comparison for a terminal, in the locale's words. */
export function comparisonText(r: PolicyComparison, locale: Locale = 'en'): string[] {
  const t = translator(locale);
  const count = (n: number) => countText(n, locale);
  const eur = (amount: string) => formatMoney(amount, locale);
  const a = r.baseline;
  const b = r.candidate;
  const name = (o: PolicyOutcome) => `${o.policy.id} ${o.policy.version}`;
  const row = (label: string, get: (o: PolicyOutcome) => number): string[] => [
    label,
    count(get(a)),
    count(get(b)),
    signed(get(b) - get(a)),
  ];
  const channels = [...new Set([...Object.keys(a.byChannel), ...Object.keys(b.byChannel)])].sort();
  const levels = [...new Set([...Object.keys(a.byLevel), ...Object.keys(b.byLevel)])].sort();
  const out: string[] = [];
  out.push(
    t('compare.header', {
      asOf: locale === 'en' ? r.asOf : formatDate(r.asOf, locale),
      accounts: count(r.accounts),
      unreadable: r.unreadable ? count(r.unreadable) : null,
    }),
  );
  out.push(t('compare.policies', { baseline: name(a), candidate: name(b) }));
  out.push('');
  out.push(
    ...table([
      ['', ...t('compare.columns', {}).split('|')],
      row(t('compare.decisions', {}), (o) => o.decisions),
      row(t('compare.errors', {}), (o) => o.errors),
      ...levels.map((l) => row(t('compare.level', { level: l }), (o) => o.byLevel[l] ?? 0)),
      row(t('compare.actions', {}), (o) => o.actions),
      row(t('compare.contacts', {}), (o) => o.contacts),
      ...channels.map((c) => row(t('compare.byChannel', { channel: c }), (o) => o.byChannel[c] ?? 0)),
      row(t('compare.work.officerCalls', {}), (o) => o.workload.officerCalls),
      row(t('compare.work.appointments', {}), (o) => o.workload.appointments),
      row(t('compare.work.homeVisits', {}), (o) => o.workload.homeVisits),
      row(t('compare.work.socialReviews', {}), (o) => o.workload.socialReviews),
      row(t('compare.work.fslReferrals', {}), (o) => o.workload.fslReferrals),
      row(t('compare.work.legalActs', {}), (o) => o.workload.legalActs),
      row(t('compare.work.awaitingApproval', {}), (o) => o.workload.awaitingApproval),
      row(t('compare.plans', {}), (o) => o.plans.proposed),
      row(t('compare.overdue', {}), (o) => o.obligations.overdue),
    ]),
  );
  out.push(t('compare.planDebt', { baseline: eur(a.plans.debt), candidate: eur(b.plans.debt) }));
  out.push('');
  const c = r.changed;
  out.push(
    t('compare.changed', {
      accounts: count(c.accounts),
      up: count(c.levelUp),
      down: count(c.levelDown),
      steps: count(c.nextStep),
      channels: count(c.channel),
    }),
  );
  const moves = r.transitions.level.filter((m) => m.from !== m.to);
  if (moves.length > 0) {
    out.push(t('compare.levelMoves', {}));
    out.push(...table(moves.map((m) => [`  ${m.from} → ${m.to}`, count(m.count)])));
  }
  const stepMoves = r.transitions.nextStep.filter((m) => m.from !== m.to);
  if (stepMoves.length > 0) {
    out.push(t('compare.stepMoves', {}));
    out.push(...table(stepMoves.map((m) => [`  ${m.from} → ${m.to}`, count(m.count)])));
  }
  if (r.changes.length > 0) {
    const truncated = r.changes.length > LISTED_CHANGES || r.changesTruncated;
    out.push(t('compare.changes', { listed: truncated ? String(Math.min(LISTED_CHANGES, r.changes.length)) : null }));
    for (const ch of r.changes.slice(0, LISTED_CHANGES)) {
      const k = (x: typeof ch.baseline) =>
        `${x.level}, ${x.nextStep ?? t('compare.noStep', {})}${x.channel ? t('compare.byChannelWord', { channel: x.channel }) : ''}`;
      out.push(`  ${ch.accountId}: ${k(ch.baseline)} → ${k(ch.candidate)}`);
    }
  }
  return out;
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
  const t = translator(locale);
  const eur = (amount: string) => formatMoney(amount, locale);
  const rate = (r: string | null) => (r === null ? t('kpi.notAvailable', {}) : formatRate(r, locale));
  const count = (n: number) => countText(n, locale);
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
