import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Issue } from '../../src/errors';
import {
  ActionSchema,
  MAX_SMS_SEGMENTS,
  compilePolicy,
  MESSAGE_VARIABLES,
  defaultPolicy,
  evaluate,
  smsSegments,
  validatePolicy,
} from '../../src/rules';
import { parseTemplate, renderActionMessage, worstSms } from '../../src/rules/messages';
import { demoAccounts } from '../account/fixtures';
import { runs } from '../runs';
import { asOfArb, tenancyArb } from './arbitraries';
import { defaultPolicyJson, tenancy } from './fixtures';
import { worstSmsOf } from '../../src/rules/check-messages';

/**
 * The policy's message templates: how `validatePolicy` checks them (placeholders, steps,
 * channels, SMS segments counted exactly), and the messages a decision's actions carry.
 */
const defaultJson = defaultPolicyJson();
const withMessages = (messages: unknown[], edit: (p: any) => void = () => {}) => {
  const p = structuredClone(defaultJson);
  p.messages = messages;
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
  expect(r.ok, r.ok ? '' : lines(r.issues).join('\n')).toBe(true);
  return lines(r.warnings);
};

describe('placeholders', () => {
  it('refuses an unknown variable with its path and the nearest name', () => {
    expect(
      refused(
        withMessages([
          { step: 'reminder', letter: 'Solde : {{amountDueText}}' },
          { step: 'reminder', fromContact: 2, letter: 'Solde : {{amountDueText}}' },
          { step: 'plan-proposal', sms: 'Solde : {{amountDueTxt}}, appelez le {{param:landlordPhone}}' },
        ]),
      ),
    ).toEqual([
      `invalid_value messages[2].sms: expected a known variable (did you mean "amountDueText"?): ${Object.keys(MESSAGE_VARIABLES).join(', ')}; or {{param:name}} for a parameter; received "{{amountDueTxt}}"`,
    ]);
  });

  it('refuses an unknown parameter, and tells a variable from a parameter', () => {
    expect(
      refused(
        withMessages([
          {
            step: 'reminder',
            sms: 'Appelez le {{param:landlordPhon}}',
            letter: ['Madame, Monsieur,', 'Appelez le {{landlordPhone}}.', 'Cher {{param:tenantName}}'],
            email: { subject: 'Solde : {{amountDue}}', text: 'Bonjour {{tenantName|}}' },
          },
        ]),
      ),
    ).toEqual([
      'unknown_param messages[0].sms: expected a parameter defined in "parameters" (did you mean "landlordPhone"?); received "{{param:landlordPhon}}"',
      `invalid_value messages[0].letter[1]: expected a known variable (did you mean "{{param:landlordPhone}}", a parameter?): ${Object.keys(MESSAGE_VARIABLES).join(', ')}; or {{param:name}} for a parameter; received "{{landlordPhone}}"`,
      'unknown_param messages[0].letter[2]: expected a parameter defined in "parameters" (did you mean "{{tenantName}}", a variable?); received "{{param:tenantName}}"',
    ]);
  });

  it('knows only its own names: never a name every object has', () => {
    const issues = refused(
      withMessages([{ step: 'final-statement', letter: ['{{constructor}}', '{{param:toString}}', '{{__proto__}}'] }]),
    );
    expect(issues.map((i) => i.split(':')[0])).toEqual([
      'invalid_value messages[0].letter[0]',
      'unknown_param messages[0].letter[1]',
      'invalid_value messages[0].letter[2]',
    ]);
  });

  it.each([
    ['{{tenantName|a}b}}', 'the fallback holds neither', '"{{tenantName|a}b}}"'],
    ['{tenantName}', 'expected {{tenantName}}: a placeholder written', '"{tenantName}"'],
    ['{param.landlordPhone}', 'expected {{param:landlordPhone}}: a placeholder written', '"{param.landlordPhone}"'],
    ['{{param.landlordPhone}}', 'expected {{param:landlordPhone}}: a placeholder written', '"{{param.landlordPhone}}"'],
    ['{tenantName}}', 'expected {{tenantName}}: a placeholder written', '"{tenantName}}"'],
    ['Solde {{amountDueText', 'expected a "{{" closed by "}}"', '"{{amountDueText"'],
    ['Solde amountDueText}}', 'expected "}}" only to close a "{{"', '"Solde amountDueText}}"'],
    ['{{tenantName|Madame|Monsieur}}', 'the fallback holds neither', '"{{tenantName|Madame|Monsieur}}"'],
    ['{{ }}', 'expected a placeholder written', '"{{ }}"'],
  ])('refuses a placeholder written %j', (text, expected, received) => {
    const [issue] = refused(withMessages([{ step: 'final-statement', letter: ['Madame, Monsieur,', text] }]));
    expect(issue).toContain('invalid_value messages[0].letter[1]: ');
    expect(issue).toContain(expected);
    expect(issue).toContain(`; received ${received}`);
  });

  it('reads spaces inside the braces, a fallback, and single braces that are not a placeholder', () => {
    expect(parseTemplate('Bonjour {{ tenantName | Madame, Monsieur }} { } {1} {{param: landlordPhone}}')).toEqual({
      parts: [
        'Bonjour ',
        {
          source: 'variable',
          name: 'tenantName',
          fallback: 'Madame, Monsieur',
          raw: '{{ tenantName | Madame, Monsieur }}',
        },
        ' { } {1} ',
        { source: 'param', name: 'landlordPhone', fallback: null, raw: '{{param: landlordPhone}}' },
      ],
    });
  });

  it('warns of a variable that may be null without a fallback, and refuses a subject of two lines', () => {
    expect(
      warned(withMessages([{ step: 'final-statement', letter: ['{{tenantName}},', 'Solde : {{amountDueText}}'] }])),
    ).toEqual([
      'custom messages[0].letter[0]: expected a text for when "tenantName" is null, e.g. {{tenantName|…}}: without one nothing is written there; received "{{tenantName}}"',
    ]);
    expect(refused(withMessages([{ step: 'reminder', email: { subject: 'Relance\nBcc: x', text: 'Solde' } }]))).toEqual(
      ['invalid_value messages[0].email.subject: expected a subject on one line; received "Relance\\nBcc: x"'],
    );
  });
});

