/**
 * Case files (issue #22, "Tests for policies"): one case or `{ "cases": [ … ] }`, every problem
 * an issue naming the file, the JSON path, the value received and what was expected.
 */
import { describe, expect, it } from 'vitest';
import { parsePolicyCases } from '../../src/cases';
import { ValidationError, type Issue } from '../../src/errors';
import { localizeIssues } from '../../src/i18n';

const one = { name: 'Paid up', asOf: '2026-11-23', account: 'accounts/a.json', expect: { level: 'none' } };

/** The issues of a case file that does not parse (the test fails if it parses). */
function issuesOf(json: unknown, where?: string): readonly Issue[] {
  try {
    parsePolicyCases(json, where);
  } catch (error) {
    if (error instanceof ValidationError) return error.issues;
    throw error;
  }
  throw new Error('the case file parsed');
}

describe('parsePolicyCases', () => {
  it('reads one case, or a list, in file order, with the path of each case', () => {
    expect(parsePolicyCases(one)).toEqual([{ ...one, path: [] }]);
    const list = parsePolicyCases(
      { $schema: 'x', cases: [one, { ...one, name: 'Other', account: { id: 'A' } }] },
      'c.json',
    );
    expect(list.map((c) => [c.name, c.file, c.path])).toEqual([
      ['Paid up', 'c.json', ['cases', 0]],
      ['Other', 'c.json', ['cases', 1]],
    ]);
    expect(list[1]!.account).toEqual({ id: 'A' });
    expect(Object.isFrozen(list[0])).toBe(true);
    // A single case may carry its own $schema, which is not part of the case.
    expect(parsePolicyCases({ $schema: 'x', ...one })[0]).not.toHaveProperty('$schema');
  });

  it('reads JSON text, a syntax error giving its line and column under the file', () => {
    expect(parsePolicyCases(JSON.stringify(one))[0]!.name).toBe('Paid up');
    const [issue] = issuesOf('{\n  "name": "x"\n  "asOf": "2026-11-23"\n}', 'cases/base.json');
    expect(issue!.code).toBe('invalid_type');
    expect(issue!.path).toEqual(['cases/base.json']);
    expect(issue!.message).toMatch(/line 3, column 3/);
  });

  it('names the file, the path, the value and what was expected for each problem', () => {
    const issues = issuesOf(
      { cases: [{ ...one, asOf: '2026-02-30', expect: { channel: 'fax', planFeasible: 'yes' } }] },
      'cases/base.json',
    );
    expect(issues.map((i) => [i.code, i.path, i.received])).toEqual([
      ['invalid_date', ['cases/base.json', 'cases', 0, 'asOf'], '2026-02-30'],
      ['invalid_value', ['cases/base.json', 'cases', 0, 'expect', 'channel'], 'fax'],
      ['invalid_type', ['cases/base.json', 'cases', 0, 'expect', 'planFeasible'], 'yes'],
    ]);
    expect(issues[0]!.message).toBe(
      '["cases/base.json"].cases[0].asOf: expected a real calendar date written YYYY-MM-DD, e.g. "2026-11-22"; received "2026-02-30"',
    );
  });

  it('refuses an unknown key with the fields allowed there and the nearest one, in English and French', () => {
    const issues = issuesOf({ cases: [{ ...one, expect: { levl: 'none' }, acount: 'a.json' }], extra: 1 });
    expect(issues.map((i) => [i.code, i.path])).toEqual([
      ['unrecognized_key', ['cases', 0, 'expect', 'levl']],
      ['unrecognized_key', ['cases', 0, 'acount']],
      ['unrecognized_key', ['extra']],
    ]);
    expect(issues[2]!.expected).toBe('one of the fields $schema, cases');
    expect(issues[1]!.expected).toBe(
      'one of the fields $schema, name, description, asOf, account, expect (did you mean "account"?)',
    );
    expect(issues[0]!.message).toMatch(
      /^cases\[0\]\.expect\.levl: expected one of the fields level, nextStep, .* \(did you mean "level"\?\); received "none"$/,
    );
    const [fr] = localizeIssues([issues[0]!], 'fr');
    expect(fr!.message).toMatch(
      /^cases\[0\]\.expect\.levl\u00a0: attendu l’un des champs level, .* \(vouliez-vous dire "level"\u00a0\?\), reçu "none"$/,
    );
  });

  it('refuses __proto__, constructor and prototype anywhere, inline accounts included', () => {
    const issues = issuesOf(
      JSON.parse('{"cases":[{"name":"x","asOf":"2026-11-23","account":{"lease":{"__proto__":{}}},"expect":{}}]}'),
    );
    expect(issues.map((i) => [i.code, i.path])).toEqual([
      ['forbidden_key', ['cases', 0, 'account', 'lease', '__proto__']],
    ]);
    expect(issuesOf(JSON.parse('{"constructor":1}'))[0]!.code).toBe('forbidden_key');
  });

  it('refuses two cases of one name, a missing field, an empty list and an unknown obligation code', () => {
    expect(issuesOf({ cases: [one, one] }).map((i) => [i.code, i.path, i.expected])).toEqual([
      ['duplicate_id', ['cases', 1, 'name'], 'a name no other case has (cases[0] has it)'],
    ]);
    expect(issuesOf({ name: 'x', asOf: '2026-11-23', expect: {} }).map((i) => [i.code, i.path, i.expected])).toEqual([
      ['missing', ['account'], 'an account (an object) or the path of a JSON account file relative to the case file'],
    ]);
    expect(issuesOf({ cases: [{ ...one, account: 12 }] }).map((i) => [i.code, i.path, i.received])).toEqual([
      ['invalid_type', ['cases', 0, 'account'], 12],
    ]);
    expect(issuesOf({ cases: [] })[0]!.path).toEqual(['cases']);
    expect(issuesOf({ ...one, expect: { obligations: ['caf-signal'] } })[0]!.path).toEqual([
      'expect',
      'obligations',
      0,
    ]);
  });

  it('says every problem in French too, with no English left', () => {
    const issues = issuesOf({ cases: [one, { ...one, expect: { levl: 1 } }, one] }, 'c.json');
    for (const i of localizeIssues(issues, 'fr')) expect(i.message).not.toMatch(/expected|received|did you mean/);
  });
});
