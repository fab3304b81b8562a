/**
 * The messages of a decision's `reviewOn`: why the decision may change on that day, with no new
 * data (an action's day, a legal deadline or gate, the winter truce, a promise, a plan instalment,
 * a day count of the policy reaching its threshold, the rent due day…).
 *
 * The values come formatted by the voice (dates, amounts, channel names); codes, fact names,
 * step ids and places in the policy (`levels[2].conditions.all[1]`) are written as they are.
 *
 * @module
 */
import { define } from './define';

/** The messages of `reviewOn`, by code. */
export const REVIEW_MESSAGES = Object.freeze({
  'review.contactAllowed': define<{ step: string; channel: string; on: string }>({
    fr: (p) =>
      `Le contact « ${p.step} » (${p.channel}) devient possible le ${p.on}\u00a0: la cadence, les jours de contact et le calendrier le permettent ce jour-là.`,
    en: (p) =>
      `The contact "${p.step}" (${p.channel}) becomes possible on ${p.on}: the cadence, the contact days and the calendar allow it that day.`,
  }),
  'review.actionDate': define<{ step: string; on: string }>({
    fr: (p) => `L’action « ${p.step} » est à faire le ${p.on}, premier jour ouvré.`,
    en: (p) => `The action "${p.step}" is to be done on ${p.on}, the first business day.`,
  }),
  'review.deadlineDue': define<{ code: string; on: string }>({
    fr: (p) => `L’échéance légale ${p.code} tombe le ${p.on}\u00a0: elle devient due.`,
    en: (p) => `The legal deadline ${p.code} falls on ${p.on}: it becomes due.`,
  }),
  'review.deadlineOverdue': define<{ code: string; date: string; on: string }>({
    fr: (p) => `L’échéance légale ${p.code} du ${p.date} est dépassée à partir du ${p.on} si rien n’est fait.`,
    en: (p) => `The legal deadline ${p.code} of ${p.date} is overdue from ${p.on} unless acted on.`,
  }),
  'review.gateOpens': define<{ code: string; on: string }>({
    fr: (p) => `Le délai légal ${p.code} s’ouvre le ${p.on}\u00a0: ce qu’il retenait devient possible.`,
    en: (p) => `The legal gate ${p.code} opens on ${p.on}: what it held back becomes possible.`,
  }),
  'review.winterTruceStarts': define<{ on: string }>({
    fr: (p) => `La trêve hivernale commence le ${p.on}\u00a0: aucune expulsion jusqu’à sa fin (CPCE L.412-6).`,
    en: (p) => `The winter truce starts on ${p.on}: no expulsion until it ends (CPCE L.412-6).`,
  }),
  'review.winterTruceEnds': define<{ on: string }>({
    fr: (p) => `La trêve hivernale est finie le ${p.on}\u00a0: une expulsion redevient possible (CPCE L.412-6).`,
    en: (p) => `The winter truce is over on ${p.on}: an expulsion is possible again (CPCE L.412-6).`,
  }),
  'review.promiseDue': define<{ amount: string; dueOn: string }>({
    fr: (p) => `La promesse de payer ${p.amount} arrive à échéance le ${p.dueOn}.`,
    en: (p) => `The promise to pay ${p.amount} falls due on ${p.dueOn}.`,
  }),
  'review.promiseLapses': define<{ amount: string; dueOn: string; on: string }>({
    fr: (p) =>
      `Sans paiement, la promesse de payer ${p.amount} pour le ${p.dueOn} est rompue à partir du ${p.on}, les jours de grâce passés.`,
    en: (p) => `Unless paid, the promise to pay ${p.amount} by ${p.dueOn} is broken from ${p.on}, its grace days over.`,
  }),
  'review.planInstalment': define<{ amount: string; dueOn: string }>({
    fr: (p) => `Une échéance du plan d’apurement (${p.amount}) tombe le ${p.dueOn}.`,
    en: (p) => `An instalment of the repayment plan (${p.amount}) falls due on ${p.dueOn}.`,
  }),
  'review.dayCount': define<{ fact: string; value: string; on: string; at: string }>({
    fr: (p) =>
      `Le ${p.on}, ${p.fact} vaut ${p.value}\u00a0: des conditions de la politique changent de résultat (${p.at}).`,
    en: (p) => `On ${p.on}, ${p.fact} is ${p.value}: conditions of the policy change result (${p.at}).`,
  }),
  'review.window': define<{ fact: string; on: string }>({
    fr: (p) =>
      `Le ${p.on}, ${p.fact} change\u00a0: un élément sort de la période qu’il compte, ou atteint l’âge qui le fait compter.`,
    en: (p) =>
      `On ${p.on}, ${p.fact} changes: an item leaves the period it counts, or reaches the age that makes it count.`,
  }),
  'review.birthday': define<{ on: string }>({
    fr: (p) =>
      `Le ${p.on}, un membre du ménage change d’âge\u00a0: la politique, les unités de consommation ou la vulnérabilité en tiennent compte.`,
    en: (p) =>
      `On ${p.on}, a member of the household changes age: the policy, the consumption units or the vulnerability read it.`,
  }),
  'review.rentDue': define<{ on: string }>({
    fr: (p) =>
      `Le loyer tombe le ${p.on}\u00a0: la dette peut changer, et un plan proposé commencerait à l’échéance suivante.`,
    en: (p) => `Rent falls due on ${p.on}: the debt may change, and a proposed plan would start on the next due day.`,
  }),
  'review.benefitUnpaid': define<{ on: string; since: string }>({
    fr: (p) =>
      `Le ${p.on}, 3 mois après le début de l’impayé (${p.since}), l’impayé au sens de l’aide au logement peut être constitué (CCH R.824-2).`,
    en: (p) =>
      `On ${p.on}, 3 months after the arrears began (${p.since}), the housing-benefit impayé may be constituted (CCH R.824-2).`,
  }),
  'review.advice.mutation': define<{ on: string }>({
    fr: (p) => `La première année du bail est passée le ${p.on}\u00a0: une mutation peut alors être conseillée.`,
    en: (p) => `The lease's first year is over on ${p.on}: a move may then be advised.`,
  }),
  'review.advice.tiersPayant': define<{ on: string }>({
    fr: (p) =>
      `Le ${p.on}, la plus ancienne dette impayée a plus de 10 jours\u00a0: le tiers payant de l’aide peut être conseillé.`,
    en: (p) =>
      `On ${p.on}, the oldest unpaid debt is more than 10 days old: paying the aid to the landlord may be advised.`,
  }),
  'review.lawChange': define<{ id: string; on: string }>({
    fr: (p) => `Le ${p.on}, une autre version du paramètre légal ${p.id} s’applique.`,
    en: (p) => `On ${p.on}, another version of the legal parameter ${p.id} applies.`,
  }),
  'review.policyVersion': define<{ version: string; on: string }>({
    fr: (p) =>
      `La version ${p.version} de la politique cesse de s’appliquer le ${p.on}\u00a0: la suivante prend le relais.`,
    en: (p) => `Version ${p.version} of the policy stops applying on ${p.on}: the next one takes over.`,
  }),
  'review.datedRecord': define<{ subject: string; on: string }>({
    fr: (p) => `Le dossier contient une donnée datée du ${p.on} (${p.subject})\u00a0: elle compte à partir de ce jour.`,
    en: (p) => `The file holds a record dated ${p.on} (${p.subject}): it counts from that day.`,
  }),
  'review.hostFact': define<{ fact: string; on: string }>({
    fr: (p) =>
      `La politique lit ${p.fact}, un fait propre à l’hôte dont l’évolution dans le temps n’est pas connue\u00a0: à revoir le ${p.on}.`,
    en: (p) =>
      `The policy reads ${p.fact}, a fact of the host's own whose course in time is unknown: to review on ${p.on}.`,
  }),
});
