/**
 * The messages of the law: the sentences composed around the articles of the law table (see
 * `LegalParameter.source` and `sourceFr`) that end up in the `basis` of an obligation. The English
 * texts are the bases as they always read, dates included as ISO dates; the French ones give the
 * dates as `23/11/2026`. Each function formats its dates itself: give them ISO.
 *
 * @module
 */
import { define } from './define';
import { formatDate } from './format';

/** An ISO date as French prose writes it (`23/11/2026`); anything else as it is. */
const dateFr = (date: string): string => (/^\d{4}-\d{2}-\d{2}$/.test(date) ? formatDate(date, 'fr') : date);

/** One part of a period: `2 months` and `1 day` in English, `2 mois` and `1 jour` in French. */
type PeriodParams = { months: number | string | null; weeks: number | string | null; days: number | string | null };

function periodIn(p: PeriodParams, units: readonly [string, string, string, string, string, string], zero: string) {
  const parts: string[] = [];
  const [month, months, week, weeks, day, days] = units;
  for (const [n, one, many] of [
    [p.months, month, months],
    [p.weeks, week, weeks],
    [p.days, day, days],
  ] as const) {
    if (n !== null && n !== 0) parts.push(`${n} ${n === 1 || n === -1 ? one : many}`);
  }
  return parts.length === 0 ? zero : parts.join(' ');
}

/**
 * The messages of the law, by code.
 *
 * @example
 * ```ts
 * LAW_MESSAGES['law.ccapex.byLandlord'].fr({ on: '2026-10-02' });
 * // => 'loi n° 89-462 art. 24 II\u00a0: CCAPEX saisie par le bailleur le 02/10/2026'
 * ```
 */
