/**
 * The legal bases in French and in English: each article of the law table has a French version
 * (`sourceFr`), the sentences composed around it are messages of the catalogue (`law.…`), and
 * `analyze(account, { asOf, locale })` gives the obligations' bases, the benefit impayé's basis and
 * the readings in the locale asked for, French by default. In English they are exactly what they
 * were before French came (recorded below); in French, the articles are written as French lawyers
 * write them, the glosses are French, the dates `23/11/2026`, a no-break space before `:` and `;`.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze, analyzeAccount, parseAccount, type Situation } from '../../src/account';
import { ValidationError } from '../../src/errors';
import { voiceOf } from '../../src/i18n';
import {
  LEGAL_PARAMETERS,
  appliedReading,
  cureDelay,
  depositRestitutionDeadline,
  expulsionGates,
  legalParameter,
  sourceIn,
  type LegalParameter,
  type LegalReading,
} from '../../src/law';

const EXAMPLES = join(__dirname, '..', '..', 'examples', 'accounts');
const AS_OF = '2026-11-23';

/** The first day of each month from `from` to `to` (YYYY-MM). */
function months(from: string, to: string): string[] {
  const out: string[] = [];
  let [y, m] = from.split('-').map(Number) as [number, number];
  const [ty, tm] = to.split('-').map(Number) as [number, number];
  while (y < ty || (y === ty && m <= tm)) {
    out.push(`${y}-${String(m).padStart(2, '0')}-01`);
    m++;
    if (m > 12) {
      m = 1;
      y++;
    }
  }
  return out;
}

/** Rent 500 + charges 100 a month, APL 200 paid to the landlord; the tenant pays `pay` on `payDay` until `paidUntil`. */
function ledger(from: string, to: string, paidUntil: string, pay = '400.00', payDay = '05') {
  return months(from, to).flatMap((d) => [
    { date: d, kind: 'rent', amount: '500.00' },
    { date: d, kind: 'charges', amount: '100.00' },
    { date: d, kind: 'benefit', amount: '200.00' },
    ...(d <= paidUntil ? [{ date: `${d.slice(0, 8)}${payDay}`, kind: 'payment', amount: pay }] : []),
  ]);
}

/** A tenant with APL under tiers payant, who stopped paying after July 2026: an impayé on 1 Sep 2026. */
function tenant(over: Record<string, unknown> = {}, lease: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: 'T-1',
    lease: { signedOn: '2024-02-01', department: '93', rent: '500.00', charges: '100.00', ...lease },
    household: { monthlyResources: '1500.00', members: [{ age: 40 }] },
    housingBenefit: { kind: 'APL', monthlyAmount: '200.00', paidTo: 'landlord' },
    ledger: ledger('2026-01', '2026-11', '2026-07-01'),
    ...over,
  };
}

