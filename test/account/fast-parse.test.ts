/**
 * The fast path of `safeParseAccount` (`src/account/fast-parse.ts`) against the reference path
 * (the input guard, then zod): for every input, the same acceptance, the same parsed value (deep,
 * strict, with the keys in the same order) and, when refused, the same issues; and the fast path
 * takes every account the reference accepts, so that it is never a fast path in name only.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isParsedAccount, safeParseAccount } from '../../src/account';
import { fastParseAccount } from '../../src/account/fast-parse';
import { MAX_ACCOUNT_VALUES, safeParseAccountWithZod } from '../../src/account/parse';
import {
  APPROVAL_DECISIONS,
  MAX_LEDGER_LENGTH,
  MAX_LIST_LENGTH,
  MAX_MEMBERS,
  MAX_PREFERRED_CHANNELS,
  MAX_SETTLED_POSTINGS,
  MAX_EMAIL_LENGTH,
  MAX_PHONE_LENGTH,
  MAX_POSTAL_ADDRESS_LENGTH,
  MAX_STEP_LENGTH,
  BENEFIT_PAYEES,
  ChannelSchema,
  CONTACT_OUTCOMES,
  HOUSING_BENEFIT_KINDS,
  JUDGMENTS,
  MAX_ACCOUNT_ID_LENGTH,
  MAX_AGE,
  MAX_DUE_DAY,
  MAX_PERIOD_DAYS,
  MAX_PERIOD_MONTHS,
  MAX_PERIOD_WEEKS,
  MAX_ROOMS,
  MEMBER_ROLES,
  PostingKindSchema,
  PROTECTIVE_MEASURES,
  REPAYMENT_PLAN_KINDS,
} from '../../src/account/schema';
import { generateDemoAccount, generateDemoPortfolio } from '../../src/demo';
import { PAYER_EVENT_KINDS } from '../../src/law';
import { AMOUNT_PATTERN, SIGNED_AMOUNT_PATTERN } from '../../src/money/patterns';
import { amountArb, positiveAmountArb } from '../arbitraries';
import { anyDateArb } from '../calendar/arbitraries';
import { tenancyArb } from '../rules/arbitraries';
import { HEAVY_TIMEOUT, portfolioSize, runs } from '../runs';
import { accountArb, shuffleKeys } from './arbitraries';
import { baseAccount, demoAccounts } from './fixtures';
import { FORMULA_IDS, mutate as fuzzMutate, mutation } from '../../fuzz/hostile.mjs';

const asOf = '2026-11-23';

/** The value as nested `[key, value]` lists: equal only when every object lists its keys in the same order. */
function ordered(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(ordered);
  if (value !== null && typeof value === 'object') return Object.entries(value).map(([k, v]) => [k, ordered(v)]);
  return value;
}

