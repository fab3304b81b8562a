/**
 * The `explain` option of a run: `full` (the default) is the decision as it always was, with the
 * trace of the conditions in the entries of the rules; `summary` is the same explanation without
 * any `trace` key; `none` is an empty explanation. Nothing else of the decision changes, on either
 * engine: checked on the demo portfolio on several days, on the accounts of the examples and of the
 * panels' fixtures, under the default policy and policies that take the other paths of the plans,
 * and on generated tenancies (a property).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateDemoAccount, generateDemoPortfolio } from '../../src/demo';
import { ValidationError } from '../../src/errors';
import { defaultPolicy, prepareRun, type Decision, type PolicySource } from '../../src/rules';
import { DecisionSchema } from '../../src/rules/decision';
import { HEAVY_TIMEOUT, portfolioSize, runs } from '../runs';
import { asOfArb, tenancyArb } from './arbitraries';
import { defaultPolicyJson, tenancy } from './fixtures';

/** The full decision with the traces taken out of its explanation: what `summary` gives. */
function withoutTraces(d: Decision): unknown {
  return { ...d, explanation: d.explanation.map(({ trace: _trace, ...entry }) => entry) };
}

/** The full decision with no explanation: what `none` gives. */
const withoutExplanation = (d: Decision): unknown => ({ ...d, explanation: [] });

/** Policies that take the other paths of the plans and the overrides. */
function policies(): Record<string, PolicySource> {
  const binding = defaultPolicyJson();
  binding.plans.effortRateBinding = true;
  const caf = defaultPolicyJson();
  caf.plans.style = 'caf-36';
  const strict = defaultPolicyJson();
  Object.assign(strict.plans, { allowSmallerLastInstalment: false, minInstalment: '150.00', maxDurationMonths: 12 });
  const local = defaultPolicyJson();
  local.overrides = [
    {
      departments: ['93', '75', '974'],
      parameters: { highDebt: { value: '800.00', unit: 'EUR' } },
      plans: { maxEffortRate: '0.25', effortRateBinding: true },
    },
  ];
  return { default: defaultPolicy, binding, caf, strict, local };
}

/** The accounts of the panels' fixtures and of the examples. */
function fixtureAccounts(): object[] {
  const examples = join(__dirname, '..', '..', 'examples', 'accounts');
  const files = readdirSync(examples).filter((f) => f.endsWith('.json'));
  return [
    ...files.map((f) => JSON.parse(readFileSync(join(examples, f), 'utf8')) as object),
    tenancy({ paidUntil: 11 }),
    tenancy({ paidUntil: 9 }),
    tenancy({ paidUntil: 9, members: [{ age: 87 }] }),
    tenancy({ paidUntil: 6, resources: '900.00', members: [{ age: 40 }, { age: 8 }] }),
    tenancy({ paidUntil: 3, digital: { comfortable: false }, preferred: ['sms', 'letter'] }),
    tenancy({ paidUntil: 10, digital: { mobile: true, email: true }, preferred: ['email'] }),
    tenancy({
      paidUntil: 8,
      extra: {
        household: {
          name: 'M. Exemple',
          monthlyResources: '1800.00',
          members: [{ age: 52 }],
          protection: { measure: 'tutelle', mandataire: { name: 'ATI 93' } },
        },
      },
    }),
    tenancy({
      paidUntil: 5,
      extra: { procedure: { ccapexReferredOn: '2026-08-01', commandementOn: '2026-09-01' } },
    }),
  ];
}

/** Checks the three levels against one another for each account, on one engine. */
async function compareLevels(
  accounts: Iterable<object>,
  policy: PolicySource,
  asOf: string,
  engine: 'compiled' | 'json-rules-engine',
  locale = 'fr',
): Promise<number> {
  const full = prepareRun(policy, { asOf, engine, locale });
  const explicit = prepareRun(policy, { asOf, engine, locale, explain: 'full' });
  const summary = prepareRun(policy, { asOf, engine, locale, explain: 'summary' });
  const none = prepareRun(policy, { asOf, engine, locale, explain: 'none' });
  let decided = 0;
  let index = 0;
  for (const account of accounts) {
    const f = await full.evaluateRecord(account, index);
    const e = await explicit.evaluateRecord(account, index);
    const s = await summary.evaluateRecord(account, index);
    const n = await none.evaluateRecord(account, index);
    index++;
    expect(JSON.stringify(e)).toBe(JSON.stringify(f));
    if (!f.ok) {
      // An invalid account is the same error record whatever the explanation.
      expect(s).toEqual(f);
      expect(n).toEqual(f);
      continue;
    }
    decided++;
    expect(s.ok && n.ok).toBe(true);
    if (!s.ok || !n.ok) continue;
    expect(JSON.stringify(s.decision)).toBe(JSON.stringify(withoutTraces(f.decision)));
    expect(JSON.stringify(n.decision)).toBe(JSON.stringify(withoutExplanation(f.decision)));
    expect(s.decision.explanation.some((entry) => 'trace' in entry)).toBe(false);
    expect(DecisionSchema.safeParse(s.decision).success).toBe(true);
    expect(DecisionSchema.safeParse(n.decision).success).toBe(true);
  }
  return decided;
}

