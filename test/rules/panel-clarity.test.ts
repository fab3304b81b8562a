/**
 * Worked cases of the recovery manager's review of the default policy (points 13 and 15): built
 * accounts, the date, the decision expected, and the source of each expectation.
 */
import { describe, expect, it } from 'vitest';
import { defaultPolicy, evaluate, loadPolicy, type Decision } from '../../src/rules';
import { defaultPolicyJson, tenancy } from './fixtures';

const ASOF = '2026-11-23';

/** Rent 500 + charges 100 unpaid from August 2026, plus 60 € of charges: 2 460 € owed on 23 Nov 2026. */
const owing2460 = (department: string) =>
  tenancy({
    paidUntil: 7,
    extra: {
      lease: { signedOn: '2024-02-01', department, rent: '500.00', charges: '100.00' },
      ledger: [...tenancy({ paidUntil: 7 }).ledger, { date: '2026-10-15', kind: 'charges', amount: '60.00' }],
    },
  });

describe('point 13: no department delays the landlord’s CCAPEX referral', () => {
  // DOMAIN §2: the referral to the CCAPEX is the landlord's (loi 89-462 art. 24 II); the
  // Seine-Saint-Denis charter's 5 000 € is the department's own letter to households ([PRACTICE]),
  // not a threshold of the landlord's referral. The default policy has no override.
  it.each(['93', '94', '75'])('refers the same 2 460 € debt, 114 days old, to the CCAPEX in the %s', (department) => {
    const d = evaluate(owing2460(department), defaultPolicy, { asOf: ASOF, locale: 'en' });
    expect(d.nextAction?.step).toBe('ccapex-referral');
    expect(d.level.id).toBe('serious');
  });

  it('was delayed in the 93 by the former override of highDebt to 5 000 €', () => {
    const former = loadPolicy({
      ...defaultPolicyJson(),
      overrides: [{ departments: ['93'], parameters: { highDebt: { value: '5000.00', unit: 'EUR' } } }],
    });
    expect(evaluate(owing2460('93'), former, { asOf: ASOF, locale: 'en' }).nextAction?.step).not.toBe(
      'ccapex-referral',
    );
    expect(evaluate(owing2460('94'), former, { asOf: ASOF, locale: 'en' }).nextAction?.step).toBe('ccapex-referral');
  });

  it('has no department override in the default policy', () => {
    expect(defaultPolicyJson().overrides).toBeUndefined();
  });
});

describe('point 15 (a): the CCAPEX referral made by the CAF signal is not a second overdue duty', () => {
  // DOMAIN §1 and §2 (CCH R.824-1 to R.824-4, R.824-30): an APL impayé of 2 months' rent on
  // 1 Oct 2026 is to be signalled by 1 Dec 2026 (regime until 31 Dec 2026); the signalling is
  // also the referral to the CCAPEX.
  const withApl = (procedure?: object) =>
    tenancy({
      paidUntil: 8,
      extra: {
        housingBenefit: { kind: 'APL', monthlyAmount: '200.00', paidTo: 'tenant' },
        ...(procedure ? { procedure } : {}),
      },
    });

  it('lists one duty while the CAF is not told: caf_signal, whose basis says it refers the CCAPEX too', () => {
    const d = evaluate(withApl(), defaultPolicy, { asOf: '2026-12-02', locale: 'en' });
    const law = d.obligations.filter((o) => o.code === 'caf_signal' || o.code === 'ccapex_referral');
    expect(law).toEqual([
      {
        code: 'caf_signal',
        kind: 'deadline',
        date: '2026-12-01',
        basis: expect.stringMatching(/also refers the case to the CCAPEX \(CCH R\.824-30\)$/),
        status: 'overdue',
      },
    ]);
    expect(d.obligations.filter((o) => o.status === 'overdue').map((o) => o.code)).toEqual(['caf_signal']);
  });

  it('marks the referral done, made by the CAF signalling, once the CAF is told', () => {
    const d = evaluate(withApl({ cafSignalledOn: '2026-11-20' }), defaultPolicy, { asOf: '2026-12-02', locale: 'en' });
    expect(d.obligations.find((o) => o.code === 'ccapex_referral')).toEqual({
      code: 'ccapex_referral',
      kind: 'deadline',
      date: '2026-12-01',
      basis:
        'loi 89-462 art. 24 II; CCH R.824-30: made by the CAF/MSA signalling on 2026-11-20, which also refers the case to the CCAPEX',
      status: 'done',
    });
    expect(d.obligations.filter((o) => o.status === 'overdue')).toEqual([]);
  });
});

