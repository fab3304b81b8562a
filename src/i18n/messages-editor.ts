/**
 * The messages of the policy side of the editor (docs/playground: the form over the policy, the
 * JSON view, the issues, the policy file): codes `playground.editor.…`.
 *
 * Conditions are told in plain words: each fact by its name in the locale
 * (`playground.editor.fact`), each test by its operator (`playground.editor.cond.op`).
 *
 * @module
 */
import { define } from './define';
import { word } from './words';

/** The no-break space French puts before `:`, `;`, `?`, `!` and inside guillemets. */
const NB = '\u00a0';
/** The narrow no-break space French puts between groups of digits. */
const NNBSP = '\u202f';

type None = Record<string, never>;

/** The facts of a policy's conditions, as French names them (a fact not listed keeps its name). */
const FACTS_FR: Readonly<Record<string, string>> = {
  arrears: 'Dette exigible',
  balance: 'Solde du compte',
  monthsOfArrears: 'Mois impayés',
  debtInMonthsOfRent: 'Dette en mois de loyer',
  daysSinceFirstDefault: 'Jours depuis le premier impayé',
  firstDefaultOn: 'Date du premier impayé',
  partialPayments: 'Échéances payées en partie (6 mois)',
  latePayments: 'Échéances payées en retard (6 mois)',
  missedPayments: 'Échéances impayées (6 mois)',
  chargesRegularisationDebt: 'Dette de régularisation de charges',
  housingBenefit: 'Aide au logement',
  tiersPayant: 'Aide versée au bailleur (tiers payant)',
  benefitUnpaid: 'Impayé constitué au sens de l’aide au logement',
  daysSinceBenefitUnpaid: 'Jours depuis l’impayé au sens de l’aide au logement',
  daysToCafSignalDeadline: 'Jours restants pour signaler l’impayé à la CAF/MSA',
  cafSignalled: 'Impayé signalé à la CAF/MSA',
  ccapexReferred: 'CCAPEX saisie',
  assignationAllowed: 'Assignation possible',
  fslReferred: 'Demande au FSL faite',
  commandementServed: 'Commandement de payer délivré',
  curePeriodOver: 'Délai du commandement de payer expiré',
  assignationServed: 'Assignation délivrée',
  surendettement: 'Dossier de surendettement recevable',
  frozenDebt: 'Dette gelée par le surendettement',
  effortRateNet: 'Taux d’effort net',
  resteAVivrePerUnit: 'Reste à vivre par unité de consommation',
  monthlyResources: 'Ressources mensuelles',
  maxSustainableInstalment: 'Mensualité soutenable la plus haute',
  planAffordable: 'Plan abordable',
  hasPlan: 'Plan d’apurement en cours',
  planUnpaidInstalments: 'Mensualités du plan impayées',
  planStatus: 'État du plan',
  planKind: 'Type de plan',
  contactsLast7Days: 'Contacts des 7 derniers jours',
  contactsLast30Days: 'Contacts des 30 derniers jours',
  daysSinceLastContact: 'Jours depuis le dernier contact',
  tenancy: 'Locataire en place ou parti',
  department: 'Département',
  zone: 'Zone des jours fériés',
  oldestMemberAge: 'Âge du membre le plus âgé du foyer',
  householdSize: 'Personnes au foyer',
  hasMobile: 'Téléphone mobile connu',
  hasEmail: 'Adresse e-mail connue',
  digitalComfort: 'À l’aise avec le numérique',
  preferredChannels: 'Canaux préférés du foyer',
  guardianship: 'Sous mesure de protection',
  interpreterNeeded: 'Besoin d’un interprète',
  socialSupport: 'Suivi par un travailleur social',
  protectiveMeasure: 'Mesure de protection',
  disability: 'Handicap dans le foyer',
  vulnerable: 'Foyer vulnérable',
  vulnerableReviewed: 'Foyer vulnérable vu par la CESF',
  contactsThisEpisode: 'Contacts depuis le début de l’impayé',
  judgment: 'Jugement sur le bail',
  guarantorNoticeDue: 'Dénonciation à la caution à faire',
  depositHeld: 'Dépôt de garantie détenu',
  debtAfterDeposit: 'Dette après le dépôt de garantie',
  finalStatementSent: 'Décompte définitif envoyé',
  daysSinceFinalStatement: 'Jours depuis le décompte définitif',
  daysSinceFormalNotice: 'Jours depuis la mise en demeure',
  daysSinceInjonction: 'Jours depuis l’injonction de payer',
  promisePending: 'Promesse de paiement en cours',
  daysToPromiseDue: 'Jours jusqu’à l’échéance de la promesse',
  brokenPromisesLast6Months: 'Promesses non tenues (6 mois)',
  payerRegime: 'Régime de la procédure CAF/MSA',
  payerPlanDue: 'Plan demandé par la CAF/MSA à envoyer',
  daysToPayerPlanDeadline: 'Jours restants pour envoyer le plan à la CAF/MSA',
  tiersPayantAnswerDue: 'Réponse au tiers payant à faire',
  paidHalfResidualRent: 'Moitié du loyer résiduel payée (30 jours)',
  payerAid: 'Aide selon la dernière décision de la CAF/MSA',
};