/** The demo accounts on 2026-11-23, and built cases for each sentence of the law. */
const CASES: Record<string, { account: unknown; asOf: string }> = {};
for (const f of readdirSync(EXAMPLES)
  .filter((f) => f.endsWith('.json'))
  .sort()) {
  CASES[f] = { account: JSON.parse(readFileSync(join(EXAMPLES, f), 'utf8')), asOf: AS_OF };
}
Object.assign(CASES, {
  // No act yet: the CAF/MSA signalling is also the CCAPEX referral.
  'ccapex-pending': { account: tenant(), asOf: AS_OF },
  'ccapex-by-landlord': { account: tenant({ procedure: { ccapexReferredOn: '2026-10-02' } }), asOf: AS_OF },
  'ccapex-by-caf': { account: tenant({ procedure: { cafSignalledOn: '2026-10-02' } }), asOf: AS_OF },
  // A lease of 2020 with a 1-month clause, a guarantor, a hearing and a commandement de quitter.
  'commandement-short-clause': {
    account: tenant(
      {
        procedure: {
          cafSignalledOn: '2026-09-10',
          commandementOn: '2026-10-15',
          hearingOn: '2027-02-01',
          commandementToLeaveOn: '2026-10-09',
        },
      },
      { signedOn: '2020-01-01', cureDelay: { months: 1 }, guarantor: true },
    ),
    asOf: AS_OF,
  },
  'commandement-60-days': {
    account: tenant(
      { procedure: { cafSignalledOn: '2026-09-10', commandementOn: '2026-07-01' } },
      { signedOn: '2020-01-01', cureDelay: { days: 60 } },
    ),
    asOf: AS_OF,
  },
  'commandement-long-clause': {
    account: tenant(
      { procedure: { cafSignalledOn: '2026-09-10', commandementOn: '2026-10-15' } },
      { signedOn: '2020-01-01', cureDelay: { months: 3 } },
    ),
    asOf: AS_OF,
  },
  'commandement-new-lease': {
    account: tenant({
      procedure: { cafSignalledOn: '2026-09-10', commandementOn: '2026-10-15', hearingOn: '2023-06-15' },
    }),
    asOf: AS_OF,
  },
  'departed-matching': {
    account: tenant({}, { endedOn: '2026-09-15', securityDeposit: '450.00', exitInventoryMatchesEntry: true }),
    asOf: AS_OF,
  },
  'departed-not-matching': {
    account: tenant(
      { procedure: { finalStatementOn: '2026-10-20' } },
      { endedOn: '2026-09-15', securityDeposit: '450.00' },
    ),
    asOf: AS_OF,
  },
  'winter-truce-expulsion': {
    account: tenant({ procedure: { ccapexReferredOn: '2026-06-02', commandementToLeaveOn: '2026-11-02' } }),
    asOf: '2027-01-15',
  },
  'payer-2016': {
    account: tenant({
      procedure: { cafSignalledOn: '2026-06-10' },
      ledger: ledger('2026-01', '2026-11', '2026-04-01'),
      payerEvents: [
        { date: '2026-06-20', kind: 'plan-requested' },
        { date: '2026-07-01', kind: 'formal-notice' },
        { date: '2026-07-10', kind: 'fsl-referral' },
        { date: '2026-08-01', kind: 'plan-approved' },
        { date: '2026-09-01', kind: 'plan-reviewed' },
        { date: '2026-08-05', kind: 'tiers-payant-offered' },
      ],
    }),
    asOf: AS_OF,
  },
  'payer-2016-answer-open': {
    account: tenant({
      procedure: { cafSignalledOn: '2026-06-10' },
      ledger: ledger('2026-01', '2026-11', '2026-04-01'),
      payerEvents: [{ date: '2026-10-05', kind: 'tiers-payant-offered' }],
    }),
    asOf: AS_OF,
  },
  'payer-2027': {
    account: tenant({
      procedure: { cafSignalledOn: '2027-02-01' },
      ledger: ledger('2026-06', '2027-05', '2026-11-01'),
      payerEvents: [{ date: '2027-03-10', kind: 'ccapex-suspended' }],
    }),
    asOf: '2027-05-15',
  },
  // 100 € a month left unpaid from January 2027: the 2027 time branch, and its reading.
  'time-branch-2027': {
    account: tenant({ ledger: ledger('2027-01', '2027-04', '2027-04-01', '300.00', '01') }),
    asOf: '2027-04-15',
  },
});

const run = (name: string, locale?: string): Situation => {
  const c = CASES[name]!;
  return analyze(c.account, locale === undefined ? { asOf: c.asOf } : { asOf: c.asOf, locale });
};
const bases = (s: Situation): Record<string, string> => Object.fromEntries(s.obligations.map((o) => [o.code, o.basis]));

/** Every text of a situation a person reads of the law. */
const lawTexts = (s: Situation): string[] =>
  [
    ...s.obligations.map((o) => o.basis),
    s.benefitUnpaid.basis,
    s.benefitUnpaid.reading?.text,
    s.benefitUnpaid.reading?.source,
    s.prescription.reading.text,
    s.prescription.reading.source,
  ].filter((t): t is string => typeof t === 'string');

/** A French text as written below, with the no-break spaces of French typography. */
const fr = (text: string): string => text.replace(/ ([:;»])/g, '\u00a0$1').replace(/« /g, '«\u00a0');

/** Words of the English glosses that a French text never has. */
const ENGLISH_WORDS = /\b(the|within|after|before|of|and|to|from|until|is|are|months?|weeks?|days?|not|no)\b/i;

