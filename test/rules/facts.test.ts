import { describe, expect, it } from 'vitest';
import { generateDemoPortfolio } from '../../src/demo';
import { analyze, parseAccount } from '../../src/account';
import { FACTS, FACT_NAMES } from '../../src/rules/facts';

/** Every fact of an account, as the rules read them. */
function factsOf(raw: object, asOf: string, maxSustainableInstalment: string | null = null) {
  const account = parseAccount(raw);
  const situation = analyze(account, { asOf });
  return Object.fromEntries(
    FACT_NAMES.map((name) => [name, FACTS[name]!.get({ account, situation, maxSustainableInstalment })]),
  );
}

/** Rent 500 + charges 100 due on the 1st of each month of 2026, housing benefit 200 paid to the landlord. */
function account(o: { paidUntil: number; extra?: object; household?: object }) {
  const ledger: object[] = [];
  for (let m = 1; m <= 11; m++) {
    const mm = String(m).padStart(2, '0');
    ledger.push(
      { date: `2026-${mm}-01`, kind: 'rent', amount: '500.00' },
      { date: `2026-${mm}-01`, kind: 'charges', amount: '100.00' },
    );
    ledger.push({ date: `2026-${mm}-01`, kind: 'benefit', amount: '200.00' });
    if (m <= o.paidUntil) ledger.push({ date: `2026-${mm}-03`, kind: 'payment', amount: '400.00' });
  }
  return {
    id: 'F-1',
    lease: { signedOn: '2024-02-01', department: '974', rent: '500.00', charges: '100.00' },
    household: { monthlyResources: '1500.00', ...o.household },
    housingBenefit: { kind: 'APL', monthlyAmount: '200.00', paidTo: 'landlord' },
    ledger,
    ...o.extra,
  };
}

