import Ajv2020 from 'ajv/dist/2020';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ValidationError, formatPath } from '../../src/errors';
import { loadPolicy, policyInForce, policyJsonSchema, validatePolicy } from '../../src/rules';
import { DEFAULT_POLICY_TEXT } from './fixtures';

const FIXTURES = join(__dirname, '..', 'fixtures', 'policies');
const fixture = (name: string) => readFileSync(join(FIXTURES, `${name}.json`), 'utf8');
const defaultText = DEFAULT_POLICY_TEXT;

describe('validatePolicy', () => {
  it('accepts the default policy without a warning', () => {
    const result = validatePolicy(defaultText, { locale: 'en' });
    expect(result).toMatchObject({ ok: true, warnings: [] });
  });

  // Each malformed policy is refused with its code and path (the first issue, or among the issues).
  it.each([
    ['unknown-fact', 'unknown_fact', 'levels[1].conditions.all[0].fact', /did you mean "arrears"/],
    ['unknown-operator', 'unknown_operator', 'levels[2].conditions.all[1].operator', /did you mean "greaterThan"/],
    ['float-operator-on-amount', 'operator_mismatch', 'levels[1].conditions.all[0].operator', /decimalGreaterThan/],
    ['float-value', 'operator_mismatch', 'levels[1].conditions.all[0].value', /decimal string/],
    ['unknown-param', 'unknown_param', 'levels[4].conditions.all[0].value.param', /did you mean "highDebt"/],
    ['reminder-fee', 'forbidden_charge', 'parameters.reminderFee', /loi 89-462 art\. 4 p/],
    ['late-penalty-step', 'forbidden_charge', 'steps[8].id', /art\. 4 i/],
    ['assignation-without-approval', 'missing_human_approval', 'steps[2].humanApproval', /GDPR art\. 22/],
    ['assignation-without-prerequisite', 'missing_legal_prerequisite', 'steps[2].requires', /art\. 24 II/],
    ['level-ranks-not-rising', 'not_monotone', 'levels[3].rank', /rising severity/],
    ['thresholds-not-monotone', 'not_monotone', 'levels[4].conditions', /at least 30/],
    ['unreachable-channel-rule', 'unreachable_rule', 'channels.rules[4]', /"mobile" matches every tenant/],
    ['unreachable-level', 'unreachable_rule', 'levels[1]', /already at level "everything"/],
    ['duplicate-step-id', 'duplicate_id', 'steps[8].id', /steps\[7\]/],
    ['typo-in-key', 'unrecognized_key', 'cadance', /no such field/],
    ['missing-fallback', 'missing', 'channels.fallback', /an array/],
    ['unknown-channel', 'invalid_value', 'channels.fallback[0]', /"sms"/],
    ['plan-too-long', 'too_big', 'plans.maxDurationMonths', /at most 84/],
    ['effort-rate-above-one', 'invalid_value', 'plans.maxEffortRate', /from 0 to 1/],
    ['versions-overlap', 'versions_overlap', 'versions[1].effectiveFrom', /same day/],
    ['versions-gap', 'versions_gap', 'versions[1].effectiveFrom', /in between/],
  ])('refuses %s: %s at %s', (name, code, path, message) => {
    const result = validatePolicy(fixture(name), { locale: 'en' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const issue = result.issues.find((i) => i.code === code && formatPath(i.path) === path);
    expect(issue, JSON.stringify(result.issues.map((i) => [i.code, formatPath(i.path)]))).toBeDefined();
    expect(issue!.message).toMatch(message);
  });

  it('warns, without refusing, of contacts closer than 7 days (practice, not law)', () => {
    const result = validatePolicy(fixture('cadence-too-close'), { locale: 'en' });
    expect(result.ok).toBe(true);
    expect(result.warnings.map((w) => [w.code, formatPath(w.path)])).toEqual([
      ['cadence_below_practice', 'cadence.minDaysBetweenContacts'],
    ]);
  });

  it.each(['proto', 'constructor', 'prototype'])('refuses a %s key and leaves Object.prototype untouched', (name) => {
    const result = validatePolicy(fixture(`${name}-key`), { locale: 'en' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues[0]).toMatchObject({ code: 'forbidden_key' });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.hasOwn(Object.prototype, 'value')).toBe(false);
  });

  it('refuses a text that is not JSON with an issue, not an exception', () => {
    expect(validatePolicy('{ "id": ', { locale: 'en' })).toMatchObject({
      ok: false,
      issues: [{ code: 'invalid_type' }],
    });
  });

  it('loadPolicy throws a ValidationError listing every issue', () => {
    expect(() => loadPolicy(fixture('unknown-fact'))).toThrow(ValidationError);
    expect(loadPolicy(defaultText).versions).toHaveLength(1);
  });

  it('returns a deep-frozen policy', () => {
    const set = loadPolicy(defaultText);
    expect(Object.isFrozen(set.versions[0]!.levels[1]!.conditions)).toBe(true);
  });
});

describe('versions', () => {
  const base = JSON.parse(defaultText);
  const set = {
    versions: [
      { ...base, version: '2025.2', effectiveFrom: '2025-06-01' },
      { ...base, effectiveTo: '2025-06-01' },
    ],
  };

  it('picks the version whose [effectiveFrom, effectiveTo) covers asOf', () => {
    const loaded = loadPolicy(set);
    expect(loaded.versions.map((v) => v.version)).toEqual(['2024.1', '2025.2']);
    expect(policyInForce(loaded, '2025-05-31').version).toBe('2024.1');
    expect(policyInForce(loaded, '2025-06-01').version).toBe('2025.2');
  });

  it('says so when no version covers the date', () => {
    expect(() => policyInForce(loadPolicy(set), '2023-12-31')).toThrow(/covered by a version/);
  });
});

describe('policyJsonSchema', () => {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  ajv.addFormat('date', /^\d{4}-\d{2}-\d{2}$/);
  const validate = ajv.compile(policyJsonSchema as object);

  it('validates the example policies', () => {
    expect(validate(JSON.parse(defaultText)), JSON.stringify(validate.errors)).toBe(true);
    expect(validate(JSON.parse(fixture('versions-gap')))).toBe(true); // the schema cannot see dates; validatePolicy does
  });

  it.each(['typo-in-key', 'missing-fallback', 'unknown-channel', 'plan-too-long', 'effort-rate-above-one'])(
    'rejects the malformed fixture %s, as validatePolicy does',
    (name) => {
      expect(validate(JSON.parse(fixture(name)))).toBe(false);
    },
  );
});
