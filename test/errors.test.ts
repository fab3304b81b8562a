import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_RECEIVED_CHARS, ValidationError, describeValue, formatPath, makeIssue } from '../src/errors';

/** Bytes of an issue as an error record carries it. */
const sizeOf = (issue: unknown) => JSON.stringify(issue).length;

describe('makeIssue bounds what it echoes', () => {
  it('keeps a short value as given', () => {
    for (const value of ['12,50', 12.5, null, true, ['a'], { rent: '1' }, undefined, Number.NaN, 'x'.repeat(200)]) {
      expect(makeIssue('invalid_amount', ['x'], value, 'an amount').received).toBe(value);
    }
  });

  it('cuts a long string to a preview and states its full length', () => {
    const issue = makeIssue('too_big', ['household', 'name'], 'a'.repeat(50_000_000), 'at most 200 characters');
    expect(issue.received).toBe(`"${'a'.repeat(149)}…" (50,000,000 characters)`);
    expect(issue.message).toMatch(
      /^household\.name: expected at most 200 characters; received "a+…" \(50,000,000 characters\)$/,
    );
    expect(sizeOf(issue)).toBeLessThan(700);
  });

  it('cuts a long list to a preview and states how many items it has', () => {
    const ledger = Array.from({ length: 200_000 }, (_, i) => ({ date: '2026-01-01', kind: 'rent', amount: `${i}.00` }));
    const issue = makeIssue('too_big', ['ledger'], ledger, 'at most 100000 items');
    expect(typeof issue.received).toBe('string');
    expect(issue.received as string).toMatch(
      /^\[\{"date":"2026-01-01","kind":"rent","amount":"0\.00"\},.*… \(a list of 200,000 items\)$/,
    );
    expect(issue.message).toMatch(/received \[\{"date".*… \(a list of 200,000 items\)$/);
    expect(sizeOf(issue)).toBeLessThan(700);
  });

  it('cuts a large object and states how many keys it has', () => {
    const value = Object.fromEntries(Array.from({ length: 5000 }, (_, i) => [`key${i}`, i]));
    expect(makeIssue('invalid_type', [], value, 'an account').received).toMatch(
      /^\{"key0":0,"key1":1,.*… \(an object of 5,000 keys\)$/,
    );
  });

  it('bounds a huge bigint, a cyclic value and a value whose toJSON throws', () => {
    const big = 10n ** 5000n;
    expect(makeIssue('invalid_type', [], big, 'a number').received).toMatch(/^10+… \(a bigint of 5,001 digits\)$/);
    expect(makeIssue('invalid_type', [], big, 'a number').message.length).toBeLessThan(300);
    const cyclic: unknown[] = [];
    cyclic.push(cyclic);
    expect(String(makeIssue('invalid_type', [], cyclic, 'data').received)).toMatch(/^\[\[\[.*… \(a list of 1 item\)$/);
    const hostile = {
      toJSON() {
        throw new Error('no');
      },
    };
    expect(makeIssue('invalid_type', [], hostile, 'data').message).toMatch(/; received /);
  });

  it('never cuts a surrogate pair or an escape in two', () => {
    for (const filler of ['😀', '\n', '\u0001', '"']) {
      const received = makeIssue('too_big', [], filler.repeat(1000), 'short text').received as string;
      const preview = received.slice(0, received.lastIndexOf('…'));
      expect(preview.length).toBeLessThanOrEqual(MAX_RECEIVED_CHARS);
      expect(JSON.parse(`${preview}"`)).toBe(filler.repeat(JSON.parse(`${preview}"`).length / filler.length));
      expect(received).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/);
    }
  });

  it('bounds a long key in the path and in the message', () => {
    const key = 'k'.repeat(10_000_000);
    const issue = makeIssue('unrecognized_key', ['household', key], 1, 'no such field here');
    expect(issue.path[0]).toBe('household');
    expect(issue.path[1]).toMatch(/^k+… \(10,000,000 characters\)$/);
    expect(String(issue.path[1]).length).toBeLessThanOrEqual(MAX_RECEIVED_CHARS + 40);
    expect(issue.message.length).toBeLessThan(300);
    expect(issue.message.startsWith(`${formatPath(issue.path)}: expected`)).toBe(true);
  });

  it('bounds an expected text built from outside data', () => {
    const issue = makeIssue(
      'custom',
      [],
      null,
      `an account the library can evaluate (internal error: ${'x'.repeat(1e6)})`,
    );
    expect(issue.expected.length).toBeLessThanOrEqual(500);
    expect(issue.message.length).toBeLessThan(700);
  });

  it('keeps every issue and message short, whatever the value (property)', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.anything({ maxDepth: 4, maxKeys: 50 }), fc.string({ maxLength: 3000 }), fc.bigInt()),
        fc.string({ maxLength: 3000 }),
        (value, key) => {
          const issue = makeIssue('invalid_value', ['a', key, 3], value, 'something');
          expect(String(issue.path[1]).length).toBeLessThanOrEqual(MAX_RECEIVED_CHARS);
          if (issue.received !== value) expect(String(issue.received).length).toBeLessThanOrEqual(MAX_RECEIVED_CHARS);
          else if (typeof value === 'string') expect(value.length).toBeLessThanOrEqual(MAX_RECEIVED_CHARS);
          expect(issue.message.length).toBeLessThan(1600);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('keeps a bounded issue as it is when made again, e.g. at another path (property)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything({ maxDepth: 4, maxKeys: 50 }), fc.string({ maxLength: 3000 })), (value) => {
        const first = makeIssue('invalid_value', ['a'], value, 'x'.repeat(600));
        const again = makeIssue(first.code, ['ledger', 'line 3', ...first.path], first.received, first.expected);
        expect(again.received).toEqual(first.received);
        expect(again.expected).toBe(first.expected);
      }),
      { numRuns: 300 },
    );
    const long = makeIssue('too_big', ['k'.repeat(5000)], 'v'.repeat(5000), 'short');
    const moved = makeIssue(long.code, ['ledger', ...long.path], long.received, long.expected);
    expect(moved.path.slice(1)).toEqual(long.path);
    expect(moved.message).toContain('(5,000 characters)');
  });

  it('keeps the message of a ValidationError of large values short', () => {
    const error = new ValidationError([makeIssue('too_big', ['x'], 'y'.repeat(1e6), 'short')]);
    expect(error.message.length).toBeLessThan(300);
  });
});

describe('describeValue names the cause', () => {
  it('calls Infinity a number too large, as JSON.parse makes 1e400', () => {
    expect(describeValue(JSON.parse('1e400'))).toBe('a number too large to read (beyond about 1.8e308, such as 1e400)');
    expect(describeValue(JSON.parse('-1e400'))).toBe(
      'a negative number too large to read (beyond about -1.8e308, such as -1e400)',
    );
  });

  it('keeps received JSON-safe: Infinity, which JSON would write null, becomes the words for it', () => {
    const issue = makeIssue('invalid_number', ['n'], -Infinity, 'an integer');
    expect(issue.received).toBe('a negative number too large to read (beyond about -1.8e308, such as -1e400)');
    expect(JSON.stringify(issue)).not.toMatch(/Infinity|null/);
  });

  it('tells how to write a number given where text is expected', () => {
    expect(makeIssue('invalid_amount', ['rent'], 500, 'an amount').message).toBe(
      'rent: expected an amount; received the number 500; write amounts as decimal strings in quotes, e.g. "1234.56"',
    );
    expect(makeIssue('invalid_date', ['on'], 20261122, 'a date').message).toBe(
      'on: expected a date; received the number 20261122; write dates as text in quotes, e.g. "2026-11-22"',
    );
    expect(makeIssue('invalid_type', ['id'], 7, 'a string', { wants: 'text' }).message).toBe(
      'id: expected a string; received the number 7; write it in quotes as text',
    );
    expect(makeIssue('invalid_type', ['id'], 7, 'a list').message).toBe('id: expected a list; received the number 7');
  });
});