/** A fact's name in English words: `daysSinceFirstDefault` → `Days since first default`. */
const factEn = (name: string): string => {
  const words = name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
};

/** The operators, as each language says the test before its value. */
const OPERATORS: Readonly<Record<string, { readonly fr: string; readonly en: string }>> = {
  equal: { fr: '', en: '' },
  notEqual: { fr: 'autre que', en: 'other than' },
  in: { fr: 'l’un de', en: 'one of' },
  notIn: { fr: 'aucun de', en: 'none of' },
  contains: { fr: 'contient', en: 'contains' },
  doesNotContain: { fr: 'ne contient pas', en: 'does not contain' },
  lessThan: { fr: 'moins de', en: 'less than' },
  lessThanInclusive: { fr: 'au plus', en: 'at most' },
  greaterThan: { fr: 'plus de', en: 'more than' },
  greaterThanInclusive: { fr: 'au moins', en: 'at least' },
  decimalGreaterThan: { fr: 'plus de', en: 'more than' },
  decimalGreaterThanInclusive: { fr: 'au moins', en: 'at least' },
  decimalLessThan: { fr: 'moins de', en: 'less than' },
  decimalLessThanInclusive: { fr: 'au plus', en: 'at most' },
  decimalEqual: { fr: '', en: '' },
  dateBefore: { fr: 'avant le', en: 'before' },
  dateOnOrBefore: { fr: 'au plus tard le', en: 'on or before' },
  dateAfter: { fr: 'après le', en: 'after' },
  dateOnOrAfter: { fr: 'au plus tôt le', en: 'on or after' },
};

/** The units of facts and parameters, after a value. */
const UNITS: Readonly<Record<string, { readonly fr: string; readonly en: string }>> = {
  EUR: { fr: '€', en: 'EUR' },
  days: { fr: 'jours', en: 'days' },
  months: { fr: 'mois', en: 'months' },
  years: { fr: 'ans', en: 'years' },
  persons: { fr: 'personnes', en: 'people' },
};

const STEP_KINDS_FR: Readonly<Record<string, string>> = {
  'prevention-contact': 'contact de prévention',
  reminder: 'relance',
  'phone-call': 'appel',
  appointment: 'convocation',
  'home-visit': 'visite à domicile',
  'formal-notice': 'mise en demeure',
  'plan-proposal': 'proposition de plan',
  'social-review': 'examen par la CESF',
  'fsl-referral': 'saisine du FSL',
  'caf-signal': 'signalement CAF/MSA',
  'ccapex-referral': 'saisine de la CCAPEX',
  commandement: 'commandement de payer',
  assignation: 'assignation',
  'surendettement-claim': 'déclaration de créance (surendettement)',
  'guarantor-notice': 'dénonciation à la caution',
  'cohesion-protocol': 'protocole de cohésion sociale',
  'case-review': 'examen du dossier',
  'final-statement': 'décompte définitif',
  'injonction-de-payer': 'injonction de payer',
  'write-off': 'admission en non-valeur',
  'payer-plan': 'plan pour la CAF/MSA',
  'tiers-payant-answer': 'réponse au tiers payant',
};

const DAYS: Readonly<Record<string, { readonly fr: string; readonly en: string }>> = {
  monday: { fr: 'lundi', en: 'Monday' },
  tuesday: { fr: 'mardi', en: 'Tuesday' },
  wednesday: { fr: 'mercredi', en: 'Wednesday' },
  thursday: { fr: 'jeudi', en: 'Thursday' },
  friday: { fr: 'vendredi', en: 'Friday' },
  saturday: { fr: 'samedi', en: 'Saturday' },
  sunday: { fr: 'dimanche', en: 'Sunday' },
};

