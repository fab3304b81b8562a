import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import { ValidationError, formatPath } from '../../src/errors';
import { accountJsonSchema, parseAccount, safeParseAccount } from '../../src/account';
import { baseAccount, demoAccounts } from './fixtures';

type Mutate = (a: Record<string, any>) => void;

describe('parseAccount', () => {
  it('accepts every demo account and keeps money as exact strings', () => {
    for (const [file, json] of Object.entries(demoAccounts())) {
      const result = safeParseAccount(json);
      expect(result.ok, file).toBe(true);
    }
    expect(parseAccount(baseAccount()).lease.rent).toBe('500.00');
  });

  it('accepts a JSON text as well as a parsed value', () => {
    expect(parseAccount(JSON.stringify(baseAccount())).id).toBe('T-1');
  });

  it('accepts null procedure dates and absent optional fields', () => {
    const a = baseAccount();
    a.procedure = { cafSignalledOn: null, ccapexReferredOn: null, commandementOn: null, hearingOn: null };
    a.housingBenefit = null;
    expect(safeParseAccount(a).ok).toBe(true);
  });

  it.each<[string, Mutate, string, (string | number)[]]>([
    ['an amount with a comma', (a) => (a.ledger[2].amount = '600,00'), 'invalid_amount', ['ledger', 2, 'amount']],
    ['an amount as a JS number', (a) => (a.lease.rent = 500), 'invalid_amount', ['lease', 'rent']],
    ['an amount with 3 decimals', (a) => (a.lease.charges = '100.001'), 'invalid_amount', ['lease', 'charges']],
    [
      'an amount with an exponent',
      (a) => (a.household.monthlyResources = '1e3'),
      'invalid_amount',
      ['household', 'monthlyResources'],
    ],
    ['a negative payment', (a) => (a.ledger[2].amount = '-600.00'), 'invalid_amount', ['ledger', 2, 'amount']],
    ['a negative rent in the lease', (a) => (a.lease.rent = '-1.00'), 'invalid_amount', ['lease', 'rent']],
    [
      'negative resources',
      (a) => (a.household.monthlyResources = '-100.00'),
      'invalid_amount',
      ['household', 'monthlyResources'],
    ],
    ['an impossible date', (a) => (a.ledger[0].date = '2026-02-30'), 'invalid_date', ['ledger', 0, 'date']],
    ['a date without zero padding', (a) => (a.lease.signedOn = '2024-2-1'), 'invalid_date', ['lease', 'signedOn']],
    ['an unknown department', (a) => (a.lease.department = '20'), 'unknown_department', ['lease', 'department']],
    ['a typo in a lease field', (a) => (a.lease.rentt = '1.00'), 'unrecognized_key', ['lease', 'rentt']],
    ['an unknown top-level key', (a) => (a.tenant = {}), 'unrecognized_key', ['tenant']],
    ['a missing id', (a) => delete a.id, 'missing', ['id']],
    ['a missing ledger', (a) => delete a.ledger, 'missing', ['ledger']],
    ['an unknown posting kind', (a) => (a.ledger[0].kind = 'fee'), 'invalid_value', ['ledger', 0, 'kind']],
    ['settles on a rent', (a) => (a.ledger[0].settles = ['x']), 'invalid_value', ['ledger', 0, 'settles']],
    [
      'an unknown channel',
      (a) => (a.contacts = [{ date: '2026-01-02', channel: 'fax', step: 'r1' }]),
      'invalid_value',
      ['contacts', 0, 'channel'],
    ],
    ['a due day of 32', (a) => (a.lease.dueDay = 32), 'too_big', ['lease', 'dueDay']],
    ['a ledger that is not an array', (a) => (a.ledger = {}), 'invalid_type', ['ledger']],
  ])('rejects %s with its code and path', (_, mutate, code, path) => {
    const a = baseAccount();
    mutate(a);
    const result = safeParseAccount(a);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues[0]).toMatchObject({ code, path });
    expect(result.issues[0]!.message.startsWith(`${formatPath(path)}: expected `)).toBe(true);
  });

  it('names the path, the value and what was expected in the message', () => {
    const a = baseAccount();
    a.ledger[2].amount = '600,00';
    expect(() => parseAccount(a)).toThrow(
      'ledger[2].amount: expected an EUR amount as a decimal string with at most 2 decimals, e.g. "1234.56"; received "600,00"',
    );
  });

  it('reports every problem, not just the first', () => {
    const a = baseAccount();
    a.ledger[0].amount = 'x';
    a.ledger[1].date = 'yesterday';
    a.lease.department = '999';
    try {
      parseAccount(a);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).issues.map((i) => i.code).sort()).toEqual(
        ['invalid_amount', 'invalid_date', 'unknown_department'].sort(),
      );
    }
  });

  it.each(['__proto__', 'constructor', 'prototype'])(
    'rejects a %s key anywhere, leaving Object.prototype untouched',
    (key) => {
      const text = JSON.stringify(baseAccount()).replace(
        '"rent":"500.00"',
        `"rent":"500.00","${key}":{"polluted":true}`,
      );
      const result = safeParseAccount(text);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.issues[0]).toMatchObject({ code: 'forbidden_key', path: ['lease', key] });
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    },
  );

  it('reports a text that is not JSON as an issue, not an exception', () => {
    const result = safeParseAccount('{"id": "A-1", ');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues[0]!.code).toBe('invalid_type');
  });

  it('does not mutate its input', () => {
    const a = baseAccount();
    const before = JSON.stringify(a);
    parseAccount(a);
    expect(JSON.stringify(a)).toBe(before);
  });
});

describe('accountJsonSchema', () => {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  ajv.addFormat('date', /^\d{4}-\d{2}-\d{2}$/);
  const validate = ajv.compile(accountJsonSchema as object);

  it('validates every demo account', () => {
    for (const [file, json] of Object.entries(demoAccounts())) {
      expect(validate(json), `${file}: ${JSON.stringify(validate.errors)}`).toBe(true);
    }
  });

  it('rejects an unknown key and a float amount, as parseAccount does', () => {
    const a = baseAccount();
    a.lease.rentt = '1.00';
    expect(validate(a)).toBe(false);
    const b = baseAccount();
    b.lease.rent = 500;
    expect(validate(b)).toBe(false);
  });

  it('describes every property', () => {
    const missing: string[] = [];
    const visit = (node: unknown, path: string): void => {
      if (node === null || typeof node !== 'object') return;
      const n = node as Record<string, any>;
      if (n.properties) {
        for (const [key, child] of Object.entries(n.properties as Record<string, any>)) {
          if (typeof child.description !== 'string' && !child.$ref) missing.push(`${path}.${key}`);
          visit(child, `${path}.${key}`);
        }
      }
      for (const k of ['items', 'anyOf', 'oneOf', 'allOf']) if (n[k]) visit(n[k], path);
      if (Array.isArray(node)) for (const c of node) visit(c, path);
    };
    visit(accountJsonSchema, '');
    expect(missing).toEqual([]);
  });
});
