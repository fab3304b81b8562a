import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import { accountJsonSchema, safeParseAccount } from '../../src/account';
import { MAX_ACCOUNT_ID_LENGTH } from '../../src/account/schema';
import type { Issue } from '../../src/errors';
import { baseAccount } from './fixtures';

function issuesOf(mutate: (a: Record<string, any>) => void): readonly Issue[] {
  const a = baseAccount();
  mutate(a);
  const result = safeParseAccount(a);
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.issues;
}

describe('the account id', () => {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  ajv.addFormat('date', /^\d{4}-\d{2}-\d{2}$/);
  const validate = ajv.compile(accountJsonSchema as object);

  it.each([
    'A-1029',
    '00012345/02',
    'LOC 2019-17',
    'Résidence Émile-Zola/12',
    '楼-7',
    'id-😀',
    'x'.repeat(MAX_ACCOUNT_ID_LENGTH),
    '=HYPERLINK("http://x","y")',
  ])('accepts %j, in the schema and in the JSON Schema', (id) => {
    const a = { ...baseAccount(), id };
    expect(safeParseAccount(a).ok).toBe(true);
    expect(validate(a), JSON.stringify(validate.errors)).toBe(true);
  });

  it.each<[string, string, string]>([
    ['a NUL', 'A\u00001', 'invalid_value'],
    ['a tab', 'A\t1', 'invalid_value'],
    ['a line break', 'A-1\n', 'invalid_value'],
    ['a carriage return', '\rA-1', 'invalid_value'],
    ['DEL', 'A\u007f', 'invalid_value'],
    ['a C1 control', 'A\u0085', 'invalid_value'],
    ['a line separator', 'A\u2028', 'invalid_value'],
    ['a right-to-left override', 'A-\u202e1', 'invalid_value'],
    ['a byte order mark', '\ufeffA-1', 'invalid_value'],
    ['a lone high surrogate', 'A\ud800', 'invalid_value'],
    ['a lone low surrogate', '\udc00A', 'invalid_value'],
    ['an empty id', '', 'too_small'],
    ['an id one character too long', 'x'.repeat(MAX_ACCOUNT_ID_LENGTH + 1), 'too_big'],
  ])('refuses an id with %s, naming the rule', (_, id, code) => {
    const issues = issuesOf((a) => (a.id = id));
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ code, path: ['id'] });
    expect(issues[0]!.message).toMatch(/^id: expected an account id/);
    expect(validate({ ...baseAccount(), id })).toBe(false);
  });

  it('says what an id may contain', () => {
    expect(issuesOf((a) => (a.id = 'A\t1'))[0]!.message).toBe(
      `id: expected an account id without control characters (tab, line break, NUL…), invisible direction marks or broken Unicode, e.g. "A-1029" or "LOC 2019-17"; received "A\\t1"`,
    );
    expect(issuesOf((a) => (a.id = 'x'.repeat(250)))[0]!.message).toMatch(
      /^id: expected an account id of at most 100 characters, e.g. "A-1029" or "00012345\/02"; received "x{20,}…" \(250 characters\)$/,
    );
  });

  it('documents the pattern and the length in the JSON Schema', () => {
    const id = (accountJsonSchema.properties as Record<string, Record<string, unknown>>).id!;
    expect(id).toMatchObject({ type: 'string', minLength: 1, maxLength: MAX_ACCOUNT_ID_LENGTH });
    expect(typeof id.pattern).toBe('string');
    expect(id.description).toMatch(/1 to 100 characters/);
  });

  it('names a JSON number where text is expected', () => {
    expect(issuesOf((a) => (a.id = 1029))[0]).toMatchObject({
      code: 'invalid_type',
      message:
        'id: expected an account id as text, e.g. "A-1029"; received the number 1029; write it in quotes as text',
    });
  });
});

describe('numbers where the account expects text', () => {
  it('says that an amount overflowing to Infinity is a number too large, and how amounts are written', () => {
    const text = JSON.stringify(baseAccount()).replace('"rent":"500.00"', '"rent":1e400');
    const result = safeParseAccount(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues[0]).toMatchObject({ code: 'invalid_amount', path: ['lease', 'rent'] });
    // JSON.stringify would write Infinity as null: the error record says what it was instead.
    expect(JSON.parse(JSON.stringify(result.issues[0]))).toMatchObject({
      received: 'a number too large to read (beyond about 1.8e308, such as 1e400)',
    });
    expect(JSON.stringify(result.issues)).not.toMatch(/Infinity|null/);
    expect(result.issues[0]!.message).toBe(
      'lease.rent: expected a non-negative EUR amount as a decimal string with at most 2 decimals, e.g. "512.30"; received a number too large to read (beyond about 1.8e308, such as 1e400); write amounts as decimal strings in quotes, e.g. "1234.56"',
    );
  });

  it.each<[string, (a: Record<string, any>) => void, string]>([
    [
      'an amount',
      (a) => (a.ledger[0].amount = 500),
      'ledger[0].amount: expected an EUR amount as a decimal string with at most 2 decimals, e.g. "1234.56"; received the number 500; write amounts as decimal strings in quotes, e.g. "1234.56"',
    ],
    [
      'a date',
      (a) => (a.lease.signedOn = 20240201),
      'lease.signedOn: expected a real calendar date written YYYY-MM-DD, e.g. "2026-11-22"; received the number 20240201; write dates as text in quotes, e.g. "2026-11-22"',
    ],
    [
      'a department',
      (a) => (a.lease.department = 93),
      'lease.department: expected a French department code such as "93", "2A" or "974"; received the number 93; write it in quotes as text',
    ],
    [
      'a posting id',
      (a) => (a.ledger[0].id = 7),
      'ledger[0].id: expected a string; received the number 7; write it in quotes as text',
    ],
    [
      'a contact step',
      (a) => (a.contacts = [{ date: '2026-01-02', channel: 'letter', step: 1 }]),
      'contacts[0].step: expected a string; received the number 1; write it in quotes as text',
    ],
  ])('names the cause for %s given as a number', (_, mutate, message) => {
    expect(issuesOf(mutate)[0]!.message).toBe(message);
  });
});

describe('dates outside the supported range', () => {
  it.each(['9999-12-31', '1899-12-31', '2201-01-01'])('says the range for %s, a real date outside it', (date) => {
    const issues = issuesOf((a) => (a.lease.signedOn = date));
    expect(issues[0]).toMatchObject({ code: 'out_of_range', path: ['lease', 'signedOn'] });
    expect(issues[0]!.message).toMatch(/expected a date from 1900-01-01 to 2200-12-31/);
    expect(issues[0]!.message).not.toMatch(/real calendar date/);
  });

  it('still calls an impossible date not a real calendar date', () => {
    expect(issuesOf((a) => (a.lease.signedOn = '2026-02-30'))[0]).toMatchObject({ code: 'invalid_date' });
  });
});
