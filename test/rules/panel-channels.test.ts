/**
 * The recovery manager's review of the channel of a step addressed by profile (issue "Decisions a
 * recovery manager would sign", point 7: channels ignore the person): built accounts, the day,
 * the channel expected, and where the expectation comes from.
 *
 * The tenancy of `tenancy()`: rent 500 + charges 100 due on the 1st, paid until October, so one
 * month owed since 1 November 2026. The default policy's channel rules: "guardianship" (letter,
 * phone, appointment), "senior-or-offline" from 75 or with neither mobile nor email (phone,
 * home-visit, letter), "digital" with both (letter, email, sms, phone, appointment), "mobile"
 * (letter, sms, phone, appointment); fallback letter, email, phone, appointment.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultPolicy, evaluate } from '../../src/rules';
import { defaultPolicyJson, tenancy } from './fixtures';

/** A letter sent on Friday 6 November 2026: the first contact of these arrears. */
const FIRST_CONTACT = { contacts: [{ date: '2026-11-06', channel: 'letter', step: 'prevention-contact' }] };
/** And an SMS on Monday 16 November: the second. */
const SECOND_CONTACT = {
  contacts: [...FIRST_CONTACT.contacts, { date: '2026-11-16', channel: 'sms', step: 'reminder' }],
};

function decide(account: object, asOf: string, policy: unknown = defaultPolicy) {
  const decision = evaluate(account, policy as typeof defaultPolicy, { asOf, locale: 'en' });
  const entry = decision.explanation.find((e) => e.about === 'channel');
  return { channel: decision.nextAction?.channel, text: entry?.text ?? '' };
}

const SENIOR_72 = [{ age: 72 }];
const SENIOR_70 = [{ age: 70 }];
const ALL_DIGITAL = { email: true, mobile: true };

describe("point 7: the household's preferences come first, within the channels a rule allows", () => {
  // Practice: a recovery officer writes the way the tenant asked to be written to, and keeps to
  // it for every contact; the rotation of channels is for households who said nothing (the
  // reviewer: « she asked for letters: every reminder is a letter »).
  it.each([
    // [case, members, digital, preferred, contacts, asOf, channel expected]
    [
      '72, not at ease, asked for letters: first contact',
      SENIOR_72,
      { ...ALL_DIGITAL, comfortable: false },
      ['letter'],
      {},
      '2026-11-06',
      'letter',
    ],
    [
      '72, not at ease, asked for letters: second contact',
      SENIOR_72,
      { ...ALL_DIGITAL, comfortable: false },
      ['letter'],
      FIRST_CONTACT,
      '2026-11-23',
      'letter',
    ],
    [
      '70, prefers letters, mobile: first contact',
      SENIOR_70,
      { mobile: true, email: false },
      ['letter'],
      {},
      '2026-11-06',
      'letter',
    ],
    [
      '70, prefers letters, mobile: second contact, not an SMS',
      SENIOR_70,
      { mobile: true, email: false },
      ['letter'],
      FIRST_CONTACT,
      '2026-11-23',
      'letter',
    ],
    [
      'asked for phone then letter: first contact by phone',
      [{ age: 40 }],
      ALL_DIGITAL,
      ['phone', 'letter'],
      {},
      '2026-11-06',
      'phone',
    ],
    [
      'asked for phone then letter: second contact by letter',
      [{ age: 40 }],
      ALL_DIGITAL,
      ['phone', 'letter'],
      FIRST_CONTACT,
      '2026-11-23',
      'letter',
    ],
    [
      'asked for phone then letter: third contact by phone again',
      [{ age: 40 }],
      ALL_DIGITAL,
      ['phone', 'letter'],
      SECOND_CONTACT,
      '2026-11-23',
      'phone',
    ],
    [
      "asked for a home visit the rule does not allow: the rule's channels in turn",
      [{ age: 40 }],
      { mobile: true, email: false },
      ['home-visit'],
      FIRST_CONTACT,
      '2026-11-23',
      'sms',
    ],
    [
      "no preference: the rule's channels in turn, as before",
      [{ age: 40 }],
      { mobile: true, email: false },
      undefined,
      FIRST_CONTACT,
      '2026-11-23',
      'sms',
    ],
  ])('%s', (_, members, digital, preferred, extra, asOf, expected) => {
    const account = tenancy({ paidUntil: 10, members, digital, preferred, extra });
    expect(decide(account, asOf).channel).toBe(expected);
  });

  it('says the preference is why', () => {
    const account = tenancy({ paidUntil: 10, members: SENIOR_70, preferred: ['letter'], extra: FIRST_CONTACT });
    expect(decide(account, '2026-11-23').text).toBe(
      'Channel letter: the tenant\'s profile matches the channel rule "mobile" (letter, sms, phone, appointment); the household\'s preference comes first: letter.',
    );
  });

  it('says the preferences are taken in turn, and a preference the rule does not allow', () => {
    const account = tenancy({ paidUntil: 10, members: [{ age: 40 }], preferred: ['home-visit', 'phone', 'letter'] });
    expect(decide(account, '2026-11-06').text).toBe(
      "Channel phone: the tenant's profile matches the channel rule \"mobile\" (letter, sms, phone, appointment); the household's preference for home-visit is not among the channels allowed; the household's preferences come first (phone, letter, in turn; contact n° 1 of these arrears).",
    );
  });
});

