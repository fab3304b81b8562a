/**
 * The dated legal parameters of French rent-arrears law, as data.
 *
 * Each parameter is `{ id, value, unit, source, sourceFr, validFrom, validTo?, clock }`: `source`
 * glosses the article in English, `sourceFr` in French. A change in the law adds a version with a
 * new `validFrom`; no version is ever overwritten. `clock` names the date the law uses to choose
 * the version (the day judged, the lease signature, the hearing…).
 *
 * Not legal advice: re-read every article on Légifrance before a release.
 *
 * @module
 */
import type { IsoDate } from '../calendar';
import type { MessageCode } from '../i18n/catalogue';
import { voiceOf, type Voice } from '../i18n/voice';
import { PAYER_PARAMETERS } from './payer-parameters';

/** A delay in the units of CPC art. 640–641. */
export interface Period {
  readonly months?: number;
  readonly weeks?: number;
  readonly days?: number;
}

/** Which date chooses the version of a parameter. */
export type LegalClock = 'day-judged' | 'lease-signature' | 'hearing' | 'commandement' | 'as-of' | 'signal';

/** One version of a legal parameter. */
export interface LegalParameter<V = unknown> {
  /** Stable identifier, e.g. `benefit_unpaid`. Several versions share it. */
  readonly id: string;
  /** The value of this version. */
  readonly value: V;
  /** Unit of `value`, in words (`"period"`, `"EUR"`, `"ratio"`, `"month-day range"`). */
  readonly unit: string;
  /** The article, ruling or decree this version encodes, glossed in English (docs/legal-basis.md shows it). */
  readonly source: string;
  /**
   * The same in French, as a recovery officer reads it: the articles as French lawyers write them
   * (« loi n° 89-462 art. 24 II », « CCH R.824-2 »), the gloss in French, a no-break space before
   * `:` and `;`. What a basis says in French (see `sourceIn`).
   */
  readonly sourceFr: string;
  /** First day this version applies (inclusive). */
  readonly validFrom: IsoDate;
  /** First day it no longer applies (exclusive); absent while in force. */
  readonly validTo?: IsoDate;
  /** Which date picks the version. */
  readonly clock: LegalClock;
}

/**
 * Version of this table; it goes into every decision's provenance.
 *
 * @example
 * ```ts
 * LAW_TABLE_VERSION; // => '2026-11-29'
 * ```
 */
export const LAW_TABLE_VERSION = '2026-11-29';

/** Day the benefit "impayé" definition of décret 2026-84 applies (loi 2023-668). */
export const BENEFIT_REFORM_DATE: IsoDate = '2027-01-01';

/** Day loi 2023-668 « Kasbarian-Bergé » came into force (JORF 28 July 2023). */
export const LOI_2023_668_DATE: IsoDate = '2023-07-29';

/** Value of the 2016 benefit "impayé" rule (CCH R.824-1). */
export interface BenefitUnpaid2016 {
  readonly regime: 'apl-2016';
  /** The debt must reach this many months of housing cost (≥). */
  readonly monthsOfHousingCost: 2;
  /** Housing cost net of the benefit when it is paid to the landlord (tiers payant), gross otherwise. */
  readonly base: 'net-if-tiers-payant';
  /** Charges are part of the housing cost. */
  readonly includesCharges: true;
}

/** Value of the 2027 benefit "impayé" rule (décret 2026-84). */
export interface BenefitUnpaid2027 {
  readonly regime: 'apl-2027';
  /** The debt strictly exceeds this amount (the text says « dépasse »). */
  readonly debtAbove: '450.00';
  /**
   * Or this many months have passed since a first payment default that is still unpaid: counted
   * from the start of the arrears episode, the reading `benefit_unpaid_time_reading` names.
   */
  readonly monthsSinceFirstDefault: 3;
}

/**
 * Value of a reading parameter: how the library reads a text whose meaning is open (a text not
 * read in its consolidated version, or one the courts and the doctrine read differently), and the
 * reading it sets aside. The reading is named so that a decision can say which one it rests on.
 */
export interface LegalReading<R extends string = string> {
  /** Identifier of the reading applied, e.g. `'episode-start'`. */
  readonly reading: R;
  /** Identifier of the other reading, set aside, e.g. `'oldest-unpaid-item'`. */
  readonly alternative: R;
  /** The reading applied, in words, with what the other one would say. */
  readonly text: string;
}

