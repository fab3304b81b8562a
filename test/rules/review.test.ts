/**
 * `reviewOn`: the first day after `asOf` on which a decision can change with no new data, and why.
 *
 * The property: evaluating the same account on days after `asOf` and before `reviewOn` gives the
 * same outcome — the level, the actions (step, channel, and a date that is the same, or for an
 * action due « as soon as possible » the first allowed day from that day on), the obligations
 * (code, date, status) and the prevention advice; under the default policy, a policy reading every
 * kind of time fact, a plain one, and one policy per condition on a fact that moves with the day.
 * Worked examples: a contact the cadence allows in 7 days, the assignation gate opening after the
 * CCAPEX referral, a promise falling due then lapsing, a day-count threshold of a level, a paid-up
 * account (the next rent due day), the winter truce, the 2027 benefit impayé, birthdays, the end
 * of a policy version, a record dated later, and nothing at all.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  dayOfWeek,
  daysBetween,
  isBusinessDay,
  rollForward,
  zoneOfDepartment,
  type IsoDate,
} from '../../src/calendar';
import { FACTS } from '../../src/rules/facts';
import { DAY_COUNT_FACTS, TIME_FACTS } from '../../src/rules/review';
import { DecisionSchema, REVIEW_CODES, type Decision } from '../../src/rules/decision';
import { defaultPolicy, evaluate, loadPolicy, type PolicySource } from '../../src/rules';
import { runs } from '../runs';
import { asOfArb, tenancyArb } from './arbitraries';
import { defaultPolicyJson, tenancy } from './fixtures';

const DAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;

/**
 * A policy that reads the facts that move with the day in every way the conditions allow:
 * day counts against numbers, lists and one another, counts over rolling periods, ages; a cadence
 * of two contact days a week, two contacts a week, a slower pace when late.
 */
const timely = (() => {
  const p = defaultPolicyJson();
  p.id = 'timely';
  p.cadence = {
    minDaysBetweenContacts: 2,
    maxDaysBetweenContacts: 10,
    byLevel: { late: { minDaysBetweenContacts: 14, maxDaysBetweenContacts: 21 } },
    maxContactsPer7Days: 2,
    contactDays: ['tuesday', 'thursday'],
    contactHours: { from: '10:00', to: '20:00' },
  };
  p.levels.push(
    {
      id: 'quiet-too-long',
      rank: 8,
      label: 'Sans contact depuis longtemps',
      conditions: {
        all: [
          { fact: 'arrears', operator: 'decimalGreaterThan', value: '0.00' },
          {
            any: [
              { fact: 'daysSinceLastContact', operator: 'greaterThan', value: 40 },
              { fact: 'daysSinceFirstDefault', operator: 'greaterThan', value: { fact: 'daysSinceLastContact' } },
            ],
          },
          { fact: 'contactsLast7Days', operator: 'equal', value: 0 },
          { not: { fact: 'daysSinceFirstDefault', operator: 'in', value: [45, 46, 47] } },
        ],
      },
    },
    {
      id: 'signal-soon',
      rank: 9,
      label: 'Signalement bientôt dû',
      conditions: {
        all: [
          { fact: 'daysToCafSignalDeadline', operator: 'lessThanInclusive', value: 20 },
          { fact: 'cafSignalled', operator: 'equal', value: false },
        ],
      },
    },
  );
  p.channels.rules.unshift({
    id: 'early-sms',
    conditions: {
      all: [
        { fact: 'daysSinceFirstDefault', operator: 'lessThan', value: 20 },
        { fact: 'missedPayments', operator: 'lessThanInclusive', value: 1 },
      ],
    },
    use: ['sms', 'letter'],
  });
  p.steps.unshift(
    {
      id: 'missed-call',
      kind: 'phone-call',
      label: 'Appel : plusieurs échéances manquées',
      channel: 'phone',
      humanApproval: false,
      conditions: {
        all: [
          { fact: 'missedPayments', operator: 'greaterThanInclusive', value: 2 },
          { fact: 'contactsLast30Days', operator: 'lessThan', value: 2 },
          { fact: 'partialPayments', operator: 'greaterThanInclusive', value: 0 },
          { fact: 'latePayments', operator: 'greaterThanInclusive', value: 0 },
        ],
      },
    },
    {
      id: 'senior-visit',
      kind: 'home-visit',
      label: 'Visite : ménage âgé',
      channel: 'home-visit',
      humanApproval: false,
      conditions: {
        all: [
          { fact: 'oldestMemberAge', operator: 'greaterThanInclusive', value: 70 },
          { fact: 'daysSinceFirstDefault', operator: 'notEqual', value: 33 },
          { fact: 'brokenPromisesLast6Months', operator: 'lessThan', value: 5 },
          { fact: 'paidHalfResidualRent', operator: 'equal', value: false },
          { fact: 'daysToPromiseDue', operator: 'isMissing', value: true },
        ],
      },
    },
  );
  return loadPolicy(p);
})();