/** Expects a French text to have none of {@link ENGLISH_WORDS}, the names of readings aside (`first-day-not-counted`). */
function expectNoEnglish(text: string): void {
  expect(text.replace(/\b[a-z]+(?:-[a-z]+)+\b/g, '')).not.toMatch(ENGLISH_WORDS);
}

/** French typography: a no-break space before `:` and `;`, and inside « ». */
function expectFrenchTypography(text: string): void {
  expect(text).not.toMatch(/[^\u00a0][:;]/);
  expect(text).not.toMatch(/«[^\u00a0]|[^\u00a0]»/);
}

// The English bases, recorded before French came (analyze of 2026-11-29, before this change).
const CAF = 'CCH R.824-1 to R.824-4: signal the impayé to the CAF/MSA within 2 months of its constitution';
const ASSIGNATION =
  'loi 89-462 art. 24 II: no assignation before 2 months after the CCAPEX referral; a CAF/MSA signalling counts as referral (CCH R.824-30)';
const TRUCE = 'CPCE L.412-6 (loi 2014-366 ALUR): no expulsion from 1 November to 31 March';
const CURE_1989 =
  'loi 89-462 art. 24 I before loi 2023-668 (d’ordre public, art. 2): the clause résolutoire takes effect only 2 months after an unpaid commandement de payer; leases running on 29 Jul 2023 keep their contractual delay, usually 2 months, within the law of their time, so never less than these 2 months (Cass. 3e civ., avis 13 June 2024, n° 24-70.002)';
const CAF_PENDING =
  'CCH R.824-1 to R.824-4: signal the impayé to the CAF/MSA within 2 months of its constitution; this signalling also refers the case to the CCAPEX (CCH R.824-30)';
const WINTER_2026 =
  'CPCE L.412-6 (loi 2014-366 ALUR): no expulsion from 1 November to 31 March: winter truce, no expulsion may take place until 2027-03-31; procedural acts (commandement, assignation, judgment) continue';
const BY_CAF_0910 =
  'loi 89-462 art. 24 II; CCH R.824-30: made by the CAF/MSA signalling on 2026-09-10, which also refers the case to the CCAPEX';
const BY_CAF_0610 =
  'loi 89-462 art. 24 II; CCH R.824-30: made by the CAF/MSA signalling on 2026-06-10, which also refers the case to the CCAPEX';