describe('steps and channels', () => {
  it('refuses a template for a step the policy does not have, with the nearest id', () => {
    expect(refused(withMessages([{ step: 'reminders', letter: 'Solde : {{amountDueText}}' }]))).toEqual([
      'invalid_value messages[0].step: expected a step id of the policy (did you mean "reminder"?); received "reminders"',
    ]);
  });

  it('refuses a channel the step cannot use: its own channel, the channel rules for a profile step, none for an internal step', () => {
    expect(
      refused(
        withMessages([
          { step: 'final-statement', letter: 'Décompte', sms: 'Décompte' },
          { step: 'departed-formal-notice', letter: 'Mise en demeure' },
          { step: 'caf-signal', letter: 'Signalement' },
          { step: 'reminder', 'registered-letter': 'Relance' },
        ]),
      ),
    ).toEqual([
      'invalid_value messages[0].sms: expected a channel step "final-statement" can use: letter; received "sms"',
      'invalid_value messages[1].letter: expected a channel step "departed-formal-notice" can use: registered-letter; received "letter"',
      'invalid_value messages[2].letter: expected no template: step "caf-signal" is internal, it sends the tenant no message; received "letter"',
      'invalid_value messages[3]["registered-letter"]: expected a channel step "reminder" can use: sms, email, letter, phone, appointment, home-visit; received "registered-letter"',
    ]);
  });

  it('accepts a letter for a step whose channel is SMS: the built-in protection turns it into a letter', () => {
    const policy = withMessages([{ step: 'texted', sms: 'Solde : {{amountDueText}}', letter: 'Solde' }], (p) => {
      p.steps.push({ id: 'texted', kind: 'reminder', label: 'SMS', channel: 'sms', humanApproval: false });
    });
    expect(warned(policy)).toEqual([]);
  });

  it('refuses two templates for one step, channel and first contact, and an entry without a template', () => {
    expect(
      refused(
        withMessages([
          { step: 'reminder', sms: 'Un' },
          { step: 'reminder', fromContact: 2, sms: 'Deux' },
          { step: 'reminder', fromContact: 1, sms: 'Encore un', letter: 'Lettre' },
          { step: 'plan-proposal' },
        ]),
      ),
    ).toEqual([
      'duplicate_id messages[2].sms: expected one sms template per step and fromContact (also at messages[0] for step "reminder"); received "sms"',
      'missing messages[3]: expected at least one template: sms, email, letter, registered-letter, phone, appointment, home-visit (for the e-mail: { "subject", "text" }); received {"step":"plan-proposal"}',
    ]);
  });

  it('checks each version of a set at its own path', () => {
    const v1 = withMessages([{ step: 'reminder', sms: '{{amountDu}}' }], (p) => {
      p.effectiveTo = '2025-01-01';
    });
    const v2 = withMessages([], (p) => {
      p.effectiveFrom = '2025-01-01';
    });
    const [issue] = refused({ versions: [v1, v2] });
    expect(issue).toMatch(
      /^invalid_value versions\[0\]\.messages\[0\]\.sms: expected a known variable \(did you mean "amountDue"\?\)/,
    );
  });
});