describe('point 15 (b): the winter truce is shown for an account in arrears inside it', () => {
  // DOMAIN §3, CPCE L.412-6: no expulsion from 1 November to 31 March; procedural acts continue.
  it('shows the truce on 23 Nov 2026: no expulsion until 31 March 2027', () => {
    const d = evaluate(tenancy({ paidUntil: 9 }), defaultPolicy, { asOf: ASOF, locale: 'en' });
    expect(d.obligations).toContainEqual({
      code: 'winter_truce',
      kind: 'gate',
      date: '2027-04-01',
      basis: expect.stringMatching(/^CPCE L\.412-6 .*no expulsion may take place until 2027-03-31; procedural acts/),
      status: 'closed',
    });
    expect(d.explanation).toContainEqual(
      expect.objectContaining({ about: 'law', text: 'winter_truce (gate) on 1 Apr 2027: closed.' }),
    );
  });

  it('shows no truce for the same account on 1 April, nor for a paid-up account inside it', () => {
    const april = evaluate(tenancy({ paidUntil: 9, months: 11 }), defaultPolicy, { asOf: '2027-04-01', locale: 'en' });
    expect(april.obligations.map((o) => o.code)).not.toContain('winter_truce');
    const paid = evaluate(tenancy({ paidUntil: 11 }), defaultPolicy, { asOf: ASOF, locale: 'en' });
    expect(paid.obligations).toEqual([]);
  });

  it('leaves the expulsion_truce gate as it was: a commandement de quitter of 30 Jan 2027 gives 1 Apr 2027', () => {
    // CPCE L.412-1: earliest expulsion 31 Mar 2027, in the truce, so the gate opens on 1 April.
    const d = evaluate(
      tenancy({ paidUntil: 9, extra: { procedure: { commandementToLeaveOn: '2027-01-30' } } }),
      defaultPolicy,
      { asOf: '2027-02-01', locale: 'en' },
    );
    const truce = d.obligations.filter((o) => o.code === 'expulsion_truce' || o.code === 'winter_truce');
    expect(truce.map((o) => [o.code, o.date, o.status])).toEqual([['expulsion_truce', '2027-04-01', 'closed']]);
  });
});

describe('point 15 (c): the schedule says each move of the contact date', () => {
  /** The default policy, contacts on Mondays and Tuesdays only. */
  const mondayTuesday = (() => {
    const p = defaultPolicyJson();
    p.id = 'monday-tuesday';
    p.cadence.contactDays = ['monday', 'tuesday'];
    return loadPolicy(p);
  })();
  const schedule = (d: Decision) => d.explanation.find((e) => e.about === 'schedule')?.text;

  it('says the cadence, then each day passed over: not a contact day, weekend, Easter Monday', () => {
    // Last contact Fri 19 Mar 2027 + 7 days = Fri 26 Mar (not a contact day), Sat 27 and Sun 28,
    // Mon 29 Mar 2027 is Easter Monday (Code du travail L.3133-1; Easter Sunday 28 Mar 2027): Tue 30.
    const account = tenancy({
      paidUntil: 9,
      months: 12,
      extra: { contacts: [{ date: '2027-03-19', channel: 'phone', step: 'reminder' }] },
    });
    const d = evaluate(account, mondayTuesday, { asOf: '2027-03-22', locale: 'en' });
    expect(d.nextAction?.date).toBe('2027-03-30');
    expect(schedule(d)).toBe(
      'Date 30 Mar 2027: 7 days after the last contact on 19 Mar 2027 (policy cadence), then to Tuesday 30 March 2027, ' +
        'as Friday 26 March 2027 is not a contact day of the policy, Saturday 27 March 2027 is not a contact day of the policy, ' +
        'Sunday 28 March 2027 is not a contact day of the policy, Monday 29 March 2027 is Lundi de Pâques, a public holiday; ' +
        'never a weekend or a public holiday of the zone (metropole).',
    );
  });

  it('says nothing more when no day is passed over', () => {
    const d = evaluate(tenancy({ paidUntil: 9 }), defaultPolicy, { asOf: ASOF, locale: 'en' });
    expect(schedule(d)).toBe(
      'Date 23 Nov 2026: as soon as possible; never a weekend or a public holiday of the zone (metropole).',
    );
  });

  it('says the cap of contacts in 7 days', () => {
    // Default cadence: at most 1 contact in 7 days. A contact on Thu 19 Nov 2026 and one on
    // Fri 20 Nov: the next is 7 days after the last (27 Nov); nothing passed over.
    const p = defaultPolicyJson();
    p.id = 'two-days';
    p.cadence.minDaysBetweenContacts = 2;
    const d = evaluate(
      tenancy({ paidUntil: 9, extra: { contacts: [{ date: '2026-11-19', channel: 'phone', step: 'reminder' }] } }),
      loadPolicy(p),
      { asOf: ASOF, locale: 'en' },
    );
    expect(d.nextAction?.date).toBe('2026-11-26');
    expect(schedule(d)).toBe(
      'Date 26 Nov 2026: as soon as possible, then to Thursday 26 November 2026, 7 days after the contact on 19 Nov 2026: ' +
        'at most 1 contact(s) in 7 days (policy cadence); never a weekend or a public holiday of the zone (metropole).',
    );
  });
});