export const LAW_MESSAGES = Object.freeze({
  'law.period': define<PeriodParams>({
    fr: (p) => periodIn(p, ['mois', 'mois', 'semaine', 'semaines', 'jour', 'jours'], '0 jour'),
    en: (p) => periodIn(p, ['month', 'months', 'week', 'weeks', 'day', 'days'], '0 days'),
  }),
  'law.cafSignal.alsoRefers': define<{ basis: string }>({
    fr: (p) => `${p.basis} ; ce signalement vaut aussi saisine de la CCAPEX (CCH R.824-30)`,
    en: (p) => `${p.basis}; this signalling also refers the case to the CCAPEX (CCH R.824-30)`,
  }),
  'law.ccapex.byLandlord': define<{ on: string }>({
    fr: (p) => `loi n° 89-462 art. 24 II : CCAPEX saisie par le bailleur le ${dateFr(p.on)}`,
    en: (p) => `loi 89-462 art. 24 II: referred to the CCAPEX by the landlord on ${p.on}`,
  }),
  'law.ccapex.byCafSignal': define<{ on: string }>({
    fr: (p) =>
      `loi n° 89-462 art. 24 II ; CCH R.824-30 : saisine faite par le signalement à la CAF/MSA du ${dateFr(p.on)}, qui vaut saisine de la CCAPEX`,
    en: (p) =>
      `loi 89-462 art. 24 II; CCH R.824-30: made by the CAF/MSA signalling on ${p.on}, which also refers the case to the CCAPEX`,
  }),
  'law.winterTruce': define<{ source: string; lastDay: string }>({
    fr: (p) =>
      `${p.source} : trêve hivernale, aucune expulsion ne peut avoir lieu jusqu’au ${dateFr(p.lastDay)} inclus ; les actes de procédure (commandement, assignation, jugement) se poursuivent`,
    en: (p) =>
      `${p.source}: winter truce, no expulsion may take place until ${p.lastDay}; procedural acts (commandement, assignation, judgment) continue`,
  }),
  'law.cure.leaseDelay': define<{ source: string }>({
    fr: (p) => `${p.source} ; délai stipulé au bail`,
    en: (p) => `${p.source}; delay written in the lease`,
  }),
  /**
   * A clause of an older lease below the 2 months of its time. `commandementOn`: the commandement
   * it was compared from, or `null`; `someDays`: 1 when, without it, the clause is below the
   * 2 months from some commandement days only.
   */
  'law.cure.belowMinimum': define<{
    source: string;
    clause: string;
    minimum: string;
    commandementOn: string | null;
    someDays: number;
  }>({
    fr: (p) =>
      `${p.source} ; le délai stipulé au bail (${p.clause}) est inférieur au minimum légal de son époque (${p.minimum}, art. 24 I dans sa rédaction alors en vigueur, d’ordre public)${p.commandementOn !== null ? ` pour un commandement signifié le ${dateFr(p.commandementOn)}` : p.someDays ? ' pour certaines dates de commandement' : ''} : le locataire dispose des ${p.minimum}, et un juge peut déclarer la clause elle-même nulle`,
    en: (p) =>
      `${p.source}; the delay written in the lease (${p.clause}) is below the legal minimum of its time (${p.minimum}, art. 24 I as then in force, d’ordre public)${p.commandementOn !== null ? ` for a commandement served on ${p.commandementOn}` : p.someDays ? ' for some commandement days' : ''}: the tenant has the ${p.minimum}, and a judge may hold the clause itself void`,
  }),
  'law.deposit.beforeAlur': define<{ months: number; keysOn: string }>({
    fr: (p) =>
      `loi n° 89-462 art. 22 : ${p.months} mois à compter de la remise des clés le ${dateFr(p.keysOn)}, quel que soit l’état des lieux de sortie (avant la loi n° 2014-366 ALUR) ; le solde du dépôt de garantie est restitué, ou imputé sur la dette dans le décompte définitif`,
    en: (p) =>
      `loi 89-462 art. 22: ${p.months} month${p.months === 1 ? '' : 's'} from the return of the keys on ${p.keysOn}, whatever the exit inventory (before loi 2014-366 ALUR); the balance of the dépôt de garantie is returned, or offset against the debt in the final statement`,
  }),
  'law.deposit.inventoryMatches': define<{ months: number; keysOn: string }>({
    fr: (p) =>
      `loi n° 89-462 art. 22 : ${p.months} mois à compter de la remise des clés le ${dateFr(p.keysOn)}, l’état des lieux de sortie étant conforme à celui d’entrée (loi n° 2014-366 ALUR) ; le solde du dépôt de garantie est restitué, ou imputé sur la dette dans le décompte définitif`,
    en: (p) =>
      `loi 89-462 art. 22: ${p.months} month${p.months === 1 ? '' : 's'} from the return of the keys on ${p.keysOn}, the exit inventory matching the entry one (loi 2014-366 ALUR); the balance of the dépôt de garantie is returned, or offset against the debt in the final statement`,
  }),
  'law.deposit.inventoryOtherwise': define<{ months: number; keysOn: string }>({
    fr: (p) =>
      `loi n° 89-462 art. 22 : ${p.months} mois à compter de la remise des clés le ${dateFr(p.keysOn)}, l’état des lieux de sortie n’étant pas enregistré comme conforme à celui d’entrée ; le solde du dépôt de garantie est restitué, ou imputé sur la dette dans le décompte définitif`,
    en: (p) =>
      `loi 89-462 art. 22: ${p.months} month${p.months === 1 ? '' : 's'} from the return of the keys on ${p.keysOn}, the exit inventory not recorded as matching the entry one; the balance of the dépôt de garantie is returned, or offset against the debt in the final statement`,
  }),
  'law.payer.planAsked': define<{ source: string; on: string }>({
    fr: (p) => `${p.source} ; plan demandé le ${dateFr(p.on)}`,
    en: (p) => `${p.source}; asked on ${p.on}`,
  }),
  'law.payer.lastChecked': define<{ source: string; on: string }>({
    fr: (p) => `${p.source} ; dernier contrôle le ${dateFr(p.on)}`,
    en: (p) => `${p.source}; last checked on ${p.on}`,
  }),
  'law.payer.deemedRefused': define<{ source: string }>({
    fr: (p) => `${p.source} : sans réponse, l’offre est réputée refusée`,
    en: (p) => `${p.source}: no answer, the offer is deemed refused`,
  }),
  'law.payer.suspensionNotified': define<{ source: string; on: string }>({
    fr: (p) => `${p.source} ; suspension notifiée à l’organisme payeur le ${dateFr(p.on)}`,
    en: (p) => `${p.source}; notified to the payer on ${p.on}`,
  }),
});