/** A reading as a situation exposes it: the reading applied, in words, and its source. */
export interface AppliedReading {
  /** Identifier of the reading applied (`LegalReading.reading`). */
  readonly id: string;
  /**
   * The reading applied, in words: `LegalReading.text` in English, its message `reading.<id>` of
   * the catalogue in French.
   */
  readonly text: string;
  /** The texts and rulings it rests on (the parameter's `source`, or `sourceFr` in French). */
  readonly source: string;
  /** Identifier of the reading set aside (`LegalReading.alternative`). */
  readonly alternative: string;
}

/** The two readings of the 2027 time branch of the benefit impayé (CCH R.824-2, décret 2026-84). */
export type BenefitUnpaidTimeReading = 'episode-start' | 'oldest-unpaid-item';

/** The two readings of the first day of the prescription (C. civ. 2228–2229). */
export type PrescriptionFirstDayReading = 'first-day-counted' | 'first-day-not-counted';

/**
 * Value of the restitution delay of the dépôt de garantie (loi 89-462 art. 22): the delay from
 * the return of the keys, by whether the exit inventory (état des lieux de sortie) matches the
 * entry one.
 */
export interface DepositRestitutionDelay {
  /** The exit inventory matches the entry one. */
  readonly inventoryMatches: Period;
  /** It does not, or it is not known to. */
  readonly otherwise: Period;
}

function byIdThenValidFrom(items: LegalParameter[]): LegalParameter[] {
  return items.sort((a, b) =>
    a.id < b.id ? -1 : a.id > b.id ? 1 : a.validFrom < b.validFrom ? -1 : a.validFrom > b.validFrom ? 1 : 0,
  );
}

function freezeAll<T extends object>(items: T[]): readonly T[] {
  for (const item of items) Object.freeze(item);
  return Object.freeze(items);
}

/**
 * Every legal parameter, all versions. Sorted by `id`, then `validFrom`.
 *
 * @example
 * ```ts
 * LEGAL_PARAMETERS.filter((p) => p.id === 'benefit_unpaid').map((p) => p.validFrom); // => ['2016-09-01', '2027-01-01']
 * ```
 */
