/**
 * The notes of a decision's explanation in French and in English (issue "[5/8] In French"): the
 * plan on file, the prevention advice, the notes of step kinds, the promises to pay, the readings
 * of the law. French is the default; English keeps its wording, in English formats (`€1,234.56`,
 * `23 Nov 2026`, `42.7%`).
 */
import { describe, expect, it } from 'vitest';
import { defaultPolicy, evaluate, type Decision } from '../../src';
import { message } from '../../src/i18n';
import { appliedReading } from '../../src/law';
import { tenancy } from '../rules/fixtures';

type Locale = 'fr' | 'en';

const decide = (account: object, asOf: string, locale?: Locale): Decision =>
  evaluate(account, defaultPolicy, locale === undefined ? { asOf } : { asOf, locale });

/** The texts of the explanation entries about `about`. */
const texts = (d: Decision, about?: string) =>
  d.explanation.filter((e) => about === undefined || e.about === about).map((e) => e.text);

/** Both locales of a case: the texts of `pick`, one of which must contain each phrase. */
function both(account: object, asOf: string, pick: (d: Decision) => string[]) {
  return { fr: pick(decide(account, asOf, 'fr')), en: pick(decide(account, asOf, 'en')) };
}

/** The one text of `list` containing `needle`. */
const find = (list: string[], needle: string): string => {
  const found = list.filter((t) => t.includes(needle));
  expect(found, `one text containing ${JSON.stringify(needle)} in ${JSON.stringify(list)}`).toHaveLength(1);
  return found[0]!;
};

/** French prose: no-break space (U+00A0) before « : » and « ; », never a plain one, never none. */
function expectFrenchTypography(text: string): void {
  expect(text).not.toMatch(/ [:;]|[^\s][:;](?=\s|$)/u);
}

type Instalment = { dueOn: string; amount: string };

/** Monthly instalments on the 10th, from a month of 2026 (1-based), `count` of them. */
function instalments(from: number, count: number, amount: string): Instalment[] {
  return Array.from({ length: count }, (_, i) => {
    const m = from - 1 + i;
    const y = 2026 + Math.floor(m / 12);
    return { dueOn: `${y}-${String((m % 12) + 1).padStart(2, '0')}-10`, amount };
  });
}

/**
 * Rent paid to November 2026 (or to the month `paidUntil`), owing `debt` since 1 December 2025
 * under a plan agreed on 15 June 2026, whose instalments of `paid` are paid on their day.
 */
function withPlan(o: {
  kind?: string;
  debt: string;
  schedule: Instalment[];
  paid: Instalment[];
  resources?: string;
  paidUntil?: number;
}) {
  const a = tenancy({
    paidUntil: o.paidUntil ?? 11,
    resources: o.resources,
    extra: {
      repaymentPlan: { kind: o.kind ?? 'amicable', agreedOn: '2026-06-15', debt: o.debt, instalments: o.schedule },
    },
  });
  return {
    ...a,
    ledger: [
      { date: '2025-12-01', kind: 'rent', amount: o.debt },
      ...a.ledger,
      ...o.paid.map((i) => ({ date: i.dueOn, kind: 'payment', amount: i.amount })),
    ],
  };
}

const ASOF = '2026-11-23';
const schedule = instalments(7, 10, '102.50');