describe('SMS segments', () => {
  it.each([
    ['160 GSM-7 characters: one SMS', 'a'.repeat(160), 'GSM-7', 160, 1],
    ['161: two', 'a'.repeat(161), 'GSM-7', 161, 2],
    ['306: two (153 each)', 'a'.repeat(306), 'GSM-7', 306, 2],
    ['307: three', 'a'.repeat(307), 'GSM-7', 307, 3],
    ['159 and €, which takes 2 septets: 161, two', `${'a'.repeat(159)}€`, 'GSM-7', 161, 2],
    ['158 and €: 160, one', `${'a'.repeat(158)}€`, 'GSM-7', 160, 1],
    ['80 €: 160 septets, one', '€'.repeat(80), 'GSM-7', 160, 1],
    ['a two-septet character never cut: 152, €, 152', `${'a'.repeat(152)}€${'a'.repeat(152)}`, 'GSM-7', 306, 3],
    ['every extension character takes 2 septets', '[]{}\\^~|€\f', 'GSM-7', 20, 1],
    ['70 UCS-2 characters: one SMS', 'ç'.repeat(70), 'UCS-2', 70, 1],
    ['71: two', 'ç'.repeat(71), 'UCS-2', 71, 2],
    ['134: two (67 each)', `ç${'a'.repeat(133)}`, 'UCS-2', 134, 2],
    ['135: three', `ç${'a'.repeat(134)}`, 'UCS-2', 135, 3],
    ['€ in UCS-2 is one character', `ç${'€'.repeat(69)}`, 'UCS-2', 70, 1],
    ['a surrogate pair never cut: 66 then an emoji', `${'ç'.repeat(66)}😀${'a'.repeat(66)}`, 'UCS-2', 134, 3],
    ['an empty text: one SMS', '', 'GSM-7', 0, 1],
  ] as const)('%s', (_, text, encoding, length, segments) => {
    expect(smsSegments(text)).toMatchObject({ encoding, length, segments });
  });

  it('knows the GSM 03.38 basic table: é è ù ì ò à É Ç are in it; ç ê â î ô û ë ï œ ’ and the no-break spaces are not', () => {
    for (const c of 'éèùìòàÉÇØøÅåÄÖÑÜäöñüßÆæ@£$¥¤§¡¿_ΔΦΓΛΩΠΨΣΘΞ\n\r') {
      expect(smsSegments(c), JSON.stringify(c)).toMatchObject({ encoding: 'GSM-7', length: 1 });
    }
    for (const c of ['ç', 'ê', 'â', 'î', 'ô', 'û', 'ë', 'ï', 'œ', '’', '\u00a0', '\u202f', '`', '\u001b']) {
      expect(smsSegments(`Relance ${c}`), JSON.stringify(c)).toMatchObject({ encoding: 'UCS-2', nonGsm: c });
    }
    expect(smsSegments('Relancé').encoding).toBe('GSM-7');
    expect(smsSegments('ça').encoding).toBe('UCS-2');
    expect(smsSegments('être').encoding).toBe('UCS-2');
  });

  it(`warns when an SMS can take more than ${MAX_SMS_SEGMENTS} SMS, an amount counted as 999 999,99 € (13 septets)`, () => {
    const sms = (filler: number) => withMessages([{ step: 'reminder', sms: `{{amountDueText}}${'a'.repeat(filler)}` }]);
    expect(warned(sms(306 - 13))).toEqual([]);
    const [warning, ...others] = warned(sms(307 - 13));
    expect(others).toEqual([]);
    expect(warning).toMatch(
      /^too_big messages\[0\]\.sms: expected an SMS of at most 2 segments: it can take 3 \(GSM-7, 307 septets; names counted at 40 characters, amounts as 999 999,99 €\); received "\{\{amountDueText\}\}a+…" \(311 characters\)$/,
    );
  });

  it('counts a name at 40 characters, a parameter at its longest value (overrides included), a longer fallback', () => {
    const parts = (t: string) => (parseTemplate(t) as { parts: never[] }).parts;
    expect(worstSms(parts('{{tenantName}}'), () => [])).toMatchObject({ length: 40 });
    expect(worstSms(parts('{{tenantName|x}}'), () => [])).toMatchObject({ length: 40 });
    expect(worstSms(parts(`{{tenantName|${'x'.repeat(50)}}}`), () => [])).toMatchObject({ length: 50 });
    expect(worstSms(parts('{{oldestDueDate}} {{monthsOwed}}'), () => [])).toMatchObject({ length: 14 });
    expect(worstSms(parts('{{param:phone}}'), () => ['01 23', '01 23 45 67 89'])).toMatchObject({ length: 14 });
    // A fallback outside GSM-7 makes the whole SMS UCS-2, and says which character.
    expect(worstSms(parts('{{tenantName|ça}}'), () => [])).toMatchObject({ encoding: 'UCS-2', nonGsm: 'ç' });

    const override = withMessages([{ step: 'reminder', sms: `{{param:landlordPhone}}${'a'.repeat(300)}` }], (p) => {
      p.parameters.landlordPhone.value = '01';
      p.overrides = [{ departments: ['93'], parameters: { landlordPhone: { value: '0123456', unit: 'text' } } }];
    });
    expect(warned(override)[0]).toContain('it can take 3 (GSM-7, 307 septets;');
  });

  it('says which character makes an SMS UCS-2', () => {
    const [warning] = warned(withMessages([{ step: 'reminder', sms: `Reçu : {{amountDueText}}${'a'.repeat(120)}` }]));
    expect(warning).toContain('it can take 3 (UCS-2 because "ç" is not in GSM-7, 139 characters;');
  });
});