export const LEGAL_PARAMETERS: readonly LegalParameter[] = freezeAll<LegalParameter>(
  byIdThenValidFrom([
    {
      id: 'benefit_unpaid',
      value: Object.freeze({
        regime: 'apl-2016',
        monthsOfHousingCost: 2,
        base: 'net-if-tiers-payant',
        includesCharges: true,
      } satisfies BenefitUnpaid2016),
      unit: 'rule',
      source:
        'CCH R.824-1 (décret 2016-748, codified by décret 2019-772): debt ≥ 2 × monthly rent + charges, net of the aid under tiers payant, gross otherwise',
      sourceFr:
        'CCH R.824-1 (décret n° 2016-748, codifié par le décret n° 2019-772) : dette ≥ 2 × (loyer + charges) mensuels, nette de l’aide en tiers payant, brute sinon',
      validFrom: '2016-09-01',
      validTo: BENEFIT_REFORM_DATE,
      clock: 'day-judged',
    },
    {
      id: 'benefit_unpaid',
      value: Object.freeze({
        regime: 'apl-2027',
        debtAbove: '450.00',
        monthsSinceFirstDefault: 3,
      } satisfies BenefitUnpaid2027),
      unit: 'rule',
      source:
        'CCH R.824-2 as amended by décret 2026-84 of 12 Feb 2026 (loi 2023-668): debt > 450 € or 3 months after a first default still unpaid',
      sourceFr:
        'CCH R.824-2 modifié par le décret n° 2026-84 du 12 février 2026 (loi n° 2023-668) : dette supérieure à 450 €, ou 3 mois après un premier défaut de paiement toujours impayé',
      validFrom: BENEFIT_REFORM_DATE,
      clock: 'day-judged',
    },
    {
      id: 'benefit_unpaid_time_reading',
      value: Object.freeze({
        reading: 'episode-start',
        alternative: 'oldest-unpaid-item',
        text: 'the 3 months run from the first day of the current arrears episode (the day the debt arose, owed without interruption since; a new episode begins once the debt is fully cleared), not from the due date of the oldest item still unpaid after oldest-first imputation (oldest-unpaid-item), which the benefit paid to the landlord keeps moving forward',
      } satisfies LegalReading<BenefitUnpaidTimeReading>),
      unit: 'reading',
      source:
        'CCH R.824-2 as amended by décret 2026-84 of 12 Feb 2026, read via secondary sources (the consolidated text was not read): the impayé exists « trois mois après un premier défaut de paiement constaté par le bailleur » while still unpaid; read as episode-start, the alternative being oldest-unpaid-item',
      sourceFr:
        'CCH R.824-2 modifié par le décret n° 2026-84 du 12 février 2026, lu au travers de sources secondaires (le texte consolidé n’a pas été lu) : l’impayé est constitué « trois mois après un premier défaut de paiement constaté par le bailleur » tant que la dette reste impayée ; lecture retenue episode-start (début de l’épisode d’impayé), lecture écartée oldest-unpaid-item (plus ancienne échéance restant due)',
      validFrom: BENEFIT_REFORM_DATE,
      clock: 'day-judged',
    },
    {
      id: 'caf_signal_delay',
      value: Object.freeze({ months: 2 } satisfies Period),
      unit: 'period',
      source: 'CCH R.824-1 to R.824-4: signal the impayé to the CAF/MSA within 2 months of its constitution',
      sourceFr: 'CCH R.824-1 à R.824-4 : signaler l’impayé à la CAF/MSA dans les 2 mois de sa constitution',
      validFrom: '2016-09-01',
      clock: 'day-judged',
    },
    {
      id: 'ccapex_before_assignation',
      value: Object.freeze({ months: 2 } satisfies Period),
      unit: 'period',
      source:
        'loi 89-462 art. 24 II: no assignation before 2 months after the CCAPEX referral; a CAF/MSA signalling counts as referral (CCH R.824-30)',
      sourceFr:
        'loi n° 89-462 art. 24 II : pas d’assignation avant l’expiration d’un délai de 2 mois suivant la saisine de la CCAPEX ; le signalement à la CAF/MSA vaut saisine (CCH R.824-30)',
      validFrom: '2015-01-01',
      clock: 'day-judged',
    },
    {
      id: 'cure_delay',
      value: Object.freeze({ months: 2 } satisfies Period),
      unit: 'period',
      source:
        'loi 89-462 art. 24 I before loi 2023-668 (d’ordre public, art. 2): the clause résolutoire takes effect only 2 months after an unpaid commandement de payer; leases running on 29 Jul 2023 keep their contractual delay, usually 2 months, within the law of their time, so never less than these 2 months (Cass. 3e civ., avis 13 June 2024, n° 24-70.002)',
      sourceFr:
        'loi n° 89-462 art. 24 I avant la loi n° 2023-668 (d’ordre public, art. 2) : la clause résolutoire ne produit effet que 2 mois après un commandement de payer demeuré infructueux ; les baux en cours au 29 juillet 2023 conservent leur délai contractuel, en général 2 mois, dans les limites de la loi de leur époque, donc jamais moins de ces 2 mois (Cass. 3e civ., avis du 13 juin 2024, n° 24-70.002)',
      validFrom: '1989-07-08',
      validTo: LOI_2023_668_DATE,
      clock: 'lease-signature',
    },
    {
      id: 'cure_delay',
      value: Object.freeze({ weeks: 6 } satisfies Period),
      unit: 'period',
      source: 'loi 89-462 art. 24 I as amended by loi 2023-668 art. 10: 6 weeks after an unpaid commandement de payer',
      sourceFr:
        'loi n° 89-462 art. 24 I modifié par la loi n° 2023-668 art. 10 : 6 semaines après un commandement de payer demeuré infructueux',
      validFrom: LOI_2023_668_DATE,
      clock: 'lease-signature',
    },
    {
      id: 'guarantor_notice_delay',
      value: Object.freeze({ days: 15 } satisfies Period),
      unit: 'period',
      source: 'loi 89-462 art. 24 I: the commandement is notified to the caution (guarantor) within 15 days',
      sourceFr: 'loi n° 89-462 art. 24 I : le commandement est dénoncé à la caution dans un délai de 15 jours',
      validFrom: '2014-03-27',
      clock: 'commandement',
    },
    {
      id: 'prefect_notice_before_hearing',
      value: Object.freeze({ months: 2, days: 1 } satisfies Period),
      unit: 'period',
      source:
        'loi 89-462 art. 24 III before loi 2023-668: assignation notified to the prefect 2 months before the hearing, counted as full months like the 2025 avis counts weeks [UNSURE]',
      sourceFr:
        'loi n° 89-462 art. 24 III avant la loi n° 2023-668 : assignation notifiée au préfet 2 mois avant l’audience, comptés en mois entiers comme l’avis de 2025 compte les semaines [à vérifier]',
      validFrom: '2015-01-01',
      validTo: LOI_2023_668_DATE,
      clock: 'hearing',
    },
    {
      id: 'prefect_notice_before_hearing',
      value: Object.freeze({ days: 43 } satisfies Period),
      unit: 'period',
      source:
        'loi 89-462 art. 24 III (loi 2023-668): 6 weeks, counted as 42 full days before the hearing with no CPC 642 extension (Cass. avis 6 Nov 2025, n° 25-70018)',
      sourceFr:
        'loi n° 89-462 art. 24 III (loi n° 2023-668) : 6 semaines, comptées comme 42 jours pleins avant l’audience, sans prorogation de l’art. 642 CPC (Cass. avis du 6 novembre 2025, n° 25-70018)',
      validFrom: LOI_2023_668_DATE,
      clock: 'hearing',
    },
    {
      id: 'expulsion_delay',
      value: Object.freeze({ months: 2 } satisfies Period),
      unit: 'period',
      source: 'CPCE L.412-1: no expulsion before 2 months after the commandement de quitter les lieux',
      sourceFr:
        'CPCE L.412-1 : pas d’expulsion avant l’expiration d’un délai de 2 mois suivant le commandement de quitter les lieux',
      validFrom: '2012-06-01',
      clock: 'commandement',
    },
    {
      id: 'winter_truce',
      value: Object.freeze({ from: '11-01', to: '03-15' }),
      unit: 'month-day range',
      source: 'CPCE L.412-6 before loi 2014-366 (ALUR): 1 November – 15 March',
      sourceFr: 'CPCE L.412-6 avant la loi n° 2014-366 (ALUR) : du 1er novembre au 15 mars',
      validFrom: '2012-06-01',
      validTo: '2014-03-27',
      clock: 'day-judged',
    },
    {
      id: 'winter_truce',
      value: Object.freeze({ from: '11-01', to: '03-31' }),
      unit: 'month-day range',
      source: 'CPCE L.412-6 (loi 2014-366 ALUR): no expulsion from 1 November to 31 March',
      sourceFr: 'CPCE L.412-6 (loi n° 2014-366 ALUR) : aucune expulsion du 1er novembre au 31 mars',
      validFrom: '2014-03-27',
      clock: 'day-judged',
    },
    {
      id: 'prescription',
      value: Object.freeze({ months: 36 } satisfies Period),
      unit: 'period',
      source:
        'loi 89-462 art. 7-1: rent arrears are prescribed 3 years after they are due (Cass. 3e civ. 26 Jan 2017, n° 15-27.580)',
      sourceFr:
        'loi n° 89-462 art. 7-1 : les arriérés de loyer se prescrivent par 3 ans à compter de leur exigibilité (Cass. 3e civ., 26 janvier 2017, n° 15-27.580)',
      validFrom: '2014-03-27',
      clock: 'day-judged',
    },
    {
      id: 'prescription_first_day_reading',
      value: Object.freeze({
        reading: 'first-day-counted',
        alternative: 'first-day-not-counted',
        text: 'the due date counts as the first day of the 3 years, so a rent due on 2023-03-01 is prescribed from 2026-03-01; not counting the first day (first-day-not-counted) would prescribe it from 2026-03-02, so a debt whose prescription falls on the day judged may be contested',
      } satisfies LegalReading<PrescriptionFirstDayReading>),
      unit: 'reading',
      source:
        'loi 89-462 art. 7-1; C. civ. 2228–2229: first-day-counted as Cass. 1re civ. 12 Dec 2018, n° 17-25.697 counted it (a period that began on 19 June 2008 expired on 18 June 2013 at midnight); first-day-not-counted is the classic doctrine (the dies a quo does not count), one day later; never extended for a weekend or holiday (Cass. 2e civ. 7 Apr 2016, n° 15-12.960)',
      sourceFr:
        'loi n° 89-462 art. 7-1 ; C. civ. 2228–2229 : first-day-counted (premier jour compté), comme l’a compté Cass. 1re civ., 12 décembre 2018, n° 17-25.697 (un délai ouvert le 19 juin 2008 a expiré le 18 juin 2013 à minuit) ; first-day-not-counted (premier jour non compté) est la doctrine classique (le dies a quo ne compte pas), un jour plus tard ; jamais prorogé pour un samedi, un dimanche ou un jour férié (Cass. 2e civ., 7 avril 2016, n° 15-12.960)',
      validFrom: '2014-03-27',
      clock: 'day-judged',
    },
    {
      id: 'judge_delais_max',
      value: Object.freeze({ months: 36 } satisfies Period),
      unit: 'period',
      source: 'loi 89-462 art. 24 V: délais de paiement granted by the judge, at most 3 years',
      sourceFr: 'loi n° 89-462 art. 24 V : délais de paiement accordés par le juge, 3 ans au plus',
      validFrom: '2014-03-27',
      clock: 'hearing',
    },
    {
      id: 'surendettement_plan_max',
      value: Object.freeze({ months: 84 } satisfies Period),
      unit: 'period',
      source: 'code de la consommation L.733-1 1°: surendettement measures last at most 7 years',
      sourceFr: 'C. consom. L.733-1 1° : les mesures de traitement du surendettement durent 7 ans au plus',
      validFrom: '2016-07-01',
      clock: 'as-of',
    },
    {
      id: 'deposit_restitution_delay',
      value: Object.freeze({
        inventoryMatches: Object.freeze({ months: 2 }),
        otherwise: Object.freeze({ months: 2 }),
      } satisfies DepositRestitutionDelay),
      unit: 'rule',
      source:
        'loi 89-462 art. 22 before loi 2014-366 (ALUR): the dépôt de garantie, less the sums still owed, is returned within 2 months of the return of the keys, whatever the exit inventory',
      sourceFr:
        'loi n° 89-462 art. 22 avant la loi n° 2014-366 (ALUR) : le dépôt de garantie, déduction faite des sommes restant dues, est restitué dans un délai de 2 mois à compter de la remise des clés, quel que soit l’état des lieux de sortie',
      validFrom: '1989-07-08',
      validTo: '2014-03-27',
      clock: 'day-judged',
    },
    {
      id: 'deposit_restitution_delay',
      value: Object.freeze({
        inventoryMatches: Object.freeze({ months: 1 }),
        otherwise: Object.freeze({ months: 2 }),
      } satisfies DepositRestitutionDelay),
      unit: 'rule',
      source:
        'loi 89-462 art. 22 as amended by loi 2014-366 (ALUR): the dépôt de garantie, less the sums still owed, is returned within 1 month of the return of the keys when the exit inventory matches the entry one, 2 months otherwise; the version in force on the day the keys are returned applies',
      sourceFr:
        'loi n° 89-462 art. 22 modifié par la loi n° 2014-366 (ALUR) : le dépôt de garantie, déduction faite des sommes restant dues, est restitué dans un délai de 1 mois à compter de la remise des clés lorsque l’état des lieux de sortie est conforme à celui d’entrée, de 2 mois sinon ; s’applique la version en vigueur au jour de la remise des clés',
      validFrom: '2014-03-27',
      clock: 'day-judged',
    },
    {
      id: 'caf_default_plan_months',
      value: 36,
      unit: 'months',
      source: 'CCH R.824-12: failing a plan, the default is 1/36 of the debt each month for 36 months',
      sourceFr:
        'CCH R.824-12 : à défaut de plan, le plan par défaut est de 1/36 de la dette chaque mois pendant 36 mois',
      validFrom: '2016-09-01',
      validTo: BENEFIT_REFORM_DATE,
      clock: 'day-judged',
    },
    ...PAYER_PARAMETERS,
  ]),
);