describe('the plan on file', () => {
  it('a kept plan: followed, its next instalment, no new plan', () => {
    const account = withPlan({ debt: '1025.00', schedule, paid: schedule.slice(0, 5), resources: '900.00' });
    const t = both(account, ASOF, (d) => texts(d, 'plan'));
    expect(t.fr).toEqual([
      'Plan en cours\u00a0: le plan d’apurement amiable conclu le 15/06/2026 est tenu (5 échéances payées sur 10, encore 512,50\u00a0€ à régler selon l’échéancier). Prochaine échéance\u00a0: 102,50\u00a0€ le 10/12/2026. Aucun nouveau plan n’est proposé.',
    ]);
    expect(t.en).toEqual([
      'Plan en cours: the amicable plan agreed on 15 Jun 2026 is kept (5 of 10 instalments paid, €512.50 left on the schedule). Next instalment: €102.50 on 10 Dec 2026. No new plan is proposed.',
    ]);
  });

  it('French is the default', () => {
    const account = withPlan({ debt: '1025.00', schedule, paid: schedule.slice(0, 5), resources: '900.00' });
    expect(texts(decide(account, ASOF), 'plan')).toEqual(texts(decide(account, ASOF, 'fr'), 'plan'));
  });

  it('one instalment late: « 1 échéance impayée », singular in both languages', () => {
    const account = withPlan({ debt: '1025.00', schedule, paid: schedule.slice(0, 4) });
    const t = both(account, ASOF, (d) => texts(d, 'plan'));
    const fr = find(t.fr, 'est en retard');
    expect(fr).toContain('Le plan d’apurement amiable conclu le 15/06/2026 est en retard\u00a0: 1 échéance impayée,');
    expect(fr).toContain('Prochaine échéance\u00a0: 102,50\u00a0€ le 10/11/2026.');
    expect(fr).toContain('relancer le ménage');
    expectFrenchTypography(fr);
    expect(find(t.en, 'instalment is unpaid')).toContain(
      'The amicable plan agreed on 15 Jun 2026: 1 instalment is unpaid, within the policy',
    );
  });

  it('a broken plan: said so with the tolerance of the policy, to renegotiate', () => {
    const account = withPlan({ debt: '1025.00', schedule, paid: schedule.slice(0, 3) });
    const t = both(account, ASOF, (d) => texts(d, 'plan'));
    const fr = find(t.fr, 'est rompu');
    expect(fr).toBe(
      'Le plan d’apurement amiable conclu le 15/06/2026 est rompu\u00a0: 2 échéances impayées, alors que la politique en tolère au plus 1. Renégocier le plan avec le ménage.',
    );
    expect(find(t.en, 'is broken')).toBe(
      'The amicable plan agreed on 15 Jun 2026 is broken: 2 instalments are unpaid; the policy tolerates 1. Renegotiate it with the household.',
    );
  });

  it('broken délais de paiement: the lease may be treated as terminated', () => {
    const judicial = instalments(7, 12, '250.00');
    const account = withPlan({ kind: 'judicial', debt: '3000.00', schedule: judicial, paid: judicial.slice(0, 4) });
    const t = both(account, ASOF, (d) => texts(d, 'plan'));
    const fr = find(t.fr, 'délais de paiement');
    expect(fr).toContain('Les délais de paiement accordés par le juge le 15/06/2026 sont rompus.');
    expect(fr).toContain('Le bail peut désormais être considéré comme résilié.');
    expect(fr).toContain('demander à la CESF d’examiner sa situation\u00a0; aucun plan amiable n’est proposé.');
    expect(find(t.en, 'délais de paiement')).toContain(
      'The délais de paiement granted by the judge on 15 Jun 2026 are broken. An instalment of the délais granted by the judge is unpaid: the suspension of the clause résolutoire ends (loi 89-462 art. 24 VII). The lease may now be treated as terminated.',
    );
  });

  it('a finished plan is history', () => {
    const five = instalments(3, 5, '100.00');
    // October and November unpaid: new arrears under the ladder.
    const account = withPlan({ debt: '500.00', schedule: five, paid: five, paidUntil: 9 });
    const t = both(account, ASOF, (d) => texts(d, 'plan'));
    expect(find(t.fr, 'soldé')).toContain(
      'Le plan d’apurement amiable conclu le 15/06/2026 est soldé\u00a0: toutes les échéances ont été payées.',
    );
    expect(find(t.en, 'finished')).toContain(
      'The amicable plan agreed on 15 Jun 2026 is finished: every instalment was paid.',
    );
  });
});