/** CodeMirror's own words (its search panel, its lint panel, its folding), in French. */
const EDITOR_PHRASES_FR: Readonly<Record<string, string>> = {
  'Go to line': 'Aller à la ligne',
  go: 'aller',
  Find: 'Chercher',
  Replace: 'Remplacer',
  next: 'suivant',
  previous: 'précédent',
  all: 'tout',
  'match case': 'respecter la casse',
  'by word': 'mot entier',
  regexp: 'expression régulière',
  replace: 'remplacer',
  'replace all': 'tout remplacer',
  close: 'fermer',
  'current match': 'occurrence courante',
  'replaced $ matches': '$ occurrences remplacées',
  'replaced match on line $': 'occurrence remplacée à la ligne $',
  'on line': 'à la ligne',
  Diagnostics: 'Problèmes',
  'No diagnostics': 'Aucun problème',
  'Folded lines': 'Lignes repliées',
  'Unfolded lines': 'Lignes dépliées',
  'Fold line': 'Replier la ligne',
  'Unfold line': 'Déplier la ligne',
  'folded code': 'code replié',
  unfold: 'déplier',
  'Selection deleted': 'Sélection supprimée',
  Completions: 'Complétions',
  'Control character': 'Caractère de contrôle',
};

/**
 * The messages of the policy side of the editor, by code.
 *
 * @example
 * ```ts
 * EDITOR_MESSAGES['playground.editor.fact'].fr({ fact: 'arrears' }); // => 'Dette exigible'
 * ```
 */