/**
 * A plain policy: one level for a debt, one reminder, the default cadence. No day count hides the
 * days of the law, the rent, the advice or the records behind its own thresholds.
 */
const plain = loadPolicy({
  ...defaultPolicyJson(),
  id: 'plain',
  messages: [],
  levels: [
    { id: 'none', rank: 0, label: 'À jour' },
    {
      id: 'owed',
      rank: 1,
      label: 'Une somme est due',
      conditions: { all: [{ fact: 'arrears', operator: 'decimalGreaterThan', value: '0.00' }] },
    },
  ],
  steps: [
    {
      id: 'reminder',
      kind: 'reminder',
      label: 'Relance',
      channel: 'profile',
      humanApproval: false,
      repeat: true,
      conditions: { all: [{ fact: 'arrears', operator: 'decimalGreaterThan', value: '0.00' }] },
    },
  ],
});

/**
 * Policies whose one level holds on one condition: every change of that condition shows in the
 * level, so the days it changes on are checked one fact at a time.
 */
const ONE_CONDITION: readonly { fact: string; operator: string; value: unknown }[] = [
  { fact: 'contactsLast7Days', operator: 'greaterThanInclusive', value: 1 },
  { fact: 'contactsLast30Days', operator: 'greaterThanInclusive', value: 2 },
  { fact: 'missedPayments', operator: 'greaterThanInclusive', value: 1 },
  { fact: 'partialPayments', operator: 'greaterThanInclusive', value: 1 },
  { fact: 'latePayments', operator: 'greaterThanInclusive', value: 1 },
  { fact: 'brokenPromisesLast6Months', operator: 'greaterThanInclusive', value: 1 },
  { fact: 'paidHalfResidualRent', operator: 'equal', value: true },
  { fact: 'promisePending', operator: 'equal', value: true },
  { fact: 'daysToPromiseDue', operator: 'lessThanInclusive', value: 2 },
  { fact: 'oldestMemberAge', operator: 'greaterThanInclusive', value: 75 },
  { fact: 'vulnerable', operator: 'equal', value: true },
  { fact: 'planAffordable', operator: 'equal', value: true },
  { fact: 'daysSinceLastContact', operator: 'greaterThan', value: 9 },
  { fact: 'daysSinceFirstDefault', operator: 'equal', value: 40 },
  { fact: 'daysToCafSignalDeadline', operator: 'lessThan', value: 0 },
  { fact: 'planStatus', operator: 'equal', value: 'late' },
  { fact: 'assignationAllowed', operator: 'equal', value: true },
  { fact: 'curePeriodOver', operator: 'equal', value: true },
  { fact: 'payerAid', operator: 'equal', value: 'suspended' },
  { fact: 'tiersPayantAnswerDue', operator: 'equal', value: true },
  { fact: 'benefitUnpaid', operator: 'equal', value: true },
  { fact: 'tenancy', operator: 'equal', value: 'departed' },
];

const onOneCondition = (condition: { fact: string; operator: string; value: unknown }): PolicySource =>
  loadPolicy({
    ...defaultPolicyJson(),
    id: 'one-condition',
    messages: [],
    // No channel rule: no other condition than the level's (the default's read the oldest age).
    channels: { rules: [], fallback: ['letter', 'phone'] },
    levels: [
      { id: 'none', rank: 0, label: 'Rien' },
      { id: 'hit', rank: 1, label: 'La condition tient', conditions: { all: [condition] } },
    ],
    steps: [
      {
        id: 'reminder',
        kind: 'reminder',
        label: 'Relance',
        channel: 'profile',
        humanApproval: false,
        repeat: true,
        conditions: { all: [{ fact: 'arrears', operator: 'decimalGreaterThan', value: '0.00' }] },
      },
    ],
  });

/** A day of 2025–2026 by its number. */
const day = (n: number): IsoDate => addDays('2025-01-01', n);
/** Evaluation days from February 2025 to mid-2027: the 2027 rule of the benefit impayé included. */
const evaluationDayArb = fc.oneof(asOfArb, fc.integer({ min: 640, max: 900 }).map(day));

/** Days from `asOf`: most of what a generated tenancy adds falls near the evaluation day. */
const near = (min: number, max: number) => fc.integer({ min, max });

