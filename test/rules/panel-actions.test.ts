/**
 * The recovery manager's review of who does what, for whom (issue "Decisions a recovery manager
 * would sign", points 2, 9, 11 and 14): every action due, each with its role and addressee; a
 * protected tenant's contacts go to the mandataire; a vulnerable household is seen by the CESF
 * before any step with legal effect; the guarantor notice, the interpreter, the protocole de
 * cohésion sociale and the stop of small debts after a few contacts.
 *
 * The tenancy of `tenancy()` (fixtures.ts): rent 500 + charges 100 due on the 1st in Seine-Saint-
 * Denis, paid on the 3rd until the month given; "paid until September" owes October and November
 * (1 200 €) on Monday 23 November 2026, 53 days after the first unpaid rent.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultPolicy, evaluate } from '../../src/rules';
import { tenancy } from './fixtures';

const ASOF = '2026-11-23';

function withHousehold(account: any, patch: object): any {
  return { ...account, household: { ...account.household, ...patch } };
}

function decide(account: object, asOf = ASOF) {
  return evaluate(account, defaultPolicy, { asOf, locale: 'en' });
}

const summary = (d: ReturnType<typeof decide>) =>
  d.actions.map((a) => ({ step: a.step, role: a.role, addressee: a.addressee, channel: a.channel }));

const contactOf = (d: ReturnType<typeof decide>) => d.actions.find((a) => a.channel !== 'internal');

/** 87 years old, two months behind: a vulnerable household. */
const ELDERLY = tenancy({ paidUntil: 9, members: [{ age: 87 }], digital: { mobile: true, email: false } });

describe('point 2: a protected tenant is addressed through the mandataire', () => {
  it('under tutelle: every contact goes to the tuteur alone, named in the message variables (C. civ. 473)', () => {
    const d = decide(
      withHousehold(ELDERLY, {
        protection: { measure: 'tutelle', mandataire: { name: 'UDAF 93, M. Leroy', phone: '01 48 00 00 00' } },
      }),
    );
    const contact = contactOf(d)!;
    expect(contact.addressee).toBe('mandataire');
    expect(contact.variables.mandataireName).toBe('UDAF 93, M. Leroy');
    // The policy's "guardianship" channel rule writes first: a letter to the tuteur, not a call
    // to an 87-year-old (the reviewer's case read "Reminder by phone").
    expect(contact.channel).toBe('letter');
    expect(d.actions.every((a) => a.addressee !== 'tenant' && a.addressee !== 'tenant-and-mandataire')).toBe(true);
    const why = d.explanation.find((e) => e.text.startsWith('Addressed to the mandataire'));
    expect(why?.source).toContain('C. civ. 473');
  });

  it('a plan proposed under tutelle is proposed to the tuteur, not "by appointment" with the tenant', () => {
    const d = decide(
      withHousehold(tenancy({ paidUntil: 9, members: [{ age: 52 }] }), {
        protection: { measure: 'tutelle', mandataire: { name: 'ATI 93' } },
      }),
    );
    // A protective measure makes the household vulnerable: the CESF sees it first (point 9).
    expect(d.actions.map((a) => a.step)).toEqual(['vulnerable-review', 'plan-proposal']);
    expect(contactOf(d)?.addressee).toBe('mandataire');
  });

  it.each([
    // [measure, mandataire named, addressee] — C. civ. 467 (curatelle: assistance), 472
    // (renforcée), 435 (sauvegarde: the tenant keeps their rights), 494-1 and 477 (representation).
    ['curatelle', true, 'tenant-and-mandataire'],
    ['curatelle-renforcee', false, 'tenant-and-mandataire'],
    ['sauvegarde-de-justice', false, 'tenant'],
    ['sauvegarde-de-justice', true, 'tenant-and-mandataire'],
    ['habilitation-familiale', true, 'mandataire'],
    ['mandat-protection-future', false, 'mandataire'],
  ])('under %s (mandataire named: %s) the contact goes to the %s', (measure, named, addressee) => {
    const protection = { measure, ...(named ? { mandataire: { name: 'Mme Curateur' } } : {}) };
    const d = decide(withHousehold(tenancy({ paidUntil: 9, members: [{ age: 52 }] }), { protection }));
    expect(contactOf(d)?.addressee).toBe(addressee);
  });

  it('the old guardianship flag, measure unknown: tenant and mandataire, and the officer is told to record the measure', () => {
    const d = decide(withHousehold(tenancy({ paidUntil: 9 }), { vulnerability: { guardianship: true } }));
    expect(contactOf(d)?.addressee).toBe('tenant-and-mandataire');
    expect(d.explanation.some((e) => e.text.includes('record the measure'))).toBe(true);
  });

  it('internal steps go to the body they concern, whoever the tenant is', () => {
    const d = decide(withHousehold(ELDERLY, { protection: { measure: 'tutelle' } }));
    const review = d.actions.find((a) => a.kind === 'social-review');
    expect(review).toMatchObject({ role: 'cesf', addressee: 'cesf', channel: 'internal', interpreter: null });
  });
});