/** The value of a JSON text, or `undefined` when it is not JSON (safeParseAccount refuses it first). */
function textValue(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * Parses `input` with the fast path and with the reference, checks that they agree, and tells
 * whether the account was accepted.
 */
function agree(input: unknown): boolean {
  const reference = safeParseAccountWithZod(input);
  const fast = fastParseAccount(typeof input === 'string' ? textValue(input) : input, MAX_ACCOUNT_VALUES);
  // The fast path takes every account the reference accepts, and no other.
  expect(fast !== undefined).toBe(reference.ok);
  const result = safeParseAccount(input);
  expect(result.ok).toBe(reference.ok);
  if (result.ok && reference.ok) {
    expect(result.value).toStrictEqual(reference.value);
    expect(ordered(result.value)).toStrictEqual(ordered(reference.value));
    expect(JSON.stringify(result.value)).toBe(JSON.stringify(reference.value));
    expect(isParsedAccount(result.value)).toBe(true);
    expect(result.value).not.toBe(input);
  } else if (!result.ok && !reference.ok) {
    expect(result.issues).toStrictEqual(reference.issues);
  }
  return reference.ok;
}

describe('the fast path on the demo portfolio', () => {
  it(
    'takes every demo account, as parsed JSON and as generated, and returns what zod returns',
    () => {
      const count = portfolioSize(20_000, 2_000);
      let fast = 0;
      let index = 0;
      for (const account of generateDemoPortfolio({ count, asOf })) {
        const json = JSON.parse(JSON.stringify(account)) as unknown;
        expect(agree(json)).toBe(true);
        if (fastParseAccount(json, MAX_ACCOUNT_VALUES) !== undefined) fast++;
        // The generator's own objects (built in JavaScript), one in ten.
        if (index++ % 10 === 0) expect(agree(account)).toBe(true);
      }
      expect(fast).toBe(count);
    },
    HEAVY_TIMEOUT,
  );

  it.each(['2024-02-29', '2025-07-01', '2027-01-04', '2031-12-31'])(
    'takes every demo account exported on %s',
    (day) => {
      for (const account of generateDemoPortfolio({ count: portfolioSize(2_000, 200), asOf: day, seed: 7 })) {
        expect(agree(JSON.parse(JSON.stringify(account)))).toBe(true);
      }
    },
    HEAVY_TIMEOUT,
  );

  it('takes the example accounts and their JSON text', () => {
    for (const json of Object.values(demoAccounts())) {
      expect(agree(json)).toBe(true);
      expect(agree(JSON.stringify(json))).toBe(true);
    }
  });

  it('returns new objects and arrays, and registers the account as parsed', () => {
    const input = JSON.parse(JSON.stringify(generateDemoAccount(2026, 11, { asOf }))) as Record<string, any>;
    const result = safeParseAccount(input);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(isParsedAccount(result.value)).toBe(true);
    expect(isParsedAccount(input)).toBe(false);
    expect(result.value.lease).not.toBe(input.lease);
    expect(result.value.ledger).not.toBe(input.ledger);
    expect(result.value.ledger[0]).not.toBe(input.ledger[0]);
    input.ledger[0].amount = '1.00';
    expect(result.value.ledger[0]!.amount).not.toBe('1.00');
  });
});

// ---------------------------------------------------------------------------------------------
// Generated accounts: the suite's arbitraries, and one that reaches every field of the schema.
// ---------------------------------------------------------------------------------------------

/**
 * The values of one field: `valid` ones mostly, `invalid` ones with the weight `bad` (0: never).
 */
function field<T>(bad: number, valid: fc.Arbitrary<T>, invalid: fc.Arbitrary<unknown>): fc.Arbitrary<T | unknown> {
  return bad === 0 ? valid : fc.oneof({ weight: 20, arbitrary: valid }, { weight: bad, arbitrary: invalid });
}

/** An optional value: mostly the value, sometimes present as `undefined` (an object built in JavaScript). */
const maybe = <T>(arb: fc.Arbitrary<T>) =>
  fc.oneof({ weight: 12, arbitrary: arb }, { weight: 1, arbitrary: fc.constant(undefined) });
/** A value of a nullable field. */
const orNull = <T>(arb: fc.Arbitrary<T>) =>
  fc.oneof({ weight: 4, arbitrary: arb }, { weight: 1, arbitrary: fc.constant(null) });

/**
 * Accounts that reach every field of the schema, with values at and around the limits, their keys
 * in any order; `bad` is the weight of an invalid value in each field (0: all valid).
 */
function accountOf(bad: number): fc.Arbitrary<Record<string, unknown>> {
  const whole = (min: number, max: number) =>
    field(
      bad,
      fc.oneof(
        { weight: 6, arbitrary: fc.integer({ min, max }) },
        { weight: 1, arbitrary: fc.constantFrom(min, max, min === 0 ? -0 : min) },
      ),
      fc.constantFrom(min - 1, max + 1, 1.5, Number.NaN, `${min}`),
    );
  const date = field(
    bad,
    fc.oneof(
      { weight: 8, arbitrary: anyDateArb },
      { weight: 1, arbitrary: fc.constantFrom('1900-01-01', '2200-12-31', '2024-02-29') },
    ),
    fc.constantFrom('2026-02-29', '2201-01-01', '1899-12-31', '2026-1-01', 20260101),
  );
  const text = (max: number) =>
    field(
      bad,
      fc.oneof(
        { weight: 6, arbitrary: fc.string({ minLength: 1, maxLength: Math.min(max, 30) }) },
        { weight: 1, arbitrary: fc.constantFrom('x'.repeat(max), '\uD800', 'é\u202E\u0000', '👍🏽') },
      ),
      fc.constantFrom('', 'x'.repeat(max + 1), 7),
    );
  // The suite's amounts, but for a 14th digit one spelling may add to the largest.
  const amount = field(
    bad,
    fc.oneof(
      { weight: 8, arbitrary: positiveAmountArb.filter((a) => AMOUNT_PATTERN.test(a)) },
      { weight: 1, arbitrary: fc.constantFrom('0', '0.5', '00012.00', '9999999999999.99') },
    ),
    fc.constantFrom('-1.00', '1,00', '1.001', '10000000000000.00', 100),
  );
  const signedAmount = field(
    bad,
    fc.oneof(
      { weight: 8, arbitrary: amountArb.filter((a) => SIGNED_AMOUNT_PATTERN.test(a)) },
      { weight: 1, arbitrary: fc.constantFrom('-0.00', '-0', '-9999999999999.99') },
    ),
    fc.constantFrom('1,00', '1.001', '+1', '--1', -1),
  );
  const flag = field(bad, fc.boolean(), fc.constantFrom('true', 0, null));
  const oneOf = (values: readonly string[]) => field(bad, fc.constantFrom(...values), fc.constantFrom('', 'other', 1));
  const channel = oneOf(ChannelSchema.options);
  const id = field(
    bad,
    fc.oneof(
      {
        weight: 4,
        arbitrary: fc.constantFrom('A-1029', '00012345/02', 'LOC 2019-17', 'x'.repeat(MAX_ACCOUNT_ID_LENGTH)),
      },
      { weight: 1, arbitrary: fc.string({ minLength: 1, maxLength: 20, unit: 'grapheme' }) },
    ),
    fc.constantFrom('', 'A\n1', 'x'.repeat(MAX_ACCOUNT_ID_LENGTH + 1), 1029),
  );
  const list = <T>(item: fc.Arbitrary<T>, maxLength: number) =>
    field(bad, fc.array(item, { maxLength }), fc.constantFrom<unknown>({}, 'x', [null]));

  const posting = fc
    .record(
      {
        id: maybe(text(100)),
        date,
        kind: fc.constantFrom(...PostingKindSchema.options),
        amount: signedAmount,
        positive: amount,
        settles: maybe(list(text(100), 3)),
      },
      { requiredKeys: ['date', 'kind', 'amount', 'positive'] },
    )
    .chain(({ positive, ...p }) =>
      fc.nat(20).map((n) => {
        // Valid but for `bad`: a positive amount but for an adjustment, settles on a payment or a benefit.
        const out: Record<string, unknown> = { ...p, amount: p.kind === 'adjustment' ? p.amount : positive };
        if ('settles' in p && p.kind !== 'payment' && p.kind !== 'benefit' && n >= bad) delete out.settles;
        if (n < bad) out.amount = p.amount;
        return out;
      }),
    );
  const period = fc
    .record(
      {
        months: maybe(whole(0, MAX_PERIOD_MONTHS)),
        weeks: maybe(whole(0, MAX_PERIOD_WEEKS)),
        days: maybe(whole(1, MAX_PERIOD_DAYS)),
      },
      { requiredKeys: bad === 0 ? ['days'] : [] },
    )
    .map((p) => (bad === 0 && p.days === undefined ? { ...p, days: 1 } : p));
  const member = fc
    .record(
      { age: maybe(whole(0, MAX_AGE)), birthDate: maybe(date), role: maybe(oneOf(MEMBER_ROLES)) },
      { requiredKeys: [] },
    )
    .map((m) => (bad === 0 && m.age === undefined && m.birthDate === undefined ? { ...m, age: 40 } : m));
  const promise = fc
    .record(
      { madeOn: date, dueOn: date, amount, channel: maybe(channel) },
      { requiredKeys: ['madeOn', 'dueOn', 'amount'] },
    )
    .map((p) =>
      // Due on or after the day it was made, but for `bad`.
      bad === 0 && typeof p.madeOn === 'string' && typeof p.dueOn === 'string' && p.dueOn < p.madeOn
        ? { ...p, madeOn: p.dueOn, dueOn: p.madeOn }
        : p,
    );
  const nullableDate = maybe(orNull(date));

  return fc
    .record(
      {
        $schema: maybe(fc.constantFrom('https://example.org/account.schema.json', '')),
        id,
        lease: fc.record(
          {
            signedOn: date,
            department: field(
              bad,
              fc.constantFrom('93', '2A', '2B', '974', '976', '57', '01', '95'),
              fc.constantFrom('20', '2a', '975', '96', 93),
            ),
            rent: amount,
            charges: amount,
            dueDay: maybe(whole(1, MAX_DUE_DAY)),
            cureDelay: maybe(period),
            rls: maybe(amount),
            endedOn: nullableDate,
            securityDeposit: maybe(amount),
            exitInventoryMatchesEntry: maybe(flag),
            guarantor: maybe(flag),
            rooms: maybe(whole(1, MAX_ROOMS)),
          },
          { requiredKeys: ['signedOn', 'department', 'rent', 'charges'] },
        ),
        household: fc.record(
          {
            name: maybe(text(200)),
            monthlyResources: amount,
            members: maybe(list(member, 4)),
            digital: maybe(
              fc.record({ email: maybe(flag), mobile: maybe(flag), comfortable: maybe(flag) }, { requiredKeys: [] }),
            ),
            preferredChannels: maybe(list(channel, 8)),
            vulnerability: maybe(
              fc.record(
                {
                  guardianship: maybe(flag),
                  interpreterNeeded: maybe(flag),
                  disability: maybe(flag),
                  socialSupport: maybe(flag),
                },
                { requiredKeys: [] },
              ),
            ),
            protection: maybe(
              fc.record(
                {
                  measure: oneOf(PROTECTIVE_MEASURES),
                  mandataire: maybe(
                    fc.record(
                      {
                        name: maybe(text(200)),
                        postalAddress: maybe(text(500)),
                        phone: maybe(text(40)),
                        email: maybe(text(200)),
                      },
                      { requiredKeys: [] },
                    ),
                  ),
                },
                { requiredKeys: ['measure'] },
              ),
            ),
            language: maybe(field(bad, fc.constantFrom('ar', 'tr', 'wol'), fc.constantFrom('AR', 'arab', 'a', ''))),
            cesfAssessment: maybe(
              fc.record({ assessedOn: date, recommendsMutation: maybe(flag) }, { requiredKeys: ['assessedOn'] }),
            ),
          },
          { requiredKeys: ['monthlyResources'] },
        ),
        housingBenefit: maybe(
          orNull(
            fc.record(
              {
                kind: oneOf(HOUSING_BENEFIT_KINDS),
                monthlyAmount: amount,
                paidTo: oneOf(BENEFIT_PAYEES),
                stoppedOn: nullableDate,
              },
              { requiredKeys: ['kind', 'monthlyAmount', 'paidTo'] },
            ),
          ),
        ),
        ledger: fc.array(posting, { maxLength: 12 }),
        contacts: maybe(
          list(
            fc.record(
              { date, channel, step: text(100), outcome: maybe(oneOf(CONTACT_OUTCOMES)) },
              { requiredKeys: ['date', 'channel', 'step'] },
            ),
            3,
          ),
        ),
        repaymentPlan: maybe(
          orNull(
            fc.record({
              kind: oneOf(REPAYMENT_PLAN_KINDS),
              agreedOn: date,
              debt: amount,
              instalments: fc.array(fc.record({ dueOn: date, amount }), { minLength: bad === 0 ? 1 : 0, maxLength: 4 }),
            }),
          ),
        ),
        procedure: maybe(
          fc.record(
            {
              cafSignalledOn: nullableDate,
              ccapexReferredOn: nullableDate,
              fslReferredOn: nullableDate,
              commandementOn: nullableDate,
              guarantorNotifiedOn: nullableDate,
              assignationOn: nullableDate,
              hearingOn: nullableDate,
              prefectNotifiedOn: nullableDate,
              judgmentOn: nullableDate,
              judgment: maybe(orNull(oneOf(JUDGMENTS))),
              commandementToLeaveOn: nullableDate,
              finalStatementOn: nullableDate,
              formalNoticeOn: nullableDate,
              injonctionOn: nullableDate,
              writeOffOn: nullableDate,
              surendettementRecevableOn: nullableDate,
            },
            { requiredKeys: [] },
          ),
        ),
        approvals: maybe(list(fc.record({ step: text(100), date, decision: oneOf(APPROVAL_DECISIONS) }), 3)),
        promises: maybe(list(promise, 3)),
        payerEvents: maybe(list(fc.record({ date, kind: oneOf(PAYER_EVENT_KINDS) }), 3)),
      },
      { requiredKeys: ['id', 'lease', 'household', 'ledger'] },
    )
    .chain((account) => fc.nat().map((seed) => shuffleKeys(account as Record<string, unknown>, seed)));
}

/** Valid accounts that reach every field of the schema. */
const validAccountArb = accountOf(0);
/** The same with, here and there, a value the schema refuses. */
const roughAccountArb = accountOf(1);

describe('the fast path on generated accounts', () => {
  it('agrees with zod on the ledgers of accountArb', () => {
    fc.assert(
      fc.property(accountArb, (account) => {
        agree(account);
      }),
      { numRuns: runs(500, 150) },
    );
  });

  it('agrees with zod on the tenancies of the rules tests', () => {
    fc.assert(
      fc.property(tenancyArb, (account) => {
        agree(account);
      }),
      { numRuns: runs(500, 150) },
    );
  });

  it('takes every valid account that reaches every field, in any key order', () => {
    let accepted = 0;
    fc.assert(
      fc.property(validAccountArb, (account) => {
        if (agree(account)) accepted++;
      }),
      { numRuns: runs(2000, 500) },
    );
    // Almost all are valid (a long grapheme string can pass a length limit): the test is not vacuous.
    expect(accepted).toBeGreaterThan(runs(2000, 500) * 0.8);
  });

  it('agrees with zod on accounts with a refused value here and there', () => {
    fc.assert(
      fc.property(roughAccountArb, (account) => {
        agree(account);
      }),
      { numRuns: runs(2000, 500) },
    );
  });

  it('agrees with zod on those accounts read from their JSON text', () => {
    fc.assert(
      fc.property(fc.oneof(validAccountArb, roughAccountArb), (account) => {
        agree(JSON.stringify(account));
      }),
      { numRuns: runs(1000, 200) },
    );
  });
});

// ---------------------------------------------------------------------------------------------
// Mutations: one change at one place of a valid account.
// ---------------------------------------------------------------------------------------------

type Path = (string | number)[];

/** Every place of a value: objects, lists and single values. */
function placesOf(value: unknown, path: Path = [], out: Path[] = []): Path[] {
  out.push(path);
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) placesOf(value[i], [...path, i], out);
  } else if (value !== null && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) placesOf(v, [...path, k], out);
  return out;
}