describe('prevention advice', () => {
  const APL = { housingBenefit: { kind: 'APL', monthlyAmount: '200.00', paidTo: 'tenant' } };

  it('tiers payant: the benefit, its amount and the debt, in the formats of the locale', () => {
    const account = tenancy({ paidUntil: 9, extra: APL });
    const t = both(account, ASOF, (d) => d.prevention.map((p) => p.message));
    expect(t.fr).toEqual([
      'L’APL (200,00\u00a0€ par mois) est versée au locataire, qui doit 1\u202f200,00\u00a0€\u00a0: demander à la CAF/MSA de la verser au bailleur (tiers payant).',
    ]);
    expect(t.en).toEqual([
      'The APL (€200.00 a month) is paid to the tenant, who owes €1,200.00: ask the CAF/MSA to pay it to the landlord (tiers payant).',
    ]);
    // The basis names the same article in both languages, its gloss in each.
    const basis = (locale: Locale) => decide(account, ASOF, locale).prevention[0]!.basis;
    expect(basis('fr')).toBe('CCH R.824-20 (tiers payant quand l’aide est versée à un locataire en impayé)');
    expect(basis('en')).toBe('CCH R.824-20 (tiers payant when the aid is paid to a tenant in arrears)');
  });

  it('an under-occupied home above the cap: the effort rate as a percentage, 42,7 % / 42.7%', () => {
    // 600 € of rent and charges on 1 405 € of resources: 42.7 %; the cap of the default policy is 30 %.
    const base = tenancy({ paidUntil: 11, resources: '1405.00' });
    const account = { ...base, lease: { ...base.lease, rooms: 3 } };
    const t = both(account, ASOF, (d) => d.prevention.map((p) => p.message));
    const fr = find(t.fr, 'pièces');
    expect(fr).toBe(
      'Le logement compte 3 pièces pour 1 occupant et le taux d’effort (42,7\u00a0%) dépasse le plafond de la politique (30,0\u00a0%)\u00a0: proposer une mutation vers un logement plus petit et moins cher.',
    );
    expect(find(t.en, 'rooms')).toBe(
      'The home has 3 rooms for 1 occupant and the effort rate (42.7%) is above the policy cap (30.0%): offer a move to a smaller, cheaper home (mutation).',
    );
    expect(find(t.fr, 'CESF')).toBe(
      'Demander à la CESF (conseillère en économie sociale et familiale) d’examiner le budget du ménage avec lui.',
    );
    for (const text of t.fr) expectFrenchTypography(text);
  });

  it('a stopped benefit: the day it stopped, in the date format of the locale', () => {
    const account = tenancy({
      paidUntil: 9,
      extra: { housingBenefit: { ...APL.housingBenefit, stoppedOn: '2026-09-01' } },
    });
    const t = both(account, ASOF, (d) => d.prevention.map((p) => p.message));
    expect(t.fr[0]).toContain('L’APL n’est plus versée depuis le 01/09/2026\u00a0: demander à la CAF/MSA pourquoi');
    expect(t.en[0]).toContain('The APL stopped on 1 Sep 2026: ask the CAF/MSA why');
  });
});