describe('point 11: a decision lists every action due, each with its role and addressee', () => {
  it('the back office signals the CAF while the officer contacts the tenant the same day (example A-1029)', () => {
    // examples/accounts/a-1029-two-months-behind.json: the benefit impayé is constituted and not
    // signalled (CCH R.824-1 to R.824-4), and nothing was agreed with the tenant yet.
    const account = JSON.parse(
      readFileSync(join(__dirname, '..', '..', 'examples', 'accounts', 'a-1029-two-months-behind.json'), 'utf8'),
    );
    const d = decide(account);
    expect(summary(d)[0]).toEqual({ step: 'caf-signal', role: 'back-office', addressee: 'caf', channel: 'internal' });
    const contact = contactOf(d)!;
    expect(contact.role).toBe('officer');
    expect(contact.addressee).toBe('tenant');
    expect(contact.date).toBe(d.actions[0]!.date);
    expect(d.nextAction).toEqual(d.actions[0]);
  });

  it('an 84-year-old in her first arrears: the CESF review, the FSL and the contact in one decision, not three', () => {
    // Resources too low for any plan: the CESF, the FSL (a person confirms no plan is
    // affordable) and a call the same day. The CESF review is listed once, though two steps
    // of the ladder ask for it (the vulnerable household's review and the budget review).
    const d = decide(tenancy({ paidUntil: 9, members: [{ age: 84 }], resources: '700.00' }));
    expect(summary(d).map((a) => a.step)).toEqual(['vulnerable-review', 'fsl-referral', 'reminder']);
    expect(d.actions.filter((a) => a.kind === 'social-review')).toHaveLength(1);
    expect(d.actions[1]).toMatchObject({ role: 'cesf', addressee: 'fsl', requiresHumanApproval: true });
    expect(d.actions[2]).toMatchObject({ role: 'officer', addressee: 'tenant', channel: 'phone' });
  });

  it('"no plan affordable" is confirmed by a person before the household is sent to the FSL (point 8)', () => {
    const d = decide(tenancy({ paidUntil: 9, resources: '700.00' }));
    const fsl = d.actions.find((a) => a.kind === 'fsl-referral')!;
    expect(fsl.requiresHumanApproval).toBe(true);
    const review = d.obligations.find((o) => o.code === 'human_review')!;
    expect(review.basis).toContain('steps[');
    expect(review.basis).not.toContain('GDPR');
  });

  it('at most one contact with the tenant, last, and nothing after it', () => {
    const d = decide(tenancy({ paidUntil: 9, members: [{ age: 84 }], resources: '700.00' }));
    const contacts = d.actions.filter((a) => a.channel !== 'internal');
    expect(contacts).toHaveLength(1);
    expect(d.actions.at(-1)).toBe(contacts[0]);
  });
});

/** An 81-year-old living alone, 4 months behind (2 400 €), referred to the CCAPEX in September. */
function pastCommandementThreshold(extra: object = {}) {
  const base = tenancy({ paidUntil: 7, members: [{ age: 81 }], resources: '900.00' });
  return {
    ...base,
    procedure: { ccapexReferredOn: '2026-09-15', fslReferredOn: '2026-10-01' },
    contacts: [{ date: '2026-11-09', channel: 'phone', step: 'reminder' }],
    ...extra,
  };
}