describe('the explain option: summary is full without traces, none is full without explanation', () => {
  it.each(['2026-11-23', '2027-03-10', '2026-06-15'])(
    'on the demo portfolio on %s, compiled engine',
    async (asOf) => {
      const count = portfolioSize(2000, 400);
      const decided = await compareLevels(generateDemoPortfolio({ count, asOf }), defaultPolicy, asOf, 'compiled');
      expect(decided).toBe(count);
    },
    HEAVY_TIMEOUT,
  );

  it(
    'on the demo portfolio in English, compiled engine',
    async () => {
      const asOf = '2026-11-23';
      const count = portfolioSize(1000, 200);
      expect(await compareLevels(generateDemoPortfolio({ count, asOf }), defaultPolicy, asOf, 'compiled', 'en')).toBe(
        count,
      );
    },
    HEAVY_TIMEOUT,
  );

  it(
    'on the demo portfolio, json-rules-engine',
    async () => {
      const asOf = '2026-11-23';
      const count = portfolioSize(400, 60);
      expect(
        await compareLevels(generateDemoPortfolio({ count, asOf, seed: 5 }), defaultPolicy, asOf, 'json-rules-engine'),
      ).toBe(count);
    },
    HEAVY_TIMEOUT,
  );

  it.each(Object.keys(policies()))(
    'on the examples and the panels’ fixtures under the %s policy, both engines',
    async (name) => {
      const policy = policies()[name]!;
      for (const engine of ['compiled', 'json-rules-engine'] as const) {
        expect(await compareLevels(fixtureAccounts(), policy, '2026-11-23', engine)).toBe(fixtureAccounts().length);
      }
    },
    HEAVY_TIMEOUT,
  );

  it.each(Object.keys(policies()).filter((name) => name !== 'default'))(
    'on the demo portfolio under the %s policy',
    async (name) => {
      const asOf = '2026-11-23';
      const count = portfolioSize(1000, 150);
      expect(
        await compareLevels(generateDemoPortfolio({ count, asOf, seed: 3 }), policies()[name]!, asOf, 'compiled'),
      ).toBe(count);
    },
    HEAVY_TIMEOUT,
  );

  it(
    'on generated tenancies and days (property, both engines)',
    async () => {
      await fc.assert(
        fc.asyncProperty(tenancyArb, asOfArb, async (account, asOf) => {
          await compareLevels([account], defaultPolicy, asOf, 'compiled');
          await compareLevels([account], defaultPolicy, asOf, 'json-rules-engine');
        }),
        { numRuns: runs(200, 40) },
      );
    },
    HEAVY_TIMEOUT,
  );

  it(
    'on demo accounts of any seed (property)',
    async () => {
      await fc.assert(
        fc.asyncProperty(fc.integer({ min: 0, max: 10_000 }), fc.integer({ min: 0, max: 5_000 }), async (seed, i) => {
          await compareLevels([generateDemoAccount(seed, i)], defaultPolicy, '2026-11-23', 'compiled');
        }),
        { numRuns: runs(300, 60) },
      );
    },
    HEAVY_TIMEOUT,
  );

  it('a full explanation carries traces, a summary none, and none no entry', () => {
    const account = tenancy({ paidUntil: 9 });
    const asOf = '2026-11-23';
    const full = prepareRun(defaultPolicy, { asOf }).evaluate(account);
    const summary = prepareRun(defaultPolicy, { asOf, explain: 'summary' }).evaluate(account);
    const none = prepareRun(defaultPolicy, { asOf, explain: 'none' }).evaluate(account);
    expect(full.explanation.filter((e) => e.trace !== undefined).length).toBeGreaterThan(0);
    expect(full.explanation[0]!.trace!.length).toBeGreaterThan(0);
    expect(summary.explanation).toHaveLength(full.explanation.length);
    expect(none.explanation).toEqual([]);
    expect(none.actions).toEqual(full.actions);
    expect(none.plan).toEqual(full.plan);
    expect(none.reviewOn).toEqual(full.reviewOn);
  });

  it('describes the level to a worker thread', () => {
    expect(prepareRun(defaultPolicy, { asOf: '2026-11-23', explain: 'summary' }).describe().explain).toBe('summary');
    expect(prepareRun(defaultPolicy, { asOf: '2026-11-23' }).describe().explain).toBe('full');
  });

  it.each([
    ['brief', 'brief'],
    ['FULL', 'FULL'],
    ['a number', 1],
  ])('refuses %s with a ValidationError naming explain', (_what, explain) => {
    let error: unknown;
    try {
      prepareRun(defaultPolicy, { asOf: '2026-11-23', explain: explain as never });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ValidationError);
    const issues = (error as ValidationError).issues;
    expect(issues).toHaveLength(1);
    expect(issues[0]!.path).toEqual(['explain']);
    expect(issues[0]!.code).toBe('invalid_value');
  });
});
