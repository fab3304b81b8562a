/**
 * The texts of the schedule, the channel, the legal gates of a step and its addressee, in French
 * (the default) and in English: real sentences a recovery officer reads, dates and channel names
 * in the locale's words, the English wording unchanged but for the formats of its dates.
 */
import { describe, expect, it } from 'vitest';
import { defaultPolicy, evaluate, loadPolicy, type Decision, type PolicySource } from '../../src';
import { defaultPolicyJson, tenancy } from '../rules/fixtures';

const decide = (account: object, locale: 'fr' | 'en', asOf: string, policy: PolicySource = defaultPolicy) =>
  evaluate(account, policy, { asOf, locale });
const about = (d: Decision, kind: string) => d.explanation.filter((e) => e.about === kind).map((e) => e.text);
const texts = (d: Decision) => d.explanation.map((e) => e.text);
const withHousehold = (account: ReturnType<typeof tenancy>, household: object) => ({
  ...account,
  household: { ...account.household, ...household },
});

describe('the channel of a step addressed by profile', () => {
  it('names the channel rule the profile matches, the channels in the locale, the rank of the contact', () => {
    // 24, a mobile and no email: the default policy's rule "mobile".
    const account = tenancy({ paidUntil: 10, members: [{ age: 24 }], digital: { mobile: true, email: false } });
    expect(about(decide(account, 'fr', '2026-11-06'), 'channel')).toEqual([
      'Canal courrier\u00a0: le profil du locataire correspond à la règle de canal «\u00a0mobile\u00a0» ' +
        '(courrier, SMS, téléphone, rendez-vous, en alternance\u00a0; contact n° 1 de l’impayé en cours).',
    ]);
    expect(about(decide(account, 'en', '2026-11-06'), 'channel')).toEqual([
      'Channel letter: the tenant\'s profile matches the channel rule "mobile" ' +
        '(letter, sms, phone, appointment, in turn; contact n° 1 of these arrears).',
    ]);
  });

  it('says the protection of a household not at ease with digital tools: no email nor SMS', () => {
    const account = tenancy({
      paidUntil: 10,
      members: [{ age: 40 }],
      digital: { mobile: true, email: true, comfortable: false },
    });
    const fr = decide(account, 'fr', '2026-11-06');
    expect(fr.nextAction?.channel).toBe('letter');
    expect(about(fr, 'channel')).toEqual([
      'Canal courrier\u00a0: le profil du locataire correspond à la règle de canal «\u00a0digital\u00a0» ' +
        '(courrier, e-mail, SMS, téléphone, rendez-vous)\u00a0; protection intégrée\u00a0: le ménage n’est pas à l’aise ' +
        'avec les outils numériques, donc aucun envoi par e-mail ou SMS\u00a0; les canaux restants ' +
        '(courrier, téléphone, rendez-vous, en alternance\u00a0; contact n° 1 de l’impayé en cours).',
    ]);
    expect(about(decide(account, 'en', '2026-11-06'), 'channel')).toEqual([
      'Channel letter: the tenant\'s profile matches the channel rule "digital" (letter, email, sms, phone, appointment); ' +
        'built-in protection: the household is not at ease with digital tools, so no email or sms; ' +
        'the channels left (letter, phone, appointment, in turn; contact n° 1 of these arrears).',
    ]);
  });

  it('puts a letter in place of the SMS a policy fixes for a household with neither email nor mobile', () => {
    const json = defaultPolicyJson();
    json.id = 'sms-first';
    for (const step of json.steps) if (step.id === 'prevention-contact') step.channel = 'sms';
    for (const m of json.messages)
      if (m.step === 'prevention-contact') for (const channel of ['email', 'phone', 'appointment']) delete m[channel];
    const policy = loadPolicy(json);
    const account = tenancy({ paidUntil: 10, members: [{ age: 40 }], digital: { mobile: false, email: false } });
    expect(about(decide(account, 'fr', '2026-11-06', policy), 'channel')).toEqual([
      'Canal courrier et non SMS\u00a0: le ménage n’a ni adresse e-mail ni téléphone portable ' +
        '(protection intégrée, quelle que soit la politique).',
    ]);
    expect(about(decide(account, 'en', '2026-11-06', policy), 'channel')).toEqual([
      'Channel letter, not sms: the household has neither email nor mobile (built-in protection, whatever the policy says).',
    ]);
  });
});

