import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import {
  decisionJsonSchema,
  defaultPolicy,
  evaluate,
  loadPolicy,
  type Decision,
  type PolicySource,
} from '../../src/rules';
import { demoAccounts } from '../account/fixtures';
import { defaultPolicyJson, tenancy } from './fixtures';

/**
 * Whole decisions, explanation included, for the situations a recovery officer meets: each is
 * pinned in `__snapshots__/decisions.test.ts.snap` in a readable form (one line per trace entry),
 * checked against the decision's JSON Schema, and matched by the json-rules-engine path.
 */
const defaultJson = defaultPolicyJson();

/** A variant policy: slower cadence when late, contacts on Tuesdays and Thursdays only, two contacts a week at most. */
const variant = (() => {
  const p = structuredClone(defaultJson);
  p.id = 'variant';
  p.cadence = {
    minDaysBetweenContacts: 2,
    maxDaysBetweenContacts: 10,
    byLevel: { late: { minDaysBetweenContacts: 14, maxDaysBetweenContacts: 21 } },
    maxContactsPer7Days: 2,
    contactDays: ['tuesday', 'thursday'],
    contactHours: { from: '10:00', to: '20:00' },
  };
  // A last resort without conditions: a letter when nothing else applies.
  p.steps.push({
    id: 'last-resort',
    kind: 'reminder',
    label: 'Courrier',
    channel: 'letter',
    humanApproval: false,
    repeat: true,
  });
  // A visit that waits for the winter truce to end.
  p.steps.unshift({
    id: 'visit-after-truce',
    kind: 'home-visit',
    label: 'Visite après la trêve',
    channel: 'home-visit',
    humanApproval: false,
    requires: ['expulsion_truce'],
    conditions: { all: [{ fact: 'commandementServed', operator: 'equal', value: true }] },
  });
  return loadPolicy(p);
})();

/** A policy whose only step never applies to a tenant in debt without a plan. */
const quiet = loadPolicy({
  ...defaultJson,
  id: 'quiet',
  messages: [],
  steps: [
    {
      id: 'plan-follow-up',
      kind: 'reminder',
      label: 'Suivi du plan',
      channel: 'letter',
      humanApproval: false,
      conditions: { all: [{ fact: 'hasPlan', operator: 'equal', value: true }] },
    },
  ],
});

/** A careless policy: commandement and assignation without their conditions on surendettement. */
const careless = (() => {
  const p = structuredClone(defaultJson);
  p.id = 'careless';
  for (const s of p.steps)
    if (s.conditions?.all)
      s.conditions.all = s.conditions.all.filter((c: { fact?: string }) => c.fact !== 'surendettement');
  return loadPolicy(p);
})();

const litigation = (procedure: object, extra: object = {}) =>
  tenancy({
    paidUntil: 3,
    extra: { procedure: { ccapexReferredOn: '2026-10-05', commandementOn: '2026-09-01', ...procedure }, ...extra },
  });

const withPayment = (account: { ledger: object[] }, date: string, amount: string) => ({
  ...account,
  ledger: [...account.ledger, { date, kind: 'payment', amount }],
});

const planKept = withPayment(
  tenancy({
    paidUntil: 9,
    extra: {
      repaymentPlan: {
        kind: 'amicable',
        agreedOn: '2026-11-02',
        debt: '1200.00',
        instalments: [
          { dueOn: '2026-11-15', amount: '100.00' },
          { dueOn: '2026-12-15', amount: '100.00' },
        ],
      },
    },
  }),
  '2026-11-10',
  '100.00',
);

