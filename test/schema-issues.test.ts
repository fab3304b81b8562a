import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { MAX_LEDGER_LENGTH, safeParseAccount } from '../src/account';
import { MAX_ISSUES, expecting, fromZodIssues } from '../src/schema-issues';
import { baseAccount } from './account/fixtures';

function issuesOf(input: unknown) {
  const result = safeParseAccount(input);
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.issues;
}

describe('fromZodIssues: error records stay small', () => {
  it('does not echo a 50,000,000-character name', () => {
    const a = baseAccount();
    a.household.name = 'n'.repeat(50_000_000);
    const issues = issuesOf(a);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ code: 'too_big', path: ['household', 'name'] });
    expect(issues[0]!.received).toMatch(/^"n+…" \(50,000,000 characters\)$/);
    expect(JSON.stringify(issues).length).toBeLessThan(1000);
  });

  it('does not echo a ledger of 200,000 postings', () => {
    const a = baseAccount();
    a.ledger = Array.from({ length: 200_000 }, () => ({ date: '2026-01-01', kind: 'rent', amount: '500.00' }));
    const issues = issuesOf(a);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({
      code: 'too_big',
      path: ['ledger'],
      expected: `at most ${MAX_LEDGER_LENGTH} items`,
    });
    expect(issues[0]!.received).toMatch(/… \(a list of 200,000 items\)$/);
    expect(JSON.stringify(issues).length).toBeLessThan(1000);
  });

  it('does not echo a ledger given as a huge object', () => {
    const a = baseAccount();
    a.ledger = {
      postings: Array.from({ length: 100_000 }, () => ({ date: '2026-01-01', kind: 'rent', amount: '1.00' })),
    };
    const issues = issuesOf(a);
    expect(issues[0]).toMatchObject({ code: 'invalid_type', path: ['ledger'] });
    expect(JSON.stringify(issues).length).toBeLessThan(1000);
  });

  it('does not echo an unknown key of 10,000,000 characters', () => {
    const a = baseAccount();
    a.household['k'.repeat(10_000_000)] = 'v'.repeat(10_000_000);
    const issues = issuesOf(a);
    expect(issues[0]!.code).toBe('unrecognized_key');
    expect(JSON.stringify(issues).length).toBeLessThan(1500);
  });

  it('does not echo a text that is not JSON', () => {
    const issues = issuesOf(`{"id": "${'x'.repeat(1_000_000)}`);
    expect(issues[0]).toMatchObject({ code: 'invalid_type', path: [] });
    expect(issues[0]!.received).toMatch(/…" \(1,000,\d{3} characters\)$/);
    expect(JSON.stringify(issues).length).toBeLessThan(1000);
  });

  it(`lists at most ${MAX_ISSUES} problems, and says how many more there are`, () => {
    const a = baseAccount();
    a.ledger = Array.from({ length: 5000 }, () => ({ date: '2026-01-01', kind: 'rent', amount: 500 }));
    const issues = issuesOf(a);
    expect(issues).toHaveLength(MAX_ISSUES + 1);
    expect(issues.slice(0, MAX_ISSUES).every((i) => i.code === 'invalid_amount')).toBe(true);
    expect(issues[MAX_ISSUES]).toMatchObject({ code: 'too_big', path: [], received: 4900 });
    expect(issues[MAX_ISSUES]!.message).toBe(
      `(root): expected at most ${MAX_ISSUES} problems listed for one input: fix these and check again to see the others; received the number 4900`,
    );
  });

  it('keeps the code and the expected text a leaf declares', () => {
    const Leaf = z.string(expecting('a leaf code such as "L-1"', 'invalid_value'));
    const r = Leaf.safeParse(12);
    expect(r.success).toBe(false);
    if (r.success) return;
    expect(fromZodIssues(r.error.issues, 12, ['leaf'])[0]).toMatchObject({
      code: 'invalid_value',
      path: ['leaf'],
      expected: 'a leaf code such as "L-1"',
      message: 'leaf: expected a leaf code such as "L-1"; received the number 12; write it in quotes as text',
    });
  });
});