class Holder {
  constructor(fields: object) {
    Object.assign(this, fields);
  }
}

/** Copies of an object that zod reads as an object all the same, or that are not plain data. */
const objectLookalikes: ((o: Record<string, unknown>) => unknown)[] = [
  (o) => new Holder(o),
  (o) => Object.assign(Object.create(null) as object, o),
  (o) => Object.assign(new Date(0), o),
  // Every field inherited rather than own.
  (o) => Object.create(o) as object,
  // One field own but not enumerable.
  (o) => {
    const copy = { ...o };
    const [first] = Object.keys(copy);
    if (first !== undefined) Object.defineProperty(copy, first, { value: copy[first], enumerable: false });
    return copy;
  },
  // One field behind a getter.
  (o) => {
    const copy = { ...o };
    const [first] = Object.keys(copy);
    if (first !== undefined) {
      const kept = copy[first];
      Object.defineProperty(copy, first, { get: () => kept, enumerable: true });
    }
    return copy;
  },
  (o) => Object.values(o),
  (o) => JSON.stringify(o),
];

/** Copies of a list: with a hole, with an extra property, as a subclass, as an object with a length. */
const listLookalikes: ((a: unknown[]) => unknown)[] = [
  (a) => {
    const copy = [...a];
    if (copy.length > 0) delete copy[copy.length - 1];
    return copy;
  },
  (a) => {
    const copy = [...a];
    copy.length += 1;
    return copy;
  },
  (a) => Object.assign([...a], { extra: 1 }),
  (a) => {
    class List extends Array<unknown> {}
    return List.from(a);
  },
  (a) => ({ ...a, length: a.length }),
  (a) => [a],
];