const CASES: [string, unknown, unknown, string][] = [
  [
    'young tenant with SMS, first missed rent',
    tenancy({ paidUntil: 10, resources: '2000.00', members: [{ age: 24 }], preferred: ['sms'] }),
    defaultPolicy,
    '2026-11-06',
  ],
  [
    'senior offline, two months behind',
    tenancy({ paidUntil: 9, members: [{ age: 82 }], digital: { mobile: false, email: false } }),
    defaultPolicy,
    '2026-11-23',
  ],
  [
    'senior offline, called on Friday',
    tenancy({
      paidUntil: 9,
      members: [{ age: 82 }],
      digital: { mobile: false, email: false },
      extra: { contacts: [{ date: '2026-11-20', channel: 'phone', step: 'reminder' }] },
    }),
    defaultPolicy,
    '2026-11-23',
  ],
  ['unaffordable plan', tenancy({ paidUntil: 9, resources: '900.00' }), defaultPolicy, '2026-11-23'],
  ['assignation before the end of the CCAPEX delay', litigation({}), defaultPolicy, '2026-11-23'],
  ['assignation allowed, awaiting approval', litigation({}), defaultPolicy, '2026-12-08'],
  [
    'assignation awaiting approval, obligations after it in date order',
    litigation({ commandementToLeaveOn: '2026-10-09' }),
    defaultPolicy,
    '2026-12-08',
  ],
  [
    'assignation approved by a person',
    { ...litigation({}), approvals: [{ step: 'assignation', date: '2026-12-08', decision: 'approved' }] },
    defaultPolicy,
    '2026-12-09',
  ],
  [
    'assignation refused by a person',
    { ...litigation({}), approvals: [{ step: 'assignation', date: '2026-12-08', decision: 'refused' }] },
    defaultPolicy,
    '2026-12-09',
  ],
  ['surendettement recevable', litigation({ surendettementRecevableOn: '2026-11-01' }), defaultPolicy, '2026-12-10'],
  [
    'délais de paiement being kept: the November instalment paid on the 5th',
    withPayment(
      litigation(
        { judgmentOn: '2026-11-02', judgment: 'delais' },
        {
          repaymentPlan: {
            kind: 'judicial',
            agreedOn: '2026-11-02',
            debt: '4800.00',
            instalments: [
              { dueOn: '2026-11-10', amount: '200.00' },
              { dueOn: '2026-12-10', amount: '200.00' },
            ],
          },
        },
      ),
      '2026-11-05',
      '200.00',
    ),
    defaultPolicy,
    '2026-12-08',
  ],
  [
    'délais de paiement not kept: the November instalment unpaid',
    litigation(
      { judgmentOn: '2026-11-02', judgment: 'delais' },
      {
        repaymentPlan: {
          kind: 'judicial',
          agreedOn: '2026-11-02',
          debt: '4800.00',
          instalments: [
            { dueOn: '2026-11-10', amount: '200.00' },
            { dueOn: '2026-12-10', amount: '200.00' },
          ],
        },
      },
    ),
    defaultPolicy,
    '2026-12-08',
  ],
  [
    'plan already proposed by phone this month',
    tenancy({ paidUntil: 9, extra: { contacts: [{ date: '2026-11-16', channel: 'phone', step: 'plan-proposal' }] } }),
    defaultPolicy,
    '2026-11-24',
  ],
  [
    'Christmas: the contact waits for the next business day',
    tenancy({
      paidUntil: 10,
      extra: { lease: { signedOn: '2024-02-01', department: '75', rent: '500.00', charges: '100.00' } },
    }),
    defaultPolicy,
    '2026-12-25',
  ],
  [
    'rent due on the 31st, evaluated on 31 January',
    tenancy({
      paidUntil: 0,
      months: 1,
      extra: { lease: { signedOn: '2024-02-01', department: '93', rent: '500.00', charges: '100.00', dueDay: 31 } },
    }),
    defaultPolicy,
    '2026-01-31',
  ],
  [
    'email only, who asked for phone calls: the fallback channels, phone first',
    tenancy({ paidUntil: 9, digital: { mobile: false, email: true }, preferred: ['phone'] }),
    defaultPolicy,
    '2026-11-23',
  ],
  ['an amicable plan kept', planKept, defaultPolicy, '2026-11-23'],
  [
    'rent due on the 15th, evaluated on the 10th',
    tenancy({
      paidUntil: 9,
      extra: { lease: { signedOn: '2024-02-01', department: '93', rent: '500.00', charges: '100.00', dueDay: 15 } },
    }),
    defaultPolicy,
    '2026-11-10',
  ],
  ['paid up', tenancy({ paidUntil: 11 }), defaultPolicy, '2026-11-23'],
  [
    'paid up, effort rate above the cap, no housing benefit',
    tenancy({ paidUntil: 11, resources: '1500.00' }),
    defaultPolicy,
    '2026-11-23',
  ],
  [
    'variant: late, last contact 10 days ago',
    tenancy({ paidUntil: 9, extra: { contacts: [{ date: '2026-11-13', channel: 'sms', step: 'reminder' }] } }),
    variant,
    '2026-11-23',
  ],
  [
    'variant: two contacts this week',
    tenancy({
      paidUntil: 10,
      members: [{ age: 40 }],
      digital: { mobile: true, email: true },
      extra: {
        contacts: [
          { date: '2026-11-17', channel: 'letter', step: 'reminder' },
          { date: '2026-11-19', channel: 'email', step: 'reminder' },
        ],
      },
    }),
    variant,
    '2026-11-20',
  ],
  [
    'variant: visit held by the winter truce',
    litigation({ commandementToLeaveOn: '2026-10-09' }),
    variant,
    '2026-11-23',
  ],
  [
    'variant: the visit once the winter truce is over',
    litigation({ commandementToLeaveOn: '2026-10-09' }),
    variant,
    '2027-04-06',
  ],
  ['variant: a plan kept, nothing else applies: the last resort', planKept, variant, '2026-11-23'],
  ['commandement unanswered, no CCAPEX referral', litigation({ ccapexReferredOn: null }), defaultPolicy, '2026-11-23'],
  [
    'careless policy: commandement while a surendettement file is recevable',
    tenancy({
      paidUntil: 1,
      extra: {
        procedure: { ccapexReferredOn: '2026-06-01', surendettementRecevableOn: '2026-11-01' },
        lease: { signedOn: '2024-02-01', department: '75', rent: '500.00', charges: '100.00' },
      },
    }),
    careless,
    '2026-11-23',
  ],
  [
    'careless policy: commandement while an amicable plan is kept',
    withPayment(
      tenancy({
        paidUntil: 1,
        extra: {
          procedure: { ccapexReferredOn: '2026-06-01' },
          lease: { signedOn: '2024-02-01', department: '75', rent: '500.00', charges: '100.00' },
          repaymentPlan: {
            kind: 'amicable',
            agreedOn: '2026-11-02',
            debt: '6000.00',
            instalments: [
              { dueOn: '2026-11-15', amount: '100.00' },
              { dueOn: '2026-12-15', amount: '100.00' },
            ],
          },
        },
      }),
      '2026-11-10',
      '100.00',
    ),
    careless,
    '2026-11-23',
  ],
  ['quiet policy: nothing applies', tenancy({ paidUntil: 9 }), quiet, '2026-11-23'],
  ...Object.entries(demoAccounts()).map(([file, account]): [string, unknown, unknown, string] => [
    `demo ${file}`,
    account,
    defaultPolicy,
    '2026-11-23',
  ]),
];

