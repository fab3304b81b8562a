import { describe, expect, it } from 'vitest';
import { formatPath, type Issue } from '../../src/errors';
import {
  CADENCE_PRACTICE_FLOOR_DAYS,
  MAX_POLICY_VALUES,
  isLoadedPolicy,
  loadPolicy,
  policyInForce,
  suggest,
  validatePolicy,
} from '../../src/rules/validate';
import { defaultPolicyJson } from './fixtures';

/**
 * Each domain check of `validatePolicy`, one edit of the default policy at a time, with the whole
 * message a recovery manager reads: the path, what was expected and what was received.
 */
const defaultJson = defaultPolicyJson();
const edited = (edit: (p: any) => void) => {
  const p = structuredClone(defaultJson);
  edit(p);
  return p;
};
const lines = (issues: readonly Issue[]) => issues.map((i) => `${i.code} ${i.message}`);
const refused = (policy: unknown) => {
  const r = validatePolicy(policy, { locale: 'en' });
  expect(r.ok).toBe(false);
  return r.ok ? [] : lines(r.issues);
};
const warned = (policy: unknown) => {
  const r = validatePolicy(policy, { locale: 'en' });
  expect(r.ok).toBe(true);
  return lines(r.warnings);
};
const fact = (f: string, operator: string, value: unknown, extra: object = {}) => ({
  fact: f,
  operator,
  value,
  ...extra,
});
/** The default policy with the "watch" level testing `condition` instead. */
const watchTests = (condition: object) => edited((p) => (p.levels[1].conditions = { all: [condition] }));

