/**
 * The messages of the decision's explanation: notes — what it says of the plan on file, the
 * prevention advice, the notes of some step kinds, the notes of a case followed through time
 * (promises, the payer's procedure, the prescription) and the readings of the law it applies.
 *
 * Amounts, dates and rates come formatted by the voice; counts come as numbers, for the plurals.
 *
 * @module
 */
import { define } from './define';
import { word } from './words';

/** `s` after a count above one (French and English alike: 0 and 1 are singular in French). */
const s = (n: number | string): string => (typeof n === 'number' && n > 1 ? 's' : '');

/** The plan on file in French, without a capital, e.g. "le plan d’apurement amiable". */
const planFr = (kind: string): string =>
  kind === 'surendettement'
    ? `le plan de ${word('planKind', kind, 'fr')}`
    : `le plan d’apurement ${word('planKind', kind, 'fr')}`;

const upper = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** The sentence of the next instalment, rendered apart (`plan.existing.next`), or `null`. */
const then = (next: string | null): string => (next === null ? '' : ` ${next}`);

/** The frame of the 2027 payer note, around what the CCAPEX decided of the aid. */
const apl2027 = {
  fr: (aid: string) =>
    `L’impayé a été signalé sous le régime de 2027\u00a0: c’est la CCAPEX qui décide du maintien ou de la suspension de l’aide (${aid}). Les délais de plan propres à ce régime ne ressortent pas des textes consultés\u00a0: aucun n’est indiqué.`,
  en: (aid: string) =>
    `The impayé was signalled under the 2027 regime: the CCAPEX decides whether the aid is kept or suspended (${aid}). The plan deadlines of this regime are not known from the texts read: none is given.`,
};

/** The first sentence of the prescription note. */
const prescribed = {
  fr: (amount: string) =>
    `Une part de ${amount} de la dette est échue depuis plus de 3 ans\u00a0: elle est prescrite, sauf si la prescription a été interrompue (reconnaissance de la dette, action en justice).`,
  en: (amount: string) =>
    `${amount} of the debt fell due more than 3 years ago: prescribed, unless the prescription was interrupted (an acknowledgement of the debt, a court action).`,
};

/**
 * The messages of the explanation's notes, by code.
 *
 * @example
 * ```ts
 * NOTES_MESSAGES['prevention.spread-regularisation'].fr({ amount: '120,00 €' });
 * // => 'Une régularisation de charges de 120,00 € reste impayée\u00a0: proposer de l’étaler sur les prochains mois.'
 * ```
 */