describe('the default locale is French: the same decision, in the words a French officer reads', () => {
  // Two months unpaid (1 200 €) on 23 Nov 2026: level « Retard », a plan proposed by letter.
  const account = tenancy({ paidUntil: 9 });
  const fr = evaluate(account, defaultPolicy, { asOf: ASOF });
  const en = evaluate(account, defaultPolicy, { asOf: ASOF, locale: 'en' });
  const text = (d: Decision, about: string) => d.explanation.find((e) => e.about === about)?.text ?? '';
  /** What a program reads of a decision: no prose. */
  const values = (d: Decision) => ({
    level: d.level,
    actions: d.actions.map((a) => ({
      step: a.step,
      kind: a.kind,
      channel: a.channel,
      date: a.date,
      role: a.role,
      addressee: a.addressee,
      requiresHumanApproval: a.requiresHumanApproval,
      amountDue: a.variables.amountDue,
      monthsOwed: a.variables.monthsOwed,
      oldestDueDate: a.variables.oldestDueDate,
      maxInstalment: a.variables.maxInstalment,
    })),
    obligations: d.obligations.map((o) => [o.code, o.kind, o.date, o.status]),
    plan: {
      maxSustainableInstalment: d.plan?.maxSustainableInstalment,
      feasible: d.plan?.proposal?.feasible,
      debt: d.plan?.proposal?.debt,
      instalment: d.plan?.proposal?.instalment,
      months: d.plan?.proposal?.months,
      schedule: d.plan?.proposal?.schedule,
    },
  });

  it('says the level, the next step and the plan in French, amounts as 1 575,00 €', () => {
    expect(text(fr, 'level')).toMatch(
      /^Niveau «\s?Retard \(un mois de retard\)\s?»\u00a0: ses conditions sont remplies/u,
    );
    expect(text(fr, 'step')).toMatch(
      /^Prochaine étape «\s?Proposer un plan d'apurement que le ménage peut tenir\s?» \(plan-proposal\) par courrier le 23\/11\/2026/u,
    );
    const plan = text(fr, 'plan');
    expect(plan).toContain('Un plan d’apurement de 7 échéances de 171,43\u00a0€ à partir du 01/12/2026');
    expect(plan).toContain('dans la limite du taux d’effort de 30,0\u00a0%');
    expect(plan).toContain('le ménage pourrait payer jusqu’à 1\u202f575,00\u00a0€ par mois');
    // The English run says the same in English formats.
    expect(text(en, 'level')).toMatch(/^Level "Retard \(un mois de retard\)": its conditions hold/);
    expect(text(en, 'step')).toMatch(
      /^Next step "Proposer un plan d'apurement que le ménage peut tenir" \(plan-proposal\) by letter on 23 Nov 2026/,
    );
    expect(text(en, 'plan')).toContain('A plan of 7 instalments of €171.43 from 1 Dec 2026');
    expect(text(en, 'plan')).toContain('the household could pay up to €1,575.00 a month');
    // No English sentence in the French run.
    expect(fr.explanation.map((e) => e.about)).toEqual(en.explanation.map((e) => e.about));
    for (const [i, e] of fr.explanation.entries()) expect(e.text).not.toBe(en.explanation[i]!.text);
  });

  it('gives the same values in both locales: levels, actions, dates, amounts', () => {
    expect(values(fr)).toEqual(values(en));
    expect(values(fr)).toMatchObject({
      level: { id: 'late', rank: 2 },
      actions: [
        {
          step: 'plan-proposal',
          channel: 'letter',
          date: '2026-11-23',
          amountDue: '1200.00',
          maxInstalment: '1575.00',
        },
      ],
      obligations: [['winter_truce', 'gate', '2027-04-01', 'closed']],
      plan: { feasible: true, debt: '1200.00', instalment: '171.43', months: 7 },
    });
    expect(fr.nextAction?.step).toBe(en.nextAction?.step);
  });
});
