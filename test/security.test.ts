/**
 * Rule files and accounts are data, never code: no policy can reach a function, a prototype or
 * the file system, the source holds no `eval`, and documents beyond the documented sizes are
 * refused with a clear error instead of exhausting memory or the stack.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAccount, safeParseAccount } from '../src/account';
import { MAX_ACCOUNT_VALUES } from '../src/account/parse';
import { MAX_LEDGER_LENGTH } from '../src/account/schema';
import { ValidationError } from '../src/errors';
import { MAX_INPUT_DEPTH } from '../src/input-guard';
import { generateDemoAccount } from '../src/demo';
import { compileCondition, defaultPolicy, evaluate, validatePolicy } from '../src/rules';
import { resolvePath } from '../src/rules/operators';
import { MAX_POLICY_VALUES } from '../src/rules/validate';

const asOf = '2026-11-23';
const base = () =>
  structuredClone(defaultPolicy.versions[0]) as unknown as Record<string, unknown> & {
    levels: { conditions?: { all: Record<string, unknown>[] } }[];
  };

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const path = join(dir, f);
    return statSync(path).isDirectory() ? sources(path) : path.endsWith('.ts') ? [path] : [];
  });
}

describe('the source', () => {
  const files = sources('src').map(
    (path) => [path, readFileSync(path, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '')] as const,
  );

  it('has no eval, no Function constructor and no dynamic import', () => {
    expect(files.length).toBeGreaterThan(40);
    for (const [path, code] of files) {
      expect(code, path).not.toMatch(/\beval\s*\(/);
      expect(code, path).not.toMatch(/\bnew\s+Function\b|\bFunction\s*\(/);
      expect(code, path).not.toMatch(/\bimport\s*\(/);
      expect(code, path).not.toMatch(/\brequire\s*\(/);
    }
  });

  it('builds no regular expression from data: every RegExp is a literal', () => {
    for (const [path, code] of files) expect(code, path).not.toMatch(/\bnew\s+RegExp\s*\(|\bRegExp\s*\(/);
  });

  it('reads the file system only in src/node and src/cli', () => {
    for (const [path, code] of files) {
      if (path.startsWith(join('src', 'node')) || path.startsWith(join('src', 'cli'))) continue;
      expect(code, path).not.toMatch(/from 'node:/);
    }
  });
});

describe('a policy cannot reach a function, a prototype or the file system', () => {
  it.each(['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf'])(
    'refuses the fact, operator or parameter named %s',
    (name) => {
      const policy = base();
      const condition = policy.levels[1]!.conditions!.all[0]!;
      condition.fact = name;
      condition.operator = name;
      condition.value = { param: name };
      const result = validatePolicy(policy);
      expect(result.ok).toBe(false);
      const codes = result.ok ? [] : result.issues.map((i) => i.code);
      expect(codes.some((c) => ['unknown_fact', 'forbidden_key'].includes(c))).toBe(true);
    },
  );

  it('refuses prototype keys anywhere, and leaves Object.prototype alone', () => {
    for (const text of [
      '{"__proto__": {"polluted": true}}',
      '{"levels": [{"constructor": {"prototype": {"polluted": true}}}]}',
    ]) {
      const result = validatePolicy(JSON.parse(text));
      expect(result.ok).toBe(false);
      expect(result.ok ? [] : result.issues.map((i) => i.code)).toContain('forbidden_key');
      expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
    }
  });

  it('reads a path inside a fact only through own properties', () => {
    const fact = { a: { b: 1 } };
    expect(resolvePath(fact, '$.a.b')).toBe(1);
    expect(resolvePath(fact, '$.a.constructor')).toBeUndefined();
    expect(resolvePath(fact, '$.__proto__')).toBeUndefined();
    expect(resolvePath(fact, '$.toString')).toBeUndefined();
    expect(resolvePath(fact, '$["a"]')).toBeUndefined();
  });

  it('compiles a condition on an unknown fact into a test that is false, never a call', () => {
    const test = compileCondition({ fact: 'constructor', operator: 'equal', value: 'Function' }, []);
    expect(test(() => undefined)).toBe(false);
  });

  it('treats a string that looks like a regular expression as plain text', () => {
    const policy = base();
    policy.levels[1]!.conditions!.all[0] = { fact: 'department', operator: 'equal', value: '(a+)+$' };
    const result = validatePolicy(policy);
    expect(result.ok).toBe(true);
    const d = evaluate(generateDemoAccount(2026, 1, { asOf }), result.ok ? result.value : defaultPolicy, { asOf });
    expect(d.level.id).not.toBe('watch');
  });
});

describe('bounded sizes', () => {
  it(`refuses nesting deeper than ${MAX_INPUT_DEPTH} levels, without exhausting the stack`, () => {
    const deep = JSON.parse(`${'['.repeat(100_000)}${']'.repeat(100_000)}`) as unknown;
    const account = safeParseAccount({
      ...generateDemoAccount(2026, 1, { asOf }),
      household: { monthlyResources: '1000.00', members: deep },
    });
    expect(account.ok).toBe(false);
    expect(account.ok ? '' : account.issues[0]!.message).toMatch(/at most 64 levels of nesting/);
    const policy = validatePolicy({ ...base(), levels: deep }, { locale: 'en' });
    expect(policy.ok ? '' : policy.issues[0]!.message).toMatch(/at most 64 levels of nesting/);
  });

  it(`refuses a policy file of more than ${MAX_POLICY_VALUES} values`, () => {
    const huge = base();
    huge.levels[1]!.conditions!.all = Array.from({ length: 40_000 }, () => ({
      fact: 'arrears',
      operator: 'decimalGreaterThan',
      value: '0.00',
    }));
    const result = validatePolicy(huge, { locale: 'en' });
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.issues[0]!.message).toBe(
      `(root): expected a policy file of at most ${MAX_POLICY_VALUES} values (objects, lists and single values); received "(more than ${MAX_POLICY_VALUES} values)"`,
    );
  });

  it('refuses a condition list of more than 200 conditions', () => {
    const wide = base();
    wide.levels[1]!.conditions!.all = Array.from({ length: 201 }, () => ({
      fact: 'arrears',
      operator: 'decimalGreaterThan',
      value: '0.00',
    }));
    const result = validatePolicy(wide);
    expect(result.ok ? [] : result.issues.map((i) => i.code)).toContain('too_big');
  });

  it('admits a ledger of 10,000 postings and evaluates it', () => {
    const account = generateDemoAccount(2026, 3, { asOf }) as { ledger: unknown[] };
    const ledger = Array.from({ length: 10_000 }, (_, i) => ({
      date: '2026-01-01',
      kind: i % 2 === 0 ? 'rent' : 'payment',
      amount: '10.00',
    }));
    const d = evaluate({ ...account, ledger }, defaultPolicy, { asOf });
    expect(d.accountId).toBe('DEMO-000004');
  });

  it(`refuses a ledger of more than ${MAX_LEDGER_LENGTH} postings, and an account of more than ${MAX_ACCOUNT_VALUES} values`, () => {
    const account = generateDemoAccount(2026, 3, { asOf }) as { ledger: unknown[] };
    const posting = { date: '2026-01-01', kind: 'rent', amount: '10.00' };
    const long = safeParseAccount({ ...account, ledger: Array.from({ length: MAX_LEDGER_LENGTH + 1 }, () => posting) });
    expect(long.ok ? [] : long.issues.map((i) => `${i.code} ${i.path.join('.')}`)).toEqual(['too_big ledger']);
    const heavy = { ...posting, settles: Array.from({ length: 20 }, (_, i) => `R${i}`) };
    const big = safeParseAccount({ ...account, ledger: Array.from({ length: 80_000 }, () => heavy) });
    expect(big.ok ? '' : big.issues[0]!.message).toMatch(/an account of at most 1500000 values/);
    expect(() => parseAccount({ ...account, ledger: Array.from({ length: 80_000 }, () => heavy) })).toThrow(
      ValidationError,
    );
  });
});