/**
 * What a generated tenancy may also hold, dated from the evaluation day so that its changes fall
 * in the days checked: promises, a plan, the payer's events, contacts and payments, members
 * turning 14, 70 or 75, an exit, a hearing, a commandement to leave, a due day, a recent lease.
 */
const extrasArb = fc.record({
  promises: fc.array(fc.record({ made: near(-40, 5), days: near(0, 20), amount: fc.integer({ min: 1, max: 900 }) }), {
    maxLength: 2,
  }),
  plan: fc.option(
    fc.record({ kind: fc.constantFrom('amicable', 'caf', 'judicial'), from: near(-120, 20), months: near(1, 6) }),
    { nil: undefined },
  ),
  payerEvents: fc.array(
    fc.record({
      at: near(-200, 10),
      kind: fc.constantFrom(
        'plan-requested',
        'tiers-payant-offered',
        'ccapex-suspended',
        'formal-notice',
        'plan-approved',
      ),
    }),
    { maxLength: 2 },
  ),
  contacts: fc.array(fc.record({ at: near(-40, 3), channel: fc.constantFrom('letter', 'sms', 'phone', 'internal') }), {
    maxLength: 3,
  }),
  payments: fc.array(fc.record({ at: near(-40, 3), amount: fc.integer({ min: 1, max: 900 }) }), { maxLength: 2 }),
  births: fc.option(
    fc.array(fc.record({ at: near(-30, 40), turns: fc.constantFrom(14, 70, 75) }), { minLength: 1, maxLength: 2 }),
    { nil: undefined },
  ),
  endedOn: fc.option(near(-120, 30), { nil: undefined }),
  hearingOn: fc.option(near(0, 120), { nil: undefined }),
  commandementToLeaveOn: fc.option(near(-200, 10), { nil: undefined }),
  dueDay: fc.option(fc.oneof(fc.constantFrom(5, 10, 28, 31), fc.integer({ min: 2, max: 31 })), { nil: undefined }),
  signedOn: fc.option(near(-400, 10), { nil: undefined }),
  rooms: fc.option(near(1, 7), { nil: undefined }),
});

function withExtras(t: Record<string, any>, e: any, asOf: IsoDate): Record<string, any> {
  const out = structuredClone(t);
  const on = (n: number) => addDays(asOf, n);
  out.promises = e.promises.map((p: any) => ({
    madeOn: on(p.made),
    dueOn: on(p.made + p.days),
    amount: `${p.amount}.00`,
  }));
  if (e.plan !== undefined) {
    const instalments = Array.from({ length: e.plan.months }, (_, i) => ({
      dueOn: on(e.plan.from + 30 * i),
      amount: '50.00',
    }));
    out.repaymentPlan = { kind: e.plan.kind, agreedOn: on(e.plan.from), debt: `${50 * e.plan.months}.00`, instalments };
  }
  out.payerEvents = e.payerEvents.map((x: any) => ({ date: on(x.at), kind: x.kind }));
  out.contacts = [
    ...out.contacts,
    ...e.contacts.map((c: any) => ({ date: on(c.at), channel: c.channel, step: 'reminder' })),
  ];
  out.ledger = [
    ...out.ledger,
    ...e.payments.map((x: any) => ({ date: on(x.at), kind: 'payment', amount: `${x.amount}.00` })),
  ];
  if (e.births !== undefined) {
    // Members turning 14 (consumption units), 70 or 75 (the policies' senior ages) near asOf.
    out.household.members = e.births.map((b: { at: number; turns: number }) => {
      const birthday = on(b.at);
      const year = Number(birthday.slice(0, 4)) - b.turns;
      return { birthDate: `${year}${birthday.slice(4)}`.replace('-02-29', '-02-28') };
    });
  }
  if (e.endedOn !== undefined) out.lease = { ...out.lease, endedOn: on(e.endedOn), securityDeposit: '300.00' };
  if (e.dueDay !== undefined) out.lease = { ...out.lease, dueDay: e.dueDay };
  if (e.signedOn !== undefined) out.lease = { ...out.lease, signedOn: on(e.signedOn) };
  if (e.rooms !== undefined) out.lease = { ...out.lease, rooms: e.rooms };
  out.procedure = {
    ...out.procedure,
    ...(e.hearingOn === undefined ? {} : { hearingOn: on(e.hearingOn) }),
    ...(e.commandementToLeaveOn === undefined ? {} : { commandementToLeaveOn: on(e.commandementToLeaveOn) }),
  };
  return out;
}

