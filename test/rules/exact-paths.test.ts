/**
 * The faster paths of the decision against what they stand for: the decimal comparison of the
 * operators on digits against money's `compareDecimal`; the kept formats against the i18n formats;
 * whether a new plan may be proposed against what the explanation says of the plan on file; the
 * traces collected as the rules are evaluated against the conditions traced again.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDate, formatMoney, formatRate, voiceOf } from '../../src/i18n';
import { compareDecimal, money } from '../../src/money';
import { compilePolicy, loadPolicy } from '../../src/rules';
import { dateText, keptVoice, moneyText, rateText } from '../../src/rules/formats';
import { compareDecimalDigits, OPERATORS } from '../../src/rules/operators';
import { existingPlanText, proposeAfter } from '../../src/rules/plan-text';
import { compiledResults, traceOf } from '../../src/rules/rule-results';
import { runs } from '../runs';
import { defaultPolicyJson } from './fixtures';

/** Decimal texts: well formed (zeros, signs, up to 30 digits a side), and near misses. */
const digitsArb = (min: number, max: number) =>
  fc.array(fc.constantFrom('0', '0', '1', '5', '9'), { minLength: min, maxLength: max }).map((d) => d.join(''));
const decimalTextArb = fc.oneof(
  fc
    .tuple(fc.constantFrom('', '-'), digitsArb(1, 31), fc.option(digitsArb(0, 31), { nil: undefined }))
    .map(([sign, integer, fraction]) => `${sign}${integer}${fraction === undefined ? '' : `.${fraction}`}`),
  fc.constantFrom('0', '-0', '0.00', '-0.00', '00.10', '0.1', '1e3', '+1', ' 1', '1.', '.5', '', '-', '1.2.3', '١'),
  fc.integer({ min: -1_000_000, max: 1_000_000 }).map((n) => (n / 100).toFixed(2)),
);
const decimalValueArb = fc.oneof(
  decimalTextArb,
  fc.integer(),
  fc.constantFrom(
    Number.MAX_SAFE_INTEGER,
    -Number.MAX_SAFE_INTEGER,
    2 ** 53,
    0.5,
    -0,
    Number.NaN,
    null,
    undefined,
    true,
  ),
);

describe('the operators compare decimals on their digits exactly as compareDecimal does', () => {
  it('on any pair of values (property)', () => {
    fc.assert(
      fc.property(decimalValueArb, decimalValueArb, (a, b) => {
        expect(compareDecimalDigits(a, b)).toBe(compareDecimal(a, b));
      }),
      { numRuns: runs(20_000, 4_000) },
    );
  });

  it('on equal values written differently, and across the sign', () => {
    fc.assert(
      fc.property(fc.integer({ min: -10_000_000, max: 10_000_000 }), fc.integer({ min: 0, max: 4 }), (cents, zeros) => {
        const a = (cents / 100).toFixed(2);
        const b = `${a}${'0'.repeat(zeros)}`;
        expect(compareDecimalDigits(a, b)).toBe(0);
        expect(compareDecimalDigits(a, money(a).amount)).toBe(compareDecimal(a, money(a).amount));
      }),
      { numRuns: runs(2_000, 500) },
    );
    for (const [a, b] of [
      ['-0.5', '0.5'],
      ['-10', '-9.99'],
      ['10.10', '10.09'],
      ['0.30', '0.3'],
      ['-0', '0'],
      ['1'.repeat(30), '1'.repeat(29)],
    ] as const)
      expect(compareDecimalDigits(a, b)).toBe(compareDecimal(a, b));
  });

  it('the decimal operators give compareDecimal’s answers', () => {
    const ops = [
      'decimalGreaterThan',
      'decimalGreaterThanInclusive',
      'decimalLessThan',
      'decimalLessThanInclusive',
      'decimalEqual',
    ];
    const expected = (op: string, c: number | null) =>
      c !== null &&
      (op === 'decimalGreaterThan'
        ? c > 0
        : op === 'decimalGreaterThanInclusive'
          ? c >= 0
          : op === 'decimalLessThan'
            ? c < 0
            : op === 'decimalLessThanInclusive'
              ? c <= 0
              : c === 0);
    fc.assert(
      fc.property(decimalValueArb, decimalValueArb, fc.constantFrom(...ops), (a, b, op) => {
        const missing = a === null || a === undefined || b === null || b === undefined;
        expect(OPERATORS[op]!.evaluate(a, b)).toBe(!missing && expected(op, compareDecimal(a, b)));
      }),
      { numRuns: runs(5_000, 1_000) },
    );
  });

  it('the numeric operators test a number without writing it', () => {
    for (const value of [0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, 1e21, -5e-7]) {
      // json-rules-engine's own check: parseFloat of the text is not NaN.
      const passes = !Number.isNaN(Number.parseFloat(String(value)));
      expect(OPERATORS.greaterThanInclusive!.evaluate(value, Number.NEGATIVE_INFINITY)).toBe(passes);
    }
  });
});