/** The decision in a form one reads in review: traces as one line each, schedules as their ends. */
function readable(d: Decision) {
  const { plan, explanation, provenance: _p, ...rest } = d;
  return {
    ...rest,
    plan: plan && {
      ...plan,
      proposal: plan.proposal && {
        ...plan.proposal,
        schedule:
          plan.proposal.schedule.length === 0
            ? []
            : [plan.proposal.schedule[0], `… ${plan.proposal.schedule.length} in all …`, plan.proposal.schedule.at(-1)],
      },
    },
    explanation: explanation.map((e) => ({
      ...e,
      trace: e.trace?.map(
        (t) =>
          `${t.at}: ${t.fact} = ${JSON.stringify(t.factValue)} ${t.operator} ${JSON.stringify(t.value)} → ${t.result}`,
      ),
    })),
  };
}

describe('decisions', () => {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  ajv.addFormat('date', /^\d{4}-\d{2}-\d{2}$/);
  const conforms = ajv.compile(decisionJsonSchema as object);

  it.each(CASES)('%s', async (_, account, given, asOf) => {
    // A fresh copy of a policy of this file: a policy object is validated and compiled once, and
    // a cached result would hide a change of the code from the test (as under mutation testing).
    const policy = (
      given === defaultPolicy ? given : { versions: structuredClone((given as { versions: unknown[] }).versions) }
    ) as PolicySource;
    const d = evaluate(account, policy, { asOf });
    expect(readable(d)).toMatchSnapshot();
    expect(conforms(JSON.parse(JSON.stringify(d))), JSON.stringify(conforms.errors)).toBe(true);
    expect(JSON.stringify(await evaluate(account, policy, { asOf, engine: 'json-rules-engine' }))).toBe(
      JSON.stringify(d),
    );
  });

  it('the schedule of a proposed plan sums to the debt, from the next due date', () => {
    const d = evaluate(tenancy({ paidUntil: 9 }), defaultPolicy, { asOf: '2026-11-23' });
    const proposal = d.plan!.proposal!;
    const cents = (amount: string) => BigInt(amount.replace('.', ''));
    expect(proposal.schedule.reduce((sum, i) => sum + cents(i.amount), 0n)).toBe(cents(proposal.debt));
    expect(proposal.schedule[0]!.dueOn).toBe('2026-12-01');
  });
});