describe('the contact date', () => {
  it('says each day passed over: a public holiday by its name, a weekend day', () => {
    // Contacts every day of the week: Friday 25 December 2026 is Noël, then a weekend.
    const json = defaultPolicyJson();
    json.id = 'every-day';
    json.cadence.contactDays = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
    const policy = loadPolicy(json);
    const account = tenancy({ paidUntil: 10, members: [{ age: 40 }] });
    const fr = decide(account, 'fr', '2026-12-25', policy);
    expect(fr.nextAction?.date).toBe('2026-12-28');
    expect(about(fr, 'schedule')[0]).toContain(
      'dès que possible, puis reportée au lundi 28 décembre 2026, car le vendredi 25 décembre 2026 est un jour férié (Noël), ' +
        'le samedi 26 décembre 2026 tombe un week-end, le dimanche 27 décembre 2026 tombe un week-end',
    );
    expect(about(decide(account, 'en', '2026-12-25', policy), 'schedule')[0]).toContain(
      'as soon as possible, then to Monday 28 December 2026, as Friday 25 December 2026 is Noël, a public holiday, ' +
        'Saturday 26 December 2026 is a weekend day, Sunday 27 December 2026 is a weekend day',
    );
  });

  it('says the cadence after the last contact, the days the policy leaves out and Easter Monday', () => {
    const json = defaultPolicyJson();
    json.id = 'monday-tuesday';
    json.cadence.contactDays = ['monday', 'tuesday'];
    const policy = loadPolicy(json);
    const account = tenancy({
      paidUntil: 9,
      months: 12,
      extra: { contacts: [{ date: '2027-03-19', channel: 'phone', step: 'reminder' }] },
    });
    expect(about(decide(account, 'fr', '2027-03-22', policy), 'schedule')[0]).toContain(
      '7 jours après le dernier contact du 19/03/2027 (cadence de la politique), puis reportée au mardi 30 mars 2027, ' +
        'car le vendredi 26 mars 2027 n’est pas un jour de contact de la politique, ' +
        'le samedi 27 mars 2027 n’est pas un jour de contact de la politique, ' +
        'le dimanche 28 mars 2027 n’est pas un jour de contact de la politique, ' +
        'le lundi 29 mars 2027 est un jour férié (Lundi de Pâques)',
    );
    expect(about(decide(account, 'en', '2027-03-22', policy), 'schedule')[0]).toContain(
      '7 days after the last contact on 19 Mar 2027 (policy cadence), then to Tuesday 30 March 2027, ' +
        'as Friday 26 March 2027 is not a contact day of the policy, Saturday 27 March 2027 is not a contact day of the policy, ' +
        'Sunday 28 March 2027 is not a contact day of the policy, Monday 29 March 2027 is Lundi de Pâques, a public holiday',
    );
  });

  it('says the cap of contacts in 7 days', () => {
    const json = defaultPolicyJson();
    json.id = 'two-days';
    json.cadence.minDaysBetweenContacts = 2;
    const policy = loadPolicy(json);
    const account = tenancy({
      paidUntil: 9,
      extra: { contacts: [{ date: '2026-11-19', channel: 'phone', step: 'reminder' }] },
    });
    expect(about(decide(account, 'fr', '2026-11-23', policy), 'schedule')[0]).toContain(
      'dès que possible, puis reportée au jeudi 26 novembre 2026, 7 jours après le contact du 19/11/2026\u00a0: ' +
        'au plus 1 contact sur 7 jours (cadence de la politique)',
    );
    expect(about(decide(account, 'en', '2026-11-23', policy), 'schedule')[0]).toContain(
      'as soon as possible, then to Thursday 26 November 2026, 7 days after the contact on 19 Nov 2026: ' +
        'at most 1 contact(s) in 7 days (policy cadence)',
    );
  });
});

describe('a step that applies but is not proposed', () => {
  it('was already done in these arrears', () => {
    const base = defaultPolicyJson();
    const signalling = loadPolicy({
      ...base,
      steps: [
        { id: 'caf-signal', kind: 'caf-signal', label: 'Signal', channel: 'internal', humanApproval: false },
        ...base.steps.slice(1),
      ],
    });
    const account = tenancy({ paidUntil: 9, extra: { procedure: { cafSignalledOn: '2026-10-01' } } });
    expect(texts(decide(account, 'fr', '2026-11-23', signalling)).join('\n')).toContain('déjà faite le 01/10/2026');
    expect(texts(decide(account, 'en', '2026-11-23', signalling)).join('\n')).toContain('already done on 1 Oct 2026');
  });

  it('waits for the legal gate of the assignation: 2 months after the CCAPEX referral', () => {
    const account = tenancy({
      paidUntil: 3,
      extra: { procedure: { ccapexReferredOn: '2026-10-05', commandementOn: '2026-09-01' } },
    });
    expect(texts(decide(account, 'fr', '2026-11-23')).join('\n')).toContain(
      'pas d’assignation avant 2 mois après la saisine de la CCAPEX (loi 89-462 art. 24 II)\u00a0: ' +
        'possible à partir du 08/12/2026',
    );
    expect(texts(decide(account, 'en', '2026-11-23')).join('\n')).toContain(
      'no assignation before 2 months after the CCAPEX referral (loi 89-462 art. 24 II): allowed from 8 Dec 2026',
    );
  });

  it('is refused by a person', () => {
    const account = {
      ...tenancy({
        paidUntil: 3,
        extra: { procedure: { ccapexReferredOn: '2026-10-05', commandementOn: '2026-09-01' } },
      }),
      approvals: [{ step: 'assignation', date: '2026-12-08', decision: 'refused' }],
    };
    expect(texts(decide(account, 'fr', '2026-12-09')).join('\n')).toContain(
      'refusée lors de la validation du 08/12/2026',
    );
    expect(texts(decide(account, 'en', '2026-12-09')).join('\n')).toContain('refused by a person on 8 Dec 2026');
  });
});