describe('notes of step kinds', () => {
  it('a departed tenant: the final statement, the deposit set against the debt, by the deadline', () => {
    const base = tenancy({ paidUntil: 7, months: 9 });
    const account = { ...base, lease: { ...base.lease, endedOn: '2026-09-15', securityDeposit: '500.00' } };
    const pick = (d: Decision) =>
      d.explanation.filter((e) => e.about === 'step' && e.source === 'loi 89-462 art. 22').map((e) => e.text);
    const t = both(account, '2026-10-05', pick);
    expect(t.fr).toEqual([
      'Le locataire a quitté le logement le 15/09/2026\u00a0: adresser le décompte définitif au plus tard le 15/11/2026, en imputant le dépôt de garantie de 500,00\u00a0€ sur les 1\u202f200,00\u00a0€ dus, soit 700,00\u00a0€ restant à payer.',
    ]);
    expect(t.en).toEqual([
      'The tenant left on 15 Sep 2026: send the final statement (décompte définitif) with the €500.00 deposit offset against the €1,200.00 owed: €700.00 left to pay, by 15 Nov 2026 at the latest.',
    ]);
  });

  it('a recevable surendettement file: the frozen debt declared to the commission', () => {
    const months: object[] = [];
    for (let m = 1; m <= 11; m++) {
      const mm = String(m).padStart(2, '0');
      months.push(
        { date: `2026-${mm}-01`, kind: 'rent', amount: '500.00' },
        { date: `2026-${mm}-01`, kind: 'charges', amount: '100.00' },
      );
      // June to September unpaid: 2 400 €, all due before the file was recevable.
      if (m < 6 || m > 9) months.push({ date: `2026-${mm}-03`, kind: 'payment', amount: '600.00' });
    }
    const account = tenancy({
      paidUntil: 0,
      extra: {
        ledger: months,
        procedure: { surendettementRecevableOn: '2026-09-15', ccapexReferredOn: '2026-06-20' },
      },
    });
    const pick = (d: Decision) =>
      d.explanation
        .filter((e) => e.source.startsWith('code de la consommation') && e.about === 'step')
        .map((e) => e.text);
    const t = both(account, '2026-11-20', pick);
    expect(t.fr).toHaveLength(1);
    expect(t.fr[0]).toContain(
      'Le dossier de surendettement est recevable depuis le 15/09/2026\u00a0: la dette de 2\u202f400,00\u00a0€ échue auparavant est gelée',
    );
    expect(t.fr[0]).toContain('commission de surendettement de la Banque de France');
    expectFrenchTypography(t.fr[0]!);
    expect(t.en).toEqual([
      "The surendettement file is recevable since 15 Sep 2026: the €2,400.00 that fell due before is frozen and can only be recovered through the commission's measures, so the landlord declares it to the Banque de France commission, with the ledger that proves it. In practice, as soon as the commission's letter arrives and within the time it gives; log the declaration as a contact with this step.",
    ]);
  });
});