const ENGLISH: Record<string, Record<string, string>> = {
  'a-1029-two-months-behind.json': {
    caf_signal: CAF_PENDING,
    winter_truce: WINTER_2026,
  },
  'b-2207-older-tenant.json': {
    winter_truce: WINTER_2026,
  },
  'c-3310-commandement.json': {
    caf_signal: CAF,
    ccapex_referral: 'loi 89-462 art. 24 II: referred to the CCAPEX by the landlord on 2026-05-20',
    assignation_earliest: ASSIGNATION,
    guarantor_notice: 'loi 89-462 art. 24 I: the commandement is notified to the caution (guarantor) within 15 days',
    cure_period_end:
      'loi 89-462 art. 24 I as amended by loi 2023-668 art. 10: 6 weeks after an unpaid commandement de payer',
    winter_truce: WINTER_2026,
  },
  'd-4102-charges-regularisation.json': {
    winter_truce: WINTER_2026,
  },
  'ccapex-pending': {
    caf_signal: CAF_PENDING,
    winter_truce: WINTER_2026,
  },
  'ccapex-by-landlord': {
    caf_signal: CAF,
    ccapex_referral: 'loi 89-462 art. 24 II: referred to the CCAPEX by the landlord on 2026-10-02',
    assignation_earliest: ASSIGNATION,
    winter_truce: WINTER_2026,
  },
  'ccapex-by-caf': {
    caf_signal: CAF,
    ccapex_referral:
      'loi 89-462 art. 24 II; CCH R.824-30: made by the CAF/MSA signalling on 2026-10-02, which also refers the case to the CCAPEX',
    assignation_earliest: ASSIGNATION,
    winter_truce: WINTER_2026,
  },
  'commandement-short-clause': {
    guarantor_notice: 'loi 89-462 art. 24 I: the commandement is notified to the caution (guarantor) within 15 days',
    caf_signal: CAF,
    ccapex_referral: BY_CAF_0910,
    assignation_earliest: ASSIGNATION,
    cure_period_end: `${CURE_1989}; the delay written in the lease (1 month) is below the legal minimum of its time (2 months, art. 24 I as then in force, d’ordre public): the tenant has the 2 months, and a judge may hold the clause itself void`,
    prefect_notice:
      'loi 89-462 art. 24 III (loi 2023-668): 6 weeks, counted as 42 full days before the hearing with no CPC 642 extension (Cass. avis 6 Nov 2025, n° 25-70018)',
    expulsion_truce: TRUCE,
  },
  'commandement-60-days': {
    cure_period_end: `${CURE_1989}; the delay written in the lease (60 days) is below the legal minimum of its time (2 months, art. 24 I as then in force, d’ordre public) for a commandement served on 2026-07-01: the tenant has the 2 months, and a judge may hold the clause itself void`,
    caf_signal: CAF,
    ccapex_referral: BY_CAF_0910,
    assignation_earliest: ASSIGNATION,
    winter_truce: WINTER_2026,
  },
  'commandement-long-clause': {
    caf_signal: CAF,
    ccapex_referral: BY_CAF_0910,
    assignation_earliest: ASSIGNATION,
    cure_period_end: `${CURE_1989}; delay written in the lease`,
    winter_truce: WINTER_2026,
  },
  'commandement-new-lease': {
    prefect_notice:
      'loi 89-462 art. 24 III before loi 2023-668: assignation notified to the prefect 2 months before the hearing, counted as full months like the 2025 avis counts weeks [UNSURE]',
    caf_signal: CAF,
    ccapex_referral: BY_CAF_0910,
    assignation_earliest: ASSIGNATION,
    cure_period_end:
      'loi 89-462 art. 24 I as amended by loi 2023-668 art. 10: 6 weeks after an unpaid commandement de payer',
    winter_truce: WINTER_2026,
  },
  'departed-matching': {
    deposit_restitution:
      'loi 89-462 art. 22: 1 month from the return of the keys on 2026-09-15, the exit inventory matching the entry one (loi 2014-366 ALUR); the balance of the dépôt de garantie is returned, or offset against the debt in the final statement',
  },
  'departed-not-matching': {
    deposit_restitution:
      'loi 89-462 art. 22: 2 months from the return of the keys on 2026-09-15, the exit inventory not recorded as matching the entry one; the balance of the dépôt de garantie is returned, or offset against the debt in the final statement',
  },
  'winter-truce-expulsion': {
    assignation_earliest: ASSIGNATION,
    caf_signal: CAF_PENDING,
    expulsion_truce: TRUCE,
  },
  'payer-2016': {
    caf_signal: CAF,
    ccapex_referral: BY_CAF_0610,
    assignation_earliest: ASSIGNATION,
    fsl_delay:
      'CCH R.824-8 (impayés signalled until 2026-12-31): after the payer’s mise en demeure, the FSL has 3 months to set up a dispositif; failing it, the payer applies the default plan of 1/36 of the debt each month over 36 months',
    tiers_payant_answer:
      'CCH R.824-20 (impayés signalled until 2026-12-31): the landlord has 2 months to answer the payer’s offer to pay the aid to it (tiers payant); silence counts as a refusal: no answer, the offer is deemed refused',
    payer_plan:
      'CCH R.824-7 1° (impayés signalled until 2026-12-31): the plan d’apurement the CAF/MSA asks for is sent within 6 months at most; the aid continues while the plan is approved and kept; asked on 2026-06-20',
    fsl_aid_kept:
      'CCH R.824-11 (impayés signalled until 2026-12-31): when the payer refers the case straight to the FSL, the aid is kept 6 months; if the plan then fails, the default plan of 1/36 over 36 months applies (R.824-12)',
    plan_review:
      'CCH R.824-9 (impayés signalled until 2026-12-31; R.824-19 for terminated leases): the payer checks the execution of the plan every 6 months; last checked on 2026-09-01',
    winter_truce: WINTER_2026,
  },
  'payer-2016-answer-open': {
    caf_signal: CAF,
    ccapex_referral: BY_CAF_0610,
    assignation_earliest: ASSIGNATION,
    tiers_payant_answer:
      'CCH R.824-20 (impayés signalled until 2026-12-31): the landlord has 2 months to answer the payer’s offer to pay the aid to it (tiers payant); silence counts as a refusal',
    winter_truce: WINTER_2026,
  },
  'payer-2027': {
    caf_signal: CAF,
    ccapex_referral:
      'loi 89-462 art. 24 II; CCH R.824-30: made by the CAF/MSA signalling on 2027-02-01, which also refers the case to the CCAPEX',
    aid_suspension:
      'CCH L.824-2 as amended by loi 2023-668 art. 12 and its décret 2026-84 (impayés signalled from 2027-01-01): the CCAPEX decides whether the aid is kept or suspended; a suspension takes effect on the first day of the month after its notification to the payer; the aid is kept after the lease is terminated while the occupant pays the indemnité d’occupation and the charges, unless suspended. The plan deadlines of this regime were not found in the sources read: none is encoded; notified to the payer on 2027-03-10',
    assignation_earliest: ASSIGNATION,
  },
  'time-branch-2027': {
    caf_signal: CAF_PENDING,
  },
};