export const EDITOR_MESSAGES = Object.freeze({
  // ----- The policy tab: its views and its file.
  'playground.editor.heading': define<None>({ fr: () => 'Politique', en: () => 'Policy' }),
  'playground.editor.views': define<None>({ fr: () => 'Vue de la politique', en: () => 'View of the policy' }),
  'playground.editor.view.form': define<None>({ fr: () => 'Formulaire', en: () => 'Form' }),
  'playground.editor.view.json': define<None>({ fr: () => 'JSON', en: () => 'JSON' }),
  'playground.editor.reset': define<None>({
    fr: () => 'Revenir à la politique par défaut',
    en: () => 'Back to the default policy',
  }),
  'playground.editor.upload': define<None>({
    fr: () => 'Ouvrir un fichier de politique',
    en: () => 'Upload a policy file',
  }),
  'playground.editor.drop': define<None>({
    fr: () => 'ou déposez-le sur cette page',
    en: () => 'or drop it on this page',
  }),
  'playground.editor.uploaded': define<{ file: string }>({
    fr: (p) => `Fichier «${NB}${p.file}${NB}» ouvert.`,
    en: (p) => `File "${p.file}" opened.`,
  }),
  'playground.editor.uploadFailed': define<{ file: string }>({
    fr: (p) => `Le fichier «${NB}${p.file}${NB}» n’a pas pu être lu.`,
    en: (p) => `The file "${p.file}" could not be read.`,
  }),
  'playground.editor.download': define<None>({
    fr: () => 'Télécharger le fichier de politique',
    en: () => 'Download the policy file',
  }),
  'playground.editor.fileName': define<None>({ fr: () => 'politique.json', en: () => 'policy.json' }),
  'playground.editor.json.label': define<None>({ fr: () => 'JSON de la politique', en: () => 'Policy JSON' }),
  'playground.editor.json.help': define<None>({
    fr: () =>
      `Ctrl+Espace propose les champs et les valeurs possibles${NB}; survolez un champ pour sa description (en anglais)${NB}; Échap puis Tab sort de l’éditeur.`,
    en: () =>
      'Ctrl+Space suggests the fields and values; hover a field for its description; Escape then Tab leaves the editor.',
  }),
  'playground.editor.phrase': define<{ phrase: string }>({
    fr: (p) => EDITOR_PHRASES_FR[p.phrase] ?? p.phrase,
    en: (p) => p.phrase,
  }),

  // ----- The status and the issues.
  'playground.editor.status.valid': define<None>({ fr: () => 'Politique valide', en: () => 'Valid policy' }),
  'playground.editor.status.checking': define<None>({ fr: () => 'Vérification…', en: () => 'Checking…' }),
  'playground.editor.status.problems.one': define<{ count: string }>({
    fr: (p) => `${p.count} problème${NB}: les autres onglets utilisent la dernière politique valide`,
    en: (p) => `${p.count} problem: the other tabs use the last valid policy`,
  }),
  'playground.editor.status.problems.other': define<{ count: string }>({
    fr: (p) => `${p.count} problèmes${NB}: les autres onglets utilisent la dernière politique valide`,
    en: (p) => `${p.count} problems: the other tabs use the last valid policy`,
  }),
  'playground.editor.issues.heading': define<None>({
    fr: () => 'Problèmes de la politique',
    en: () => 'Problems in the policy',
  }),
  'playground.editor.issues.none': define<None>({
    fr: () => 'Aucun problème.',
    en: () => 'No problem.',
  }),
  'playground.editor.issues.help': define<None>({
    fr: () => 'Cliquez sur un problème (ou Entrée) pour aller à son champ ou à sa ligne.',
    en: () => 'Click a problem (or press Enter) to go to its field or its line.',
  }),
  'playground.editor.warning': define<{ line: string; path: string; message: string }>({
    fr: (p) => `ligne ${p.line}${NB}: ${p.path}${NB}: avertissement${NB}: ${p.message}`,
    en: (p) => `line ${p.line}: ${p.path}: warning: ${p.message}`,
  }),
  'playground.editor.notJson': define<None>({
    fr: () =>
      `Le JSON de la politique a une erreur de syntaxe${NB}: corrigez-la dans la vue JSON pour retrouver le formulaire.`,
    en: () => 'The policy JSON has a syntax error: fix it in the JSON view to get the form back.',
  }),
  'playground.editor.notPolicy': define<None>({
    fr: () => 'Ce JSON n’est pas un objet de politique. Modifiez-le dans la vue JSON.',
    en: () => 'This JSON is not a policy object. Edit it in the JSON view.',
  }),
  'playground.editor.editParameter': define<{ name: string }>({
    fr: (p) => `modifier le paramètre ${p.name}`,
    en: (p) => `edit the parameter ${p.name}`,
  }),
  'playground.editor.editInJson': define<None>({ fr: () => 'modifier dans le JSON', en: () => 'edit in JSON' }),

  // ----- The versions.
  'playground.editor.versions': define<None>({ fr: () => 'Versions', en: () => 'Versions' }),
  'playground.editor.version.pick': define<None>({ fr: () => 'Version modifiée', en: () => 'Version edited' }),
  'playground.editor.version.option': define<{ version: string; from: string; to: string | null }>({
    fr: (p) => (p.to === null ? `${p.version}, à partir du ${p.from}` : `${p.version}, du ${p.from} au ${p.to}`),
    en: (p) => (p.to === null ? `${p.version}, from ${p.from}` : `${p.version}, from ${p.from} to ${p.to}`),
  }),
  'playground.editor.version.inForce': define<{ date: string }>({
    fr: (p) => `(en vigueur le ${p.date})`,
    en: (p) => `(in force on ${p.date})`,
  }),
  'playground.editor.version.none': define<{ date: string }>({
    fr: (p) => `Aucune version n’est en vigueur le ${p.date}.`,
    en: (p) => `No version is in force on ${p.date}.`,
  }),
  'playground.editor.version.label': define<None>({ fr: () => 'Version', en: () => 'Version' }),
  'playground.editor.version.name': define<None>({ fr: () => 'Nom de la politique', en: () => 'Name of the policy' }),
  'playground.editor.version.from': define<None>({ fr: () => 'En vigueur à partir du', en: () => 'In force from' }),
  'playground.editor.version.to': define<None>({
    fr: () => 'Plus en vigueur à partir du (facultatif)',
    en: () => 'No longer in force from (optional)',
  }),

  // ----- Parameters.
  'playground.editor.parameters': define<None>({ fr: () => 'Paramètres', en: () => 'Parameters' }),
  'playground.editor.parameters.help': define<None>({
    fr: () => 'Les valeurs nommées que les conditions utilisent. Les montants s’écrivent 2000.00.',
    en: () => 'The named values the conditions use. Amounts are written 2000.00.',
  }),
  'playground.editor.parameter.name': define<None>({ fr: () => 'Paramètre', en: () => 'Parameter' }),
  'playground.editor.parameter.value': define<None>({ fr: () => 'Valeur', en: () => 'Value' }),
  'playground.editor.parameter.description': define<None>({ fr: () => 'Rôle', en: () => 'What it is for' }),
  'playground.editor.parameter.valueOf': define<{ name: string }>({
    fr: (p) => `Valeur du paramètre ${p.name}`,
    en: (p) => `Value of the parameter ${p.name}`,
  }),

  // ----- Levels.
  'playground.editor.levels': define<None>({ fr: () => 'Niveaux d’alerte', en: () => 'Alert levels' }),
  'playground.editor.levels.help': define<None>({
    fr: () =>
      'Le niveau d’un compte est le plus haut dont les conditions sont remplies. Les seuils se modifient dans les phrases.',
    en: () => 'An account is at the highest level whose conditions hold. Thresholds are edited in the sentences.',
  }),
  'playground.editor.level.rank': define<None>({ fr: () => 'Rang', en: () => 'Rank' }),
  'playground.editor.level.label': define<None>({ fr: () => 'Libellé', en: () => 'Label' }),
  'playground.editor.level.conditions': define<None>({ fr: () => 'Quand', en: () => 'When' }),
  'playground.editor.level.labelOf': define<{ id: string }>({
    fr: (p) => `Libellé du niveau ${p.id}`,
    en: (p) => `Label of the level ${p.id}`,
  }),
  'playground.editor.level.base': define<None>({
    fr: () => 'Niveau de base (aucune condition)',
    en: () => 'Base level (no condition)',
  }),

  // ----- Conditions, in plain words.
  'playground.editor.fact': define<{ fact: string }>({
    fr: (p) => FACTS_FR[p.fact] ?? p.fact,
    en: (p) => factEn(p.fact),
  }),
  'playground.editor.cond.test': define<{ fact: string; test: string }>({
    fr: (p) => `${p.fact}${NB}: ${p.test}`,
    en: (p) => `${p.fact}: ${p.test}`,
  }),
  'playground.editor.cond.op': define<{ operator: string; value: string }>({
    fr: (p) => `${OPERATORS[p.operator]?.fr ?? p.operator} ${p.value}`.trim(),
    en: (p) => `${OPERATORS[p.operator]?.en ?? p.operator} ${p.value}`.trim(),
  }),
  'playground.editor.cond.missing': define<None>({ fr: () => 'inconnu', en: () => 'unknown' }),
  'playground.editor.cond.present': define<None>({ fr: () => 'connu', en: () => 'known' }),
  'playground.editor.cond.all': define<None>({ fr: () => `Toutes ces conditions${NB}:`, en: () => 'All of these:' }),
  'playground.editor.cond.any': define<None>({ fr: () => `L’une de ces conditions${NB}:`, en: () => 'Any of these:' }),
  'playground.editor.cond.not': define<None>({ fr: () => `Pas ceci${NB}:`, en: () => 'Not this:' }),
  'playground.editor.cond.always': define<None>({ fr: () => 'Toujours', en: () => 'Always' }),
  'playground.editor.cond.param': define<{ name: string; value: string }>({
    fr: (p) => `${p.value} (paramètre ${p.name})`,
    en: (p) => `${p.value} (parameter ${p.name})`,
  }),
  'playground.editor.cond.factRef': define<{ fact: string }>({
    fr: (p) => `la valeur de «${NB}${p.fact}${NB}»`,
    en: (p) => `the value of "${p.fact}"`,
  }),
  'playground.editor.cond.path': define<{ path: string }>({
    fr: (p) => `(lu en ${p.path})`,
    en: (p) => `(read at ${p.path})`,
  }),
  'playground.editor.cond.valueOf': define<{ fact: string }>({
    fr: (p) => `Seuil${NB}: ${p.fact}`,
    en: (p) => `Threshold: ${p.fact}`,
  }),
  'playground.editor.yes': define<None>({ fr: () => 'oui', en: () => 'yes' }),
  'playground.editor.no': define<None>({ fr: () => 'non', en: () => 'no' }),
  'playground.editor.unit': define<{ unit: string }>({
    fr: (p) => UNITS[p.unit]?.fr ?? p.unit,
    en: (p) => UNITS[p.unit]?.en ?? p.unit,
  }),

  // ----- Channels.
  'playground.editor.channels': define<None>({
    fr: () => 'Canaux selon le profil du locataire',
    en: () => 'Channels by tenant profile',
  }),
  'playground.editor.channels.help': define<None>({
    fr: () => 'La première règle dont le profil correspond donne les canaux des relances, utilisés à tour de rôle.',
    en: () => 'The first rule whose profile matches gives the channels of the reminders, used in turn.',
  }),
  'playground.editor.channels.rule': define<None>({ fr: () => 'Règle', en: () => 'Rule' }),
  'playground.editor.channels.profile': define<None>({ fr: () => 'Profil', en: () => 'Profile' }),
  'playground.editor.channels.use': define<None>({ fr: () => 'Canaux, dans l’ordre', en: () => 'Channels, in order' }),
  'playground.editor.channels.fallback': define<None>({
    fr: () => 'Aucune règle ne correspond',
    en: () => 'No rule matches',
  }),
  'playground.editor.channels.at': define<{ n: number; of: string }>({
    fr: (p) => `Canal ${p.n} (${p.of})`,
    en: (p) => `Channel ${p.n} (${p.of})`,
  }),
  'playground.editor.channels.add': define<{ of: string }>({
    fr: (p) => `Ajouter un canal (${p.of})`,
    en: (p) => `Add a channel (${p.of})`,
  }),
  'playground.editor.channels.remove': define<{ n: number; of: string }>({
    fr: (p) => `Retirer le canal ${p.n} (${p.of})`,
    en: (p) => `Remove channel ${p.n} (${p.of})`,
  }),
  'playground.editor.channels.addOption': define<None>({ fr: () => '+ ajouter…', en: () => '+ add…' }),

  // ----- Cadence.
  'playground.editor.cadence': define<None>({ fr: () => 'Rythme des contacts', en: () => 'Contact cadence' }),
  'playground.editor.cadence.min': define<None>({
    fr: () => 'Jours au moins entre deux contacts',
    en: () => 'Fewest days between two contacts',
  }),
  'playground.editor.cadence.max': define<None>({
    fr: () => 'Jours au plus sans contact tant qu’une somme est due',
    en: () => 'Most days without a contact while something is owed',
  }),
  'playground.editor.cadence.perWeek': define<None>({
    fr: () => 'Contacts au plus sur 7 jours',
    en: () => 'Most contacts in any 7 days',
  }),
  'playground.editor.cadence.days': define<None>({ fr: () => 'Jours de contact', en: () => 'Contact days' }),
  'playground.editor.cadence.day': define<{ day: string }>({
    fr: (p) => DAYS[p.day]?.fr ?? p.day,
    en: (p) => DAYS[p.day]?.en ?? p.day,
  }),
  'playground.editor.cadence.from': define<None>({
    fr: () => 'Appels et visites à partir de',
    en: () => 'Calls and visits from',
  }),
  'playground.editor.cadence.to': define<None>({ fr: () => 'jusqu’à', en: () => 'until' }),
  'playground.editor.cadence.byLevel': define<None>({
    fr: () => 'Délais propres à certains niveaux',
    en: () => 'Delays of particular levels',
  }),

  // ----- Steps.
  'playground.editor.steps': define<None>({ fr: () => 'Échelle des relances', en: () => 'Escalation ladder' }),
  'playground.editor.steps.help': define<None>({
    fr: () =>
      'La première étape qui s’applique est proposée. Les étapes à effet juridique demandent une validation humaine.',
    en: () => 'The first step that applies is proposed. Steps with legal effect need a human approval.',
  }),
  'playground.editor.step.n': define<None>({ fr: () => 'N°', en: () => 'No.' }),
  'playground.editor.step.label': define<None>({ fr: () => 'Étape', en: () => 'Step' }),
  'playground.editor.step.kind': define<{ kind: string }>({
    fr: (p) => STEP_KINDS_FR[p.kind] ?? p.kind,
    en: (p) => p.kind,
  }),
  'playground.editor.step.conditions': define<None>({ fr: () => 'Quand', en: () => 'When' }),
  'playground.editor.step.channel': define<None>({ fr: () => 'Canal', en: () => 'Channel' }),
  'playground.editor.step.profile': define<None>({
    fr: () => 'selon le profil',
    en: () => 'by profile',
  }),
  'playground.editor.step.approval': define<None>({ fr: () => 'Validation humaine', en: () => 'Human approval' }),
  'playground.editor.step.role': define<None>({ fr: () => 'Qui', en: () => 'Who' }),
  'playground.editor.step.roleDefault': define<None>({ fr: () => 'selon l’étape', en: () => 'by kind' }),
  'playground.editor.step.labelOf': define<{ id: string }>({
    fr: (p) => `Libellé de l’étape ${p.id}`,
    en: (p) => `Label of the step ${p.id}`,
  }),
  'playground.editor.step.channelOf': define<{ id: string }>({
    fr: (p) => `Canal de l’étape ${p.id}`,
    en: (p) => `Channel of the step ${p.id}`,
  }),
  'playground.editor.step.approvalOf': define<{ id: string }>({
    fr: (p) => `Validation humaine de l’étape ${p.id}`,
    en: (p) => `Human approval of the step ${p.id}`,
  }),
  'playground.editor.step.roleOf': define<{ id: string }>({
    fr: (p) => `Qui mène l’étape ${p.id}`,
    en: (p) => `Who carries out the step ${p.id}`,
  }),
  'playground.editor.role': define<{ role: string }>({
    fr: (p) => word('role', p.role, 'fr'),
    en: (p) => word('role', p.role, 'en'),
  }),

  // ----- Plans.
  'playground.editor.plans': define<None>({
    fr: () => 'Limites des plans d’apurement',
    en: () => 'Repayment plan limits',
  }),
  'playground.editor.plans.maxEffortRate': define<None>({
    fr: () => 'Taux d’effort le plus haut (0.30 pour 30\u202f%)',
    en: () => 'Highest effort rate (0.30 for 30%)',
  }),
  'playground.editor.plans.effortRateBinding': define<None>({
    fr: () => 'Refuser un plan au-delà de ce taux',
    en: () => 'Refuse a plan above this rate',
  }),
  'playground.editor.plans.minResteAVivrePerUnit': define<None>({
    fr: () => 'Reste à vivre minimal par unité de consommation (€ par mois)',
    en: () => 'Lowest reste à vivre per consumption unit (EUR a month)',
  }),
  'playground.editor.plans.minInstalment': define<None>({
    fr: () => 'Mensualité minimale (€)',
    en: () => 'Lowest instalment (EUR)',
  }),
  'playground.editor.plans.maxDurationMonths': define<None>({
    fr: () => 'Durée la plus longue (mois)',
    en: () => 'Longest plan (months)',
  }),
  'playground.editor.plans.allowSmallerLastInstalment': define<None>({
    fr: () => 'Dernière mensualité plus petite permise',
    en: () => 'A smaller last instalment is allowed',
  }),
  'playground.editor.plans.style': define<None>({ fr: () => 'Calcul du plan', en: () => 'Plan style' }),
  'playground.editor.plans.style.shortest': define<None>({ fr: () => 'le plus court', en: () => 'shortest' }),
  'playground.editor.plans.style.caf-36': define<None>({
    fr: () => 'CAF (1/36 sur 36 mois)',
    en: () => 'CAF (1/36 over 36 months)',
  }),
  'playground.editor.plans.dueDateRule': define<None>({
    fr: () => 'Échéance un jour non ouvré',
    en: () => 'A due date on a non-business day',
  }),
  'playground.editor.plans.dueDateRule.none': define<None>({ fr: () => 'reste telle quelle', en: () => 'stays' }),
  'playground.editor.plans.dueDateRule.next-business-day': define<None>({
    fr: () => 'passe au jour ouvré suivant',
    en: () => 'moves to the next business day',
  }),
  'playground.editor.plans.brokenAfterUnpaid': define<None>({
    fr: () => 'Mensualités impayées qui rompent le plan',
    en: () => 'Unpaid instalments that break a plan',
  }),
  'playground.editor.plans.unset': define<None>({ fr: () => '(par défaut)', en: () => '(default)' }),

  // ----- Overrides.
  'playground.editor.overrides': define<None>({
    fr: () => 'Réglages par département',
    en: () => 'Settings by department',
  }),
  'playground.editor.overrides.none': define<None>({
    fr: () => 'Aucun réglage propre à un département.',
    en: () => 'No setting of a department’s own.',
  }),
  'playground.editor.overrides.add': define<None>({
    fr: () => 'Ajouter un réglage par département',
    en: () => 'Add settings for departments',
  }),
  'playground.editor.overrides.remove': define<{ n: number }>({
    fr: (p) => `Retirer le réglage ${p.n}`,
    en: (p) => `Remove settings ${p.n}`,
  }),
  'playground.editor.overrides.departments': define<{ n: number }>({
    fr: (p) => `Départements du réglage ${p.n} (séparés par des virgules)`,
    en: (p) => `Departments of settings ${p.n} (comma-separated)`,
  }),
  'playground.editor.overrides.parameters': define<None>({
    fr: () => 'Paramètres remplacés',
    en: () => 'Parameters replaced',
  }),
  'playground.editor.overrides.plans': define<None>({
    fr: () => 'Limites des plans remplacées',
    en: () => 'Plan limits replaced',
  }),

  // ----- Messages.
  'playground.editor.messages': define<None>({ fr: () => 'Modèles de messages', en: () => 'Message templates' }),
  'playground.editor.messages.help': define<None>({
    fr: () =>
      `Des variables entre accolades${NB}: {{amountDueText}}, {{param:landlordPhone}}, {{tenantName|Madame, Monsieur}}. Le nombre de SMS compte le message rempli au plus long, comme la vérification de la politique${NB}: noms à 40 caractères, montants comme 999${NNBSP}999,99${NB}€, paramètres à leur valeur la plus longue.`,
    en: () =>
      'Variables between braces: {{amountDueText}}, {{param:landlordPhone}}, {{tenantName|Madame, Monsieur}}. The SMS count is of the message filled in at its longest, as the policy check counts it: names at 40 characters, amounts as 999,999.99 €, parameters at their longest value.',
  }),
  'playground.editor.message.heading': define<{ step: string; locale: string; from: number }>({
    fr: (p) => `Étape ${p.step}, en ${p.locale === 'en' ? 'anglais' : 'français'}, à partir du contact n° ${p.from}`,
    en: (p) => `Step ${p.step}, in ${p.locale === 'en' ? 'English' : 'French'}, from contact no. ${p.from}`,
  }),
  'playground.editor.message.channel': define<{ channel: string }>({
    fr: (p) =>
      (
        ({
          sms: 'SMS',
          'email.subject': 'Objet de l’e-mail',
          'email.text': 'Texte de l’e-mail',
          letter: 'Courrier',
          'registered-letter': 'Lettre recommandée',
          phone: 'Script d’appel',
          appointment: 'Lettre de convocation',
          'home-visit': 'Lettre d’annonce de visite',
        }) as Record<string, string>
      )[p.channel] ?? p.channel,
    en: (p) =>
      (
        ({
          sms: 'SMS',
          'email.subject': 'E-mail subject',
          'email.text': 'E-mail text',
          letter: 'Letter',
          'registered-letter': 'Registered letter',
          phone: 'Phone script',
          appointment: 'Appointment letter',
          'home-visit': 'Home-visit letter',
        }) as Record<string, string>
      )[p.channel] ?? p.channel,
  }),
  'playground.editor.sms.count.one': define<{ count: string; encoding: string; length: string }>({
    fr: (p) => `au plus ${p.count} SMS une fois rempli (${p.encoding}, jusqu’à ${p.length} caractères)`,
    en: (p) => `at most ${p.count} SMS once filled in (${p.encoding}, up to ${p.length} characters)`,
  }),
  'playground.editor.sms.count.other': define<{ count: string; encoding: string; length: string }>({
    fr: (p) => `au plus ${p.count} SMS une fois rempli (${p.encoding}, jusqu’à ${p.length} caractères)`,
    en: (p) => `at most ${p.count} SMS once filled in (${p.encoding}, up to ${p.length} characters)`,
  }),
  'playground.editor.sms.limits': define<None>({
    fr: () => `GSM-7${NB}: 160 caractères pour un SMS, 153 par partie au-delà${NB}; UCS-2${NB}: 70, puis 67.`,
    en: () => 'GSM-7: 160 characters for one SMS, 153 a part beyond; UCS-2: 70, then 67.',
  }),
  'playground.editor.sms.nonGsm': define<{ char: string }>({
    fr: (p) => `le caractère «${NB}${p.char}${NB}» fait passer le SMS en UCS-2`,
    en: (p) => `the character "${p.char}" makes the SMS UCS-2`,
  }),
  'playground.editor.sms.tooLong': define<{ max: number }>({
    fr: (p) => `plus de ${p.max} SMS${NB}: raccourcissez le texte`,
    en: (p) => `more than ${p.max} SMS: shorten the text`,
  }),
});