describe('the addressee', () => {
  it('under tutelle: to the mandataire, named', () => {
    const account = withHousehold(tenancy({ paidUntil: 9 }), {
      protection: { measure: 'tutelle', mandataire: { name: 'UDAF 93, M. Leroy' } },
    });
    expect(texts(decide(account, 'fr', '2026-11-23'))).toContain(
      'À adresser au mandataire\u00a0: sous tutelle, le tuteur représente le locataire\u00a0; contacts, courriers et ' +
        'plans d’apurement sont adressés au tuteur, jamais au locataire seul (UDAF 93, M. Leroy).',
    );
    expect(texts(decide(account, 'en', '2026-11-23'))).toContain(
      'Addressed to the mandataire: under tutelle, the tuteur represents the tenant: contacts, letters and plans go to ' +
        'the tuteur, never to the tenant alone (UDAF 93, M. Leroy).',
    );
  });

  it('under curatelle: to the tenant and the mandataire, with an interpreter in their language', () => {
    const account = withHousehold(tenancy({ paidUntil: 9 }), {
      protection: { measure: 'curatelle', mandataire: { name: 'Mme Curateur' } },
      vulnerability: { interpreterNeeded: true },
      language: 'ar',
    });
    const fr = texts(decide(account, 'fr', '2026-11-23'));
    expect(fr).toContain(
      'À adresser au locataire et au mandataire\u00a0: sous curatelle, le curateur assiste le locataire\u00a0; ' +
        'contacts et plans d’apurement sont adressés ensemble au locataire et au curateur (Mme Curateur).',
    );
    expect(fr).toContain(
      'Le ménage a besoin d’un interprète (ar)\u00a0: courrier traduit, interprète lors d’un appel, ' +
        'd’un rendez-vous ou d’une visite à domicile.',
    );
    const en = texts(decide(account, 'en', '2026-11-23'));
    expect(en).toContain(
      'Addressed to the tenant and the mandataire: under curatelle, the curateur assists the tenant: contacts and plans ' +
        'go to the tenant and the curateur together (Mme Curateur).',
    );
    expect(en).toContain(
      'The household needs an interpreter (ar): a translated letter, an interpreter at a call, an appointment or a visit.',
    );
  });

  it('under sauvegarde de justice with a mandataire named: write to them too; the language is asked for', () => {
    const account = withHousehold(tenancy({ paidUntil: 9 }), {
      protection: { measure: 'sauvegarde-de-justice', mandataire: { name: 'Mme Curateur' } },
      vulnerability: { interpreterNeeded: true },
    });
    const fr = texts(decide(account, 'fr', '2026-11-23'));
    expect(fr).toContain(
      'À adresser au locataire et au mandataire\u00a0: sous sauvegarde de justice, le locataire conserve l’exercice ' +
        'de ses droits\u00a0; un mandataire est désigné (Mme Curateur)\u00a0: écrivez-lui aussi.',
    );
    expect(fr.join('\n')).toContain('Le ménage a besoin d’un interprète (langue non renseignée\u00a0: la demander');
    const en = texts(decide(account, 'en', '2026-11-23'));
    expect(en).toContain(
      'Addressed to the tenant and the mandataire: under sauvegarde de justice the tenant keeps the exercise of their ' +
        'rights; a mandataire is named (Mme Curateur): write to them too.',
    );
    expect(en.join('\n')).toContain(
      'The household needs an interpreter (language not recorded: ask it and record household.language)',
    );
  });
});

describe('no plain space before a colon in the French texts of these decisions', () => {
  it('holds for the explanation entries of this file', () => {
    const account = withHousehold(
      tenancy({ paidUntil: 10, members: [{ age: 40 }], digital: { mobile: true, email: true, comfortable: false } }),
      { protection: { measure: 'curatelle' }, vulnerability: { interpreterNeeded: true } },
    );
    const mine = /^(Canal|À adresser|Le ménage)/u;
    for (const text of texts(decide(account, 'fr', '2026-12-25')).filter((t) => mine.test(t)))
      expect(text).not.toMatch(/ :|\S:(?=\s|$)| ;|\S;(?=\s)/u);
  });
});
