/**
 * The law table as the legal team reads it: every dated parameter and every forbidden charge is a
 * row of docs/legal-basis.md, with its value, its dates, the date that chooses it and its article.
 * A change to the law table changes the page, and the page is what gets reviewed.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { voiceOf } from '../../src/i18n';
import {
  FORBIDDEN_CHARGES,
  LAW_TABLE_VERSION,
  LEGAL_PARAMETERS,
  cureDelay,
  forbiddenChargeIn,
  legalParameter,
  prefectNoticeDeadline,
} from '../../src/law';

const page = readFileSync('docs/legal-basis.md', 'utf8');
/** The bases pinned below are the English ones (the `source` of the law table). */
const EN = voiceOf('en');
const CLOCKS: Record<string, string> = {
  'day-judged': 'the day judged',
  'lease-signature': 'the lease signature',
  hearing: 'the hearing',
  commandement: 'the commandement',
  'as-of': 'the evaluation date',
  signal: 'the signal of the impayé',
};
const cell = (text: string) => text.replace(/\|/g, '\\|');
function valueText(value: unknown): string {
  if (value === null || typeof value !== 'object') return String(value);
  const v = value as Record<string, unknown>;
  const keys = Object.keys(v);
  if (keys.every((k) => ['months', 'weeks', 'days'].includes(k)))
    return keys.map((k) => `${String(v[k])} ${k}`).join(' ');
  if ('from' in v && 'to' in v && keys.length === 2) return `${String(v.from)} to ${String(v.to)}`;
  return keys.map((k) => `${k}: ${JSON.stringify(v[k])}`).join(', ');
}

describe('the law table', () => {
  it('is the version the page shows', () => {
    expect(LAW_TABLE_VERSION).toBe('2026-11-29');
    expect(page).toContain(`(law table version ${LAW_TABLE_VERSION})`);
  });

  it.each(LEGAL_PARAMETERS.map((p) => [`${p.id} from ${p.validFrom}`, p] as const))(
    '%s is a row of docs/legal-basis.md',
    (_name, p) => {
      const row = `| \`${p.id}\` | ${cell(valueText(p.value))} | ${p.validFrom} | ${p.validTo ?? 'in force'} | ${CLOCKS[p.clock]} | ${cell(p.source)} |`;
      expect(page.split('\n')).toContain(row);
    },
  );

  it('has as many rows as parameters, and each forbidden charge', () => {
    expect(page.split('\n').filter((l) => /^\| `[a-z_]+` \|/.test(l))).toHaveLength(
      LEGAL_PARAMETERS.length + FORBIDDEN_CHARGES.length,
    );
    for (const c of FORBIDDEN_CHARGES)
      expect(page.split('\n')).toContain(`| \`${c.code}\` | ${cell(c.label)} | ${cell(c.basis)} |`);
  });

  it('chooses a version by its dates, first day included, last day excluded', () => {
    expect(legalParameter('winter_truce', '2014-03-26')!.value).toEqual({ from: '11-01', to: '03-15' });
    expect(legalParameter('winter_truce', '2014-03-27')!.value).toEqual({ from: '11-01', to: '03-31' });
    expect(legalParameter('winter_truce', '2012-05-31')).toBeUndefined();
    expect(legalParameter('benefit_unpaid', '2026-12-31')!.value).toMatchObject({ regime: 'apl-2016' });
    expect(legalParameter('benefit_unpaid', '2027-01-01')!.value).toMatchObject({ regime: 'apl-2027' });
    expect(legalParameter('no_such_rule', '2026-01-01')).toBeUndefined();
  });

  it('applies the first version to dates before the table starts', () => {
    expect(cureDelay('1980-01-01', undefined, undefined, EN)).toEqual({
      period: { months: 2 },
      basis: legalParameter('cure_delay', '2000-01-01')!.source,
    });
    expect(prefectNoticeDeadline('2010-06-15', EN)).toEqual({
      date: '2010-04-14',
      basis: legalParameter('prefect_notice_before_hearing', '2015-01-01')!.source,
    });
  });

  // A 3-month clause now (it was 1 month): a clause below the 2 months of art. 24 I as then in
  // force gives the tenant the 2 months (issue [4/8], Part A 3; test/law/cure-delay.test.ts).
  it('keeps the delay written in a lease signed before loi 2023-668, and says so', () => {
    expect(cureDelay('2020-01-01', { months: 3 }, undefined, EN)).toEqual({
      period: { months: 3 },
      basis: `${legalParameter('cure_delay', '2020-01-01')!.source}; delay written in the lease`,
    });
    expect(cureDelay('2024-01-01', { months: 1 }, undefined, EN)).toEqual({
      period: { weeks: 6 },
      basis: legalParameter('cure_delay', '2024-01-01')!.source,
    });
  });
});

describe('forbiddenChargeIn', () => {
  it.each([
    ['reminderFee', 'reminder_fee'],
    ['fee', 'reminder_fee'],
    ['Frais', 'reminder_fee'],
    ['quittanceFee', 'quittance_fee'],
    ['receipt-fees', 'quittance_fee'],
    ['noticeFee', 'notice_fee'],
    ['frais_avis', 'notice_fee'],
    ['recoveryFees', 'recovery_cost'],
    ['frais de recouvrement', 'recovery_cost'],
    ['penalty', 'penalty'],
    ['penalties', 'penalty'],
    ['pénalité', 'penalty'],
    ['pénalités-retard', 'penalty'],
    ['lateFine', 'penalty'],
    ['amende', 'penalty'],
    ['surchargeDay', 'penalty'],
    ['majoration', 'penalty'],
    ['noticePenalty', 'penalty'],
  ])('%s is %s', (name, code) => {
    expect(forbiddenChargeIn(name)?.code).toBe(code);
  });

  it.each(['feedback', 'refine', 'finest', 'LATEFINE', 'reminder-1', '', '---', 'notice', 'recouvrement'])(
    '%s is no charge',
    (name) => {
      expect(forbiddenChargeIn(name)).toBeNull();
    },
  );
});
