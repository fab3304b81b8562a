import { describe, expect, it } from 'vitest';
import type { Issue } from '../../src/errors';
import { compilePolicy } from '../../src/rules/compile';
import { loadPolicy, validatePolicy } from '../../src/rules/validate';
import { defaultPolicyJson } from './fixtures';

/**
 * A department override replaces a parameter's value there: it is checked as the parameter's own
 * value is, by its unit and where the conditions use it. An override "1e3" for the 2,000 € debt
 * threshold once passed validation and, compared as no amount, took the CCAPEX referral away from
 * a 3,000 € debt in the Bouches-du-Rhône.
 */
const defaultJson = defaultPolicyJson();
const lines = (issues: readonly Issue[]) => issues.map((i) => `${i.code} ${i.message}`);
const refused = (policy: unknown) => {
  const r = validatePolicy(policy, { locale: 'en' });
  expect(r.ok).toBe(false);
  return r.ok ? [] : lines(r.issues);
};
/** The default policy with one override for the Bouches-du-Rhône. */
const overriding = (parameters: object, edit: (p: any) => void = () => {}) => {
  const p = structuredClone(defaultJson);
  edit(p);
  p.overrides = [{ departments: ['13'], parameters }];
  return p;
};
const EUR = 'an amount in EUR as a decimal string with at most 2 decimals, e.g. "2000.00" (unit "EUR")';

