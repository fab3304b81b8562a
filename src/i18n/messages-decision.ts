/**
 * The messages of the decision itself: its level, its actions and their dates, the legal
 * obligations, the plan, and the reasons a plan is refused or warned about.
 *
 * @module
 */
import { define } from './define';
import { byChannelFr, word } from './words';

/** Who carries out an action, as the sentence of a step says it. */
const BY_ROLE = {
  fr: {
    officer: 'par le chargé de recouvrement',
    'back-office': 'par le back-office',
    cesf: 'par la CESF',
    litigation: 'par le service contentieux',
    manager: 'par un responsable',
  },
  en: {
    officer: 'by the recovery officer',
    'back-office': 'by the back office',
    cesf: 'by the CESF',
    litigation: 'by the litigation service',
    manager: 'by a manager',
  },
} as const;

/** To whom an action goes, as the sentence of a step says it. */
const TO_ADDRESSEE = {
  fr: {
    tenant: 'au locataire',
    mandataire: 'au mandataire',
    'tenant-and-mandataire': 'au locataire et au mandataire',
    guarantor: 'à la caution',
    caf: 'à la CAF/MSA',
    ccapex: 'à la CCAPEX',
    fsl: 'au FSL',
    cesf: 'à la CESF',
    'surendettement-commission': 'à la commission de surendettement',
    landlord: 'au bailleur lui-même',
  },
  en: {
    tenant: 'to the tenant',
    mandataire: 'to the mandataire',
    'tenant-and-mandataire': 'to the tenant and the mandataire',
    guarantor: 'to the guarantor',
    caf: 'to the CAF/MSA',
    ccapex: 'to the CCAPEX',
    fsl: 'to the FSL',
    cesf: 'to the CESF',
    'surendettement-commission': 'to the surendettement commission',
    landlord: 'to the landlord itself',
  },
} as const;

function byRole(locale: 'fr' | 'en', role: string): string {
  return (BY_ROLE[locale] as Readonly<Record<string, string>>)[role] ?? role;
}

function toAddressee(locale: 'fr' | 'en', addressee: string): string {
  return (TO_ADDRESSEE[locale] as Readonly<Record<string, string>>)[addressee] ?? addressee;
}

/** The values of the sentence of an action. */
type ActionParams = { label: string; step: string; channel: string; date: string; role: string; addressee: string };

const actionFr = (p: ActionParams) =>
  `« ${p.label} » (${p.step}) ${byChannelFr(p.channel)} le ${p.date}, ${byRole('fr', p.role)}, ${toAddressee('fr', p.addressee)}`;
const actionEn = (p: ActionParams) =>
  `"${p.label}" (${p.step}) by ${p.channel} on ${p.date}, ${byRole('en', p.role)}, ${toAddressee('en', p.addressee)}`;