const HUGE = 'x'.repeat(200_000);

/** Each limit of the schema, and one past it. */
const LIMITS = [
  MAX_DUE_DAY,
  MAX_ROOMS,
  MAX_AGE,
  MAX_PERIOD_MONTHS,
  MAX_PERIOD_WEEKS,
  MAX_PERIOD_DAYS,
  MAX_PHONE_LENGTH,
  MAX_STEP_LENGTH,
  MAX_EMAIL_LENGTH,
  MAX_POSTAL_ADDRESS_LENGTH,
];

/** Values a field may receive from a bad export or a JavaScript caller, at and around every limit. */
const BAD_VALUES: readonly unknown[] = [
  undefined,
  null,
  '',
  42,
  0,
  -0,
  1,
  -1,
  1.5,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  2 ** 53,
  true,
  false,
  {},
  { months: 0 },
  { days: -0, weeks: 0 },
  [],
  [[]],
  [[['a']]],
  () => 1,
  new Date(0),
  HUGE,
  ...['12,50', '1e3', ' 12.00', '12.00 ', '12.001', '-0.00', '00012.00', '+12', '.5', '5.', '-12.50'],
  ...['٣٠٠', '１２', '9999999999999.99', '10000000000000.00', '0', '-0'],
  ...['2026-02-30', '2026-2-3', '2026-02-03T00:00', '2026-02-29', '2024-02-29', '1899-12-31'],
  ...['2201-01-01', '9999-12-31', '0000-01-01', '2026-13-01', '2026-00-10', '２０２６-01-01'],
  ...['rent', 'payment', 'adjustment', 'internal', 'sms', 'APL', 'tutelle', 'approved', 'plan-sent'],
  ...['\uD800', '\u202E', 'é', '\u0000', 'A\nB', '👍🏽', 'ar', 'AR', '93', '2A', '20'],
  ...LIMITS.flatMap((limit) => [limit, limit + 1, 'x'.repeat(limit), 'x'.repeat(limit + 1)]),
];