/**
 * The version of a parameter in force on a date.
 *
 * @param id - Parameter id, e.g. `'cure_delay'`.
 * @param on - The date chosen by the parameter's clock.
 * @returns The version whose `[validFrom, validTo)` covers `on`, or `undefined` when none does.
 * @example
 * ```ts
 * legalParameter('cure_delay', '2023-07-29')?.value; // => { weeks: 6 }
 * legalParameter('cure_delay', '2023-07-28')?.value; // => { months: 2 }
 * ```
 */
export function legalParameter<V = unknown>(id: string, on: IsoDate): LegalParameter<V> | undefined {
  for (const p of LEGAL_PARAMETERS) {
    if (p.id === id && p.validFrom <= on && (p.validTo === undefined || on < p.validTo)) {
      return p as LegalParameter<V>;
    }
  }
  return undefined;
}

/**
 * The article of a parameter in the language of a voice: `sourceFr` in French, `source` in
 * English.
 *
 * @param p - A version of a parameter.
 * @param voice - The voice of the text; French when not given.
 * @returns Its article and gloss.
 * @example
 * ```ts
 * sourceIn(legalParameter('caf_signal_delay', '2026-11-23')!, voiceOf('en'));
 * // => 'CCH R.824-1 to R.824-4: signal the impayé to the CAF/MSA within 2 months of its constitution'
 * sourceIn(legalParameter('caf_signal_delay', '2026-11-23')!);
 * // => 'CCH R.824-1 à R.824-4\u00a0: signaler l’impayé à la CAF/MSA dans les 2 mois de sa constitution'
 * ```
 */