describe('the default policy', () => {
  it('validates with no warning: every SMS within 2 segments, every placeholder known, every nullable one with a fallback', () => {
    expect(warned(defaultJson)).toEqual([]);
    expect(defaultJson.parameters.landlordPhone).toMatchObject({ value: '01 23 45 67 89', unit: 'text' });
    for (const entry of defaultJson.messages) {
      if (entry.sms === undefined) continue;
      const count = worstSms((parseTemplate(entry.sms) as { parts: never[] }).parts, () => ['01 23 45 67 89']);
      expect(count, entry.step).toMatchObject({ encoding: 'GSM-7' });
      expect(count.segments).toBeLessThanOrEqual(2);
    }
  });

  it('has templates for every tenant-facing step, for every channel it can use but the home visit', () => {
    const has = (step: string, channel: string) =>
      defaultJson.messages.some((m: any) => m.step === step && m[channel] !== undefined);
    for (const step of ['prevention-contact', 'reminder', 'plan-proposal', 'plan-renegotiation']) {
      for (const channel of ['sms', 'email', 'letter', 'phone', 'appointment'])
        expect(has(step, channel), `${step} ${channel}`).toBe(true);
    }
    expect(has('delais-broken-call', 'phone')).toBe(true);
    expect(has('final-statement', 'letter')).toBe(true);
    expect(has('departed-formal-notice', 'registered-letter')).toBe(true);
    expect(has('cohesion-protocol', 'appointment')).toBe(true);
  });

  it('renders the messages of the four example accounts on 2026-11-23', () => {
    const messages = Object.entries(demoAccounts()).map(([file, account]) => {
      const d = evaluate(account, defaultPolicy, { asOf: '2026-11-23', locale: 'en' });
      return { file, actions: d.actions.map((a) => ({ step: a.step, channel: a.channel, message: a.message })) };
    });
    expect(messages).toMatchSnapshot();
  });

  it('renders every template of the default policy (the texts a tenant reads)', () => {
    const account = tenancy({ paidUntil: 9 });
    const { variables } = evaluate(account, defaultPolicy, { asOf: '2026-11-23', locale: 'en' }).nextAction!;
    const version = defaultPolicy.versions[0]!;
    const params = compilePolicy(version, '93').params;
    const texts: Record<string, unknown> = {};
    for (const entry of defaultJson.messages) {
      for (const channel of ['sms', 'email', 'letter', 'registered-letter', 'phone', 'appointment'] as const) {
        if (entry[channel] === undefined) continue;
        const from = entry.fromContact ?? 1;
        texts[`${entry.step} from contact ${from}, ${channel}`] = renderActionMessage(
          version,
          params,
          { step: entry.step, channel, variables },
          () => from,
        );
      }
    }
    expect(Object.values(texts).every((m) => m !== null)).toBe(true);
    expect(texts).toMatchSnapshot();
  });
});