const badValueArb = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...BAD_VALUES) },
  { weight: 1, arbitrary: fc.integer({ min: -2, max: 4000 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
);

/** One change at one place. */
const mutationArb = fc.oneof(
  { weight: 8, arbitrary: fc.record({ kind: fc.constant('set' as const), value: badValueArb }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('drop' as const) }) },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('add' as const),
      key: fc.constantFrom('unknownField', '__proto__', 'constructor', 'prototype', '', 'toString', 'rentt'),
      value: badValueArb,
    }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('lookalike' as const), which: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('nest' as const) }) },
);
type Mutation = typeof mutationArb extends fc.Arbitrary<infer M> ? M : never;

/** A copy of `account` with `mutation` applied at the place `pick` chooses. */
function mutate(account: unknown, pick: number, mutation: Mutation): unknown {
  const root = structuredClone(account);
  const places = placesOf(root);
  const path = places[pick % places.length]!;
  let parent: any = null;
  let node: any = root;
  for (const key of path) {
    parent = node;
    node = node[key];
  }
  const last = path[path.length - 1];
  const replace = (value: unknown) => {
    if (parent === null) return value;
    parent[last!] = value;
    return root;
  };
  switch (mutation.kind) {
    case 'set':
      return replace(mutation.value);
    case 'drop':
      if (parent === null) return undefined;
      if (Array.isArray(parent)) delete parent[last as number];
      else delete parent[last!];
      return root;
    case 'add':
      if (node === null || typeof node !== 'object') return replace({ [mutation.key]: mutation.value });
      // Defined, as JSON.parse does: a "__proto__" key stays an own key.
      Object.defineProperty(node, mutation.key, {
        value: mutation.value,
        enumerable: true,
        writable: true,
        configurable: true,
      });
      return root;
    case 'lookalike':
      if (Array.isArray(node)) return replace(listLookalikes[mutation.which % listLookalikes.length]!(node));
      if (node !== null && typeof node === 'object')
        return replace(objectLookalikes[mutation.which % objectLookalikes.length]!(node));
      return replace(new String(String(node)));
    case 'nest':
      return replace([[node]]);
  }
}