describe('conditions', () => {
  it.each([
    [
      'a path on a fact of the library',
      fact('arrears', 'decimalGreaterThan', '0.00', { path: '$.a' }),
      'operator_mismatch levels[1].conditions.all[0].path: expected no path: every fact of the library is a single value or a list; received "$.a"',
    ],
    [
      'a count compared with a decimal operator',
      fact('monthsOfArrears', 'decimalGreaterThan', '1'),
      'operator_mismatch levels[1].conditions.all[0].operator: expected an operator for a fact of type integer (equal, greaterThan, greaterThanInclusive, in, isMissing, isPresent, lessThan, lessThanInclusive, notEqual, notIn); received "decimalGreaterThan"',
    ],
    [
      'an amount compared with equal-as-float',
      fact('arrears', 'lessThan', 5),
      'operator_mismatch levels[1].conditions.all[0].operator: expected an operator for a fact of type amount (decimalEqual, decimalGreaterThan, decimalGreaterThanInclusive, decimalLessThan, decimalLessThanInclusive, equal, in, isMissing, isPresent, notEqual, notIn); "arrears" is an amount or rate, compared exactly with "decimalLessThan"; received "lessThan"',
    ],
    [
      'a boolean fact with "contains" (no exact operator to suggest)',
      fact('guardianship', 'contains', true),
      'operator_mismatch levels[1].conditions.all[0].operator: expected an operator for a fact of type boolean (equal, in, isMissing, isPresent, notEqual, notIn); received "contains"',
    ],
    [
      'a parameter of another unit',
      fact('daysSinceFirstDefault', 'greaterThan', { param: 'highDebt' }),
      'operator_mismatch levels[1].conditions.all[0].value.param: expected a parameter holding a whole number, e.g. 30; received "highDebt"',
    ],
    [
      'a parameter of the right unit holding the wrong value',
      fact('arrears', 'decimalGreaterThan', { param: 'earlyDays' }),
      'operator_mismatch levels[1].conditions.all[0].value.param: expected a parameter holding an amount or rate as a decimal string, e.g. "1000.00" or "0.30"; received "earlyDays"',
    ],
    [
      'a reference to an unknown fact',
      fact('arrears', 'decimalGreaterThan', { fact: 'balanse' }),
      'unknown_fact levels[1].conditions.all[0].value.fact: expected a known fact (did you mean "balance"?); received "balanse"',
    ],
    [
      'a reference to a fact of another type',
      fact('arrears', 'decimalGreaterThan', { fact: 'monthsOfArrears' }),
      'operator_mismatch levels[1].conditions.all[0].value.fact: expected a fact of a type "decimalGreaterThan" compares, or a constant; received "monthsOfArrears"',
    ],
    [
      'a fact reference where a list is expected',
      fact('tenancy', 'in', { fact: 'department' }),
      'operator_mismatch levels[1].conditions.all[0].value.fact: expected a fact of a type "in" compares, or a constant; received "department"',
    ],
    [
      'a date that is not a date',
      fact('firstDefaultOn', 'dateBefore', '2026-02-30'),
      'operator_mismatch levels[1].conditions.all[0].value: expected a date written YYYY-MM-DD, to compare with "firstDefaultOn" (date); received "2026-02-30"',
    ],
    [
      'a value a fact of closed values never takes (a typing mistake)',
      fact('planStatus', 'equal', 'kep'),
      'invalid_value levels[1].conditions.all[0].value: expected one of the values of "planStatus": "none", "kept", "late", "broken", "finished" (did you mean "kept"?); received "kep"',
    ],
    [
      'the same in a list, at its place in the list',
      fact('tenancy', 'notIn', ['current', 'gone']),
      'invalid_value levels[1].conditions.all[0].value[1]: expected one of the values of "tenancy": "current", "departed"; received "gone"',
    ],
    [
      'a list holding an object',
      fact('tenancy', 'in', ['current', { a: 1 }]),
      'operator_mismatch levels[1].conditions.all[0].value: expected a list of values, e.g. ["sms", "email"], to compare with "tenancy" (string); received ["current",{"a":1}]',
    ],
    [
      'a boolean fact compared with text',
      fact('guardianship', 'equal', 'true'),
      'operator_mismatch levels[1].conditions.all[0].value: expected a single value (text, number, true/false), to compare with "guardianship" (boolean); received "true"',
    ],
    [
      'an integer fact compared with a fraction',
      fact('monthsOfArrears', 'equal', 1.5),
      'operator_mismatch levels[1].conditions.all[0].value: expected a single value (text, number, true/false), to compare with "monthsOfArrears" (integer); received the number 1.5',
    ],
    [
      'an amount compared with a number by equal',
      fact('arrears', 'equal', 0),
      'operator_mismatch levels[1].conditions.all[0].value: expected a single value (text, number, true/false), to compare with "arrears" (amount); received the number 0',
    ],
    [
      'a text fact compared with a number',
      fact('tenancy', 'equal', 1),
      'operator_mismatch levels[1].conditions.all[0].value: expected a single value (text, number, true/false), to compare with "tenancy" (string); received the number 1',
    ],
    [
      'a scalar operator given an object',
      fact('tenancy', 'equal', { a: 'current' }),
      'operator_mismatch levels[1].conditions.all[0].value: expected a single value (text, number, true/false), to compare with "tenancy" (string); received {"a":"current"}',
    ],
    [
      'a count compared with a decimal string',
      fact('monthsOfArrears', 'greaterThan', '2'),
      'operator_mismatch levels[1].conditions.all[0].value: expected a whole number, e.g. 30, to compare with "monthsOfArrears" (integer); received "2"',
    ],
    [
      'an amount compared with a malformed decimal',
      fact('arrears', 'decimalGreaterThan', '1e3'),
      'operator_mismatch levels[1].conditions.all[0].value: expected an amount or rate as a decimal string, e.g. "1000.00" or "0.30", to compare with "arrears" (amount); received "1e3"',
    ],
  ])('refuses %s', (_, condition, message) => {
    expect(refused(watchTests(condition))).toEqual([message]);
  });

  it.each([
    ['an amount compared with a whole number', fact('arrears', 'decimalGreaterThan', 0)],
    ['a rate compared with a rate parameter', fact('effortRateNet', 'decimalGreaterThan', { param: 'cap' })],
    ['an amount compared with another amount', fact('arrears', 'decimalGreaterThan', { fact: 'balance' })],
    ['a boolean fact equal to false', fact('guardianship', 'equal', false)],
    ['an integer fact equal to a whole number', fact('monthsOfArrears', 'equal', 2)],
    ['a date compared with a date parameter', fact('firstDefaultOn', 'dateBefore', { param: 'start' })],
    ['an equal test with a text parameter', fact('tenancy', 'equal', { param: 'who' })],
    ['a list fact containing a text', fact('preferredChannels', 'contains', 'sms')],
  ])('accepts %s', (_, condition) => {
    const policy = watchTests(condition);
    policy.parameters.cap = { value: '0.35', unit: 'ratio' };
    policy.parameters.start = { value: '2026-01-01', unit: 'date' };
    policy.parameters.who = { value: 'current', unit: 'text' };
    expect(validatePolicy(policy, { locale: 'en' })).toMatchObject({ ok: true, warnings: [] });
  });

  it('reports every unknown name of one condition, fact and operator both', () => {
    expect(refused(watchTests(fact('arear', 'bigger', '0')))).toEqual([
      'unknown_fact levels[1].conditions.all[0].fact: expected a known fact (did you mean "arrears"?); the facts are listed in docs/facts.md; received "arear"',
      'unknown_operator levels[1].conditions.all[0].operator: expected a known operator; a host\'s own operators are declared with the option "extend"; received "bigger"',
    ]);
  });

  it('checks the conditions of levels, channel rules and steps, nested in any and not', () => {
    const policy = edited((p) => {
      p.levels[1].conditions = { any: [fact('nope1', 'equal', 1), { not: fact('nope2', 'equal', 1) }] };
      p.channels.rules[0].conditions = { all: [fact('nope3', 'equal', 1)] };
      p.steps[0].conditions = fact('nope4', 'equal', 1);
    });
    expect(validatePolicy(policy, { locale: 'en' })).toMatchObject({ ok: false });
    const r = validatePolicy(policy, { locale: 'en' });
    expect(r.ok ? [] : r.issues.map((i) => formatPath(i.path))).toEqual([
      'levels[1].conditions.any[0].fact',
      'levels[1].conditions.any[1].not.fact',
      'channels.rules[0].conditions.all[0].fact',
      'steps[0].conditions.fact',
    ]);
  });

  it('warns of an empty "any", which json-rules-engine holds true', () => {
    const policy = edited(
      (p) => (p.levels[1].conditions = { all: [fact('arrears', 'decimalGreaterThan', '0.00'), { any: [] }] }),
    );
    expect(warned(policy)).toEqual([
      'custom levels[1].conditions.all[1].any: expected a non-empty "any": an empty "any" is always true, as in json-rules-engine; received []',
    ]);
  });
});