describe('analyze: the legal bases in English are those of before', () => {
  it.each(Object.keys(CASES))('%s', (name) => {
    expect(bases(run(name, 'en'))).toEqual(ENGLISH[name]);
  });

  it('gives the benefit impayé basis and the readings of the law table in English', () => {
    const s = run('time-branch-2027', 'en');
    const rule = legalParameter('benefit_unpaid', '2027-01-01')!;
    const reading = legalParameter<LegalReading>('benefit_unpaid_time_reading', '2027-01-01')!;
    const prescription = legalParameter<LegalReading>('prescription_first_day_reading', '2027-04-15')!;
    expect(s.benefitUnpaid.basis).toBe(
      'CCH R.824-2 as amended by décret 2026-84 of 12 Feb 2026 (loi 2023-668): debt > 450 € or 3 months after a first default still unpaid',
    );
    expect(s.benefitUnpaid.basis).toBe(rule.source);
    expect(s.benefitUnpaid.reading).toEqual({
      id: 'episode-start',
      text: reading.value.text,
      source: reading.source,
      alternative: 'oldest-unpaid-item',
    });
    expect(s.prescription.reading).toEqual({
      id: 'first-day-counted',
      text: prescription.value.text,
      source: prescription.source,
      alternative: 'first-day-not-counted',
    });
  });

  it('reads a language tag, and analyzeAccount takes the voice', () => {
    const c = CASES['commandement-short-clause']!;
    const en = run('commandement-short-clause', 'en');
    expect(analyze(c.account, { asOf: c.asOf, locale: 'en-GB' })).toEqual(en);
    expect(analyzeAccount(parseAccount(c.account), c.asOf, voiceOf('en'))).toEqual(en);
  });
});