describe('rendering', () => {
  it('writes amounts the French way (plain spaces in an SMS), dates DD/MM/YYYY, and the parameters of the department', () => {
    const policy = withMessages(
      [
        {
          step: 'reminder',
          sms: '{{amountDueText}} / {{amountDue}} / {{oldestDueDate}} / {{monthsOwed}} / {{param:landlordPhone}} / {{param:highDebt}} / {{param:earlyDays}}',
          letter: '{{amountDueText}} / {{amountDue}} / {{oldestDueDate}} / {{maxInstalment|-}} / {{param:highDebt}}',
        },
      ],
      (p) => {
        p.overrides = [
          {
            departments: ['93'],
            parameters: {
              landlordPhone: { value: '01 48 00 00 00', unit: 'text' },
              highDebt: { value: '12345.60', unit: 'EUR' },
            },
          },
        ];
        p.steps = p.steps.filter((s: any) => s.id === 'reminder');
      },
    );
    const sms = evaluate(tenancy({ paidUntil: 8, preferred: ['sms'] }), policy, { asOf: '2026-11-23', locale: 'en' })
      .nextAction!;
    expect(sms.message).toEqual({
      channel: 'sms',
      subject: null,
      text: '1 800,00 € / 1 800,00 € / 01/09/2026 / 3 / 01 48 00 00 00 / 12 345,60 € / 10',
    });
    const letter = evaluate(tenancy({ paidUntil: 8, preferred: ['letter'] }), policy, {
      asOf: '2026-11-23',
      locale: 'en',
    }).nextAction!;
    expect(letter.message).toEqual({
      channel: 'letter',
      subject: null,
      text: '1\u202f800,00\u00a0€ / 1\u202f800,00\u00a0€ / 01/09/2026 / 1\u202f575,00\u00a0€ / 12\u202f345,60\u00a0€',
    });
  });

  it('writes the fallback for a null value, and a value with a line break on one line', () => {
    const policy = withMessages(
      [
        {
          step: 'reminder',
          letter: ['Bonjour {{tenantName|Madame, Monsieur}},', '{{mandataireName|}}|{{nextDeadline|aucune}}'],
        },
      ],
      (p) => {
        p.steps = p.steps.filter((s: any) => s.id === 'reminder');
      },
    );
    const named = (name?: string) => ({
      ...tenancy({ paidUntil: 9, preferred: ['letter'] }),
      household: { ...tenancy({ paidUntil: 9 }).household, name, preferredChannels: ['letter'] },
    });
    expect(evaluate(named(undefined), policy, { asOf: '2026-11-23', locale: 'en' }).nextAction!.message!.text).toBe(
      'Bonjour Madame, Monsieur,\n|aucune',
    );
    expect(
      evaluate(named('Mme X\nBcc: y\t{{z}}'), policy, { asOf: '2026-11-23', locale: 'en' }).nextAction!.message!.text,
    ).toBe('Bonjour Mme X Bcc: y {{z}},\n|aucune');
  });

  it('chooses the template by contact: the first contact of these arrears, then from the second on', () => {
    const only = structuredClone(defaultJson);
    only.steps = only.steps.filter((s: any) => s.id === 'reminder');
    only.messages = only.messages.filter((m: any) => m.step === 'reminder');
    const text = (contacts: object[]) =>
      evaluate(tenancy({ paidUntil: 9, preferred: ['letter'], extra: { contacts } }), only, {
        asOf: '2026-11-23',
        locale: 'en',
      }).nextAction!.message!.text;
    const first = text([]);
    expect(first).toContain('solde impayé de 1\u202f200,00\u00a0€ depuis le 01/10/2026');
    expect(first).not.toContain("plan d'apurement");
    const second = text([{ date: '2026-11-10', channel: 'sms', step: 'reminder' }]);
    expect(second).toContain('Malgré nos précédents contacts');
    expect(second).toContain("plan d'apurement");
    expect(second).toContain('(CESF)');
    expect(second).toContain('(FSL)');
    // A contact before these arrears began does not count.
    expect(text([{ date: '2026-09-10', channel: 'sms', step: 'reminder' }])).toBe(first);
  });

  it("chooses the templates of the run's language, those of the other otherwise, values written in the template's", () => {
    const only = structuredClone(defaultJson);
    only.steps = only.steps.filter((s: any) => s.id === 'reminder');
    only.parameters.open = { value: true, unit: 'boolean', description: 'The office is open.' };
    only.messages = [
      {
        step: 'reminder',
        letter: 'Solde : {{amountDueText}} depuis le {{oldestDueDate|?}} ; ouvert : {{param:open}}.',
      },
      {
        step: 'reminder',
        locale: 'en',
        letter: 'Balance: {{amountDueText}} since {{oldestDueDate|?}}; open: {{param:open}}.',
      },
    ];
    expect(validatePolicy(only, { locale: 'en' })).toMatchObject({ ok: true, warnings: [] });
    const account = tenancy({ paidUntil: 9, preferred: ['letter'] });
    const text = (policy: unknown, locale: 'fr' | 'en') =>
      evaluate(account, policy as never, { asOf: '2026-11-23', locale }).nextAction!.message!.text;
    expect(text(only, 'fr')).toBe('Solde : 1\u202f200,00\u00a0€ depuis le 01/10/2026 ; ouvert : oui.');
    expect(text(only, 'en')).toBe('Balance: €1,200.00 since 1 Oct 2026; open: yes.');
    // French templates only: an English run still sends the tenant the French letter, in French formats.
    const french = { ...only, messages: [only.messages[0]] };
    expect(text(french, 'en')).toBe(text(french, 'fr'));
    // English templates only: a French run sends the English one.
    const english = { ...only, messages: [only.messages[1]] };
    expect(text(english, 'fr')).toBe('Balance: €1,200.00 since 1 Oct 2026; open: yes.');
    // Twice the same language for one step, channel and first contact is refused.
    expect(refused({ ...only, messages: [only.messages[1], only.messages[1]] })).toEqual([
      'duplicate_id messages[1].letter: expected one letter template per step and fromContact (also at messages[0] for step "reminder"); received "letter"',
    ]);
  });

  it('gives an internal action no message, and an action whose channel has no template null', () => {
    const d = evaluate(demoAccounts()['c-3310-commandement.json'], defaultPolicy, { asOf: '2026-11-23', locale: 'en' });
    expect(d.actions.filter((a) => a.channel === 'internal').map((a) => a.message)).toEqual([null, null]);
    const visit = structuredClone(defaultJson);
    visit.steps = visit.steps.filter((s: any) => s.id === 'reminder');
    visit.steps[0].channel = 'home-visit';
    visit.messages = [];
    expect(evaluate(tenancy({ paidUntil: 9 }), visit, { asOf: '2026-11-23', locale: 'en' }).nextAction).toMatchObject({
      channel: 'home-visit',
      message: null,
    });
  });

  it('lists as MESSAGE_VARIABLES exactly the variables of an action', () => {
    const d = evaluate(tenancy({ paidUntil: 9 }), defaultPolicy, { asOf: '2026-11-23', locale: 'en' });
    expect(Object.keys(d.nextAction!.variables).sort()).toEqual(Object.keys(MESSAGE_VARIABLES).sort());
  });

  it('property: rendering never throws, never leaves a {{, fits the decision schema, and an SMS stays within its worst case', () => {
    const nameArb = fc.option(
      fc.string({ minLength: 1, maxLength: 40, unit: 'grapheme' }).filter((s) => !s.includes('{')),
      { nil: undefined },
    );
    const worst = new Map<string, number>();
    for (const entry of defaultJson.messages)
      if (entry.sms !== undefined)
        worst.set(
          `${entry.step} ${entry.fromContact ?? 1}`,
          worstSms((parseTemplate(entry.sms) as { parts: never[] }).parts, () => ['01 23 45 67 89']).segments,
        );
    fc.assert(
      fc.property(tenancyArb, asOfArb, nameArb, nameArb, (account, asOf, name, mandataire) => {
        const a = {
          ...account,
          household: {
            ...account.household,
            ...(name === undefined ? {} : { name }),
            ...(mandataire === undefined
              ? {}
              : { protection: { measure: 'curatelle', mandataire: { name: mandataire } } }),
          },
        };
        const d = evaluate(a, defaultPolicy, { asOf, locale: 'en' });
        for (const action of d.actions) {
          expect(ActionSchema.safeParse(action).success).toBe(true);
          const m = action.message;
          if (action.channel === 'internal' || action.channel === 'home-visit') {
            expect(m).toBeNull();
            continue;
          }
          expect(m).not.toBeNull();
          expect(m!.channel).toBe(action.channel);
          expect(m!.subject === null).toBe(action.channel !== 'email');
          expect(m!.text).not.toContain('{{');
          expect(m!.subject ?? '').not.toContain('{{');
          expect(m!.subject ?? '').not.toMatch(/[\r\n]/);
          if (action.channel === 'sms') {
            const count = smsSegments(m!.text);
            expect(count.encoding).toBe('GSM-7');
            expect(count.segments).toBeLessThanOrEqual(MAX_SMS_SEGMENTS);
            const bound = [...worst].filter(([k]) => k.startsWith(`${action.step} `)).map(([, v]) => v);
            expect(count.segments).toBeLessThanOrEqual(Math.max(...bound));
          }
        }
      }),
      { numRuns: runs(400, 60) },
    );
  });
});

describe('worstSmsOf: the SMS a template takes once filled in, as the editor shows it', () => {
  const version = defaultPolicy.versions[0]!;

  it('counts a name at its longest and a parameter at its value, not the text as written', () => {
    const text = `${'a'.repeat(130)} {{tenantName|Madame}}`;
    expect(smsSegments(text).segments).toBe(1);
    const worst = worstSmsOf(version, text)!;
    expect(worst.segments).toBe(2);
    expect(worst.length).toBe(131 + 40);
    const phone = version.parameters!.landlordPhone!.value as string;
    expect(worstSmsOf(version, 'Appelez le {{param:landlordPhone}}')!.length).toBe('Appelez le '.length + phone.length);
  });

  it('is null for a template that does not parse', () => {
    expect(worstSmsOf(version, 'Solde {{amountDueText')).toBeNull();
  });
});