describe('point 7: no SMS or email to a household not at ease with digital tools (built-in protection)', () => {
  // Practice: an email or an SMS a household cannot read is no contact at all — the reminder is
  // lost and the arrears grow; the landlord's note « pas à l'aise avec le numérique » means paper
  // or a call. A protection built in like the legal gates: a policy's rules cannot undo it.
  it.each([
    // [case, members, digital, preferred, contacts, asOf, channel expected]
    [
      '72, not at ease, no preference: second contact is not an email',
      SENIOR_72,
      { ...ALL_DIGITAL, comfortable: false },
      undefined,
      FIRST_CONTACT,
      '2026-11-23',
      'phone',
    ],
    [
      'not at ease, asked for SMS: the preference yields to the protection',
      [{ age: 40 }],
      { mobile: true, email: false, comfortable: false },
      ['sms'],
      {},
      '2026-11-06',
      'letter',
    ],
    [
      'not at ease, asked for SMS, second contact: phone, not SMS',
      [{ age: 40 }],
      { mobile: true, email: false, comfortable: false },
      ['sms'],
      FIRST_CONTACT,
      '2026-11-23',
      'phone',
    ],
    [
      'at ease not stated: the rules decide (an email on the second contact)',
      SENIOR_72,
      ALL_DIGITAL,
      undefined,
      FIRST_CONTACT,
      '2026-11-23',
      'email',
    ],
  ])('%s', (_, members, digital, preferred, extra, asOf, expected) => {
    const account = tenancy({ paidUntil: 10, members, digital, preferred, extra });
    expect(decide(account, asOf).channel).toBe(expected);
  });

  it('says which channels the protection took out', () => {
    const account = tenancy({
      paidUntil: 10,
      members: SENIOR_72,
      digital: { ...ALL_DIGITAL, comfortable: false },
      extra: FIRST_CONTACT,
    });
    expect(decide(account, '2026-11-23').text).toBe(
      'Channel phone: the tenant\'s profile matches the channel rule "digital" (letter, email, sms, phone, appointment); built-in protection: the household is not at ease with digital tools, so no email or sms; the channels left (letter, phone, appointment, in turn; contact n° 2 of these arrears).',
    );
  });

  it('sends a letter when a policy rule allows only SMS and email, and says so', () => {
    const policy = defaultPolicyJson();
    policy.channels.rules = [
      {
        id: 'all-digital',
        conditions: { all: [{ fact: 'hasMobile', operator: 'equal', value: true }] },
        use: ['sms', 'email'],
      },
    ];
    const account = tenancy({ paidUntil: 10, digital: { mobile: true, email: true, comfortable: false } });
    expect(decide(account, '2026-11-06', policy)).toEqual({
      channel: 'letter',
      text: 'Channel letter: the tenant\'s profile matches the channel rule "all-digital" (sms, email); built-in protection: the household is not at ease with digital tools, so no sms or email, and none of these channels is left: letter; the channels left (letter, in turn; contact n° 1 of these arrears).',
    });
  });

  it('treats a household with neither email nor mobile as protected, whatever the fallback', () => {
    const policy = defaultPolicyJson();
    policy.channels.rules = [];
    policy.channels.fallback = ['email', 'sms'];
    policy.messages = [];
    const account = tenancy({ paidUntil: 10, digital: { mobile: false, email: false } });
    const { channel, text } = decide(account, '2026-11-06', policy);
    expect(channel).toBe('letter');
    expect(text).toContain('built-in protection: the household has neither email nor mobile');
  });

  it('sends a letter when a step of the policy fixes its channel to SMS, and says so', () => {
    const policy = defaultPolicyJson();
    for (const step of policy.steps) if (step.channel === 'profile') step.channel = 'sms';
    policy.messages = [];
    const account = tenancy({ paidUntil: 10, digital: { mobile: true, email: true, comfortable: false } });
    const d = evaluate(account, policy, { asOf: '2026-11-06', locale: 'en' });
    expect(d.nextAction?.channel).toBe('letter');
    expect(d.explanation.map((e) => e.text)).toContain(
      'Channel letter, not sms: the household is not at ease with digital tools (built-in protection, whatever the policy says).',
    );
    // A household at ease with them gets the SMS the step asks for.
    const atEase = tenancy({ paidUntil: 10, digital: { mobile: true, email: true, comfortable: true } });
    expect(evaluate(atEase, policy, { asOf: '2026-11-06', locale: 'en' }).nextAction?.channel).toBe('sms');
  });

  it("never contacts it by SMS or email, whatever the policy's channel rules", () => {
    const channelArb = fc.constantFrom(
      'letter',
      'registered-letter',
      'email',
      'sms',
      'phone',
      'home-visit',
      'appointment',
    );
    const useArb = fc.uniqueArray(channelArb, { minLength: 1, maxLength: 7 });
    const ruleArb = (i: number) =>
      fc.record({
        id: fc.constant(`r${i}`),
        conditions: fc.record({
          all: fc.tuple(
            fc.record({
              // One fact per rule: the validator rejects a rule an earlier one covers.
              fact: fc.constant(['hasMobile', 'hasEmail', 'digitalComfort'][i]!),
              operator: fc.constant('equal'),
              value: fc.boolean(),
            }),
          ),
        }),
        use: useArb,
      });
    fc.assert(
      fc.property(
        fc.tuple(ruleArb(0), ruleArb(1), ruleArb(2)).chain((rules) => fc.subarray(rules)),
        useArb,
        fc.record({ email: fc.boolean(), mobile: fc.boolean(), comfortable: fc.constant(false) }),
        fc.option(fc.uniqueArray(channelArb, { minLength: 1, maxLength: 3 }), { nil: undefined }),
        fc.integer({ min: 0, max: 2 }),
        (rules, fallback, digital, preferred, contacts) => {
          const policy = defaultPolicyJson();
          policy.channels = { rules, fallback };
          policy.messages = [];
          const extra = contacts === 0 ? {} : contacts === 1 ? FIRST_CONTACT : SECOND_CONTACT;
          const account = tenancy({ paidUntil: 10, members: [{ age: 40 }], digital, preferred, extra });
          const d = evaluate(account, policy as typeof defaultPolicy, { asOf: '2026-11-23', locale: 'en' });
          expect(d.actions.length).toBeGreaterThan(0);
          for (const action of d.actions) expect(['sms', 'email']).not.toContain(action.channel);
        },
      ),
      { numRuns: 60 },
    );
  });
});