/** The account as the ERP exports it on `asOf`: no record dated after that day (the hearing is set in advance). */
function asExportedOn(account: Record<string, any>, asOf: IsoDate): Record<string, any> {
  const out = structuredClone(account);
  const upTo = (d: string | null | undefined) => d == null || d <= asOf;
  out.ledger = out.ledger.filter((p: any) => upTo(p.date));
  out.contacts = (out.contacts ?? []).filter((c: any) => upTo(c.date));
  out.approvals = (out.approvals ?? []).filter((a: any) => upTo(a.date));
  out.promises = (out.promises ?? []).filter((p: any) => upTo(p.madeOn));
  out.payerEvents = (out.payerEvents ?? []).filter((e: any) => upTo(e.date));
  for (const [k, v] of Object.entries(out.procedure ?? {}))
    if (k !== 'hearingOn' && typeof v === 'string' && v > asOf) delete out.procedure[k];
  if (!upTo(out.lease.endedOn)) delete out.lease.endedOn;
  return out;
}

/** The first day on or after `from` a step of this channel may be carried out, as `decide` dates an action due now. */
function firstAllowed(
  from: IsoDate,
  channel: string,
  zone: ReturnType<typeof zoneOfDepartment>,
  contactDays: string[],
): IsoDate {
  if (channel === 'internal') return rollForward(from, { zone });
  let d = from;
  while (!(contactDays.includes(DAYS[dayOfWeek(d) - 1]!) && isBusinessDay(d, { zone }))) d = addDays(d, 1);
  return d;
}

/**
 * What must stay the same on a day `d` before `reviewOn`: the level; the actions' steps and
 * channels, and their dates — the same date when it is `d` or later, else (an action due « as soon
 * as possible » on `asOf`) the first day from `d` on that allows it; the obligations' codes, dates
 * and statuses (a `human_review` gate carries its action's date); the prevention advice.
 */
function expectSameOutcome(
  before: Decision,
  after: Decision,
  d: IsoDate,
  zone: ReturnType<typeof zoneOfDepartment>,
  contactDays: string[],
): void {
  const where = `${before.accountId}: ${before.asOf} → ${d} (reviewOn ${before.reviewOn?.date ?? 'null'})`;
  expect(after.level.id, where).toBe(before.level.id);
  const dated = (date: IsoDate, channel: string) => (date >= d ? date : firstAllowed(d, channel, zone, contactDays));
  expect(
    after.actions.map((a) => [a.step, a.channel, a.date]),
    where,
  ).toEqual(before.actions.map((a) => [a.step, a.channel, dated(a.date, a.channel)]));
  const legal = (x: Decision) =>
    x.obligations.filter((o) => o.code !== 'human_review').map((o) => [o.code, o.date, o.status]);
  expect(legal(after), where).toEqual(legal(before));
  const reviews = (x: Decision) =>
    x.obligations
      .filter((o) => o.code === 'human_review')
      .map((o) => o.date)
      .sort();
  const approvals = (x: Decision, on: IsoDate) =>
    x.actions
      .filter((a) => a.requiresHumanApproval)
      .map((a) => (a.date >= on ? a.date : firstAllowed(on, a.channel, zone, contactDays)))
      .sort();
  expect(reviews(before), where).toEqual(approvals(before, before.asOf));
  expect(reviews(after), where).toEqual(approvals(before, d));
  expect(
    after.prevention.map((p) => p.code),
    where,
  ).toEqual(before.prevention.map((p) => p.code));
}

/** Up to `max` days strictly between `from` and `to`: all when few, else spread, the first and the last included. */
function daysBetweenExclusive(from: IsoDate, to: IsoDate, max: number): IsoDate[] {
  const n = daysBetween(from, to) - 1;
  if (n <= 0) return [];
  if (n <= max) return Array.from({ length: n }, (_, i) => addDays(from, i + 1));
  const picks = new Set<number>();
  for (let i = 0; i < max; i++) picks.add(1 + Math.round((i * (n - 1)) / (max - 1)));
  return [...picks].sort((a, b) => a - b).map((k) => addDays(from, k));
}

function checkStable(
  account: Record<string, any>,
  policy: PolicySource,
  asOf: IsoDate,
  contactDays: string[],
): Decision {
  const before = evaluate(account, policy, { asOf });
  const zone = zoneOfDepartment(account.lease.department);
  const review = before.reviewOn;
  if (review !== null) {
    expect(review.date > asOf).toBe(true);
    expect(review.reasons.length).toBeGreaterThan(0);
  }
  const until = review?.date ?? addDays(asOf, 60);
  for (const d of daysBetweenExclusive(asOf, until, 10)) {
    expectSameOutcome(before, evaluate(account, policy, { asOf: d }), d, zone, contactDays);
  }
  return before;
}