export function sourceIn(p: LegalParameter, voice: Voice = voiceOf('fr')): string {
  return voice.locale === 'fr' ? p.sourceFr : p.source;
}

/**
 * The message of the catalogue that says each reading applied, by its id: in English the law
 * table's own `text`, in French the same said in French.
 */
const READING_MESSAGES: Readonly<Record<string, Extract<MessageCode, `reading.${string}`>>> = Object.freeze({
  'episode-start': 'reading.episode-start',
  'first-day-counted': 'reading.first-day-counted',
});

/**
 * A version of a reading parameter as a situation exposes it, in the language of a voice: in
 * English the law table's own text and source; in French its message `reading.<id>` and its
 * `sourceFr`.
 *
 * @param p - A version of a reading parameter.
 * @param voice - The language of its text and source.
 * @returns The reading applied, its text, its source and the reading it sets aside.
 * @example
 * ```ts
 * readingIn(legalParameter('benefit_unpaid_time_reading', '2027-05-01')!, voiceOf('fr')).text;
 * // => 'les 3 mois courent à partir du premier jour de l’épisode d’impayé en cours…'
 * ```
 */
export function readingIn(p: LegalParameter<LegalReading>, voice: Voice): AppliedReading {
  const code = Object.hasOwn(READING_MESSAGES, p.value.reading) ? READING_MESSAGES[p.value.reading] : undefined;
  return {
    id: p.value.reading,
    text: voice.locale === 'en' || code === undefined ? p.value.text : voice.say(code, {}),
    source: sourceIn(p, voice),
    alternative: p.value.alternative,
  };
}

/**
 * The reading in force on a date of a reading parameter (a {@link LegalReading} value), as a
 * situation exposes it: its id, its text, its source and the reading it sets aside.
 *
 * @param id - Id of a reading parameter, e.g. `'prescription_first_day_reading'`.
 * @param on - The date chosen by the parameter's clock.
 * @param voice - The language of its text and source; without one, the law table's own (English)
 *   text and source, as {@link legalParameter} gives them.
 * @returns The reading, or `undefined` when no version covers `on`.
 * @example
 * ```ts
 * appliedReading('benefit_unpaid_time_reading', '2027-05-01')?.id;    // => 'episode-start'
 * appliedReading('prescription_first_day_reading', '2026-03-01')?.id; // => 'first-day-counted'
 * appliedReading('benefit_unpaid_time_reading', '2026-12-31');        // => undefined
 * ```
 */
export function appliedReading(id: string, on: IsoDate, voice: Voice = voiceOf('en')): AppliedReading | undefined {
  const p = legalParameter<LegalReading>(id, on);
  if (p === undefined) return undefined;
  return readingIn(p, voice);
}