describe('the fast path on mutated accounts', () => {
  const demo = Array.from({ length: 40 }, (_, i) => JSON.parse(JSON.stringify(generateDemoAccount(2026, i, { asOf }))));
  // Accounts using every part of the schema, valid.
  const full = fc.sample(validAccountArb, { numRuns: 200, seed: 11 }).filter((a) => safeParseAccountWithZod(a).ok);

  it('has valid accounts using every part of the schema to mutate', () => {
    expect(full.length).toBeGreaterThan(20);
    const fields = new Set(
      full.flatMap((a) => placesOf(a).map((p) => p.filter((k) => typeof k === 'string').join('.'))),
    );
    for (const field of [
      'lease.cureDelay.weeks',
      'lease.endedOn',
      'household.protection.mandataire.phone',
      'household.cesfAssessment.recommendsMutation',
      'household.members.birthDate',
      'repaymentPlan.instalments.amount',
      'procedure.judgment',
      'promises.channel',
      'payerEvents.kind',
      'ledger.settles',
    ]) {
      expect(fields.has(field), field).toBe(true);
    }
  });

  it('agrees with zod after any one change at any place of a demo account', () => {
    fc.assert(
      fc.property(fc.nat({ max: demo.length - 1 }), fc.nat(), mutationArb, (which, pick, mutation) => {
        agree(mutate(demo[which], pick, mutation));
      }),
      { numRuns: runs(5000, 1500) },
    );
  });

  it('agrees with zod after any one change at any place of an account using the whole schema', () => {
    fc.assert(
      fc.property(fc.nat({ max: full.length - 1 }), fc.nat(), mutationArb, (which, pick, mutation) => {
        agree(mutate(full[which], pick, mutation));
      }),
      { numRuns: runs(5000, 1500) },
    );
  });

  it(
    'agrees with zod on every change at every place of a few accounts that use every field',
    () => {
      // The base account, and valid accounts that together use every field, their lists cut short.
      const short = (value: unknown): unknown =>
        Array.isArray(value)
          ? value.slice(0, 1).map(short)
          : value !== null && typeof value === 'object'
            ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, short(v)]))
            : value;
      const accounts: unknown[] = [baseAccount()];
      const seen = new Set<string>();
      for (const account of full.map(short)) {
        const fields = placesOf(account).map((p) => p.filter((k) => typeof k === 'string').join('.'));
        if (fields.some((f) => !seen.has(f)) && safeParseAccountWithZod(account).ok) {
          accounts.push(account);
          for (const f of fields) seen.add(f);
        }
      }
      // Each place of a field once: the same field in another account adds little.
      const done = new Set<string>();
      for (const account of accounts) {
        const places = placesOf(account);
        for (let pick = 0; pick < places.length; pick++) {
          const field = places[pick]!.filter((k) => typeof k === 'string').join('.');
          if (done.has(field)) continue;
          done.add(field);
          for (const value of BAD_VALUES) agree(mutate(account, pick, { kind: 'set', value }));
          agree(mutate(account, pick, { kind: 'drop' }));
          agree(mutate(account, pick, { kind: 'nest' }));
          for (let which = 0; which < objectLookalikes.length; which++)
            agree(mutate(account, pick, { kind: 'lookalike', which }));
          for (const key of ['__proto__', 'constructor', 'prototype', 'unknownField'] as const)
            agree(mutate(account, pick, { kind: 'add', key, value: 1 }));
        }
      }
    },
    HEAVY_TIMEOUT,
  );

  it('agrees with zod when Object.prototype carries an enumerable key', () => {
    const proto = Object.prototype as Record<string, unknown>;
    try {
      proto.rooms = 3;
      agree(baseAccount());
      agree(demo[0]);
    } finally {
      delete proto.rooms;
    }
    expect(({} as Record<string, unknown>).rooms).toBeUndefined();
  });
});