/** The messages of the decision, by code. */
export const DECISION_MESSAGES = Object.freeze({
  'decision.level.noHigher': define<{ label: string }>({
    fr: (p) => `Niveau « ${p.label} »\u00a0: aucun niveau plus élevé n’a ses conditions remplies.`,
    en: (p) => `Level "${p.label}": no higher level's conditions hold.`,
  }),
  'decision.level.holds': define<{ label: string }>({
    fr: (p) => `Niveau « ${p.label} »\u00a0: ses conditions sont remplies.`,
    en: (p) => `Level "${p.label}": its conditions hold.`,
  }),
  'decision.level.holdsAbove': define<{ label: string; above: string }>({
    fr: (p) =>
      `Niveau « ${p.label} »\u00a0: ses conditions sont remplies, et celles des niveaux plus élevés (${p.above}) ne le sont pas.`,
    en: (p) => `Level "${p.label}": its conditions hold and those of the higher levels (${p.above}) do not.`,
  }),
  'decision.internalNoCadence': define<Record<string, never>>({
    fr: () => 'une étape interne n’est pas un contact avec le locataire\u00a0: aucune cadence ne s’applique',
    en: () => 'an internal step is not a contact with the tenant: no cadence applies',
  }),
  'decision.step.nothingOwed': define<Record<string, never>>({
    fr: () => 'Rien n’est dû\u00a0: aucune étape de recouvrement.',
    en: () => 'Nothing is owed: no recovery step.',
  }),
  'decision.step.blocked': define<{ step: string; reason: string }>({
    fr: (p) => `L’étape « ${p.step} » s’applique mais n’est pas proposée\u00a0: ${p.reason}.`,
    en: (p) => `Step "${p.step}" applies but is not proposed: ${p.reason}.`,
  }),
  'decision.step.next': define<ActionParams>({
    fr: (p) =>
      `Prochaine étape ${actionFr(p)}\u00a0: c’est la première étape de l’échelle dont les conditions sont remplies et que la loi permet.`,
    en: (p) =>
      `Next step ${actionEn(p)}: it is the first step of the ladder whose conditions hold and that the law allows.`,
  }),
  'decision.step.also': define<ActionParams>({
    fr: (p) => `Également à faire\u00a0: ${actionFr(p)}\u00a0; ses conditions sont remplies et la loi le permet.`,
    en: (p) => `Also due: ${actionEn(p)}: its conditions hold and the law allows it.`,
  }),
  'decision.step.alsoContact': define<ActionParams>({
    fr: (p) =>
      `Également à faire\u00a0: ${actionFr(p)}\u00a0; ses conditions sont remplies et la loi le permet\u00a0; c’est le premier contact avec le locataire de l’échelle.`,
    en: (p) =>
      `Also due: ${actionEn(p)}: its conditions hold and the law allows it; it is the first contact with the tenant of the ladder.`,
  }),
  'decision.step.none': define<Record<string, never>>({
    fr: () => 'Aucune étape ne s’applique aujourd’hui.',
    en: () => 'No step applies today.',
  }),
  'decision.step.noneKept': define<Record<string, never>>({
    fr: () => 'Aucune étape ne s’applique aujourd’hui\u00a0: le plan est respecté\u00a0; suivre sa prochaine échéance.',
    en: () => 'No step applies today: the plan is kept; follow its next instalment.',
  }),
  'decision.date': define<{ date: string; why: string; zone: string }>({
    fr: (p) =>
      `Date du ${p.date}\u00a0: ${p.why}\u00a0; jamais un week-end ni un jour férié (${word('zone', p.zone, 'fr')}).`,
    en: (p) => `Date ${p.date}: ${p.why}; never a weekend or a public holiday of the zone (${p.zone}).`,
  }),
  'decision.approval': define<{ step: string }>({
    fr: (p) => `Une personne doit valider « ${p.step} » avant qu’elle ne soit exécutée.`,
    en: (p) => `A person must approve "${p.step}" before it is carried out.`,
  }),
  'decision.approval.legalEffect': define<Record<string, never>>({
    fr: () => 'RGPD art. 22\u00a0: une personne décide d’une étape à effet juridique',
    en: () => 'GDPR art. 22: a person decides a step with legal effect',
  }),
  'decision.approval.legalEffect.source': define<Record<string, never>>({
    fr: () => 'RGPD art. 22',
    en: () => 'GDPR art. 22',
  }),
  'decision.approval.writeOff': define<Record<string, never>>({
    fr: () => 'une admission en non-valeur est décidée par une personne',
    en: () => 'a write-off (admission en non-valeur) is decided by a person',
  }),
  'decision.approval.writeOff.source': define<Record<string, never>>({
    fr: () => 'admission en non-valeur',
    en: () => 'a write-off (admission en non-valeur) is decided by a person',
  }),
  'decision.approval.policy': define<{ index: number }>({
    fr: (p) => `la politique demande qu’une personne la décide (steps[${p.index}].humanApproval)`,
    en: (p) => `the policy asks a person to decide it (steps[${p.index}].humanApproval)`,
  }),
  'decision.obligation': define<{ code: string; kind: string; date: string; status: string }>({
    fr: (p) =>
      `${p.code} (${word('obligationKind', p.kind, 'fr')}) au ${p.date}\u00a0: ${word('obligationStatus', p.status, 'fr')}.`,
    en: (p) => `${p.code} (${p.kind}) on ${p.date}: ${p.status}.`,
  }),
  'decision.obligation.suspended': define<{ code: string; kind: string; date: string; recevableOn: string }>({
    fr: (p) =>
      `${p.code} (${word('obligationKind', p.kind, 'fr')}) au ${p.date}\u00a0: ouverte, mais suspendue\u00a0: un dossier de surendettement est recevable depuis le ${p.recevableOn}, aucune voie d’exécution ne peut être poursuivie.`,
    en: (p) =>
      `${p.code} (${p.kind}) on ${p.date}: open, but suspended: a surendettement file is recevable since ${p.recevableOn}, no enforcement may be pursued.`,
  }),
  'decision.surendettement': define<{ recevableOn: string; frozen: string; current: string }>({
    fr: (p) =>
      `Un dossier de surendettement est recevable depuis le ${p.recevableOn}\u00a0: ${p.frozen} échus avant sont gelés (jamais relancés, jamais mis dans un plan, jamais poursuivis)\u00a0; ${p.current} échus depuis se recouvrent normalement.`,
    en: (p) =>
      `A surendettement file is recevable since ${p.recevableOn}: ${p.frozen} fell due before and is frozen (never reminded, never in a plan, never pursued); ${p.current} fell due since and is collected normally.`,
  }),
  'decision.plan.departed': define<{ endedOn: string }>({
    fr: (p) =>
      `Aucun plan n’est calculé\u00a0: le locataire est parti le ${p.endedOn} et ne paie plus le loyer de ce logement, si bien que son taux d’effort et son reste à vivre ici ne disent rien. Proposer un échéancier avec le décompte définitif ou la mise en demeure, convenu sur un état des ressources du ménage et de ses nouvelles charges de logement.`,
    en: (p) =>
      `No plan is sized: the tenant left on ${p.endedOn} and no longer pays the rent of this home, so its effort rate and reste à vivre here say nothing. Offer a schedule with the final statement or the mise en demeure, agreed on a statement of the household's resources and new housing costs.`,
  }),
  'decision.plan.frozenOnly': define<{ frozen: string; recevableOn: string }>({
    fr: (p) =>
      `Aucun plan n’est proposé\u00a0: les ${p.frozen} dus sont échus avant que le dossier de surendettement soit recevable, le ${p.recevableOn}\u00a0; ils sont gelés et ne sont jamais mis dans un plan. Ils sont déclarés à la commission.`,
    en: (p) =>
      `No plan is proposed: the ${p.frozen} owed fell due before the surendettement file was recevable on ${p.recevableOn}; it is frozen and is never put in a plan. It is declared to the commission instead.`,
  }),
  'decision.plan.currentOnly': define<{ current: string; recevableOn: string; frozen: string }>({
    fr: (p) =>
      `Le plan ne couvre que la dette courante, ${p.current} échus depuis que le dossier de surendettement est recevable (le ${p.recevableOn})\u00a0; les ${p.frozen} dus avant sont gelés et en restent exclus.`,
    en: (p) =>
      `The plan covers only the current debt, ${p.current} fallen due since the surendettement file was recevable on ${p.recevableOn}; the ${p.frozen} owed before is frozen and stays out of it.`,
  }),
  'decision.plan.withinCap': define<{
    months: number;
    instalment: string;
    from: string;
    cap: string;
    floor: string;
    max: string;
  }>({
    fr: (p) =>
      `Un plan d’apurement de ${p.months} échéance${p.months > 1 ? 's' : ''} de ${p.instalment} à partir du ${p.from}, dans la limite du taux d’effort de ${p.cap}\u00a0; en gardant ${p.floor} par unité de consommation, le ménage pourrait payer jusqu’à ${p.max} par mois.`,
    en: (p) =>
      `A plan of ${p.months} instalment${p.months > 1 ? 's' : ''} of ${p.instalment} from ${p.from}, within the effort-rate cap of ${p.cap}; keeping ${p.floor} per consumption unit, the household could pay up to ${p.max} a month.`,
  }),
  'decision.plan.affordable': define<{ months: number; instalment: string; from: string; floor: string; max: string }>({
    fr: (p) =>
      `Le ménage peut payer jusqu’à ${p.max} par mois en gardant ${p.floor} par unité de consommation\u00a0: un plan d’apurement de ${p.months} échéance${p.months > 1 ? 's' : ''} de ${p.instalment} à partir du ${p.from}.`,
    en: (p) =>
      `The household can afford up to ${p.max} a month, keeping ${p.floor} per consumption unit: a plan of ${p.months} instalment${p.months > 1 ? 's' : ''} of ${p.instalment} from ${p.from}.`,
  }),
  'decision.plan.refused': define<{ reasons: string }>({
    fr: (p) => `Aucun plan n’est proposé\u00a0: ${p.reasons}`,
    en: (p) => `No plan is proposed: ${p.reasons}`,
  }),
  'decision.plan.warning': define<{ warning: string }>({
    fr: (p) => `Attention\u00a0: ${p.warning} Vérifier le plan avec le ménage avant de le conclure.`,
    en: (p) => `Warning: ${p.warning} Check the plan with the household before it is agreed.`,
  }),

  // The sources and bases of explanation entries and advice that are not only an article.
  'source.paidUp': define<Record<string, never>>({
    fr: () => 'loi\u00a0: un compte à jour n’appelle aucune action',
    en: () => 'law: a paid-up account has no next action',
  }),
  'source.departedPlan': define<Record<string, never>>({
    fr: () => 'loi n° 89-462 art. 22\u00a0; plans\u00a0: pratique',
    en: () => 'loi 89-462 art. 22; plans: practice',
  }),
  'source.effortWarning': define<Record<string, never>>({
    fr: () => 'plans.maxEffortRate (un avertissement\u00a0: plans.effortRateBinding vaut false)\u00a0; CCH R.441-3-1',
    en: () => 'plans.maxEffortRate (a warning: plans.effortRateBinding is false); CCH R.441-3-1',
  }),
  'source.keptPlan': define<Record<string, never>>({
    fr: () => 'plans\u00a0: un plan tenu est suivi, pas remplacé',
    en: () => 'plans: a kept plan is followed, not replaced',
  }),
  'source.promises': define<{ graceDays: number; shortfall: string }>({
    fr: (p) => `promises (graceDays ${p.graceDays}, shortfall ${p.shortfall})\u00a0; pratique`,
    en: (p) => `promises (graceDays ${p.graceDays}, shortfall ${p.shortfall}); practice`,
  }),
  'source.surendettementClaim': define<Record<string, never>>({
    fr: () => 'code de la consommation L.722-2, L.722-5\u00a0; le délai\u00a0: pratique',
    en: () => 'code de la consommation L.722-2, L.722-5; the delay: practice',
  }),
  'source.writeOff': define<Record<string, never>>({
    fr: () => 'pratique (admissions en non-valeur)',
    en: () => 'practice (write-offs, DOMAIN.md §6)',
  }),
  'source.smallDebt': define<Record<string, never>>({
    fr: () => 'pratique\u00a0: une pression de relance proportionnée à la dette',
    en: () => 'practice: contact pressure proportionate to the debt',
  }),
  'basis.restoreBenefit': define<Record<string, never>>({
    fr: () =>
      'CCH L.821-1 et suivants (aides personnelles au logement)\u00a0; CCH R.824-28 (aide maintenue en cas d’impayé)',
    en: () => 'CCH L.821-1 and following (aides personnelles au logement); CCH R.824-28 (aid kept in an impayé)',
  }),
  'basis.tiersPayant': define<Record<string, never>>({
    fr: () => 'CCH R.824-20 (tiers payant quand l’aide est versée à un locataire en impayé)',
    en: () => 'CCH R.824-20 (tiers payant when the aid is paid to a tenant in arrears)',
  }),
  'basis.policyPrevention': define<Record<string, never>>({
    fr: () => 'politique\u00a0: prévention',
    en: () => 'policy: prevention',
  }),
  'basis.checkBenefit': define<Record<string, never>>({
    fr: () => 'CCH L.821-1 et suivants (aides personnelles au logement)',
    en: () => 'CCH L.821-1 and following (aides personnelles au logement)',
  }),
  'basis.cesfMutation': define<Record<string, never>>({
    fr: () => 'évaluation de la CESF (household.cesfAssessment)\u00a0; politique\u00a0: prévention',
    en: () => 'CESF assessment (household.cesfAssessment); policy: prevention',
  }),
  'basis.underOccupation': define<Record<string, never>>({
    fr: () =>
      'CCH L.621-2 et L.442-3-1 (sous-occupation)\u00a0; CCH R.441-3-1 (taux d’effort)\u00a0; politique\u00a0: plans.maxEffortRate',
    en: () => 'CCH L.621-2 and L.442-3-1 (under-occupation); CCH R.441-3-1 (effort rate); policy: plans.maxEffortRate',
  }),

  // Why a plan on file is broken (`PlanStatus.reason`).
  'planStatus.brokenJudicial': define<Record<string, never>>({
    fr: () =>
      'Une échéance des délais de paiement accordés par le juge est impayée\u00a0: la suspension de la clause résolutoire prend fin (loi n° 89-462 art. 24 VII).',
    en: () =>
      'An instalment of the délais granted by the judge is unpaid: the suspension of the clause résolutoire ends (loi 89-462 art. 24 VII).',
  }),
  'planStatus.brokenUnpaid': define<{ unpaid: number; tolerated: number }>({
    fr: (p) =>
      `${p.unpaid} ${p.unpaid > 1 ? 'échéances sont impayées' : 'échéance est impayée'}\u00a0; la politique en tolère ${p.tolerated}.`,
    en: (p) =>
      `${p.unpaid} ${p.unpaid > 1 ? 'instalments are' : 'instalment is'} unpaid; the policy tolerates ${p.tolerated}.`,
  }),

  // The reasons a plan is refused, or warned about (`PlanReason.message`).
  'planReason.noResources': define<Record<string, never>>({
    fr: () =>
      'Le ménage n’a aucune ressource connue\u00a0: aucune échéance ne peut être jugée soutenable. Vérifier ses droits (RSA, APL) avec un travailleur social.',
    en: () =>
      'The household has no resources on file: no instalment can be judged affordable. Check its rights (RSA, APL) with a social worker.',
  }),
  'planReason.effortExceeded': define<{ rate: string; cap: string; instalment: string; residual: string }>({
    fr: (p) =>
      `Taux d’effort de ${p.rate} > ${p.cap} avec une échéance de ${p.instalment} en plus d’un loyer résiduel de ${p.residual}.`,
    en: (p) =>
      `Effort rate ${p.rate} > ${p.cap} with an instalment of ${p.instalment} on top of a residual rent of ${p.residual}.`,
  }),
  'planReason.effortWarning': define<{ said: string }>({
    fr: (p) =>
      `${p.said} Un avertissement, pas un refus\u00a0: la politique calcule les plans sur le reste à vivre par unité de consommation.`,
    en: (p) => `${p.said} A warning, not a refusal: the policy sizes plans on the reste à vivre per consumption unit.`,
  }),
  'planReason.resteBelow': define<{ left: string; floor: string; instalment: string }>({
    fr: (p) =>
      `Reste à vivre de ${p.left} par unité de consommation < ${p.floor} avec une échéance de ${p.instalment}.`,
    en: (p) => `Reste à vivre ${p.left} per consumption unit < ${p.floor} with an instalment of ${p.instalment}.`,
  }),
  'planReason.minimumOutOfReach': define<{ said: string }>({
    fr: (p) =>
      `${p.said} Même l’échéance minimale est hors de portée\u00a0: orienter vers le FSL ou un travailleur social plutôt que proposer un plan.`,
    en: (p) =>
      `${p.said} Even the minimum instalment is out of reach: refer to the FSL or a social worker rather than propose a plan.`,
  }),
  'planReason.effortBinds': define<{ max: string; cap: string }>({
    fr: (p) => `Au-delà de ${p.max} par mois, le taux d’effort dépasserait ${p.cap}.`,
    en: (p) => `Above ${p.max} a month, the effort rate would exceed ${p.cap}.`,
  }),
  'planReason.resteBinds': define<{ max: string; floor: string }>({
    fr: (p) => `Au-delà de ${p.max} par mois, le reste à vivre passerait sous ${p.floor} par unité de consommation.`,
    en: (p) => `Above ${p.max} a month, the reste à vivre would fall below ${p.floor} per consumption unit.`,
  }),
  'planReason.instalmentBelowMinimum': define<{ instalment: string; minimum: string }>({
    fr: (p) => `Une échéance de ${p.instalment} est inférieure au minimum de ${p.minimum}.`,
    en: (p) => `An instalment of ${p.instalment} is below the minimum of ${p.minimum}.`,
  }),
  'planReason.durationExceeded': define<{ months: number; maxMonths: number }>({
    fr: (p) => `Le plan durerait ${p.months} mois, plus que les ${p.maxMonths} permis.`,
    en: (p) => `The plan would last ${p.months} months, more than the ${p.maxMonths} allowed.`,
  }),
  'planReason.noDebt': define<Record<string, never>>({
    fr: () => 'Il n’y a aucune dette à rembourser\u00a0: aucun plan n’est nécessaire.',
    en: () => 'There is no debt to repay: no plan is needed.',
  }),
  'planReason.debtBelowMinimum': define<{ debt: string; minimum: string }>({
    fr: (p) =>
      `La dette de ${p.debt} est inférieure à l’échéance minimale de ${p.minimum}, et la politique n’autorise aucune échéance plus petite.`,
    en: (p) =>
      `The debt of ${p.debt} is below the minimum instalment of ${p.minimum}, and the policy allows no smaller instalment.`,
  }),
  'planReason.durationAtMax': define<{ max: string; months: number; maxMonths: number }>({
    fr: (p) =>
      `À ${p.max} par mois, le maximum que le ménage peut payer, le plan durerait ${p.months} mois, plus que les ${p.maxMonths} permis.`,
    en: (p) =>
      `At ${p.max} a month, the most the household can afford, the plan would last ${p.months} months, more than the ${p.maxMonths} allowed.`,
  }),
  'planReason.noSchedule': define<{ minimum: string; max: string }>({
    fr: (p) =>
      `Aucun échéancier ne tient entre l’échéance minimale de ${p.minimum} et les ${p.max} que le ménage peut payer, sans une dernière échéance plus petite.`,
    en: (p) =>
      `No schedule fits between the minimum instalment of ${p.minimum} and the ${p.max} the household can afford, without a smaller last instalment.`,
  }),
});