describe('the kept formats are the formats', () => {
  it('money, rates and dates, in both locales, whatever came before', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -1_000_000_000, max: 1_000_000_000 }), { minLength: 1, maxLength: 20 }),
        fc.constantFrom('fr' as const, 'en' as const),
        (cents, locale) => {
          for (const c of cents) {
            const amount = (c / 100).toFixed(2);
            expect(moneyText(amount, locale)).toBe(formatMoney(amount, locale));
            expect(moneyText(money(amount), locale)).toBe(formatMoney(money(amount), locale));
            const rate = (Math.abs(c % 1_000_000) / 1_000_000).toFixed(6);
            expect(rateText(rate, locale)).toBe(formatRate(rate, locale));
            expect(rateText(rate, locale, 2)).toBe(formatRate(rate, locale, 2));
            const date = new Date(Date.UTC(2026, 0, 1 + (Math.abs(c) % 800))).toISOString().slice(0, 10);
            expect(dateText(date, locale)).toBe(formatDate(date, locale));
          }
        },
      ),
      { numRuns: runs(300, 60) },
    );
    expect(() => moneyText('12,50', 'fr')).toThrow();
    expect(moneyText(12.5, 'en')).toBe(formatMoney(12.5, 'en'));
  });

  it('a kept voice says what its voice says', () => {
    for (const locale of ['fr', 'en'] as const) {
      const voice = voiceOf(locale);
      const kept = keptVoice(voice);
      expect(keptVoice(voice)).toBe(kept);
      expect(kept.locale).toBe(locale);
      expect(kept.money('1234.5')).toBe(voice.money('1234.5'));
      expect(kept.rate('0.4272')).toBe(voice.rate('0.4272'));
      expect(kept.rate('0.4272', 2)).toBe(voice.rate('0.4272', 2));
      expect(kept.date('2026-11-03')).toBe(voice.date('2026-11-03'));
      expect(kept.count(12345)).toBe(voice.count(12345));
      expect(kept.say('explain.why', {})).toBe(voice.say('explain.why', {}));
      expect(kept.word('channel', 'sms')).toBe(voice.word('channel', 'sms'));
    }
  });
});

describe('whether a new plan may be proposed beside the plan on file', () => {
  it('is what the explanation says, for every status and kind', () => {
    const voice = voiceOf('fr');
    for (const kind of ['amicable', 'caf', 'judicial', 'surendettement'] as const) {
      for (const status of ['kept', 'late', 'broken', 'finished'] as const) {
        const plan = {
          kind,
          agreedOn: '2026-01-05',
          kept: 3,
          late: 1,
          unpaid: status === 'late' || status === 'broken' ? 2 : 0,
          upcoming: status === 'finished' ? 0 : 4,
          scheduledRemaining: '400.00',
          instalments: [],
        };
        const state = { status, broken: status === 'broken', reason: null, nextInstalment: null };
        expect(proposeAfter(plan as never, state)).toBe(existingPlanText(plan as never, state, 1, voice).propose);
      }
    }
  });
});

describe('the traces collected as the rules are evaluated', () => {
  it('are the traces of the conditions evaluated again, rule by rule', () => {
    const policy = loadPolicy(defaultPolicyJson());
    const version = 'versions' in policy ? policy.versions[0]! : policy;
    const compiled = compilePolicy(version as never, '93');
    const values: Record<string, unknown> = {
      arrears: '1200.00',
      daysSinceFirstDefault: 53,
      benefitUnpaid: false,
      commandementServed: false,
      planStatus: 'none',
      planKind: 'none',
      surendettement: false,
      frozenDebt: '0.00',
      tenancy: 'current',
      hasMobile: true,
      hasEmail: false,
      guardianship: false,
      oldestMemberAge: 40,
      contactsThisEpisode: 1,
      contactsLast30Days: 0,
      promisePending: false,
      planAffordable: true,
    };
    const facts = (name: string) => values[name];
    for (const traced of [true, false]) {
      const results = compiledResults(compiled, facts, traced);
      for (const kind of ['level', 'channel', 'step'] as const) {
        compiled.tests[kind].forEach((test, index) => {
          const before = results.trace(kind, index);
          expect(before).toEqual(traceOf(test, facts));
          expect(results[kind](index)).toBe(test === null ? true : test(facts));
        });
      }
    }
  });
});

describe('the next birthday of reviewOn, written from the date', () => {
  it('a 29 February birthday falls on the 28th in a common year, as addMonths has it', async () => {
    const { evaluate, defaultPolicy: policy } = await import('../../src/rules');
    const { tenancy } = await import('./fixtures');
    const account = tenancy({
      paidUntil: 11,
      members: [{ birthDate: '2000-02-29' }, { birthDate: '1961-06-30' }],
    });
    const d = evaluate(account, policy, { asOf: '2026-02-10' });
    expect(d.reviewOn?.date).toBe('2026-02-28');
    expect(d.reviewOn?.reasons.map((r) => r.code)).toContain('birthday');
    const leap = evaluate(account, policy, { asOf: '2028-02-10' });
    expect(leap.reviewOn?.date).toBe('2028-02-29');
  });
});
