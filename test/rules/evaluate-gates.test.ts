import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../src/errors';
import { defaultPolicy, evaluate, loadPolicy, type PolicySource } from '../../src/rules';
import { defaultPolicyJson, tenancy } from './fixtures';

/**
 * The day boundaries of what `evaluate` counts: a step done, approved or refused counts from the
 * first day of the current arrears to the evaluation day, both included; a record dated later, or
 * before these arrears began, does not.
 */
const defaultJson = defaultPolicyJson();

// Two months behind since 1 October (the arrears began that day); evaluated on Monday 23 November.
const ASOF = '2026-11-23';
const SINCE = '2026-10-01';
const behind = (extra: object = {}) => tenancy({ paidUntil: 9, extra });
const stepOf = (account: object, policy: PolicySource = defaultPolicy) =>
  evaluate(account, policy, { asOf: ASOF, locale: 'en' }).nextAction?.step;
const explained = (account: object, policy: PolicySource = defaultPolicy) =>
  evaluate(account, policy, { asOf: ASOF, locale: 'en' }).explanation.map((e) => e.text);

describe('a step done', () => {
  it.each([
    [SINCE, 'reminder'],
    [ASOF, 'reminder'],
    ['2026-09-30', 'plan-proposal'], // before these arrears
    ['2026-11-24', 'plan-proposal'], // not yet
  ])('a plan proposed on %s: next step %s', (date, step) => {
    expect(stepOf(behind({ contacts: [{ date, channel: 'letter', step: 'plan-proposal' }] }))).toBe(step);
  });

  it('a step that may repeat is proposed again', () => {
    const a = tenancy({
      paidUntil: 10,
      extra: { contacts: [{ date: '2026-11-09', channel: 'letter', step: 'reminder' }] },
    });
    expect(evaluate(a, defaultPolicy, { asOf: '2026-11-23', locale: 'en' }).nextAction?.step).toBe('reminder');
  });

  // A policy that signals to the CAF whatever the procedure dates say: the record itself stops it.
  const signalling = loadPolicy({
    ...defaultJson,
    steps: [
      { id: 'caf-signal', kind: 'caf-signal', label: 'Signal', channel: 'internal', humanApproval: false },
      ...defaultJson.steps.slice(1),
    ],
  });
  it.each([
    [SINCE, 'reminder', 'Step "caf-signal" applies but is not proposed: already done on 1 Oct 2026.'],
    [ASOF, 'reminder', 'Step "caf-signal" applies but is not proposed: already done on 23 Nov 2026.'],
    ['2026-09-30', 'caf-signal', null],
    ['2026-11-24', 'caf-signal', null],
  ])('a CAF signal recorded on %s: next step %s', (date, step, why) => {
    const a = behind({ procedure: { cafSignalledOn: date } });
    expect(stepOf(a, signalling)).toBe(step === 'reminder' ? 'plan-proposal' : step);
    if (why !== null) expect(explained(a, signalling)).toContain(why);
  });
});

describe('a person’s decision on a step with legal effect', () => {
  // Commandement served on 1 September, CCAPEX on 5 October: the assignation may be served from 8 December.
  const litigation = (approvals: object[]) =>
    tenancy({
      paidUntil: 3,
      extra: { procedure: { ccapexReferredOn: '2026-10-05', commandementOn: '2026-09-01' }, approvals },
    });
  const at = (approvals: object[], asOf = '2026-12-09') =>
    evaluate(litigation(approvals), defaultPolicy, { asOf, locale: 'en' });

  it.each([
    ['2026-04-01', false], // the first day of these arrears
    ['2026-12-09', false], // today
    ['2026-03-31', true], // before these arrears: a person must decide again
    ['2026-12-10', true],
  ])('approved on %s: still awaiting approval %s', (date, awaiting) => {
    const d = at([{ step: 'assignation', date, decision: 'approved' }]);
    expect(d.nextAction).toMatchObject({ step: 'assignation', requiresHumanApproval: awaiting });
    expect(d.obligations.some((o) => o.code === 'human_review')).toBe(awaiting);
  });

  it('an approval of another step, or a refusal, is no approval', () => {
    expect(at([{ step: 'commandement', date: '2026-12-08', decision: 'approved' }]).nextAction).toMatchObject({
      requiresHumanApproval: true,
    });
    expect(at([{ step: 'assignation', date: '2026-12-08', decision: 'refused' }]).nextAction?.step).not.toBe(
      'assignation',
    );
  });

  it.each([
    ['2026-04-01', true],
    ['2026-12-09', true],
    ['2026-03-31', false],
    ['2026-12-10', false],
  ])('refused on %s: held back %s', (date, held) => {
    expect(at([{ step: 'assignation', date, decision: 'refused' }]).nextAction?.step === 'assignation').toBe(!held);
  });

  it('a step the policy marks for approval needs it, though the law does not', () => {
    const careful = loadPolicy({
      ...defaultJson,
      steps: defaultJson.steps.map((s: { id: string }) =>
        s.id === 'plan-proposal' ? { ...s, humanApproval: true } : s,
      ),
    });
    expect(evaluate(behind(), careful, { asOf: ASOF, locale: 'en' }).nextAction).toMatchObject({
      step: 'plan-proposal',
      requiresHumanApproval: true,
    });
    expect(evaluate(behind(), defaultPolicy, { asOf: ASOF, locale: 'en' }).nextAction).toMatchObject({
      step: 'plan-proposal',
      requiresHumanApproval: false,
    });
  });
});