describe('analyze: the legal bases in French, the default', () => {
  it('is French without a locale, and for a French language tag', () => {
    const c = CASES['commandement-short-clause']!;
    const french = run('commandement-short-clause', 'fr');
    expect(run('commandement-short-clause')).toEqual(french);
    expect(analyze(c.account, { asOf: c.asOf, locale: 'fr-FR' })).toEqual(french);
    expect(analyzeAccount(parseAccount(c.account), c.asOf)).toEqual(french);
  });

  it('refuses a locale it does not write in, naming the path', () => {
    const c = CASES['ccapex-pending']!;
    const call = () => analyze(c.account, { asOf: c.asOf, locale: 'de' });
    expect(call).toThrow(ValidationError);
    try {
      call();
    } catch (e) {
      expect((e as ValidationError).issues[0]).toMatchObject({ code: 'invalid_value', path: ['locale'] });
    }
  });

  it.each(Object.keys(CASES))('%s: the same codes, dates, kinds and statuses as in English', (name) => {
    const strip = (s: Situation) =>
      JSON.stringify(s, (key, value) => (['basis', 'text', 'source'].includes(key) ? typeof value : value));
    expect(strip(run(name, 'fr'))).toBe(strip(run(name, 'en')));
  });

  it.each(Object.keys(CASES))('%s: every text of the law is French', (name) => {
    const texts = lawTexts(run(name, 'fr'));
    expect(texts.length).toBeGreaterThan(0);
    for (const text of texts) {
      expectNoEnglish(text);
      expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}/);
      expectFrenchTypography(text);
    }
  });

  it('the CAF/MSA signalling and the CCAPEX referral', () => {
    const caf = fr('CCH R.824-1 à R.824-4 : signaler l’impayé à la CAF/MSA dans les 2 mois de sa constitution');
    expect(bases(run('ccapex-pending', 'fr')).caf_signal).toBe(
      `${caf}${fr(' ; ce signalement vaut aussi saisine de la CCAPEX (CCH R.824-30)')}`,
    );
    const byLandlord = bases(run('ccapex-by-landlord', 'fr'));
    expect(byLandlord.caf_signal).toBe(caf);
    expect(byLandlord.ccapex_referral).toBe(
      fr('loi n° 89-462 art. 24 II : CCAPEX saisie par le bailleur le 02/10/2026'),
    );
    expect(byLandlord.assignation_earliest).toBe(
      fr(
        'loi n° 89-462 art. 24 II : pas d’assignation avant l’expiration d’un délai de 2 mois suivant la saisine de la CCAPEX ; le signalement à la CAF/MSA vaut saisine (CCH R.824-30)',
      ),
    );
    expect(bases(run('ccapex-by-caf', 'fr')).ccapex_referral).toBe(
      fr(
        'loi n° 89-462 art. 24 II ; CCH R.824-30 : saisine faite par le signalement à la CAF/MSA du 02/10/2026, qui vaut saisine de la CCAPEX',
      ),
    );
  });

  it('the commandement: cure delay, guarantor, prefect, expulsion in the winter truce', () => {
    const cure1989 = fr(
      'loi n° 89-462 art. 24 I avant la loi n° 2023-668 (d’ordre public, art. 2) : la clause résolutoire ne produit effet que 2 mois après un commandement de payer demeuré infructueux ; les baux en cours au 29 juillet 2023 conservent leur délai contractuel, en général 2 mois, dans les limites de la loi de leur époque, donc jamais moins de ces 2 mois (Cass. 3e civ., avis du 13 juin 2024, n° 24-70.002)',
    );
    expect(bases(run('commandement-short-clause', 'fr'))).toEqual({
      guarantor_notice: fr(
        'loi n° 89-462 art. 24 I : le commandement est dénoncé à la caution dans un délai de 15 jours',
      ),
      caf_signal: fr('CCH R.824-1 à R.824-4 : signaler l’impayé à la CAF/MSA dans les 2 mois de sa constitution'),
      ccapex_referral: fr(
        'loi n° 89-462 art. 24 II ; CCH R.824-30 : saisine faite par le signalement à la CAF/MSA du 10/09/2026, qui vaut saisine de la CCAPEX',
      ),
      assignation_earliest: fr(
        'loi n° 89-462 art. 24 II : pas d’assignation avant l’expiration d’un délai de 2 mois suivant la saisine de la CCAPEX ; le signalement à la CAF/MSA vaut saisine (CCH R.824-30)',
      ),
      cure_period_end: `${cure1989}${fr(' ; le délai stipulé au bail (1 mois) est inférieur au minimum légal de son époque (2 mois, art. 24 I dans sa rédaction alors en vigueur, d’ordre public) : le locataire dispose des 2 mois, et un juge peut déclarer la clause elle-même nulle')}`,
      prefect_notice: fr(
        'loi n° 89-462 art. 24 III (loi n° 2023-668) : 6 semaines, comptées comme 42 jours pleins avant l’audience, sans prorogation de l’art. 642 CPC (Cass. avis du 6 novembre 2025, n° 25-70018)',
      ),
      expulsion_truce: fr('CPCE L.412-6 (loi n° 2014-366 ALUR) : aucune expulsion du 1er novembre au 31 mars'),
    });
    expect(bases(run('commandement-60-days', 'fr')).cure_period_end).toContain(
      fr(
        '(60 jours) est inférieur au minimum légal de son époque (2 mois, art. 24 I dans sa rédaction alors en vigueur, d’ordre public) pour un commandement signifié le 01/07/2026 : le locataire dispose des 2 mois',
      ),
    );
    expect(bases(run('commandement-long-clause', 'fr')).cure_period_end).toBe(
      `${cure1989}${fr(' ; délai stipulé au bail')}`,
    );
    expect(bases(run('commandement-new-lease', 'fr'))).toMatchObject({
      cure_period_end: fr(
        'loi n° 89-462 art. 24 I modifié par la loi n° 2023-668 art. 10 : 6 semaines après un commandement de payer demeuré infructueux',
      ),
      prefect_notice: fr(
        'loi n° 89-462 art. 24 III avant la loi n° 2023-668 : assignation notifiée au préfet 2 mois avant l’audience, comptés en mois entiers comme l’avis de 2025 compte les semaines [à vérifier]',
      ),
    });
  });

  it('the winter truce, while it runs', () => {
    expect(bases(run('a-1029-two-months-behind.json', 'fr')).winter_truce).toBe(
      fr(
        'CPCE L.412-6 (loi n° 2014-366 ALUR) : aucune expulsion du 1er novembre au 31 mars : trêve hivernale, aucune expulsion ne peut avoir lieu jusqu’au 31/03/2027 inclus ; les actes de procédure (commandement, assignation, jugement) se poursuivent',
      ),
    );
    expect(bases(run('winter-truce-expulsion', 'fr')).expulsion_truce).toBe(
      fr('CPCE L.412-6 (loi n° 2014-366 ALUR) : aucune expulsion du 1er novembre au 31 mars'),
    );
  });

  it('the dépôt de garantie of a departed tenant', () => {
    expect(bases(run('departed-matching', 'fr'))).toEqual({
      deposit_restitution: fr(
        'loi n° 89-462 art. 22 : 1 mois à compter de la remise des clés le 15/09/2026, l’état des lieux de sortie étant conforme à celui d’entrée (loi n° 2014-366 ALUR) ; le solde du dépôt de garantie est restitué, ou imputé sur la dette dans le décompte définitif',
      ),
    });
    expect(bases(run('departed-not-matching', 'fr')).deposit_restitution).toBe(
      fr(
        'loi n° 89-462 art. 22 : 2 mois à compter de la remise des clés le 15/09/2026, l’état des lieux de sortie n’étant pas enregistré comme conforme à celui d’entrée ; le solde du dépôt de garantie est restitué, ou imputé sur la dette dans le décompte définitif',
      ),
    );
  });

  it('the payer’s procedure', () => {
    expect(bases(run('payer-2016', 'fr'))).toMatchObject({
      payer_plan: fr(
        'CCH R.824-7 1° (impayés signalés jusqu’au 31/12/2026) : le plan d’apurement demandé par la CAF/MSA lui est transmis dans un délai de 6 mois au plus ; l’aide est maintenue tant que le plan est approuvé et respecté ; plan demandé le 20/06/2026',
      ),
      plan_review: fr(
        'CCH R.824-9 (impayés signalés jusqu’au 31/12/2026 ; R.824-19 pour les baux résiliés) : l’organisme payeur contrôle l’exécution du plan tous les 6 mois ; dernier contrôle le 01/09/2026',
      ),
      tiers_payant_answer: fr(
        'CCH R.824-20 (impayés signalés jusqu’au 31/12/2026) : le bailleur dispose de 2 mois pour répondre à la proposition de l’organisme payeur de lui verser l’aide (tiers payant) ; le silence vaut refus : sans réponse, l’offre est réputée refusée',
      ),
    });
    expect(bases(run('payer-2027', 'fr')).aid_suspension).toMatch(
      new RegExp(
        `^CCH L\\.824-2 modifié par la loi n° 2023-668 art\\. 12 .*${fr(' ; suspension notifiée à l’organisme payeur le 10/03/2027')}$`,
      ),
    );
  });

  it('the benefit impayé and the readings', () => {
    const s = run('time-branch-2027', 'fr');
    expect(s.benefitUnpaid.basis).toBe(
      fr(
        'CCH R.824-2 modifié par le décret n° 2026-84 du 12 février 2026 (loi n° 2023-668) : dette supérieure à 450\u00a0€, ou 3 mois après un premier défaut de paiement toujours impayé',
      ),
    );
    expect(s.benefitUnpaid.reading).toMatchObject({ id: 'episode-start', alternative: 'oldest-unpaid-item' });
    expect(s.benefitUnpaid.reading!.text).toMatch(/^les 3 mois courent à partir du premier jour de l’épisode d’impayé/);
    expect(s.benefitUnpaid.reading!.source).toContain(
      fr('«\u00a0trois mois après un premier défaut de paiement constaté par le bailleur »'),
    );
    expect(s.prescription.reading.text).toContain('un loyer échu le 01/03/2023 est prescrit à partir du 01/03/2026');
    expect(s.prescription.reading.source).toMatch(/^loi n° 89-462 art\. 7-1\u00a0; C\. civ\. 2228–2229\u00a0: /);
  });
});

