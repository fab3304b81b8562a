import fc from 'fast-check';

/** Exact cents of a strict amount string, as a bigint: the oracle of the money tests. */
export function cents(amount: string): bigint {
  const negative = amount.startsWith('-');
  const [units, decimals = ''] = (negative ? amount.slice(1) : amount).split('.');
  const value = BigInt(units!) * 100n + BigInt(`${decimals}00`.slice(0, 2));
  return negative ? -value : value;
}

const amountOf = (min: number, max: number) => fc.integer({ min, max }).map((c) => (c / 100).toFixed(2));

const dateArb = fc
  .integer({ min: 0, max: 3 * 365 })
  .map((n) => new Date(Date.UTC(2024, 0, 1 + n)).toISOString().slice(0, 10));

const postingArb = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({ date: dateArb, kind: fc.constantFrom('rent', 'charges'), amount: amountOf(0, 90000) }),
  },
  {
    weight: 4,
    arbitrary: fc.record({ date: dateArb, kind: fc.constantFrom('payment', 'benefit'), amount: amountOf(1, 120000) }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      date: dateArb,
      kind: fc.constantFrom('charges-regularisation', 'payment-reversal'),
      amount: amountOf(1, 60000),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ date: dateArb, kind: fc.constant('adjustment'), amount: amountOf(-30000, 30000) }),
  },
);

/**
 * Accounts with random ledgers (2024–2026), ids on every posting and, on some payments, a
 * designation of the debts they settle.
 */
export const accountArb = fc
  .record({
    ledger: fc.array(postingArb, { maxLength: 40 }),
    designations: fc.array(fc.nat(), { maxLength: 40 }),
    benefit: fc.option(fc.constantFrom('landlord', 'tenant'), { nil: undefined }),
    procedure: fc.option(
      fc.record({
        cafSignalledOn: fc.option(dateArb, { nil: null }),
        ccapexReferredOn: fc.option(dateArb, { nil: null }),
        commandementOn: fc.option(dateArb, { nil: null }),
        hearingOn: fc.option(dateArb, { nil: null }),
        commandementToLeaveOn: fc.option(dateArb, { nil: null }),
      }),
      { nil: undefined },
    ),
  })
  .map(({ ledger, designations, benefit, procedure }) => {
    const withIds = ledger.map((p, i) => ({ id: `P${i}`, ...p })) as Record<string, any>[];
    withIds.forEach((p, i) => {
      const d = designations[i];
      if (d !== undefined && d % 3 === 0 && (p.kind === 'payment' || p.kind === 'benefit') && withIds.length > 0) {
        p.settles = [`P${d % withIds.length}`];
      }
    });
    return {
      id: 'GEN-1',
      lease: { signedOn: '2020-01-01', department: '93', rent: '500.00', charges: '80.00', guarantor: true },
      household: { monthlyResources: '1400.00', members: [{ age: 40 }, { age: 9 }] },
      ...(benefit === undefined ? {} : { housingBenefit: { kind: 'APL', monthlyAmount: '150.00', paidTo: benefit } }),
      ledger: withIds,
      ...(procedure === undefined ? {} : { procedure }),
    } as unknown as Record<string, any> & {
      ledger: { date: string; kind: string; amount: string; settles?: string[] }[];
    };
  });

/** The same JSON value with the keys of every object in a seeded random order. */
export function shuffleKeys<T>(value: T, seed: number): T {
  let state = seed >>> 0 || 1;
  const next = () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 2 ** 32;
  };
  const visit = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(visit);
    if (v === null || typeof v !== 'object') return v;
    const keys = Object.keys(v);
    for (let i = keys.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [keys[i], keys[j]] = [keys[j]!, keys[i]!];
    }
    const out: Record<string, unknown> = {};
    // Defined, not assigned: a "__proto__" key stays a key.
    for (const k of keys)
      Object.defineProperty(out, k, {
        value: visit((v as Record<string, unknown>)[k]),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    return out;
  };
  return visit(value) as T;
}