describe('the values of department overrides', () => {
  it.each([
    ['an exponent', '1e3', `invalid_amount overrides[0].parameters.highDebt.value: expected ${EUR}; received "1e3"`],
    ['a word', 'abc', `invalid_amount overrides[0].parameters.highDebt.value: expected ${EUR}; received "abc"`],
    ['an empty text', '', `invalid_amount overrides[0].parameters.highDebt.value: expected ${EUR}; received ""`],
    ['true', true, `invalid_amount overrides[0].parameters.highDebt.value: expected ${EUR}; received true`],
    [
      'Infinity',
      'Infinity',
      `invalid_amount overrides[0].parameters.highDebt.value: expected ${EUR}; received "Infinity"`,
    ],
    [
      'three decimals',
      '3000.005',
      `invalid_amount overrides[0].parameters.highDebt.value: expected ${EUR}; received "3000.005"`,
    ],
    [
      'a comma',
      '3000,00',
      `invalid_amount overrides[0].parameters.highDebt.value: expected ${EUR}; received "3000,00"`,
    ],
    [
      'a JSON number',
      3000,
      `invalid_amount overrides[0].parameters.highDebt.value: expected ${EUR}; received the number 3000; write amounts as decimal strings in quotes, e.g. "1234.56"`,
    ],
  ])('refuses %s for an EUR parameter, naming the path, the value and the unit', (_, value, message) => {
    expect(refused(overriding({ highDebt: { value, unit: 'EUR' } }))).toEqual([message]);
  });

  it.each([
    [
      'days as text',
      { earlyDays: { value: '10', unit: 'days' } },
      'invalid_number overrides[0].parameters.earlyDays.value: expected a whole number of days, e.g. 30 (unit "days"); received "10"',
    ],
    [
      'a fraction of a day',
      { earlyDays: { value: 1.5, unit: 'days' } },
      'invalid_number overrides[0].parameters.earlyDays.value: expected a whole number of days, e.g. 30 (unit "days"); received the number 1.5',
    ],
    [
      'negative days',
      { earlyDays: { value: -1, unit: 'days' } },
      'out_of_range overrides[0].parameters.earlyDays.value: expected a whole number of days, e.g. 30: 0 or more (unit "days"); received the number -1',
    ],
    [
      'a count as true',
      { smallDebtContacts: { value: true, unit: 'count' } },
      'invalid_number overrides[0].parameters.smallDebtContacts.value: expected a whole number of times, e.g. 3 (unit "count"); received true',
    ],
    [
      'an age beyond safe integers',
      { seniorAge: { value: 1e300, unit: 'years' } },
      'invalid_number overrides[0].parameters.seniorAge.value: expected a whole number of years, e.g. 75 (unit "years"); received the number 1e+300',
    ],
  ])('refuses %s', (_, parameters, message) => {
    expect(refused(overriding(parameters))).toEqual([message]);
  });

  it('checks ratios, dates, booleans and texts by their units', () => {
    const withParameters = (p: any) =>
      Object.assign(p.parameters, {
        cap: { value: '0.30', unit: 'ratio' },
        start: { value: '2026-01-01', unit: 'date' },
        flag: { value: true, unit: 'boolean' },
        who: { value: 'current', unit: 'text' },
      });
    expect(
      refused(
        overriding(
          {
            cap: { value: '-0.1', unit: 'ratio' },
            start: { value: '2026-02-30', unit: 'date' },
            flag: { value: 'yes', unit: 'boolean' },
            who: { value: 1, unit: 'text' },
          },
          withParameters,
        ),
      ),
    ).toEqual([
      'invalid_number overrides[0].parameters.cap.value: expected a ratio as a decimal string of 0 or more, with at most 6 decimals, e.g. "0.30" (unit "ratio"); received "-0.1"',
      'invalid_date overrides[0].parameters.start.value: expected a real calendar date written YYYY-MM-DD, e.g. "2026-01-01" (unit "date"); received "2026-02-30"',
      'invalid_type overrides[0].parameters.flag.value: expected true or false (unit "boolean"); received "yes"',
      'invalid_type overrides[0].parameters.who.value: expected a text in quotes, e.g. "current" (unit "text"); received the number 1',
    ]);
    const good = overriding(
      {
        cap: { value: '1.5', unit: 'ratio' },
        start: { value: '2027-01-01', unit: 'date' },
        flag: { value: false, unit: 'boolean' },
        who: { value: 'departed', unit: 'text' },
      },
      withParameters,
    );
    expect(validatePolicy(good)).toMatchObject({ ok: true, warnings: [] });
  });

  it('checks an override where the conditions use the parameter, as the parameter itself is', () => {
    // A text parameter compared with an amount must hold an amount, in the policy and in each override.
    const comparedWithArrears = (p: any) => {
      p.parameters.exact = { value: '100.00', unit: 'text' };
      p.channels.rules.push({
        id: 'exact-debt',
        conditions: { all: [{ fact: 'arrears', operator: 'equal', value: { param: 'exact' } }] },
        use: ['letter'],
      });
    };
    expect(validatePolicy(overriding({ exact: { value: '250.00', unit: 'text' } }, comparedWithArrears))).toMatchObject(
      { ok: true, warnings: [] },
    );
    expect(refused(overriding({ exact: { value: 'cent euros', unit: 'text' } }, comparedWithArrears))).toEqual([
      'operator_mismatch overrides[0].parameters.exact.value: expected an amount or rate as a decimal string, e.g. "1000.00" or "0.30", to compare with "arrears" (amount), as at channels.rules[4].conditions.all[0], where "exact" is used; received "cent euros"',
    ]);
  });

  it('still refuses an unknown parameter or another unit before looking at the value', () => {
    expect(
      refused(overriding({ highDept: { value: '1e3', unit: 'EUR' }, earlyDays: { value: 'abc', unit: 'EUR' } })),
    ).toEqual([
      'unknown_param overrides[0].parameters.highDept: expected a parameter defined in "parameters" (did you mean "highDebt"?); received "highDept"',
      'operator_mismatch overrides[0].parameters.earlyDays.unit: expected the unit of the parameter it replaces, "days"; received "EUR"',
    ]);
  });

  it('accepts a well-written override, which the department then uses', () => {
    const policy = overriding({
      highDebt: { value: '2500.00', unit: 'EUR' },
      earlyDays: { value: 0, unit: 'days' },
      seniorAge: { value: 70, unit: 'years' },
    });
    expect(validatePolicy(policy)).toMatchObject({ ok: true, warnings: [] });
    const version = loadPolicy(policy).versions[0]!;
    expect(compilePolicy(version, '13').params).toMatchObject({ highDebt: '2500.00', earlyDays: 0, seniorAge: 70 });
    expect(compilePolicy(version, '93').params).toMatchObject({ highDebt: '2000.00', earlyDays: 10, seniorAge: 75 });
  });

  it('reports every bad value of every override, at its own path', () => {
    const p = structuredClone(defaultJson);
    p.overrides = [
      { departments: ['13'], parameters: { highDebt: { value: '1e3', unit: 'EUR' } } },
      { departments: ['2A', '2B'], parameters: { smallDebt: { value: '', unit: 'EUR' } } },
    ];
    expect(refused(p).map((m) => m.split(':')[0])).toEqual([
      'invalid_amount overrides[0].parameters.highDebt.value',
      'invalid_amount overrides[1].parameters.smallDebt.value',
    ]);
  });
});

describe("the policy's own parameters", () => {
  it('are checked by their units as the overrides are', () => {
    const p = structuredClone(defaultJson);
    p.parameters.departedLitigationFloor.value = '5e2'; // used by no condition of a level
    p.parameters.earlyDays.value = '10';
    const issues = refused(p);
    expect(issues).toContain(
      `invalid_amount parameters.departedLitigationFloor.value: expected ${EUR}; received "5e2"`,
    );
    expect(issues).toContain(
      'invalid_number parameters.earlyDays.value: expected a whole number of days, e.g. 30 (unit "days"); received "10"',
    );
  });

  it('leave the default policy valid, with no warning', () => {
    expect(validatePolicy(defaultJson)).toMatchObject({ ok: true, warnings: [] });
  });
});