describe('the facts of an account, as the rules read them', () => {
  it('a household two months behind, the impayé signalled to the CAF, contacted last week', () => {
    const a = account({
      paidUntil: 8,
      household: {
        name: 'M. Payet',
        // The younger member turns 14 the day after: a child of 13 counts 0.3 consumption unit.
        members: [{ age: 80 }, { birthDate: '2012-11-24' }],
        digital: { mobile: true, email: false, comfortable: true },
        preferredChannels: ['phone', 'letter'],
        vulnerability: { guardianship: true, socialSupport: true },
      },
      extra: {
        // An FSL request dated tomorrow is not yet made; a null date is no date.
        procedure: { cafSignalledOn: '2026-11-10', fslReferredOn: '2026-11-24', commandementOn: null },
        contacts: [
          { date: '2026-11-18', channel: 'sms', step: 'reminder' },
          { date: '2026-10-30', channel: 'letter', step: 'reminder' },
          { date: '2026-11-20', channel: 'internal', step: 'caf-signal' },
        ],
      },
    });
    expect(factsOf(a, '2026-11-23', '45.00')).toEqual({
      // Benefits go to the oldest debt: September is paid, October and November are owed (2 × 400).
      arrears: '1200.00',
      balance: '1200.00',
      monthsOfArrears: 2,
      debtInMonthsOfRent: '2.00',
      firstDefaultOn: '2026-10-01',
      daysSinceFirstDefault: 53,
      partialPayments: 0,
      latePayments: 2, // September, paid by the benefits of October and November
      missedPayments: 4,
      chargesRegularisationDebt: '0.00',
      housingBenefit: 'active',
      tiersPayant: true,
      // Twice the net monthly rent (2 × 400) is owed from 1 October: signal by 1 December.
      benefitUnpaid: true,
      daysSinceBenefitUnpaid: 53,
      daysToCafSignalDeadline: 8,
      cafSignalled: true,
      ccapexReferred: true, // the CAF signal counts as referral
      assignationAllowed: false,
      fslReferred: false,
      commandementServed: false,
      curePeriodOver: false,
      assignationServed: false,
      surendettement: false,
      frozenDebt: '0.00',
      effortRateNet: '0.2667', // (600 − 200) ÷ 1500
      resteAVivrePerUnit: '846.15', // (1500 − 400) ÷ 1.3
      monthlyResources: '1500.00',
      maxSustainableInstalment: '45.00',
      planAffordable: true,
      hasPlan: false,
      planUnpaidInstalments: 0,
      planStatus: 'none',
      planKind: 'none',
      contactsLast7Days: 1, // the internal step is not a contact
      contactsLast30Days: 2,
      daysSinceLastContact: 5,
      tenancy: 'current',
      department: '974',
      zone: 'reunion',
      oldestMemberAge: 80,
      householdSize: 2,
      hasMobile: true,
      hasEmail: false,
      digitalComfort: true,
      preferredChannels: ['phone', 'letter'],
      guardianship: true,
      interpreterNeeded: false,
      socialSupport: true,
      protectiveMeasure: 'unknown', // the guardianship flag, without household.protection
      disability: false,
      vulnerable: true, // 80 years old, and a protective measure
      vulnerableReviewed: false,
      contactsThisEpisode: 2, // since 1 October, the internal step not counted
      judgment: 'none',
      guarantorNoticeDue: false,
      depositHeld: '0.00',
      debtAfterDeposit: '1200.00',
      finalStatementSent: false,
      daysSinceFinalStatement: null,
      daysSinceFormalNotice: null,
      daysSinceInjonction: null,
      promisePending: false,
      daysToPromiseDue: null,
      brokenPromisesLast6Months: 0,
      payerRegime: 'apl-2016', // signalled on a day of 2026
      payerPlanDue: false,
      daysToPayerPlanDeadline: null,
      tiersPayantAnswerDue: false,
      paidHalfResidualRent: false, // nothing paid in the last 30 days
      payerAid: 'unknown',
    });
  });

  it('a departed tenant under a broken plan, assigned today, with a surendettement file', () => {
    const a = account({
      paidUntil: 3,
      household: { members: [], digital: { mobile: false, email: true } },
      extra: {
        lease: { signedOn: '2024-02-01', department: '13', rent: '500.00', charges: '100.00', endedOn: '2026-11-15' },
        procedure: {
          ccapexReferredOn: '2026-09-01',
          fslReferredOn: '2026-09-02',
          commandementOn: '2026-08-01',
          assignationOn: '2026-11-23',
          surendettementRecevableOn: '2026-11-01',
        },
        repaymentPlan: {
          kind: 'amicable',
          agreedOn: '2026-08-15',
          debt: '1000.00',
          instalments: ['09', '10', '11', '12'].map((m) => ({ dueOn: `2026-${m}-10`, amount: '100.00' })),
        },
      },
    });
    expect(factsOf(a, '2026-11-23')).toMatchObject({
      // The file is recevable since 1 November: the 2 800 owed before is frozen and the debt facts
      // read only the current debt, November's rent less what came in since (code conso L.722-2, L.722-5).
      arrears: '400.00',
      frozenDebt: '2800.00',
      monthsOfArrears: 1,
      debtInMonthsOfRent: '0.66',
      firstDefaultOn: '2026-11-01',
      daysSinceFirstDefault: 22,
      partialPayments: 1,
      missedPayments: 11,
      // The tenant left on 15 November: no benefit impayé for the home they left, no CAF deadline.
      benefitUnpaid: false,
      daysSinceBenefitUnpaid: null,
      daysToCafSignalDeadline: null,
      cafSignalled: false,
      ccapexReferred: true,
      fslReferred: true,
      assignationAllowed: false, // 2 months after 1 September, but enforcement is suspended (L.722-2)
      commandementServed: true,
      curePeriodOver: false, // no eviction delay runs for a tenant who left: cure_period_end is not listed
      assignationServed: true,
      surendettement: true,
      resteAVivrePerUnit: '1100.00',
      maxSustainableInstalment: null,
      planAffordable: false,
      hasPlan: true,
      planUnpaidInstalments: 3,
      planStatus: 'broken', // 3 unpaid, the default tolerance is 1 (brokenAfterUnpaid 2)
      planKind: 'amicable',
      contactsLast7Days: 0,
      contactsLast30Days: 0,
      daysSinceLastContact: null,
      tenancy: 'departed',
      department: '13',
      zone: 'metropole',
      oldestMemberAge: null,
      householdSize: 1,
      hasMobile: false,
      hasEmail: true,
      digitalComfort: false,
      preferredChannels: [],
      guardianship: false,
    });
  });

  it('a paid-up household with the benefit paid to itself', () => {
    const a = {
      ...account({ paidUntil: 11, household: { vulnerability: { interpreterNeeded: true } } }),
      housingBenefit: { kind: 'APL', monthlyAmount: '200.00', paidTo: 'tenant' },
    };
    expect(factsOf(a, '2026-11-23')).toMatchObject({
      arrears: '0.00',
      monthsOfArrears: 0,
      firstDefaultOn: null,
      daysSinceFirstDefault: null,
      benefitUnpaid: false,
      daysSinceBenefitUnpaid: null,
      daysToCafSignalDeadline: null,
      tiersPayant: false,
      cafSignalled: false,
      ccapexReferred: false,
      fslReferred: false,
      commandementServed: false,
      assignationServed: false,
      surendettement: false,
      hasPlan: false,
      planUnpaidInstalments: 0,
      householdSize: 1,
      oldestMemberAge: null,
      interpreterNeeded: true,
      guardianship: false,
      socialSupport: false,
      hasMobile: false,
      hasEmail: false,
      preferredChannels: [],
    });
  });

  it('no tiers payant once the benefit has stopped, even paid to the landlord', () => {
    const a = account({ paidUntil: 11 });
    const stopped = { ...a, housingBenefit: { ...a.housingBenefit, stoppedOn: '2026-11-01' } };
    expect(factsOf(stopped, '2026-11-23')).toMatchObject({ housingBenefit: 'stopped', tiersPayant: false });
    expect(factsOf(stopped, '2026-10-31')).toMatchObject({ housingBenefit: 'active', tiersPayant: true });
  });

  it('never gives undefined: a fact that does not exist for an account is null', () => {
    for (const raw of [account({ paidUntil: 11 }), account({ paidUntil: 2 })]) {
      for (const [name, value] of Object.entries(factsOf(raw, '2026-11-23'))) expect(value, name).not.toBeUndefined();
    }
  });
});

describe('the facts of closed values', () => {
  const closed = FACT_NAMES.filter((name) => FACTS[name]!.values !== undefined);

  it('are the string facts whose values the schema or the analysis fixes', () => {
    expect(closed).toEqual(
      expect.arrayContaining(['housingBenefit', 'planKind', 'planStatus', 'tenancy', 'zone', 'judgment', 'payerAid']),
    );
    for (const name of closed) expect(FACTS[name]!.type).toBe('string');
  });

  it.each(['2026-11-23', '2027-03-01'])(
    'take only their listed values, or null, on the demo portfolio on %s',
    (asOf) => {
      const seen = new Map<string, Set<unknown>>(closed.map((name) => [name, new Set()]));
      for (const raw of generateDemoPortfolio({ count: 1500, asOf })) {
        const facts = factsOf(raw as object, asOf);
        for (const name of closed) {
          const value = facts[name];
          seen.get(name)!.add(value);
          if (value !== null) expect(FACTS[name]!.values, `${name} = ${String(value)}`).toContain(value);
        }
      }
      // The portfolio reaches more than one value of most of them: the check is not vacuous.
      expect(closed.filter((name) => seen.get(name)!.size > 1).length).toBeGreaterThanOrEqual(4);
    },
  );
});