describe('levels, steps and cadence', () => {
  it('refuses conditions on the base level and a later level without conditions', () => {
    expect(
      refused(
        edited((p) => {
          p.levels[0].conditions = { all: [] };
          delete p.levels[5].conditions;
        }),
      ),
    ).toEqual([
      'custom levels[0].conditions: expected no conditions on the first level: it is the base level every account starts from; received {"all":[]}',
      'missing levels[5].conditions: expected conditions: every level but the first says when it applies; received nothing (the field is absent)',
    ]);
  });

  it('refuses a rank equal to the one before', () => {
    expect(refused(edited((p) => (p.levels[2].rank = 1)))).toEqual([
      'not_monotone levels[2].rank: expected a rank above 1: levels are listed by rising severity; received the number 1',
    ]);
  });

  it('requires human approval of a commandement, with its article', () => {
    expect(refused(edited((p) => (p.steps.find((s: any) => s.kind === 'commandement').humanApproval = false)))).toEqual(
      [
        'missing_human_approval steps[9].humanApproval: expected true: a commandement has legal effect on the tenant and must not rest solely on automated processing (GDPR art. 22); received false',
      ],
    );
  });

  it('requires the CCAPEX gate on an assignation, and says which it has', () => {
    expect(refused(edited((p) => (p.steps[8].requires = ['expulsion_truce'])))).toEqual([
      'missing_legal_prerequisite steps[8].requires: expected "requires": ["assignation_earliest"]: no assignation before 2 months after the CCAPEX referral (loi 89-462 art. 24 II); the library enforces it whatever the policy says; received ["expulsion_truce"]',
    ]);
  });

  it('warns of a tenant step sent to the internal channel, not of internal steps', () => {
    const policy = edited((p) => {
      p.steps.find((s: any) => s.id === 'reminder').channel = 'internal';
      p.messages = p.messages.filter((m: any) => m.step !== 'reminder');
      for (const s of p.steps)
        if (['caf-signal', 'ccapex-referral', 'fsl-referral', 'social-review'].includes(s.kind)) s.channel = 'internal';
    });
    expect(warned(policy)).toEqual([
      'custom steps[22].channel: expected a tenant channel: a reminder is addressed to the tenant; received "internal"',
    ]);
  });

  it('refuses a minimum delay above the maximum, and contact hours that end before they start', () => {
    expect(
      refused(
        edited((p) => {
          p.cadence.minDaysBetweenContacts = 31;
          p.cadence.maxDaysBetweenContacts = 30;
          p.cadence.contactHours = { from: '20:00', to: '20:00' };
        }),
      ),
    ).toEqual([
      'out_of_range cadence.maxDaysBetweenContacts: expected at least minDaysBetweenContacts (31); received the number 30',
      'out_of_range cadence.contactHours.to: expected a time after 20:00; received "20:00"',
    ]);
  });

  it('accepts equal minimum and maximum delays, and the practice floor itself', () => {
    expect(CADENCE_PRACTICE_FLOOR_DAYS).toBe(7);
    expect(
      validatePolicy(
        edited((p) => Object.assign(p.cadence, { minDaysBetweenContacts: 7, maxDaysBetweenContacts: 7 })),
        { locale: 'en' },
      ),
    ).toMatchObject({ ok: true, warnings: [] });
    expect(warned(edited((p) => (p.cadence.minDaysBetweenContacts = 6)))).toEqual([
      'cadence_below_practice cadence.minDaysBetweenContacts: expected at least 7 days between contacts: closer reminders feel like harassment (practice, not law; C. pén. 222-16 for repeated calls); received the number 6',
    ]);
  });

  it('checks the delays of each level, and that the level exists', () => {
    const byLevel = {
      late: { minDaysBetweenContacts: 10, maxDaysBetweenContacts: 9 },
      lat: { minDaysBetweenContacts: 5, maxDaysBetweenContacts: 20 },
    };
    const r = validatePolicy(
      edited((p) => (p.cadence.byLevel = byLevel)),
      { locale: 'en' },
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(lines(r.issues)).toEqual([
      'out_of_range cadence.byLevel.late.maxDaysBetweenContacts: expected at least minDaysBetweenContacts (10); received the number 9',
      'unknown_level cadence.byLevel.lat: expected a level id (did you mean "late"?); received "lat"',
    ]);
    expect(lines(r.warnings)).toEqual([
      'cadence_below_practice cadence.byLevel.lat.minDaysBetweenContacts: expected at least 7 days between contacts: closer reminders feel like harassment (practice, not law; C. pén. 222-16 for repeated calls); received the number 5',
    ]);
  });

  it('reports every duplicated id with the index of its first use', () => {
    expect(
      refused(
        edited((p) => {
          p.levels[2].id = 'watch';
          p.channels.rules[1].id = 'guardianship';
        }),
      ),
    ).toEqual([
      'duplicate_id levels[2].id: expected a level id used once (also at levels[1]); received "watch"',
      'duplicate_id channels.rules[1].id: expected a channel rule id used once (also at channel rules[0]); received "guardianship"',
    ]);
  });
});

describe('overrides', () => {
  it('checks the plan limits and the parameters of each override', () => {
    const policy = edited((p) => {
      p.overrides = [
        { departments: ['75'], plans: { maxEffortRate: '0.0', minInstalment: '20.00' } },
        {
          departments: ['13'],
          parameters: { highDept: { value: '3000.00', unit: 'EUR' }, earlyDays: { value: '10', unit: 'EUR' } },
        },
      ];
    });
    expect(refused(policy)).toEqual([
      'out_of_range overrides[0].plans.maxEffortRate: expected a ratio above 0 and at most 1, as a decimal string such as "0.30"; received "0.0"',
      'unknown_param overrides[1].parameters.highDept: expected a parameter defined in "parameters" (did you mean "highDebt"?); received "highDept"',
      'operator_mismatch overrides[1].parameters.earlyDays.unit: expected the unit of the parameter it replaces, "days"; received "EUR"',
    ]);
  });
});

describe('thresholds and reachability', () => {
  it('refuses a higher level asking less on the same fact than a lower one, naming it', () => {
    expect(refused(edited((p) => (p.levels[5].conditions.all[1].value = 59)))).toEqual([
      'not_monotone levels[5].conditions: expected a threshold on "daysSinceFirstDefault" of at least 60, the threshold of the lower level "serious"; received the number 59',
    ]);
    expect(refused(edited((p) => (p.levels[5].conditions.all[1].value = 29)))).toEqual([
      'not_monotone levels[5].conditions: expected a threshold on "daysSinceFirstDefault" of at least 30, the threshold of the lower level "late"; received the number 29',
      'not_monotone levels[5].conditions: expected a threshold on "daysSinceFirstDefault" of at least 60, the threshold of the lower level "serious"; received the number 29',
    ]);
  });

  it('accepts a higher level asking exactly as much', () => {
    expect(
      validatePolicy(
        edited((p) => (p.levels[5].conditions.all[1].value = 60)),
        { locale: 'en' },
      ),
    ).toMatchObject({ ok: true });
    expect(
      validatePolicy(
        edited((p) => (p.levels[5].conditions.all[1].value = 61)),
        { locale: 'en' },
      ),
    ).toMatchObject({ ok: true });
  });

  it('only warns of a rule repeating an earlier one it cannot decide, and names both', () => {
    const any = { any: [fact('hasMobile', 'equal', true), fact('hasEmail', 'equal', true)] };
    const policy = edited((p) => {
      p.channels.rules.splice(
        2,
        0,
        { id: 'copy-a', conditions: any, use: ['sms'] },
        { id: 'copy-b', conditions: any, use: ['email'] },
      );
    });
    expect(warned(policy)).toEqual([
      'unreachable_rule channels.rules[3]: expected a rule some tenant can reach: the earlier rule "copy-a" matches every tenant it covers; received "copy-b"',
    ]);
  });

  it('warns of a level repeating a higher one it cannot decide', () => {
    const any = { any: [fact('arrears', 'decimalGreaterThan', '9000.00'), fact('guardianship', 'equal', true)] };
    const policy = edited((p) => {
      p.levels[4].conditions = any;
      p.levels[5].conditions = any;
    });
    expect(warned(policy)).toEqual([
      'unreachable_rule levels[4]: expected a level some account can reach: every account it covers is already at level "litigation"; received "serious"',
    ]);
  });
});

describe('versions', () => {
  const version = (o: object) => ({ ...defaultJson, ...o });

  it('refuses an end on or before the start, and versions of different policies', () => {
    const set = {
      versions: [
        version({ effectiveTo: '2024-01-01' }),
        version({ id: 'other', version: '2', effectiveFrom: '2024-01-01' }),
      ],
    };
    expect(refused(set)).toEqual([
      'out_of_range versions[0].effectiveTo: expected a day after effectiveFrom (2024-01-01); received "2024-01-01"',
      'invalid_value versions[1].id: expected the same id as the other versions, "default"; received "other"',
    ]);
  });

  it('says which version an open-ended one overlaps', () => {
    const set = { versions: [version({ version: '2', effectiveFrom: '2025-01-01' }), version({})] };
    expect(refused(set)).toEqual([
      'versions_overlap versions[0].effectiveFrom: expected a start on or after the end of version "2024.1" (open-ended): two versions would apply the same day; received "2025-01-01"',
    ]);
  });

  it('says where a gap opens', () => {
    const set = {
      versions: [version({ effectiveTo: '2025-01-01' }), version({ version: '2', effectiveFrom: '2025-01-02' })],
    };
    expect(refused(set)).toEqual([
      'versions_gap versions[1].effectiveFrom: expected a start on 2025-01-01, the day version "2024.1" ends: no version would apply in between; received "2025-01-02"',
    ]);
  });

  it('reports an issue of a version at its path in the set', () => {
    const set = {
      versions: [
        version({ effectiveTo: '2025-01-01' }),
        version({
          version: '2',
          effectiveFrom: '2025-01-01',
          levels: defaultJson.levels.slice(0, 1).concat([{ ...defaultJson.levels[1], rank: 0 }]),
        }),
      ],
    };
    expect(refused(set)).toEqual([
      'not_monotone versions[1].levels[1].rank: expected a rank above 0: levels are listed by rising severity; received the number 0',
    ]);
  });

  it('sorts the versions by start, whatever their order in the file, and lists them when none covers a date', () => {
    const set = loadPolicy({
      versions: [
        version({ version: '3', effectiveFrom: '2026-01-01' }),
        version({ effectiveTo: '2025-01-01' }),
        version({ version: '2', effectiveFrom: '2025-01-01', effectiveTo: '2026-01-01' }),
      ],
    });
    expect(set.versions.map((v) => v.version)).toEqual(['2024.1', '2', '3']);
    expect(policyInForce(set, '2024-01-01').version).toBe('2024.1');
    expect(policyInForce(set, '2025-12-31').version).toBe('2');
    expect(policyInForce(set, '2026-01-01').version).toBe('3');
    expect(() => policyInForce(set, '2023-12-31')).toThrow(
      'asOf: expected a date covered by a version of the policy (2024-01-01 – 2025-01-01, 2025-01-01 – 2026-01-01, 2026-01-01 – …); received "2023-12-31"',
    );
  });
});

describe('the validated value', () => {
  it('is known as loaded, while an equal copy is not', () => {
    const set = loadPolicy(defaultJson);
    expect(isLoadedPolicy(set)).toBe(true);
    expect(isLoadedPolicy(structuredClone(set))).toBe(false);
    expect(isLoadedPolicy(null)).toBe(false);
    expect(isLoadedPolicy('policy')).toBe(false);
  });

  it('reads JSON text, and quotes the start of a text that is not JSON', () => {
    expect(validatePolicy(JSON.stringify(defaultJson), { locale: 'en' })).toMatchObject({ ok: true });
    const text = `{"id": "x", ${'"a": 1, '.repeat(20)}`;
    const r = validatePolicy(text, { locale: 'en' });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.issues).toHaveLength(1);
      expect(r.issues[0]!.received).toBe(text.slice(0, 80));
      expect(r.issues[0]!.message).toMatch(
        /^\(root\): expected a JSON policy file \(.+\); received "\{\\"id\\": \\"x\\"/,
      );
    }
  });

  it('refuses a file beyond the size limit before reading it', () => {
    const r = validatePolicy(
      {
        ...defaultJson,
        label: 'x',
        padding: Array.from({ length: MAX_POLICY_VALUES }, () => 0),
      },
      { locale: 'en' },
    );
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues.map((i) => i.code)).toEqual(['too_big']);
  });
});