describe('notes of a case followed through time', () => {
  it('a pending promise to pay', () => {
    const account = {
      ...tenancy({ paidUntil: 9 }),
      promises: [{ madeOn: '2026-11-20', dueOn: '2026-11-30', amount: '600.00' }],
    };
    const t = both(account, ASOF, (d) => texts(d, 'step'));
    expect(find(t.fr, 'promesse')).toBe(
      'Une promesse de paiement de 600,00\u00a0€ pour le 30/11/2026, faite le 20/11/2026, est en cours (déjà versé\u00a0: 0,00\u00a0€\u00a0; elle est tenue par un paiement reçu au plus tard le 03/12/2026).',
    );
    expect(find(t.en, 'promise')).toBe(
      'A promise to pay €600.00 by 30 Nov 2026, made on 20 Nov 2026, is pending (€0.00 paid so far; it is kept by a payment up to 3 Dec 2026).',
    );
  });

  it('a broken promise: an early sign to raise with the household', () => {
    const account = {
      ...tenancy({ paidUntil: 9 }),
      promises: [{ madeOn: '2026-10-20', dueOn: '2026-10-31', amount: '300.00' }],
    };
    const t = both(account, ASOF, (d) => texts(d, 'step'));
    expect(find(t.fr, 'promesse')).toBe(
      'La promesse de paiement de 300,00\u00a0€ pour le 31/10/2026, faite le 20/10/2026, n’a pas été tenue (versé\u00a0: 0,00\u00a0€)\u00a0: c’est un signe précoce de difficulté, à aborder avec le ménage.',
    );
    expect(find(t.en, 'promise')).toBe(
      'The promise to pay €300.00 by 31 Oct 2026, made on 20 Oct 2026, was broken (€0.00 paid): an early sign of difficulty, to raise with the household.',
    );
  });

  it('the prescription on its boundary day, with the readings named', () => {
    const account = {
      id: 'R-1',
      lease: { signedOn: '2020-03-01', department: '75', rent: '500.00', charges: '100.00' },
      household: { monthlyResources: '2000.00', members: [{ age: 50 }] },
      ledger: [
        { date: '2023-11-23', kind: 'rent', amount: '500.00' },
        { date: '2026-11-01', kind: 'rent', amount: '500.00' },
      ],
    };
    const t = both(account, ASOF, (d) => texts(d, 'law'));
    const fr = find(t.fr, 'prescri');
    expect(fr).toContain(
      'Une part de 500,00\u00a0€ de la dette est échue depuis plus de 3 ans\u00a0: elle est prescrite',
    );
    expect(fr).toContain(
      '500,00\u00a0€ (1 échéance) atteint sa prescription aujourd’hui selon la lecture retenue (first-day-counted)',
    );
    expectFrenchTypography(fr);
    expect(find(t.en, 'prescription')).toContain(
      '€500.00 of it (1 item) reaches its prescription today under the reading applied (first-day-counted); not counting the first day (first-day-not-counted) would give one more day',
    );
  });

  it('the 2027 benefit impayé, with the reading of the law in the language of the decision', () => {
    // Tiers payant of 500 € on a 600 € rent; the household stops paying its 100 € share in February 2027.
    const ledger: object[] = [];
    for (const month of ['2026-11', '2026-12', '2027-01', '2027-02', '2027-03', '2027-04', '2027-05']) {
      ledger.push(
        { date: `${month}-01`, kind: 'rent', amount: '550.00' },
        { date: `${month}-01`, kind: 'charges', amount: '50.00' },
        { date: `${month}-01`, kind: 'benefit', amount: '500.00' },
      );
      if (month < '2027-02') ledger.push({ date: `${month}-05`, kind: 'payment', amount: '100.00' });
    }
    const account = {
      id: 'T-2027',
      lease: { signedOn: '2020-05-01', department: '69', rent: '550.00', charges: '50.00' },
      household: { monthlyResources: '1400.00', members: [{ age: 41 }, { age: 39 }, { age: 8 }] },
      housingBenefit: { kind: 'APL', monthlyAmount: '500.00', paidTo: 'landlord' },
      ledger,
    };
    const t = both(account, '2027-05-03', (d) => texts(d, 'law'));
    const fr = find(t.fr, 'critère de durée');
    expect(fr).toContain(
      'L’impayé au sens des aides au logement est constitué le 01/05/2027 par le critère de durée de la règle de 2027',
    );
    expect(fr).toContain('lu ainsi\u00a0: les 3 mois courent à partir du premier jour de l’épisode d’impayé en cours');
    expectFrenchTypography(fr);
    expect(find(t.en, 'time branch')).toContain(
      "The benefit impayé is constituted on 1 May 2027 by the 2027 rule's time branch (still unpaid 3 months after a first default), read this way: the 3 months run from the first day of the current arrears episode",
    );
  });
});

describe('the readings of the law', () => {
  it('each reading applied has its message, the English one the law table’s own text', () => {
    const readings = [
      appliedReading('benefit_unpaid_time_reading', '2027-05-01')!,
      appliedReading('prescription_first_day_reading', '2026-11-23')!,
    ];
    expect(readings.map((r) => r.id)).toEqual(['episode-start', 'first-day-counted']);
    for (const r of readings) {
      const code = `reading.${r.id}` as 'reading.episode-start' | 'reading.first-day-counted';
      expect(message(code, {}, 'en')).toBe(r.text);
      expectFrenchTypography(message(code, {}, 'fr'));
    }
    expect(message('reading.first-day-counted', {}, 'fr')).toContain(
      'un loyer échu le 01/03/2023 est prescrit à partir du 01/03/2026',
    );
  });
});
