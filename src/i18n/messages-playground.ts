/**
 * The messages of the policy editor's frame (docs/playground): its header, tabs, statuses and tables. The
 * page renders them by code with `messageText`, in the locale its language switch picks.
 *
 * Counts come formatted (`formatCount`) and pick their code: `….one` for 1 (and 0 in French),
 * `….other` otherwise. Amounts and dates come formatted for the locale too.
 *
 * @module
 */
import { define } from './define';
import { byChannelFr, word } from './words';

/** The no-break space French puts before `:`, `;`, `?`, `!` and inside guillemets. */
const NB = '\u00a0';

type None = Record<string, never>;

/** A text that says the same in both languages (a language's own name, a neutral pattern). */
const same = (text: string) => define<None>({ fr: () => text, en: () => text });

/**
 * The messages of the playground, by code.
 *
 * @example
 * ```ts
 * PLAYGROUND_MESSAGES['playground.policy.problems.one'].fr({ count: '1' });
 * // => '1 problème\u00a0: les décisions ci-dessous viennent de la dernière politique valide'
 * ```
 */
export const PLAYGROUND_MESSAGES = Object.freeze({
  // ----- The page and its header.
  'playground.title': define<None>({
    fr: () => 'Éditeur de la politique de recouvrement',
    en: () => 'Recovery policy editor',
  }),
  'playground.pageTitle': define<None>({
    fr: () => 'hlm-recovery — éditeur de la politique de recouvrement',
    en: () => 'hlm-recovery — recovery policy editor',
  }),
  'playground.intro': define<None>({
    fr: () =>
      `Modifiez une politique de recouvrement, choisissez des comptes de locataires d’exemple, et voyez les décisions et ce qui change par rapport à la politique par défaut. Tout se passe dans cette page${NB}: rien n’est envoyé nulle part.`,
    en: () =>
      'Edit a recovery policy, pick sample tenant accounts, and see the decisions and what changes against the default policy. Everything runs in this page: nothing is sent anywhere.',
  }),
  'playground.docsLink': same('Documentation'),
  // ----- The tabs of the editor.
  'playground.tabs.label': define<None>({ fr: () => 'Parties de l’éditeur', en: () => 'Parts of the editor' }),
  'playground.tabs.policy': define<None>({ fr: () => 'Politique', en: () => 'Policy' }),
  'playground.tabs.results': define<None>({ fr: () => 'Comptes et décisions', en: () => 'Accounts and decisions' }),
  'playground.tabs.comparison': define<None>({ fr: () => 'Comparaison', en: () => 'Comparison' }),
  'playground.tabs.tests': define<None>({ fr: () => 'Tests de la politique', en: () => 'Policy tests' }),
  'playground.language': define<None>({ fr: () => 'Langue', en: () => 'Language' }),
  // Each language by its own name, whatever the language of the page.
  'playground.language.fr': same('Français'),
  'playground.language.en': same('English'),

  // ----- The policy.
  'playground.asOf': define<None>({ fr: () => 'Date d’évaluation', en: () => 'Evaluation date' }),
  'playground.policy.valid': define<None>({ fr: () => 'Politique valide', en: () => 'Valid policy' }),
  'playground.policy.valid.warnings.one': define<{ count: string }>({
    fr: (p) => `Politique valide, ${p.count} avertissement`,
    en: (p) => `Valid policy, ${p.count} warning`,
  }),
  'playground.policy.valid.warnings.other': define<{ count: string }>({
    fr: (p) => `Politique valide, ${p.count} avertissements`,
    en: (p) => `Valid policy, ${p.count} warnings`,
  }),
  'playground.json.invalid': define<None>({ fr: () => 'JSON non valide', en: () => 'Not valid JSON' }),
  'playground.issue.syntax': define<{ line: string; column: string; problem: string }>({
    fr: (p) => `ligne ${p.line}, colonne ${p.column}${NB}: ${p.problem}`,
    en: (p) => `line ${p.line}, column ${p.column}: ${p.problem}`,
  }),
  'playground.issue.at': define<{ line: string; path: string; message: string }>({
    fr: (p) => `ligne ${p.line}${NB}: ${p.path}${NB}: ${p.message}`,
    en: (p) => `line ${p.line}: ${p.path}: ${p.message}`,
  }),
  'playground.issue.root': define<None>({ fr: () => '(la politique)', en: () => '(the policy)' }),
  // ----- The accounts.
  'playground.accounts.heading': define<None>({ fr: () => 'Comptes', en: () => 'Accounts' }),
  'playground.sample': define<None>({ fr: () => 'Échantillon', en: () => 'Sample' }),
  'playground.sample.examples': define<None>({
    fr: () => 'Les 4 comptes d’exemple',
    en: () => 'The 4 example accounts',
  }),
  'playground.sample.demo': define<{ count: string }>({
    fr: (p) => `${p.count} comptes de démonstration générés`,
    en: (p) => `${p.count} generated demo accounts`,
  }),
  // ----- The decisions.
  'playground.decisions.heading': define<None>({ fr: () => 'Décisions', en: () => 'Decisions' }),
  'playground.decisions.account': define<None>({ fr: () => 'Compte', en: () => 'Account' }),
  'playground.decisions.level': define<None>({ fr: () => 'Niveau d’alerte', en: () => 'Alert level' }),
  'playground.decisions.step': define<None>({ fr: () => 'Prochaine étape', en: () => 'Next step' }),
  'playground.decisions.channel': define<None>({ fr: () => 'Canal', en: () => 'Channel' }),
  'playground.decisions.date': define<None>({ fr: () => 'Date', en: () => 'Date' }),
  'playground.decisions.accounts.one': define<{ count: string }>({
    fr: (p) => `${p.count} compte`,
    en: (p) => `${p.count} account`,
  }),
  'playground.decisions.accounts.other': define<{ count: string }>({
    fr: (p) => `${p.count} comptes`,
    en: (p) => `${p.count} accounts`,
  }),
  'playground.decisions.decisions.one': define<{ count: string }>({
    fr: (p) => `${p.count} décision`,
    en: (p) => `${p.count} decision`,
  }),
  'playground.decisions.decisions.other': define<{ count: string }>({
    fr: (p) => `${p.count} décisions`,
    en: (p) => `${p.count} decisions`,
  }),
  'playground.decisions.errors.one': define<{ count: string }>({
    fr: (p) => `${p.count} erreur`,
    en: (p) => `${p.count} error`,
  }),
  'playground.decisions.errors.other': define<{ count: string }>({
    fr: (p) => `${p.count} erreurs`,
    en: (p) => `${p.count} errors`,
  }),
  'playground.decisions.status': define<{ accounts: string; decisions: string; errors: string; date: string }>({
    fr: (p) => `${p.accounts}, ${p.decisions}, ${p.errors}, au ${p.date}`,
    en: (p) => `${p.accounts}, ${p.decisions}, ${p.errors}, as of ${p.date}`,
  }),
  'playground.channel': define<{ channel: string }>({
    fr: (p) => word('channel', p.channel, 'fr'),
    en: (p) => word('channel', p.channel, 'en'),
  }),
  // ----- Against the default policy.
  'playground.comparison.baseline': define<None>({ fr: () => 'politique par défaut', en: () => 'default policy' }),
  'playground.comparison.candidate': define<None>({ fr: () => 'votre politique', en: () => 'your policy' }),
  'playground.comparison.actions': define<None>({
    fr: () => 'Prochaines étapes proposées',
    en: () => 'Next steps proposed',
  }),
  'playground.comparison.byChannel': define<{ channel: string }>({
    fr: (p) => byChannelFr(p.channel),
    en: (p) => `by ${p.channel}`,
  }),
  'playground.comparison.calls': define<None>({
    fr: () => 'Appels téléphoniques (chargés de recouvrement)',
    en: () => 'Phone calls (recovery officers)',
  }),
  'playground.comparison.visits': define<None>({
    fr: () => 'Visites à domicile (CESF)',
    en: () => 'Home visits (social advisers)',
  }),
  'playground.comparison.awaitingApproval': define<None>({
    fr: () => 'En attente d’une validation humaine',
    en: () => 'Awaiting human approval',
  }),
  'playground.comparison.plans': define<None>({
    fr: () => 'Plans d’apurement proposés',
    en: () => 'Repayment plans proposed',
  }),
  'playground.comparison.unchanged': define<None>({
    fr: () => 'Aucun compte ne change.',
    en: () => 'No account changes.',
  }),
  'playground.comparison.changed.one': define<{
    count: string;
    up: string;
    down: string;
    nextStep: string;
    channel: string;
  }>({
    fr: (p) =>
      `${p.count} compte change${NB}: niveau d’alerte en hausse ${p.up}, en baisse ${p.down}${NB}; prochaine étape ${p.nextStep}${NB}; canal ${p.channel}.`,
    en: (p) =>
      `${p.count} account changes: alert level up ${p.up}, down ${p.down}; next step ${p.nextStep}; channel ${p.channel}.`,
  }),
  'playground.comparison.changed.other': define<{
    count: string;
    up: string;
    down: string;
    nextStep: string;
    channel: string;
  }>({
    fr: (p) =>
      `${p.count} comptes changent${NB}: niveau d’alerte en hausse ${p.up}, en baisse ${p.down}${NB}; prochaine étape ${p.nextStep}${NB}; canal ${p.channel}.`,
    en: (p) =>
      `${p.count} accounts change: alert level up ${p.up}, down ${p.down}; next step ${p.nextStep}; channel ${p.channel}.`,
  }),
});