describe('suggest', () => {
  it.each([
    ['arrear', 'arrears'],
    ['ARREARS', 'arrears'],
    ['balanse', 'balance'],
    ['hasmobil', 'hasMobile'],
    ['monthsOfArrear', 'monthsOfArrears'],
    ['xyz', null],
    ['daysSinceFirstDefaultX', 'daysSinceFirstDefault'],
  ])('suggests for %s: %s', (name, expected) => {
    expect(suggest(name, ['arrears', 'balance', 'hasMobile', 'monthsOfArrears', 'daysSinceFirstDefault'])).toBe(
      expected,
    );
  });

  it('suggests within 2 edits for short names and a third of the length for long ones', () => {
    expect(suggest('abcd', ['abxy'])).toBe('abxy'); // 2 edits
    expect(suggest('abcd', ['axyz'])).toBeNull(); // 3 edits
    expect(suggest('abcdefghijkl', ['abcdefghixyz'])).toBe('abcdefghixyz'); // 3 edits, 12 letters
    expect(suggest('abcdefghijkl', ['abcdefghwxyz'])).toBe('abcdefghwxyz'); // 4 edits
    expect(suggest('abcdefghijkl', ['abcdefgvwxyz'])).toBeNull(); // 5 edits
    expect(suggest('abc', [])).toBeNull();
  });

  it('takes the nearest, and the first of equals', () => {
    expect(suggest('cat', ['bat', 'cart', 'cap'])).toBe('bat');
    expect(suggest('cart', ['cat', 'cart'])).toBe('cart');
  });
});