// ---------------------------------------------------------------------------------------------
// The fuzz corpus (fuzz/run.mjs and fuzz/edges.mjs run on dist/; their generators, here on the
// sources).
// ---------------------------------------------------------------------------------------------

/** The fuzzers' mutations, and two more of fuzz/edges.mjs: hostile ids, values that are not accounts. */
const fuzzMutation = fc.oneof(
  { weight: 10, arbitrary: mutation },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('formula' as const), id: fc.constantFrom(...FORMULA_IDS) }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('not-an-account' as const),
      text: fc.constantFrom('null', '42', '[]', '{}', '"A-1"', 'true', '{"id": "X-1"}', '{"id": 7}', '{"id": "A-1", '),
    }),
  },
);
type FuzzMutation = typeof fuzzMutation extends fc.Arbitrary<infer M> ? M : never;

/** A hostile account: fuzz/run.mjs's `mutate`, or a hostile id, or a value that is not an account. */
function fuzz(base: Record<string, any>, m: FuzzMutation): unknown {
  if (m.kind === 'formula') return { ...base, id: m.id };
  if (m.kind === 'not-an-account') return m.text;
  return fuzzMutate(base, m);
}

describe('the fast path on the fuzz corpus', () => {
  it('agrees with zod on hostile accounts', () => {
    fc.assert(
      fc.property(fc.nat({ max: 3000 }), fuzzMutation, (index, m) => {
        const base = JSON.parse(JSON.stringify(generateDemoAccount(2026, index, { asOf })));
        agree(fuzz(base, m));
      }),
      { numRuns: runs(3000, 800) },
    );
  });
});

// ---------------------------------------------------------------------------------------------
// The guard's limit on the number of values, which a valid account can pass.
// ---------------------------------------------------------------------------------------------

/** The guard's count of values: every object, list and single value, the document included. */
function countValues(value: unknown): number {
  if (value === null || typeof value !== 'object') return 1;
  return 1 + Object.values(value).reduce<number>((n, v) => n + countValues(v), 0);
}