describe('the law functions in both languages', () => {
  it('a clause below the 2 months from some commandement days, and a deposit returned before loi ALUR', () => {
    expect(cureDelay('2020-01-01', { days: 60 }).basis).toContain(' pour certaines dates de commandement\u00a0:');
    expect(cureDelay('2020-01-01', { days: 60 }, undefined, voiceOf('en')).basis).toContain(
      ' for some commandement days: the tenant has the 2 months',
    );
    expect(cureDelay('2020-01-01', { months: 1, days: 10 }).basis).toContain('(1 mois 10 jours)');
    expect(depositRestitutionDeadline('2013-05-01', true).basis).toBe(
      fr(
        'loi n° 89-462 art. 22 : 2 mois à compter de la remise des clés le 01/05/2013, quel que soit l’état des lieux de sortie (avant la loi n° 2014-366 ALUR) ; le solde du dépôt de garantie est restitué, ou imputé sur la dette dans le décompte définitif',
      ),
    );
    expect(depositRestitutionDeadline('2013-05-01', true, voiceOf('en')).basis).toBe(
      'loi 89-462 art. 22: 2 months from the return of the keys on 2013-05-01, whatever the exit inventory (before loi 2014-366 ALUR); the balance of the dépôt de garantie is returned, or offset against the debt in the final statement',
    );
    expect(expulsionGates('2013-10-09', 'metropole').truceGate!.basis).toBe(
      fr('CPCE L.412-6 avant la loi n° 2014-366 (ALUR) : du 1er novembre au 15 mars'),
    );
  });
});