describe('the messages of the schema', () => {
  it.each([
    [
      'a bad step id',
      (p: any) => (p.steps[0].id = 'Step 1'),
      'invalid_value steps[0].id: expected a step id in lower-case letters, digits and hyphens, e.g. "reminder-1"; received "Step 1"',
    ],
    [
      'a bad time',
      (p: any) => (p.cadence.contactHours.from = '9h'),
      'invalid_value cadence.contactHours.from: expected a time written HH:MM, e.g. "09:00"; received "9h"',
    ],
    [
      'a bad reste à vivre',
      (p: any) => (p.plans.minResteAVivrePerUnit = '425,00'),
      'invalid_value plans.minResteAVivrePerUnit: expected an amount such as "425.00"; received "425,00"',
    ],
    [
      'a bad minimum instalment',
      (p: any) => (p.plans.minInstalment = '15,00'),
      'invalid_value plans.minInstalment: expected an amount such as "15.00"; received "15,00"',
    ],
    [
      'a bad department',
      (p: any) => (p.overrides = [{ departments: ['930'], parameters: {} }]),
      'invalid_value overrides[0].departments[0]: expected a department code such as "93", "2A" or "974"; received "930"',
    ],
    [
      'a bad path',
      (p: any) => (p.levels[1].conditions.all[0].path = '$..a'),
      'invalid_value levels[1].conditions.all[0].path: expected a path such as "$.a.b" or "$.list[0]"; received "$..a"',
    ],
    ['the internal channel among the fallbacks', (p: any) => (p.channels.fallback = ['internal']), null],
  ])('refuses %s with its own words', (_, edit, message) => {
    const r = validatePolicy(edited(edit), { locale: 'en' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    if (message !== null) expect(lines(r.issues)).toContain(message);
    expect(r.issues.length).toBeGreaterThan(0);
  });

  it('accepts a reste à vivre floor written with cents', () => {
    expect(
      validatePolicy(
        edited((p) => (p.plans.minResteAVivrePerUnit = '425.50')),
        { locale: 'en' },
      ),
    ).toMatchObject({ ok: true });
  });
});

describe('more of the domain checks', () => {
  it('refuses a single policy whose end is not after its start', () => {
    expect(refused(edited((p) => (p.effectiveTo = '2023-12-31')))).toEqual([
      'out_of_range effectiveTo: expected a day after effectiveFrom (2024-01-01); received "2023-12-31"',
    ]);
    expect(
      validatePolicy(
        edited((p) => (p.effectiveTo = '2024-01-02')),
        { locale: 'en' },
      ),
    ).toMatchObject({ ok: true });
    expect(
      validatePolicy(
        edited((p) => (p.effectiveTo = null)),
        { locale: 'en' },
      ),
    ).toMatchObject({ ok: true });
  });

  it.each([
    ['a null value', fact('tenancy', 'equal', null), 'received null'],
    [
      'a parameter reference with another key',
      fact('arrears', 'decimalGreaterThan', { param: 'highDebt', also: 1 }),
      'received {"param":"highDebt","also":1}',
    ],
    ['a text that is no amount', fact('arrears', 'equal', 'abc'), 'received "abc"'],
    ['a rate that is no decimal', fact('effortRateNet', 'equal', '0,3'), 'received "0,3"'],
    ['an amount compared with a fraction', fact('arrears', 'decimalGreaterThan', 1.5), 'received the number 1.5'],
  ])('refuses %s as a value', (_, condition, received) => {
    const issues = refused(watchTests(condition));
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatch(/^operator_mismatch levels\[1\]\.conditions\.all\[0\]\.value: expected /);
    expect(issues[0]!.endsWith(received)).toBe(true);
  });

  it.each(['lessThanInclusive', 'greaterThan', 'greaterThanInclusive'])(
    'points a rate compared with %s to its exact operator',
    (operator) => {
      const exact = `decimal${operator[0]!.toUpperCase()}${operator.slice(1)}`;
      expect(refused(watchTests(fact('effortRateNet', operator, 1)))).toEqual([
        `operator_mismatch levels[1].conditions.all[0].operator: expected an operator for a fact of type decimal (decimalEqual, decimalGreaterThan, decimalGreaterThanInclusive, decimalLessThan, decimalLessThanInclusive, equal, in, isMissing, isPresent, notEqual, notIn); "effortRateNet" is an amount or rate, compared exactly with "${exact}"; received "${operator}"`,
      ]);
    },
  );

  it('accepts parameters of every unit where the operator takes them', () => {
    const parameters = {
      eur: { value: '10.00', unit: 'EUR' },
      ratio: { value: '0.5', unit: 'ratio' },
      days: { value: 3, unit: 'days' },
      months: { value: 2, unit: 'months' },
      count: { value: 1, unit: 'count' },
      years: { value: 70, unit: 'years' },
      day: { value: '2026-01-01', unit: 'date' },
      flag: { value: true, unit: 'boolean' },
      text: { value: 'current', unit: 'text' },
    };
    const tests = [
      fact('arrears', 'equal', { param: 'eur' }),
      fact('effortRateNet', 'equal', { param: 'ratio' }),
      fact('daysSinceFirstDefault', 'equal', { param: 'days' }),
      fact('monthsOfArrears', 'equal', { param: 'months' }),
      fact('monthsOfArrears', 'greaterThan', { param: 'months' }),
      fact('latePayments', 'equal', { param: 'count' }),
      fact('latePayments', 'lessThan', { param: 'count' }),
      fact('oldestMemberAge', 'equal', { param: 'years' }),
      fact('firstDefaultOn', 'equal', { param: 'day' }),
      fact('guardianship', 'equal', { param: 'flag' }),
      fact('tenancy', 'equal', { param: 'text' }),
    ];
    const policy = edited((p) => {
      Object.assign(p.parameters, parameters);
      p.channels.rules.push({ id: 'every-unit', conditions: { all: tests }, use: ['letter'] });
    });
    expect(validatePolicy(policy, { locale: 'en' })).toMatchObject({ ok: true, warnings: [] });
  });

  it('refuses a fee hidden anywhere in the file, once, at its path', () => {
    const policy = edited((p) => {
      p.levels[1].conditions.all[0].params = { lateFee: '10.00', list: [{ penaltyRate: 1 }] };
      p.steps[0].label = 'Frais de relance';
    });
    expect(refused(policy).map((m) => m.split(':')[0])).toEqual([
      'forbidden_charge levels[1].conditions.all[0].params.lateFee',
      'forbidden_charge levels[1].conditions.all[0].params.list[0].penaltyRate',
      'forbidden_charge steps[0].label',
    ]);
    const fee = edited((p) => (p.parameters.reminderFee = { value: '5.00', unit: 'EUR' }));
    expect(refused(fee).map((m) => m.split(':')[0])).toEqual(['forbidden_charge parameters.reminderFee']);
  });

  it('names the article when an assignation lacks human approval', () => {
    expect(refused(edited((p) => (p.steps[8].humanApproval = false)))).toEqual([
      'missing_human_approval steps[8].humanApproval: expected true: an assignation has legal effect on the tenant and must not rest solely on automated processing (GDPR art. 22); received false',
    ]);
  });

  it('accepts a step without conditions (it always applies)', () => {
    expect(
      validatePolicy(
        edited((p) => delete p.steps[21].conditions),
        { locale: 'en' },
      ),
    ).toMatchObject({ ok: true, warnings: [] });
  });

  it('checks the plan limits of the policy itself', () => {
    expect(refused(edited((p) => (p.plans.maxEffortRate = '0.0')))).toEqual([
      'out_of_range plans.maxEffortRate: expected a ratio above 0 and at most 1, as a decimal string such as "0.30"; received "0.0"',
    ]);
  });

  it('reports the levels a condition-free top level pre-empts, not the base level', () => {
    const r = validatePolicy(
      edited((p) => (p.levels[5].conditions = { all: [] })),
      { locale: 'en' },
    );
    expect(r.ok ? [] : r.issues.map((i) => `${i.code} ${formatPath(i.path)}`)).toEqual([
      'unreachable_rule levels[4]',
      'unreachable_rule levels[3]',
      'unreachable_rule levels[2]',
      'unreachable_rule levels[1]',
    ]);
  });

  it.each([5, null, [], true])('refuses %j as a policy file, with an issue and no warning', (input) => {
    const r = validatePolicy(input, { locale: 'en' });
    expect(r).toMatchObject({ ok: false, warnings: [] });
    if (!r.ok) expect(r.issues.length).toBeGreaterThan(0);
  });

  it('gives no warning with the issues of a refused file', () => {
    expect(validatePolicy('{', { locale: 'en' })).toMatchObject({ ok: false, warnings: [] });
    expect(validatePolicy({ a: { __proto__: 1 } }, { locale: 'en' })).toMatchObject({ ok: false, warnings: [] });
    expect(validatePolicy(JSON.parse('{"__proto__": {}}'), { locale: 'en' })).toMatchObject({
      ok: false,
      warnings: [],
    });
    expect(validatePolicy({ id: 'x' }, { locale: 'en' })).toMatchObject({ ok: false, warnings: [] });
    const r = validatePolicy(
      { ...defaultJson, padding: Array.from({ length: MAX_POLICY_VALUES }, () => 0) },
      { locale: 'en' },
    );
    expect(r).toMatchObject({ ok: false, warnings: [] });
    if (!r.ok) expect(r.issues[0]!.message).toContain('a policy file');
  });

  it('refuses a date no version covers with out_of_range at asOf', () => {
    let error: unknown;
    try {
      policyInForce(loadPolicy(defaultJson), '2023-06-01');
    } catch (e) {
      error = e;
    }
    expect((error as { issues: Issue[] }).issues.map((i) => [i.code, formatPath(i.path)])).toEqual([
      ['out_of_range', 'asOf'],
    ]);
  });
});

describe('a value a fact of closed values never takes, in French', () => {
  it('lists the values and suggests the nearest', () => {
    const r = validatePolicy(watchTests(fact('planKind', 'in', ['amiable'])), { locale: 'fr' });
    expect(r.ok).toBe(false);
    expect(r.ok ? '' : r.issues[0]!.message).toBe(
      'levels[1].conditions.all[0].value[0]\u00a0: attendu une des valeurs de "planKind"\u00a0: "none", "amicable", "caf", "judicial", "surendettement" (vouliez-vous dire "amicable"\u00a0?), reçu "amiable"',
    );
  });
});
