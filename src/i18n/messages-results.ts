/**
 * The messages of the accounts, decisions, charts, comparison and tests tabs of the editor
 * (docs/playground): codes playground.results.…, playground.charts.…, playground.compare.…,
 * playground.tests.…. Counts, amounts and dates come formatted for the locale.
 *
 * @module
 */
import { define } from './define';

/** The no-break space French puts before `:`, `;`, `?`, `!` and inside guillemets. */
const NB = '\u00a0';

type None = Record<string, never>;

/** A text with no values, in both languages. */
const text = (fr: string, en: string) => define<None>({ fr: () => fr, en: () => en });

/**
 * The messages, by code.
 *
 * @example
 * ```ts
 * RESULTS_MESSAGES['playground.results.progress'].fr({ done: '12\u202f000', total: '50\u202f000' });
 * // => '12 000 / 50 000 comptes'
 * ```
 */
export const RESULTS_MESSAGES = Object.freeze({
  // ----- The accounts.
  'playground.results.source': text('Comptes évalués', 'Accounts evaluated'),
  'playground.results.files': define<{ names: string }>({
    fr: (p) => `Vos fichiers${NB}: ${p.names}`,
    en: (p) => `Your files: ${p.names}`,
  }),
  'playground.results.filesNone': text(
    'Vos fichiers (déposez-les ou choisissez-les)',
    'Your files (drop or pick them)',
  ),
  'playground.results.drop': text(
    'Déposez ici vos fichiers de comptes, ou choisissez-les',
    'Drop your account files here, or pick them',
  ),
  'playground.results.dropHint': text(
    `CSV (séparateur « ;${NB}» ou « ,${NB}», colonnes en français ou en anglais, avec le fichier des écritures <nom>.ledger.csv), NDJSON ou JSON. Les fichiers restent dans votre navigateur.`,
    'CSV (";" or "," separated, French or English column names, with the ledger file <name>.ledger.csv), NDJSON or JSON. The files stay in your browser.',
  ),
  'playground.results.ledgerOnly': text(
    `Seul un fichier d’écritures (.ledger.csv) a été donné${NB}: ajoutez le fichier des comptes.`,
    'Only a ledger file (.ledger.csv) was given: add the accounts file.',
  ),
  'playground.results.loading': text('Lecture en cours…', 'Reading…'),
  'playground.results.loadProblem': define<{ problem: string }>({
    fr: (p) => `Les comptes ne peuvent pas être lus${NB}: ${p.problem}`,
    en: (p) => `The accounts cannot be read: ${p.problem}`,
  }),
  'playground.results.runProblem': define<{ problem: string }>({
    fr: (p) => `La politique ne peut pas être appliquée${NB}: ${p.problem}`,
    en: (p) => `The policy cannot be applied: ${p.problem}`,
  }),
  'playground.results.noPolicy': text(
    `Aucune politique valide pour l’instant${NB}: corrigez la politique pour voir les décisions.`,
    'No valid policy yet: correct the policy to see the decisions.',
  ),
  'playground.results.progress': define<{ done: string; total: string }>({
    fr: (p) => `${p.done} / ${p.total} comptes`,
    en: (p) => `${p.done} / ${p.total} accounts`,
  }),
  'playground.results.progressLabel': text('Évaluation des comptes', 'Evaluating the accounts'),
  'playground.results.moved': define<{ date: string }>({
    fr: (p) =>
      `Aperçu au ${p.date}${NB}: la politique ne s’applique qu’à partir de cette date, les décisions sont calculées ce jour-là.`,
    en: (p) => `Preview as of ${p.date}: the policy applies only from that date, the decisions are made on that day.`,
  }),
  'playground.results.errorAt': define<{ line: string; message: string }>({
    fr: (p) => `ligne ${p.line}${NB}: ${p.message}`,
    en: (p) => `line ${p.line}: ${p.message}`,
  }),

  // ----- The table of decisions.
  'playground.results.filters': text('Filtrer les décisions', 'Filter the decisions'),
  'playground.results.search': text('Rechercher un compte', 'Search an account'),
  'playground.results.all': text('Tous', 'All'),
  'playground.results.department': text('Département', 'Department'),
  'playground.results.approval': text('Validation humaine', 'Human approval'),
  'playground.results.approval.yes': text('en attente', 'awaiting'),
  'playground.results.approval.no': text('non requise', 'not needed'),
  'playground.results.debt': text('Dette', 'Debt'),
  'playground.results.months': text('Mois impayés', 'Months unpaid'),
  'playground.results.noStep': text('(aucune)', '(none)'),
  'playground.results.clearFilters': text('Effacer les filtres', 'Clear the filters'),
  'playground.results.shown': define<{ shown: string; total: string }>({
    fr: (p) => `${p.shown} décisions affichées sur ${p.total}`,
    en: (p) => `${p.shown} decisions shown of ${p.total}`,
  }),
  'playground.results.open': define<{ id: string }>({
    fr: (p) => `Ouvrir la décision du compte ${p.id}`,
    en: (p) => `Open the decision of account ${p.id}`,
  }),
  'playground.results.pages': text('Pages du tableau', 'Pages of the table'),
  'playground.results.previous': text('Page précédente', 'Previous page'),
  'playground.results.next': text('Page suivante', 'Next page'),
  'playground.results.page': define<{ from: string; to: string; total: string }>({
    fr: (p) => `lignes ${p.from} à ${p.to} sur ${p.total}`,
    en: (p) => `rows ${p.from} to ${p.to} of ${p.total}`,
  }),

  // ----- The decision opened.
  'playground.results.detail': define<{ id: string }>({
    fr: (p) => `Décision du compte ${p.id}`,
    en: (p) => `Decision of account ${p.id}`,
  }),
  'playground.results.close': text('Fermer', 'Close'),
  'playground.results.narrative': text('Explication', 'Explanation'),
  'playground.results.messages': text('Messages au locataire', 'Messages to the tenant'),
  'playground.results.noMessage': text('Aucun message pour cette décision.', 'No message for this decision.'),
  'playground.results.messageOf': define<{ step: string; channel: string }>({
    fr: (p) => `${p.step} (${p.channel})`,
    en: (p) => `${p.step} (${p.channel})`,
  }),

  // ----- Downloads.
  'playground.results.downloads': text('Télécharger les décisions', 'Download the decisions'),
  'playground.results.download.csvFr': text('CSV pour Excel en français (;)', 'CSV for French Excel (;)'),
  'playground.results.download.csv': text('CSV (,)', 'CSV (,)'),
  'playground.results.download.ndjson': text('NDJSON (décisions complètes)', 'NDJSON (full decisions)'),
  'playground.results.downloadProgress': text('Préparation du fichier', 'Preparing the file'),

  // ----- Charts.
  'playground.charts.heading': text('En graphiques', 'In charts'),
  'playground.charts.headingFiltered': text('En graphiques (décisions filtrées)', 'In charts (filtered decisions)'),
  'playground.charts.levels': text('Comptes par niveau d’alerte', 'Accounts by alert level'),
  'playground.charts.channels': text('Contacts par canal', 'Contacts by channel'),
  'playground.charts.roles': text('Charge de travail par rôle (actions)', 'Workload by role (actions)'),
  'playground.charts.ageing': text('Ancienneté de la dette (euros)', 'Ageing of the debt (euros)'),
  'playground.charts.ageing.0': text('moins d’1 mois', 'under 1 month'),
  'playground.charts.ageing.1': text('1 à 3 mois', '1 to 3 months'),
  'playground.charts.ageing.2': text('3 à 6 mois', '3 to 6 months'),
  'playground.charts.ageing.3': text('6 à 12 mois', '6 to 12 months'),
  'playground.charts.ageing.4': text('plus de 12 mois', 'over 12 months'),
  'playground.charts.empty': text('rien à montrer', 'nothing to show'),

  // ----- The comparison.
  'playground.compare.heading': text('Comparaison des politiques', 'Comparison of policies'),
  'playground.compare.intro': text(
    'Votre politique (candidate) appliquée aux mêmes comptes que la politique de référence.',
    'Your policy (the candidate) applied to the same accounts as the reference policy.',
  ),
  'playground.compare.baselineDefault': text(
    `Politique de référence${NB}: la politique par défaut.`,
    'Reference policy: the default policy.',
  ),
  'playground.compare.baselineFile': define<{ name: string }>({
    fr: (p) => `Politique de référence${NB}: ${p.name}.`,
    en: (p) => `Reference policy: ${p.name}.`,
  }),
  'playground.compare.useDefault': text('Revenir à la politique par défaut', 'Back to the default policy'),
  'playground.compare.pick': text(
    'Comparer avec un autre fichier de politique (déposez-le ou choisissez-le)',
    'Compare with another policy file (drop or pick it)',
  ),
  'playground.compare.pickHint': text(
    'Un fichier JSON de politique, comme celui que télécharge l’onglet Politique.',
    'A JSON policy file, like the one the Policy tab downloads.',
  ),
  'playground.compare.fileProblem': define<{ name: string; problem: string }>({
    fr: (p) => `${p.name} n’est pas un fichier JSON lisible${NB}: ${p.problem}`,
    en: (p) => `${p.name} is not a readable JSON file: ${p.problem}`,
  }),
  'playground.compare.run': text('Comparer', 'Compare'),
  'playground.compare.progressLabel': text('Comparaison des politiques', 'Comparing the policies'),
  'playground.compare.problem': define<{ problem: string }>({
    fr: (p) => `La comparaison est impossible${NB}: ${p.problem}`,
    en: (p) => `The comparison cannot be made: ${p.problem}`,
  }),
  'playground.compare.moved': define<{ date: string }>({
    fr: (p) => `Aperçu au ${p.date}${NB}: la politique candidate ne s’applique qu’à partir de cette date`,
    en: (p) => `Preview as of ${p.date}: the candidate policy applies only from that date`,
  }),
  'playground.compare.on': define<{ accounts: string; date: string }>({
    fr: (p) => `(${p.accounts}, au ${p.date})`,
    en: (p) => `(${p.accounts}, as of ${p.date})`,
  }),
  'playground.compare.heatmap': text(
    'Passages d’un niveau d’alerte à l’autre (comptes)',
    'Moves from one alert level to another (accounts)',
  ),
  'playground.compare.axis.baseline': text('Référence', 'Reference'),
  'playground.compare.axis.candidate': text('Votre politique', 'Your policy'),
  'playground.compare.cell': define<{ from: string; to: string; count: string }>({
    fr: (p) => `${p.from} → ${p.to}${NB}: ${p.count}`,
    en: (p) => `${p.from} → ${p.to}: ${p.count}`,
  }),
  'playground.compare.counts': text('Ce qui change en nombre', 'What changes in numbers'),
  'playground.compare.what': text('Indicateur', 'Measure'),
  'playground.compare.difference': text('Écart', 'Difference'),
  'playground.compare.changes': text('Comptes qui changent', 'Accounts that change'),
  'playground.compare.changesFirst': define<{ count: string; total: string }>({
    fr: (p) => `Comptes qui changent (les ${p.count} premiers sur ${p.total})`,
    en: (p) => `Accounts that change (the first ${p.count} of ${p.total})`,
  }),
  'playground.compare.download': text(
    'Télécharger les comptes qui changent (CSV)',
    'Download the accounts that change (CSV)',
  ),

  // ----- The tests of the policy.
  'playground.tests.heading': text('Tests de la politique', 'Policy tests'),
  'playground.tests.intro': text(
    `Des cas écrits par l’équipe${NB}: un compte, une date et ce que la décision doit montrer. Ils sont rejoués sur votre politique à chaque modification (format de hlm-recovery test).`,
    'Cases written by the team: an account, a date and what the decision must show. They run again on your policy at each change (the format of hlm-recovery test).',
  ),
  'playground.tests.kept': text(
    'Ces fichiers de cas sont gardés dans ce navigateur pour votre prochaine visite.',
    'These case files are kept in this browser for your next visit.',
  ),
  'playground.tests.forget': text('Oublier ces cas', 'Forget these cases'),
  'playground.tests.loadDefault': text(
    'Charger les cas de la politique par défaut (les scénarios de la documentation)',
    'Load the cases of the default policy (the scenarios of the documentation)',
  ),
  'playground.tests.pick': text(
    'Déposez ici vos fichiers de cas (JSON), ou choisissez-les',
    'Drop your case files (JSON) here, or pick them',
  ),
  'playground.tests.pickHint': text(
    'Joignez les fichiers de comptes qu’un cas nomme par leur chemin.',
    'Add the account files a case names by their path.',
  ),
  'playground.tests.files': define<{ names: string }>({
    fr: (p) => `Fichiers${NB}: ${p.names}`,
    en: (p) => `Files: ${p.names}`,
  }),
  'playground.tests.accountMissing': define<{ path: string }>({
    fr: (p) =>
      `le compte de ce cas est dans le fichier ${p.path}, qui n’a pas été donné${NB}: ajoutez le fichier de compte ${p.path.split('/').pop()} aux fichiers déposés`,
    en: (p) =>
      `the account of this case is in the file ${p.path}, which was not given: add the account file ${p.path.split('/').pop()} to the files dropped`,
  }),
  'playground.tests.none': text('Aucun cas dans ces fichiers.', 'No case in these files.'),
  'playground.tests.passed': text('réussi', 'passed'),
  'playground.tests.failed': text('en échec', 'failed'),
  'playground.tests.asOf': define<{ date: string; file: string }>({
    fr: (p) => `au ${p.date}${p.file ? `, ${p.file}` : ''}`,
    en: (p) => `as of ${p.date}${p.file ? `, ${p.file}` : ''}`,
  }),
  'playground.tests.field': text('Vérification', 'Check'),
  'playground.tests.expected': text('Attendu', 'Expected'),
  'playground.tests.actual': text('Obtenu', 'Actual'),
  'playground.tests.result': text('Résultat', 'Result'),
  'playground.tests.ok': text('✓ conforme', '✓ as expected'),
  'playground.tests.ko': text('✗ différent', '✗ differs'),
});