const DEFAULT_DAYS = defaultPolicyJson().cadence.contactDays as string[];
const TIMELY_DAYS = ['tuesday', 'thursday'];

describe('property: nothing changes before reviewOn', () => {
  it.each([
    ['the default policy', defaultPolicy as PolicySource, DEFAULT_DAYS],
    ['a policy reading every kind of time fact', timely as PolicySource, TIMELY_DAYS],
    ['a plain policy, one level and one reminder', plain as PolicySource, DEFAULT_DAYS],
  ])('%s, on generated tenancies as exported on asOf and with records dated later', (_, policy, contactDays) => {
    fc.assert(
      fc.property(tenancyArb, extrasArb, evaluationDayArb, fc.boolean(), (t, extras, asOf, exported) => {
        const full = withExtras(t, extras, asOf);
        const account = exported ? asExportedOn(full, asOf) : full;
        checkStable(account, policy, asOf, contactDays);
      }),
      { numRuns: runs(300, 60) },
    );
  });
});

describe('property: one condition at a time, nothing changes before reviewOn', () => {
  it.each(ONE_CONDITION.map((c) => [`${c.fact} ${c.operator} ${JSON.stringify(c.value)}`, c] as const))(
    '%s',
    (_, condition) => {
      const policy = onOneCondition(condition);
      fc.assert(
        fc.property(tenancyArb, extrasArb, evaluationDayArb, fc.boolean(), (t, extras, asOf, exported) => {
          const full = withExtras(t, extras, asOf);
          checkStable(exported ? asExportedOn(full, asOf) : full, policy, asOf, DEFAULT_DAYS);
        }),
        { numRuns: runs(150, 25) },
      );
    },
  );
});