export const NOTES_MESSAGES = Object.freeze({
  // The plan on file (plan-text.ts). `kind` is the plan's kind code; the délais granted by a
  // judge have codes of their own (a plural in French, another verb).
  'plan.existing.next': define<{ amount: string; date: string }>({
    fr: (p) => `Prochaine échéance\u00a0: ${p.amount} le ${p.date}.`,
    en: (p) => `Next instalment: ${p.amount} on ${p.date}.`,
  }),
  'plan.existing.kept': define<{
    kind: string;
    agreedOn: string;
    paid: number;
    total: number;
    remaining: string;
    next: string | null;
  }>({
    fr: (p) =>
      `Plan en cours\u00a0: ${planFr(p.kind)} conclu le ${p.agreedOn} est ${word('planStatus', 'kept', 'fr')} (${p.paid} échéance${s(p.paid)} payée${s(p.paid)} sur ${p.total}, encore ${p.remaining} à régler selon l’échéancier).${then(p.next)} Aucun nouveau plan n’est proposé.`,
    en: (p) =>
      `Plan en cours: the ${p.kind} plan agreed on ${p.agreedOn} is kept (${p.paid} of ${p.total} instalment${s(p.total)} paid, ${p.remaining} left on the schedule).${then(p.next)} No new plan is proposed.`,
  }),
  'plan.existing.kept.judicial': define<{
    agreedOn: string;
    paid: number;
    total: number;
    remaining: string;
    next: string | null;
  }>({
    fr: (p) =>
      `Plan en cours\u00a0: les délais de paiement accordés par le juge le ${p.agreedOn} sont respectés (${p.paid} échéance${s(p.paid)} payée${s(p.paid)} sur ${p.total}, encore ${p.remaining} à régler selon l’échéancier).${then(p.next)} Aucun nouveau plan n’est proposé.`,
    en: (p) =>
      `Plan en cours: the délais de paiement granted by the judge on ${p.agreedOn} are kept (${p.paid} of ${p.total} instalment${s(p.total)} paid, ${p.remaining} left on the schedule).${then(p.next)} No new plan is proposed.`,
  }),
  'plan.existing.late': define<{ kind: string; agreedOn: string; unpaid: number; next: string | null }>({
    fr: (p) =>
      `${upper(planFr(p.kind))} conclu le ${p.agreedOn} est ${word('planStatus', 'late', 'fr')}\u00a0: ${p.unpaid} échéance${s(p.unpaid)} impayée${s(p.unpaid)}, dans la limite de ce que tolère la politique\u00a0; le plan se poursuit.${then(p.next)} Aucun nouveau plan n’est proposé\u00a0: relancer le ménage au sujet de l’échéance.`,
    en: (p) =>
      `The ${p.kind} plan agreed on ${p.agreedOn}: ${p.unpaid} instalment${p.unpaid > 1 ? 's are' : ' is'} unpaid, within the policy's tolerance; the plan still runs.${then(p.next)} No new plan is proposed: remind the household of the instalment.`,
  }),
  'plan.existing.late.judicial': define<{ agreedOn: string; unpaid: number; next: string | null }>({
    fr: (p) =>
      `Les délais de paiement accordés par le juge le ${p.agreedOn}\u00a0: ${p.unpaid} échéance${s(p.unpaid)} impayée${s(p.unpaid)}, dans la limite de ce que tolère la politique\u00a0; les délais se poursuivent.${then(p.next)} Aucun nouveau plan n’est proposé\u00a0: relancer le ménage au sujet de l’échéance.`,
    en: (p) =>
      `The délais de paiement granted by the judge on ${p.agreedOn}: ${p.unpaid} instalment${p.unpaid > 1 ? 's are' : ' is'} unpaid, within the policy's tolerance; the plan still runs.${then(p.next)} No new plan is proposed: remind the household of the instalment.`,
  }),
  'plan.existing.broken': define<{ kind: string; agreedOn: string; unpaid: number; tolerated: number }>({
    fr: (p) =>
      `${upper(planFr(p.kind))} conclu le ${p.agreedOn} est ${word('planStatus', 'broken', 'fr')}\u00a0: ${p.unpaid} échéance${s(p.unpaid)} impayée${s(p.unpaid)}, alors que la politique ${p.tolerated === 0 ? 'n’en tolère aucune' : `en tolère au plus ${p.tolerated}`}. Renégocier le plan avec le ménage.`,
    en: (p) =>
      `The ${p.kind} plan agreed on ${p.agreedOn} is broken: ${p.unpaid} instalment${p.unpaid > 1 ? 's are' : ' is'} unpaid; the policy tolerates ${p.tolerated}. Renegotiate it with the household.`,
  }),
  'plan.existing.broken.judicial': define<{ agreedOn: string }>({
    fr: (p) =>
      `Les délais de paiement accordés par le juge le ${p.agreedOn} sont rompus. Une échéance de ces délais est impayée\u00a0: la suspension de la clause résolutoire prend fin (loi 89-462 art. 24 VII). Le bail peut désormais être considéré comme résilié. Contacter le ménage en urgence et demander à la CESF d’examiner sa situation\u00a0; aucun plan amiable n’est proposé.`,
    en: (p) =>
      `The délais de paiement granted by the judge on ${p.agreedOn} are broken. An instalment of the délais granted by the judge is unpaid: the suspension of the clause résolutoire ends (loi 89-462 art. 24 VII). The lease may now be treated as terminated. Contact the household urgently and ask the CESF to review its situation; no amicable plan is proposed.`,
  }),
  'plan.existing.finished': define<{ kind: string; agreedOn: string }>({
    fr: (p) =>
      `${upper(planFr(p.kind))} conclu le ${p.agreedOn} est ${word('planStatus', 'finished', 'fr')}\u00a0: toutes les échéances ont été payées. Il ne suspend plus le recouvrement\u00a0: les impayés survenus depuis suivent la procédure habituelle.`,
    en: (p) =>
      `The ${p.kind} plan agreed on ${p.agreedOn} is finished: every instalment was paid. It no longer holds back recovery: the arrears since then follow the ladder.`,
  }),
  'plan.existing.finished.judicial': define<{ agreedOn: string }>({
    fr: (p) =>
      `Les délais de paiement accordés par le juge le ${p.agreedOn} sont arrivés à leur terme\u00a0: toutes les échéances ont été payées. Ils ne suspendent plus le recouvrement\u00a0: les impayés survenus depuis suivent la procédure habituelle.`,
    en: (p) =>
      `The délais de paiement granted by the judge on ${p.agreedOn} are finished: every instalment was paid. They no longer hold back recovery: the arrears since then follow the ladder.`,
  }),

  // Prevention advice (prevention.ts), by the advice's code. `benefit` is APL, ALS or ALF (all
  // feminine in French: l’aide personnalisée, l’allocation).
  'prevention.restore-housing-benefit': define<{ benefit: string; stoppedOn: string }>({
    fr: (p) =>
      `L’${p.benefit} n’est plus versée depuis le ${p.stoppedOn}\u00a0: demander à la CAF/MSA pourquoi (déclaration manquante, suspension pour impayé, changement de situation) et aider le ménage à la faire rétablir.`,
    en: (p) =>
      `The ${p.benefit} stopped on ${p.stoppedOn}: ask the CAF/MSA why (missing declaration, suspension for the impayé, change of situation) and help the household get it restored.`,
  }),
  'prevention.switch-to-tiers-payant': define<{ benefit: string; monthly: string; owed: string }>({
    fr: (p) =>
      `L’${p.benefit} (${p.monthly} par mois) est versée au locataire, qui doit ${p.owed}\u00a0: demander à la CAF/MSA de la verser au bailleur (tiers payant).`,
    en: (p) =>
      `The ${p.benefit} (${p.monthly} a month) is paid to the tenant, who owes ${p.owed}: ask the CAF/MSA to pay it to the landlord (tiers payant).`,
  }),
  'prevention.spread-regularisation': define<{ amount: string }>({
    fr: (p) =>
      `Une régularisation de charges de ${p.amount} reste impayée\u00a0: proposer de l’étaler sur les prochains mois.`,
    en: (p) => `A charges regularisation of ${p.amount} is unpaid: offer to spread it over the coming months.`,
  }),
  'prevention.check-housing-benefit': define<Record<string, never>>({
    fr: () =>
      'Aucune aide au logement n’est enregistrée alors que le taux d’effort dépasse le plafond\u00a0: vérifier sans attendre les droits du ménage à l’APL (l’aide n’est pas rétroactive).',
    en: () =>
      'No housing benefit is on file while the effort rate is above the cap: check the household’s APL rights now (the benefit is not retroactive).',
  }),
  'prevention.consider-mutation.cesf': define<{ assessedOn: string }>({
    fr: (p) =>
      `L’évaluation de la CESF du ${p.assessedOn} préconise un changement de logement\u00a0: proposer au ménage un logement plus petit et moins cher (mutation).`,
    en: (p) =>
      `The CESF assessment of ${p.assessedOn} recommends a move: offer the household a smaller, cheaper home (mutation).`,
  }),
  'prevention.consider-mutation.under-occupied': define<{
    rooms: number;
    occupants: number;
    rate: string | null;
    cap: string;
  }>({
    fr: (p) =>
      `Le logement compte ${p.rooms} pièce${s(p.rooms)} pour ${p.occupants} occupant${s(p.occupants)} et le taux d’effort (${p.rate ?? 'n.d.'}) dépasse le plafond de la politique (${p.cap})\u00a0: proposer une mutation vers un logement plus petit et moins cher.`,
    en: (p) =>
      `The home has ${p.rooms} room${s(p.rooms)} for ${p.occupants} occupant${p.occupants === 1 ? '' : 's'} and the effort rate (${p.rate ?? 'n/a'}) is above the policy cap (${p.cap}): offer a move to a smaller, cheaper home (mutation).`,
  }),
  'prevention.cesf-review': define<Record<string, never>>({
    fr: () =>
      'Demander à la CESF (conseillère en économie sociale et familiale) d’examiner le budget du ménage avec lui.',
    en: () => 'Ask the CESF (conseillère en économie sociale et familiale) to review the household’s budget with it.',
  }),

  // Notes of step kinds (step-notes.ts), by the step kind.
  'note.step.surendettement-claim': define<{ recevableOn: string; frozenDebt: string }>({
    fr: (p) =>
      `Le dossier de surendettement est recevable depuis le ${p.recevableOn}\u00a0: la dette de ${p.frozenDebt} échue auparavant est gelée et ne peut être recouvrée que par les mesures de la commission\u00a0; le bailleur déclare donc sa créance à la commission de surendettement de la Banque de France, avec le décompte qui la justifie. En pratique, dès réception du courrier de la commission et dans le délai qu’il fixe\u00a0; enregistrer la déclaration comme un contact de cette étape.`,
    en: (p) =>
      `The surendettement file is recevable since ${p.recevableOn}: the ${p.frozenDebt} that fell due before is frozen and can only be recovered through the commission's measures, so the landlord declares it to the Banque de France commission, with the ledger that proves it. In practice, as soon as the commission's letter arrives and within the time it gives; log the declaration as a contact with this step.`,
  }),
  'note.step.cohesion-protocol': define<Record<string, never>>({
    fr: () =>
      'Le bail a été résilié par le juge\u00a0: un bailleur social peut proposer un protocole de cohésion sociale plutôt que de poursuivre l’expulsion. C’est un titre d’occupation valable, qui rétablit l’aide au logement et dure 2 ans (renouvelable jusqu’à 3 ans), avec un plan d’apurement\u00a0; s’il est respecté, il débouche sur un nouveau bail dans les 3 mois.',
    en: () =>
      'The lease was terminated by the judge: a social landlord may offer a protocole de cohésion sociale instead of pursuing the expulsion. It is a valid title of occupation, restores the housing benefit, lasts 2 years (renewable up to 3) with a repayment plan; kept, it leads to a new lease within 3 months.',
  }),
  'note.step.guarantor-notice': define<Record<string, never>>({
    fr: () =>
      'Le commandement de payer doit être dénoncé à la caution dans les 15 jours de sa signification, faute de quoi la caution ne doit ni pénalités ni intérêts de retard\u00a0; mandater le commissaire de justice.',
    en: () =>
      'The commandement de payer must be notified to the guarantor (caution) within 15 days of its service, or the guarantor owes no penalties nor late interest; instruct the commissaire de justice.',
  }),
  'note.step.final-statement': define<{
    endedOn: string;
    deposit: string;
    owed: string;
    left: string;
    refund: string | null;
    deadline: string;
  }>({
    fr: (p) =>
      `Le locataire a quitté le logement le ${p.endedOn}\u00a0: adresser le décompte définitif au plus tard le ${p.deadline}, en imputant le dépôt de garantie de ${p.deposit} sur les ${p.owed} dus, soit ${p.left} restant à payer${p.refund === null ? '' : ` et ${p.refund} à restituer au locataire`}.`,
    en: (p) =>
      `The tenant left on ${p.endedOn}: send the final statement (décompte définitif) with the ${p.deposit} deposit offset against the ${p.owed} owed: ${p.left} left to pay${p.refund === null ? '' : `, ${p.refund} to return to the tenant`}, by ${p.deadline} at the latest.`,
  }),
  'note.step.injonction-de-payer': define<Record<string, never>>({
    fr: () =>
      'Le locataire parti n’a pas payé après la mise en demeure\u00a0: déposer une requête en injonction de payer auprès du tribunal du lieu du logement\u00a0; c’est une personne qui en décide.',
    en: () =>
      'The departed tenant did not pay after the mise en demeure: file a requête en injonction de payer with the court of the place of the dwelling; a person decides it.',
  }),
  'note.step.write-off': define<Record<string, never>>({
    fr: () =>
      'Le recouvrement a épuisé ses voies\u00a0: proposer la créance en admission en non-valeur. C’est une personne qui en décide, au vu des démarches engagées.',
    en: () =>
      'Recovery has run its course: propose the debt for an admission en non-valeur. A person decides it, on the evidence of the steps taken.',
  }),
  'note.step.case-review': define<Record<string, never>>({
    fr: () =>
      'Un petit montant après plusieurs contacts\u00a0: les contacts automatiques s’arrêtent ici\u00a0; une personne examine le dossier et décide de la suite (un appel, une visite, une admission en non-valeur, rien).',
    en: () =>
      'A small amount after several contacts: automatic contacts stop here, a person looks at the case and decides what comes next (a call, a visit, a write-off, nothing).',
  }),
  'note.step.payer-plan': define<Record<string, never>>({
    fr: () =>
      'La CAF/MSA a demandé un plan d’apurement\u00a0: le lui transmettre, établi en accord avec le ménage, dans les 6 mois de la demande\u00a0; l’aide est maintenue tant que le plan est approuvé et respecté, et la CAF/MSA le contrôle tous les 6 mois.',
    en: () =>
      'The CAF/MSA asked for a plan d’apurement: send it, agreed with the household, within 6 months of the request; the aid continues while the plan is approved and kept, and the CAF/MSA checks it every 6 months.',
  }),
  'note.step.tiers-payant-answer': define<Record<string, never>>({
    fr: () =>
      'La CAF/MSA a proposé de verser l’aide au bailleur (tiers payant)\u00a0: répondre dans les 2 mois, faute de quoi le silence vaut refus.',
    en: () =>
      'The CAF/MSA offered to pay the aid to the landlord (tiers payant): answer within 2 months, or the silence counts as a refusal.',
  }),

  // Notes of a case followed through time (case-notes.ts).
  'note.promise.pending': define<{ amount: string; dueOn: string; madeOn: string; paid: string; lastDay: string }>({
    fr: (p) =>
      `Une promesse de paiement de ${p.amount} pour le ${p.dueOn}, faite le ${p.madeOn}, est en cours (déjà versé\u00a0: ${p.paid}\u00a0; elle est tenue par un paiement reçu au plus tard le ${p.lastDay}).`,
    en: (p) =>
      `A promise to pay ${p.amount} by ${p.dueOn}, made on ${p.madeOn}, is pending (${p.paid} paid so far; it is kept by a payment up to ${p.lastDay}).`,
  }),
  'note.promise.broken': define<{ amount: string; dueOn: string; madeOn: string; paid: string }>({
    fr: (p) =>
      `La promesse de paiement de ${p.amount} pour le ${p.dueOn}, faite le ${p.madeOn}, n’a pas été tenue (versé\u00a0: ${p.paid})\u00a0: c’est un signe précoce de difficulté, à aborder avec le ménage.`,
    en: (p) =>
      `The promise to pay ${p.amount} by ${p.dueOn}, made on ${p.madeOn}, was broken (${p.paid} paid): an early sign of difficulty, to raise with the household.`,
  }),
  'note.benefit-unpaid.time-branch': define<{ since: string; reading: string }>({
    fr: (p) =>
      `L’impayé au sens des aides au logement est constitué le ${p.since} par le critère de durée de la règle de 2027 (dette toujours impayée 3 mois après un premier défaut de paiement), lu ainsi\u00a0: ${p.reading}.`,
    en: (p) =>
      `The benefit impayé is constituted on ${p.since} by the 2027 rule's time branch (still unpaid 3 months after a first default), read this way: ${p.reading}.`,
  }),
  'note.prescription': define<{ amount: string }>({
    fr: (p) => prescribed.fr(p.amount),
    en: (p) => prescribed.en(p.amount),
  }),
  'note.prescription.contested': define<{
    amount: string;
    contested: string;
    items: number;
    reading: string;
    alternative: string;
  }>({
    fr: (p) =>
      `${prescribed.fr(p.amount)} Sur ce montant, ${p.contested} (${p.items} échéance${s(p.items)}) atteint sa prescription aujourd’hui selon la lecture retenue (${p.reading})\u00a0; sans compter le premier jour (${p.alternative}), elle interviendrait un jour plus tard\u00a0: une créance à cette date limite peut être contestée.`,
    en: (p) =>
      `${prescribed.en(p.amount)} ${p.contested} of it (${p.items} item${s(p.items)}) reaches its prescription today under the reading applied (${p.reading}); not counting the first day (${p.alternative}) would give one more day: a claim on its boundary day may be contested.`,
  }),
  'note.payer.2027.suspended': define<{ from: string | null }>({
    fr: (p) => apl2027.fr(p.from === null ? 'aide suspendue' : `aide suspendue à compter du ${p.from}`),
    en: (p) => apl2027.en(p.from === null ? 'suspended' : `suspended from ${p.from}`),
  }),
  'note.payer.2027.suspension': define<{ from: string }>({
    fr: (p) => apl2027.fr(`suspension de l’aide à compter du ${p.from}`),
    en: (p) => apl2027.en(`suspension from ${p.from}`),
  }),
  'note.payer.2027.kept': define<Record<string, never>>({
    fr: () => apl2027.fr('aide maintenue'),
    en: () => apl2027.en('kept'),
  }),
  'note.payer.2027.undecided': define<Record<string, never>>({
    fr: () => apl2027.fr('aucune décision enregistrée'),
    en: () => apl2027.en('no decision recorded'),
  }),
  'note.payer.2016.kept': define<Record<string, never>>({
    fr: () => 'La CAF/MSA maintient l’aide.',
    en: () => 'The CAF/MSA keeps the aid.',
  }),
  'note.payer.2016.suspended': define<{ from: string | null }>({
    fr: (p) => `La CAF/MSA a suspendu l’aide${p.from === null ? '' : ` le ${p.from}`}.`,
    en: (p) => `The CAF/MSA suspended the aid${p.from === null ? '' : ` on ${p.from}`}.`,
  }),

  // The readings of the law (src/law/parameters.ts), by the reading's id: the English text is
  // the law table's own; the French one says the same.
  'reading.episode-start': define<Record<string, never>>({
    fr: () =>
      'les 3 mois courent à partir du premier jour de l’épisode d’impayé en cours (le jour où la dette est née, due sans interruption depuis\u00a0; un nouvel épisode commence une fois la dette entièrement soldée), et non de la date d’échéance de la plus ancienne somme encore impayée après imputation des paiements sur les dettes les plus anciennes (oldest-unpaid-item), que l’aide versée au bailleur ne cesse de faire avancer',
    en: () =>
      'the 3 months run from the first day of the current arrears episode (the day the debt arose, owed without interruption since; a new episode begins once the debt is fully cleared), not from the due date of the oldest item still unpaid after oldest-first imputation (oldest-unpaid-item), which the benefit paid to the landlord keeps moving forward',
  }),
  'reading.first-day-counted': define<Record<string, never>>({
    fr: () =>
      'le jour de l’échéance compte comme le premier jour des 3 ans\u00a0: un loyer échu le 01/03/2023 est prescrit à partir du 01/03/2026\u00a0; sans compter le premier jour (first-day-not-counted), il ne le serait qu’à partir du 02/03/2026, de sorte qu’une dette dont la prescription tombe le jour de l’examen peut être contestée',
    en: () =>
      'the due date counts as the first day of the 3 years, so a rent due on 2023-03-01 is prescribed from 2026-03-01; not counting the first day (first-day-not-counted) would prescribe it from 2026-03-02, so a debt whose prescription falls on the day judged may be contested',
  }),
});