describe('the law table in French', () => {
  it.each(LEGAL_PARAMETERS.map((p) => [`${p.id} from ${p.validFrom}`, p] as const))(
    '%s has a French source, its articles as French lawyers write them',
    (_name, p) => {
      expect(p.sourceFr.length).toBeGreaterThan(0);
      expect(p.sourceFr).not.toBe(p.source);
      expectNoEnglish(p.sourceFr);
      expect(p.sourceFr).not.toMatch(/\d{4}-\d{2}-\d{2}/);
      expect(p.sourceFr).not.toMatch(/\bloi \d/);
      expectFrenchTypography(p.sourceFr);
      // Every article the English cites, the French cites too.
      for (const ref of p.source.match(
        /\b(?:[LR]\.\d{3}-\d+|art\. \d+(?:-\d+)?(?: [IV]+)?|(?<![\d-])\d{4}-\d+(?![\d-]))\b/g,
      ) ?? [])
        expect(p.sourceFr).toContain(ref);
      expect(sourceIn(p)).toBe(p.sourceFr);
      expect(sourceIn(p, voiceOf('en'))).toBe(p.source);
    },
  );

  it('gives each reading its text in French (its message reading.<id>), the law table’s own in English', () => {
    const readings = LEGAL_PARAMETERS.filter((p) => p.unit === 'reading') as LegalParameter<LegalReading>[];
    expect(readings.length).toBeGreaterThan(0);
    for (const p of readings) {
      const french = appliedReading(p.id, p.validFrom, voiceOf('fr'))!;
      expect(french).toMatchObject({ id: p.value.reading, source: p.sourceFr, alternative: p.value.alternative });
      expect(french.text).not.toBe(p.value.text);
      expectNoEnglish(french.text);
      expectFrenchTypography(french.text);
      const english = { id: p.value.reading, text: p.value.text, source: p.source, alternative: p.value.alternative };
      expect(appliedReading(p.id, p.validFrom, voiceOf('en'))).toEqual(english);
      // Without a voice, the law table's own text, as legalParameter gives it.
      expect(appliedReading(p.id, p.validFrom)).toEqual(english);
    }
  });
});