describe('point 9: a vulnerable household is seen before any step with legal effect', () => {
  it('no commandement for an 81-year-old living alone whom the CESF has not seen', () => {
    const d = decide(pastCommandementThreshold());
    expect(d.actions.map((a) => a.step)).not.toContain('commandement');
    expect(d.actions[0]).toMatchObject({ step: 'vulnerable-review', role: 'cesf' });
  });

  it('once the CESF has assessed the household in these arrears, the commandement may be proposed, for a person to approve', () => {
    const account = pastCommandementThreshold();
    const d = decide(withHousehold(account, { cesfAssessment: { assessedOn: '2026-11-10' } }));
    const commandement = d.actions.find((a) => a.step === 'commandement');
    expect(commandement).toMatchObject({ role: 'litigation', addressee: 'tenant', requiresHumanApproval: true });
  });

  it('a home visit that found nobody does not count as seeing the household', () => {
    const account = pastCommandementThreshold({
      contacts: [{ date: '2026-11-09', channel: 'home-visit', step: 'reminder', outcome: 'no-answer' }],
    });
    expect(decide(account).actions.map((a) => a.step)).not.toContain('commandement');
    const seen = pastCommandementThreshold({
      contacts: [{ date: '2026-11-09', channel: 'home-visit', step: 'reminder', outcome: 'reached' }],
    });
    expect(decide(seen).actions.map((a) => a.step)).toContain('commandement');
  });

  it.each([
    ['a disability flag', { members: [{ age: 45 }], vulnerability: { disability: true } }],
    ['a curatelle', { members: [{ age: 45 }], protection: { measure: 'curatelle' } }],
  ])('%s makes the household vulnerable too', (_, patch) => {
    const d = decide(withHousehold(pastCommandementThreshold(), patch));
    expect(d.actions.map((a) => a.step)).not.toContain('commandement');
    expect(d.actions[0]?.step).toBe('vulnerable-review');
  });
});

describe('point 14: levers left unused', () => {
  it('the guarantor notice is an action for the litigation service within 15 days of the commandement (loi 89-462 art. 24 I)', () => {
    const base = tenancy({ paidUntil: 7 });
    const account = {
      ...base,
      lease: { ...base.lease, guarantor: true },
      procedure: { ccapexReferredOn: '2026-09-15', commandementOn: '2026-11-16' },
    };
    const d = decide(account);
    expect(d.actions[0]).toMatchObject({
      step: 'guarantor-notice',
      role: 'litigation',
      addressee: 'guarantor',
      channel: 'internal',
    });
    expect(d.obligations.find((o) => o.code === 'guarantor_notice')?.date).toBe('2026-12-01');
    const notified = decide({ ...account, procedure: { ...account.procedure, guarantorNotifiedOn: '2026-11-20' } });
    expect(notified.actions.map((a) => a.step)).not.toContain('guarantor-notice');
  });

  it('an interpreter need is carried on the actions addressed to the household, with its language', () => {
    const d = decide(
      withHousehold(tenancy({ paidUntil: 9 }), { vulnerability: { interpreterNeeded: true }, language: 'ar' }),
    );
    expect(contactOf(d)?.interpreter).toEqual({ language: 'ar' });
    expect(d.explanation.some((e) => e.text.includes('interpreter (ar)'))).toBe(true);
    const unknown = decide(withHousehold(tenancy({ paidUntil: 9 }), { vulnerability: { interpreterNeeded: true } }));
    expect(contactOf(unknown)?.interpreter).toEqual({ language: null });
    expect(contactOf(decide(tenancy({ paidUntil: 9 })))?.interpreter).toBeNull();
  });

  it('the protocole de cohésion sociale is offered once the judge terminated the lease (CCH L.353-15-2, L.442-6-5)', () => {
    const base = tenancy({ paidUntil: 5 });
    const d = decide({
      ...base,
      procedure: {
        ccapexReferredOn: '2026-07-01',
        commandementOn: '2026-07-20',
        assignationOn: '2026-09-15',
        judgmentOn: '2026-11-10',
        judgment: 'resiliation',
      },
    });
    const protocol = d.actions.find((a) => a.kind === 'cohesion-protocol');
    expect(protocol).toMatchObject({ role: 'cesf', addressee: 'tenant', channel: 'appointment' });
    expect(d.explanation.some((e) => e.source === 'CCH L.353-15-2, L.442-6-5')).toBe(true);
  });

  it('an 85-year-old owing 57,61 € after 8 contacts: no ninth reminder, a person reviews the case', () => {
    const base = tenancy({ paidUntil: 11, members: [{ age: 85 }], digital: { mobile: false, email: false } });
    const contacts = ['09-14', '09-21', '09-28', '10-05', '10-12', '10-19', '10-26', '11-02'].map((d) => ({
      date: `2026-${d}`,
      channel: 'letter',
      step: 'reminder',
    }));
    const account = {
      ...base,
      ledger: [...base.ledger, { date: '2026-09-01', kind: 'charges-regularisation', amount: '57.61' }],
      contacts,
    };
    const d = decide(account);
    expect(summary(d)).toEqual([
      { step: 'small-debt-review', role: 'manager', addressee: 'landlord', channel: 'internal' },
    ]);
    // With 2 contacts only, the reminders go on.
    const early = decide({ ...account, contacts: contacts.slice(-2) });
    expect(early.actions.map((a) => a.step)).toEqual(['reminder']);
  });
});