describe('the fast path and the limit on the number of values', () => {
  it(
    `accepts a valid account of ${MAX_ACCOUNT_VALUES} values and leaves one more to the guard`,
    () => {
      const account = baseAccount();
      account.ledger = [];
      const bare = countValues(account);
      // A payment naming 40 debts is 45 values of the ledger: the item, its 4 keys and 40 ids.
      const ids = Array.from({ length: 100 }, (_, i) => `R-${i}`);
      const payment = { date: '2026-01-05', kind: 'payment', amount: '10.00', settles: ids.slice(0, 40) };
      const payments = Math.floor((MAX_ACCOUNT_VALUES - bare) / 45) - 1;
      account.ledger = Array.from({ length: payments }, () => payment);
      // The last one names as many debts as it takes to reach the limit exactly.
      const rest = MAX_ACCOUNT_VALUES - bare - payments * 45;
      account.ledger.push({ ...payment, settles: ids.slice(0, rest - 5) });
      expect(countValues(account)).toBe(MAX_ACCOUNT_VALUES);
      expect(agree(account)).toBe(true);

      const over = { ...account, ledger: [...account.ledger, payment] };
      expect(countValues(over)).toBeGreaterThan(MAX_ACCOUNT_VALUES);
      expect(fastParseAccount(over, MAX_ACCOUNT_VALUES)).toBeUndefined();
      const refused = safeParseAccount(over);
      expect(refused.ok ? '' : refused.issues[0]!.code).toBe('too_big');
    },
    HEAVY_TIMEOUT,
  );

  it(
    'agrees with zod on every list at its longest and one item longer',
    () => {
      const posting = { date: '2026-01-01', kind: 'rent', amount: '10.00' };
      const lists: [number, (n: number) => Record<string, any>][] = [
        [MAX_LEDGER_LENGTH, (n) => ({ ...baseAccount(), ledger: Array.from({ length: n }, () => posting) })],
        [
          MAX_LIST_LENGTH,
          (n) => ({
            ...baseAccount(),
            contacts: Array.from({ length: n }, () => ({ date: '2026-01-02', channel: 'sms', step: 'r' })),
          }),
        ],
        [
          MAX_LIST_LENGTH,
          (n) => ({
            ...baseAccount(),
            approvals: Array.from({ length: n }, () => ({ step: 's', date: '2026-01-02', decision: 'approved' })),
          }),
        ],
        [
          MAX_LIST_LENGTH,
          (n) => ({
            ...baseAccount(),
            promises: Array.from({ length: n }, () => ({ madeOn: '2026-01-02', dueOn: '2026-01-02', amount: '1' })),
          }),
        ],
        [
          MAX_LIST_LENGTH,
          (n) => ({
            ...baseAccount(),
            payerEvents: Array.from({ length: n }, () => ({ date: '2026-01-02', kind: 'plan-sent' })),
          }),
        ],
        [
          MAX_LIST_LENGTH,
          (n) => ({
            ...baseAccount(),
            repaymentPlan: {
              kind: 'caf',
              agreedOn: '2026-01-02',
              debt: '1',
              instalments: Array.from({ length: n }, () => ({ dueOn: '2026-02-01', amount: '1' })),
            },
          }),
        ],
        [
          MAX_SETTLED_POSTINGS,
          (n) => ({
            ...baseAccount(),
            ledger: [{ ...posting, kind: 'payment', settles: Array.from({ length: n }, (_, i) => `P${i}`) }],
          }),
        ],
        [
          MAX_MEMBERS,
          (n) => ({
            ...baseAccount(),
            household: { monthlyResources: '1', members: Array.from({ length: n }, () => ({ age: 3 })) },
          }),
        ],
        [
          MAX_PREFERRED_CHANNELS,
          (n) => ({
            ...baseAccount(),
            household: { monthlyResources: '1', preferredChannels: Array.from({ length: n }, () => 'sms') },
          }),
        ],
      ];
      for (const [limit, account] of lists) {
        expect(agree(account(limit))).toBe(true);
        expect(agree(account(limit + 1))).toBe(false);
      }
    },
    HEAVY_TIMEOUT,
  );

  it('counts the keys read after the last list too', () => {
    const account = baseAccount();
    account.procedure = {};
    const count = countValues(account);
    expect(fastParseAccount(account, count)).toBeDefined();
    // One more key in the procedure, read after the ledger: one value too many.
    account.procedure.hearingOn = null;
    expect(fastParseAccount(account, count)).toBeUndefined();
    expect(fastParseAccount(account, count + 1)).toBeDefined();
  });

  it('stops reading a list as soon as the count passes the limit', () => {
    const ids = Array.from({ length: 10 }, (_, i) => `R-${i}`);
    const account = baseAccount();
    account.ledger = Array.from({ length: 20 }, () => ({
      date: '2026-01-05',
      kind: 'payment',
      amount: '1.00',
      settles: ids,
    }));
    expect(fastParseAccount(account, 1_000)).toBeDefined();
    expect(fastParseAccount(account, countValues(account))).toBeDefined();
    expect(fastParseAccount(account, countValues(account) - 1)).toBeUndefined();
  });
});