describe('contacts and cadence', () => {
  const next = (contacts: object[], asOf = ASOF) =>
    evaluate(behind({ contacts }), defaultPolicy, { asOf, locale: 'en' });

  it('counts contacts with the tenant only, up to today, in date order', () => {
    // Unsorted; an internal step and a contact tomorrow do not count.
    const d = next([
      { date: '2026-11-20', channel: 'letter', step: 'reminder' },
      { date: '2026-11-10', channel: 'sms', step: 'reminder' },
      { date: '2026-11-21', channel: 'internal', step: 'social-review' },
      { date: '2026-11-24', channel: 'phone', step: 'reminder' },
    ]);
    expect(d.nextAction).toMatchObject({ date: '2026-11-27', channel: 'phone' }); // 7 days after the 20th; contact n° 3 of letter, sms, phone, appointment
    expect(d.explanation.map((e) => e.text)).toContain(
      'Date 27 Nov 2026: 7 days after the last contact on 20 Nov 2026 (policy cadence); never a weekend or a public holiday of the zone (metropole).',
    );
  });

  it('counts in turn only the contacts of these arrears', () => {
    const before = next([{ date: '2026-09-30', channel: 'letter', step: 'reminder' }]);
    const during = next([{ date: SINCE, channel: 'letter', step: 'reminder' }]);
    expect(before.nextAction?.channel).toBe('letter'); // contact n° 1
    expect(during.nextAction?.channel).toBe('sms'); // contact n° 2
  });

  it('a contact exactly the cadence ago allows one today, as soon as possible', () => {
    const d = next([{ date: '2026-11-16', channel: 'letter', step: 'reminder' }]);
    expect(d.nextAction?.date).toBe(ASOF);
    expect(d.explanation.map((e) => e.text)).toContain(
      'Date 23 Nov 2026: as soon as possible; never a weekend or a public holiday of the zone (metropole).',
    );
  });

  it('a contact today counts in the 7-day window', () => {
    const policy = loadPolicy({ ...defaultJson, cadence: { ...defaultJson.cadence, minDaysBetweenContacts: 1 } });
    const d = evaluate(behind({ contacts: [{ date: ASOF, channel: 'letter', step: 'reminder' }] }), policy, {
      asOf: ASOF,
    });
    expect(d.nextAction?.date).toBe('2026-11-30');
  });
});

describe('the policy argument', () => {
  const a = behind();
  const expected = JSON.stringify(evaluate(a, defaultPolicy, { asOf: ASOF, locale: 'en' }));

  it('takes a loaded policy, a policy object (validated once) or its JSON text, with the same result', () => {
    const raw = structuredClone(defaultJson);
    expect(JSON.stringify(evaluate(a, raw, { asOf: ASOF, locale: 'en' }))).toBe(expected);
    expect(JSON.stringify(evaluate(a, raw, { asOf: ASOF, locale: 'en' }))).toBe(expected);
    expect(JSON.stringify(evaluate(a, JSON.stringify(defaultJson) as never, { asOf: ASOF, locale: 'en' }))).toBe(
      expected,
    );
    expect(JSON.stringify(evaluate(a, { versions: [raw] }, { asOf: ASOF, locale: 'en' }))).toBe(expected);
  });

  it.each([null, 7, 'not json', { ...defaultJson, levels: [] }])(
    'refuses %j as a policy with a ValidationError',
    (policy) => {
      expect(() => evaluate(a, policy, { asOf: ASOF, locale: 'en' })).toThrow(ValidationError);
    },
  );

  it('refuses missing options with the path of asOf', () => {
    expect(() => evaluate(a, defaultPolicy, undefined as never)).toThrow(/^asOf: expected/);
    expect(() => evaluate(a, defaultPolicy, {} as never)).toThrow(/^asOf: expected/);
  });

  it('returns a promise only for the json-rules-engine path', async () => {
    const viaJre = evaluate(a, defaultPolicy, { asOf: ASOF, engine: 'json-rules-engine', locale: 'en' });
    expect(viaJre).toBeInstanceOf(Promise);
    expect(JSON.stringify(await viaJre)).toBe(expected);
    expect(evaluate(a, defaultPolicy, { asOf: ASOF, engine: 'compiled', locale: 'en' })).not.toBeInstanceOf(Promise);
  });
});