describe('reviewOn, worked examples', () => {
  it('a contact the cadence allows in 7 days: that day, for the cadence', () => {
    // Rent unpaid from 1 October 2026; a reminder sent today, Friday 20 November: 7 days between contacts.
    const account = tenancy({
      paidUntil: 9,
      extra: { contacts: [{ date: '2026-11-20', channel: 'letter', step: 'reminder' }] },
    });
    const d = evaluate(account, defaultPolicy, { asOf: '2026-11-20' });
    const contact = d.actions.find((a) => a.channel !== 'internal')!;
    expect(contact.date).toBe('2026-11-27');
    expect(d.reviewOn).toEqual({
      date: '2026-11-27',
      reasons: [
        {
          code: 'contact-allowed',
          subject: contact.step,
          text: `Le contact « ${contact.step} » (SMS) devient possible le 27/11/2026\u00a0: la cadence, les jours de contact et le calendrier le permettent ce jour-là.`,
        },
      ],
    });
    // The day before, the same contact on the same day; that day, due that day.
    expect(evaluate(account, defaultPolicy, { asOf: '2026-11-26' }).actions.map((a) => a.date)).toEqual(
      d.actions.map((a) => a.date),
    );
    expect(evaluate(account, defaultPolicy, { asOf: '2026-11-27' }).nextAction?.date).toBe('2026-11-27');
  });

  it('the assignation gate opening 2 months after the CCAPEX referral', () => {
    // Referred on 15 September 2026: the 2 months end on Sunday 15 November, rolled to Monday 16;
    // the gate opens the day after, Tuesday 17 November.
    const account = tenancy({ paidUntil: 8, extra: { procedure: { ccapexReferredOn: '2026-09-15' } } });
    const d = evaluate(account, defaultPolicy, { asOf: '2026-11-10' });
    expect(d.obligations.find((o) => o.code === 'assignation_earliest')).toMatchObject({
      date: '2026-11-17',
      status: 'closed',
    });
    expect(d.reviewOn?.date).toBe('2026-11-17');
    expect(d.reviewOn?.reasons.map((r) => [r.code, r.subject])).toEqual([['gate-opens', 'assignation_earliest']]);
    expect(
      evaluate(account, defaultPolicy, { asOf: '2026-11-17' }).obligations.find(
        (o) => o.code === 'assignation_earliest',
      )?.status,
    ).toBe('open');
  });

  it('a promise falling due, then lapsing once its grace days pass', () => {
    // Rent of November unpaid; on 16 November the tenant promised 600 € by 30 November.
    const account = tenancy({
      paidUntil: 10,
      extra: { promises: [{ madeOn: '2026-11-16', dueOn: '2026-11-30', amount: '600.00', channel: 'phone' }] },
    });
    const d = evaluate(account, defaultPolicy, { asOf: '2026-11-20' });
    expect(d.reviewOn).toEqual({
      date: '2026-11-30',
      reasons: [
        {
          code: 'promise-due',
          subject: '2026-11-30',
          text: 'La promesse de payer 600,00\u00a0€ arrive à échéance le 30/11/2026.',
        },
      ],
    });
    // On the due day, the next change is the day after the 3 days of grace: the promise broken.
    const due = evaluate(account, defaultPolicy, { asOf: '2026-11-30' });
    expect(due.reviewOn?.reasons.map((r) => r.code)).toContain('rent-due');
    expect(due.reviewOn?.date).toBe('2026-12-01');
    const december = tenancy({
      paidUntil: 11,
      months: 12,
      extra: { promises: [{ madeOn: '2026-12-02', dueOn: '2026-12-10', amount: '600.00' }] },
    });
    const lapsing = evaluate(december, defaultPolicy, { asOf: '2026-12-11', locale: 'en' });
    expect(lapsing.reviewOn).toEqual({
      date: '2026-12-14',
      reasons: [
        {
          code: 'promise-lapses',
          subject: '2026-12-10',
          text: 'Unless paid, the promise to pay €600.00 by 10 Dec 2026 is broken from 14 Dec 2026, its grace days over.',
        },
      ],
    });
  });

  it('a day count of a level reaching its threshold: the level changes that day', () => {
    // Rent unpaid from 1 October 2026: 26 days on Tuesday 27 October, 30 on Saturday 31 October (level "late").
    const account = tenancy({ paidUntil: 9, months: 10 });
    const d = evaluate(account, defaultPolicy, { asOf: '2026-10-27' });
    expect(d.level.id).toBe('watch');
    expect(d.reviewOn?.date).toBe('2026-10-31');
    const [reason] = d.reviewOn!.reasons;
    expect(reason).toMatchObject({ code: 'day-count', subject: 'daysSinceFirstDefault' });
    expect(reason!.text).toMatch(
      /^Le 31\/10\/2026, daysSinceFirstDefault vaut 30\u00a0: .*levels\[2\]\.conditions\.all\[1\]/,
    );
    expect(evaluate(account, defaultPolicy, { asOf: '2026-10-30' }).level.id).toBe('watch');
    expect(evaluate(account, defaultPolicy, { asOf: '2026-10-31' }).level.id).toBe('late');
  });

  it('a paid-up account: the next rent due day', () => {
    const account = tenancy({ paidUntil: 11 });
    const d = evaluate(account, defaultPolicy, { asOf: '2026-11-10' });
    expect(d.actions).toEqual([]);
    expect(d.reviewOn).toEqual({
      date: '2026-12-01',
      reasons: [
        {
          code: 'rent-due',
          subject: null,
          text: 'Le loyer tombe le 01/12/2026\u00a0: la dette peut changer, et un plan proposé commencerait à l’échéance suivante.',
        },
      ],
    });
    // The lease's due day: the 10th, the day after a 9 November evaluation.
    const tenth = { ...account, lease: { ...account.lease, dueDay: 10 } };
    expect(evaluate(tenth, defaultPolicy, { asOf: '2026-11-09' }).reviewOn?.date).toBe('2026-11-10');
  });

  it('the winter truce: its start for a tenant who owes, its end as the gate', () => {
    const account = tenancy({ paidUntil: 7, months: 10, resources: '900.00' });
    const autumn = evaluate(account, defaultPolicy, { asOf: '2026-10-30', locale: 'en' });
    // Friday 30 October: the rent of 1 November is the same day as the truce.
    expect(autumn.reviewOn?.date).toBe('2026-11-01');
    expect(autumn.reviewOn?.reasons.map((r) => r.code)).toEqual(['winter-truce-starts', 'rent-due']);
    const winter = evaluate(account, defaultPolicy, { asOf: '2027-03-24' });
    expect(winter.obligations.find((o) => o.code === 'winter_truce')?.date).toBe('2027-04-01');
    expect(winter.reviewOn?.date).toBe('2027-04-01');
    expect(winter.reviewOn?.reasons.map((r) => r.code)).toContain('winter-truce-ends');
  });

  it('the benefit impayé of the 2027 rule, 3 months after the arrears began', () => {
    // An APL paid to the landlord; rent and charges paid every month; a charges regularisation of
    // 80 € left unpaid from 17 February 2027: below 450 €, an impayé 3 months later, on 17 May.
    const ledger: object[] = [];
    for (let m = 1; m <= 5; m++) {
      const mm = `2027-0${m}`;
      ledger.push(
        { date: `${mm}-01`, kind: 'rent', amount: '550.00' },
        { date: `${mm}-01`, kind: 'charges', amount: '50.00' },
        { date: `${mm}-01`, kind: 'benefit', amount: '500.00' },
        { date: `${mm}-03`, kind: 'payment', amount: '100.00' },
      );
    }
    ledger.push({ date: '2027-02-17', kind: 'charges-regularisation', amount: '80.00' });
    const account = {
      id: 'B-2027',
      lease: { signedOn: '2020-05-01', department: '69', rent: '550.00', charges: '50.00' },
      household: { monthlyResources: '1400.00', members: [{ age: 41 }], digital: { mobile: false, email: false } },
      housingBenefit: { kind: 'APL', monthlyAmount: '500.00', paidTo: 'landlord' },
      ledger,
      contacts: [{ date: '2027-05-04', channel: 'phone', step: 'reminder' }],
    };
    const d = evaluate(account, defaultPolicy, { asOf: '2027-05-12' });
    expect(d.level.id).not.toBe('benefit-unpaid');
    expect(d.reviewOn).toEqual({
      date: '2027-05-17',
      reasons: [
        {
          code: 'benefit-unpaid',
          subject: null,
          text: 'Le 17/05/2027, 3 mois après le début de l’impayé (17/02/2027), l’impayé au sens de l’aide au logement peut être constitué (CCH R.824-2).',
        },
      ],
    });
    expect(evaluate(account, defaultPolicy, { asOf: '2027-05-16' }).level.id).toBe(d.level.id);
    expect(evaluate(account, defaultPolicy, { asOf: '2027-05-17' }).level.id).toBe('benefit-unpaid');
  });

  it('the end of the policy version in force', () => {
    const p = defaultPolicyJson();
    const versions = loadPolicy({
      versions: [
        { ...p, effectiveTo: '2026-11-15' },
        { ...p, version: '2026.2', effectiveFrom: '2026-11-15' },
      ],
    });
    const d = evaluate(tenancy({ paidUntil: 11 }), versions, { asOf: '2026-11-10', locale: 'en' });
    expect(d.reviewOn).toEqual({
      date: '2026-11-15',
      reasons: [
        {
          code: 'policy-version',
          subject: '2024.1',
          text: 'Version 2024.1 of the policy stops applying on 15 Nov 2026: the next one takes over.',
        },
      ],
    });
  });

  it('a birthday: a child turning 14 changes the consumption units, and what the household can afford', () => {
    // 1 200 € a month, 600 € of rent and charges; a child turns 14 on 25 November 2026: 1.3 units,
    // a plan of 47.50 € within the reste à vivre; 1.5 units, none. The policy reads no age itself.
    const policy = onOneCondition({ fact: 'planAffordable', operator: 'equal', value: true });
    const account = tenancy({
      paidUntil: 9,
      resources: '1200.00',
      members: [{ age: 40 }, { birthDate: '2012-11-25' }],
    });
    const d = evaluate(account, policy, { asOf: '2026-11-20' });
    expect(d.plan?.maxSustainableInstalment).toBe('47.50');
    expect(d.level.id).toBe('hit');
    expect(d.reviewOn?.date).toBe('2026-11-25');
    expect(d.reviewOn?.reasons.map((r) => r.code)).toEqual(['birthday']);
    expect(evaluate(account, policy, { asOf: '2026-11-24' }).level.id).toBe('hit');
    expect(evaluate(account, policy, { asOf: '2026-11-25' }).level.id).toBe('none');
    // The default policy reads the oldest member's age: every birthday counts there.
    const older = tenancy({ paidUntil: 9, members: [{ birthDate: '1980-11-23' }, { birthDate: '2012-11-25' }] });
    expect(evaluate(older, defaultPolicy, { asOf: '2026-11-20' }).reviewOn?.date).toBe('2026-11-23');
    expect(evaluate(older, policy, { asOf: '2026-11-20' }).reviewOn?.date).toBe('2026-11-25');
  });

  it('a birthday: a member turning 75 makes the household vulnerable', () => {
    const account = tenancy({ paidUntil: 9, members: [{ birthDate: '1951-11-25' }] });
    const d = evaluate(account, defaultPolicy, { asOf: '2026-11-20' });
    expect(d.actions.map((a) => a.step)).not.toContain('vulnerable-review');
    expect(d.reviewOn?.date).toBe('2026-11-25');
    expect(d.reviewOn?.reasons.map((r) => r.code)).toEqual(['birthday']);
    expect(evaluate(account, defaultPolicy, { asOf: '2026-11-25' }).actions.map((a) => a.step)).toContain(
      'vulnerable-review',
    );
    const policy = onOneCondition({ fact: 'vulnerable', operator: 'equal', value: true });
    expect(evaluate(account, policy, { asOf: '2026-11-20' }).reviewOn?.date).toBe('2026-11-25');
    expect(evaluate(account, policy, { asOf: '2026-11-25' }).level.id).toBe('hit');
  });

  it('a record dated after asOf counts from its day', () => {
    const account = tenancy({ paidUntil: 11, extra: { procedure: { fslReferredOn: '2026-11-12' } } });
    const d = evaluate(account, defaultPolicy, { asOf: '2026-11-10' });
    expect(d.reviewOn?.date).toBe('2026-11-12');
    expect(d.reviewOn?.reasons.map((r) => [r.code, r.subject])).toEqual([['dated-record', 'procedure.fslReferredOn']]);
  });

  it("a host's fact, and a host's operator on a day count: their course in time is unknown, so the next day", () => {
    const extend = {
      facts: {
        erpSegment: {
          type: 'string' as const,
          unit: null,
          description: 'Segment of the tenant in the ERP.',
          get: () => 'fragile',
        },
      },
      operators: {
        isEven: {
          factTypes: ['integer' as const],
          value: 'true' as const,
          description: 'the count is even',
          evaluate: (n: number) => n % 2 === 0,
        },
      },
    };
    const host = (condition: object) => {
      const p = defaultPolicyJson();
      p.levels.push({ id: 'host', rank: 8, label: 'Hôte', conditions: { all: [condition] } });
      return loadPolicy(p, { extend });
    };
    const account = tenancy({ paidUntil: 11 });
    const bySegment = evaluate(account, host({ fact: 'erpSegment', operator: 'equal', value: 'fragile' }), {
      asOf: '2026-11-10',
      extend,
    });
    expect(bySegment.reviewOn?.date).toBe('2026-11-11');
    expect(bySegment.reviewOn?.reasons.map((r) => [r.code, r.subject])).toEqual([['host-fact', 'erpSegment']]);
    const owed = tenancy({ paidUntil: 9 });
    const byParity = evaluate(owed, host({ fact: 'daysSinceFirstDefault', operator: 'isEven', value: true }), {
      asOf: '2026-11-10',
      extend,
    });
    expect(byParity.reviewOn?.date).toBe('2026-11-11');
    expect(byParity.reviewOn?.reasons.map((r) => [r.code, r.subject])).toEqual([
      ['day-count', 'daysSinceFirstDefault'],
    ]);
  });

  it('null when nothing can change without new data: a departed tenant with nothing to settle', () => {
    const account = tenancy({ paidUntil: 11, extra: {} });
    const departed = { ...account, lease: { ...account.lease, endedOn: '2026-11-05' } };
    const d = evaluate(departed, defaultPolicy, { asOf: '2026-11-20' });
    expect(d.reviewOn).toBeNull();
    expect(DecisionSchema.safeParse(d).success).toBe(true);
  });

  it('the same day and codes in French and in English, the texts in each', () => {
    const account = tenancy({ paidUntil: 9 });
    const fr = evaluate(account, defaultPolicy, { asOf: '2026-11-20' }).reviewOn!;
    const en = evaluate(account, defaultPolicy, { asOf: '2026-11-20', locale: 'en' }).reviewOn!;
    expect(en.date).toBe(fr.date);
    expect(en.reasons.map((r) => [r.code, r.subject])).toEqual(fr.reasons.map((r) => [r.code, r.subject]));
    expect(en.reasons.map((r) => r.text)).not.toEqual(fr.reasons.map((r) => r.text));
  });
});

describe('the facts reviewOn follows', () => {
  it('every fact counted in days moves by one a day', () => {
    const inDays = Object.entries(FACTS)
      .filter(([, f]) => f.unit === 'days')
      .map(([name]) => name)
      .sort();
    expect(Object.keys(DAY_COUNT_FACTS).sort()).toEqual(inDays);
  });

  it('every fact it follows is a fact of the library, and every code has its text', () => {
    for (const name of [...Object.keys(DAY_COUNT_FACTS), ...Object.keys(TIME_FACTS)])
      expect(FACTS).toHaveProperty(name);
    expect(new Set(REVIEW_CODES).size).toBe(REVIEW_CODES.length);
  });
});
