/**
 * The messages of the tests of a policy (`runPolicyCases`, `formatCaseReport`, `hlm-recovery
 * test`): each case passed or failed, each expectation with what was expected and what the
 * decision shows, why a case could not run, the summary. Field names (`nextStep`, `level`…) and
 * ids stay as the case file writes them, in both languages.
 *
 * @module
 */
import { define, type MessageDefinition } from './define';

/** A message with no values. */
type None = Record<string, never>;

/** A no-break space, before `:`, `;`, `?` and `!` in French. */
const NB = '\u00a0';

/** The usage of `hlm-recovery test`, the same in both languages. */
const USAGE_FR = 'hlm-recovery test <politique.json|default|-> <cas.json|dossier>… [--format text|json]';
const USAGE_EN = 'hlm-recovery test <policy.json|default|-> <cases.json|folder>… [--format text|json]';

/** One message per expectation field, `cases.field.<key>`: its name in words, then its key. */
function fieldNames<K extends string>(names: Readonly<Record<K, readonly [string, string]>>) {
  return Object.fromEntries(
    Object.entries<readonly [string, string]>(names).map(([key, [fr, en]]) => [
      `cases.field.${key}`,
      define<None>({ fr: () => `${fr} (${key})`, en: () => `${en} (${key})` }),
    ]),
  ) as { readonly [F in K as `cases.field.${F}`]: MessageDefinition<None> };
}

/**
 * The messages of the tests of a policy, by code.
 *
 * @example
 * ```ts
 * CASES_MESSAGES['cases.summary'].en({ passed: '3', failed: '1', total: '4', n: 3 });
 * // => '4 cases: 3 passed, 1 failed'
 * ```
 */
export const CASES_MESSAGES = Object.freeze({
  'cases.file': define<{ file: string }>({
    fr: (p) => `${p.file}${NB}:`,
    en: (p) => `${p.file}:`,
  }),
  'cases.passed': define<{ name: string; checks: string }>({
    fr: (p) => `✓ ${p.name} (${p.checks})`,
    en: (p) => `✓ ${p.name} (${p.checks})`,
  }),
  'cases.failed': define<{ name: string; asOf: string }>({
    fr: (p) => `✗ ${p.name} (au ${p.asOf})`,
    en: (p) => `✗ ${p.name} (as of ${p.asOf})`,
  }),
  'cases.checks': define<{ n: number; count: string }>({
    fr: (p) => `${p.count} ${p.n > 1 ? 'vérifications' : 'vérification'}`,
    en: (p) => `${p.count} ${p.n === 1 ? 'check' : 'checks'}`,
  }),
  'cases.noCheck': define<None>({
    fr: () => 'aucune vérification',
    en: () => 'no check',
  }),
  // What each expectation is about, for a recovery officer; its key in the case file follows.
  ...fieldNames({
    level: ['niveau d’alerte', 'alert level'],
    nextStep: ['prochaine étape', 'next step'],
    channel: ['canal de la prochaine étape', 'channel of the next step'],
    date: ['date de la prochaine étape', 'date of the next step'],
    contactChannel: ['canal du premier contact', 'channel of the first contact'],
    requiresHumanApproval: ['validation humaine', 'human approval'],
    obligations: ['obligations légales', 'legal obligations'],
    obligationsExactly: ['obligations légales', 'legal obligations'],
    planFeasible: ['plan d’apurement', 'repayment plan'],
    messageContains: ['message au locataire', 'message to the tenant'],
  }),
  'cases.checkPassed': define<{ field: string; actual: string }>({
    fr: (p) => `✓ ${p.field}${NB}: ${p.actual}`,
    en: (p) => `✓ ${p.field}: ${p.actual}`,
  }),
  'cases.checkFailed': define<{ field: string; expected: string; actual: string }>({
    fr: (p) => `✗ ${p.field}${NB}: attendu ${p.expected}, obtenu ${p.actual}`,
    en: (p) => `✗ ${p.field}: expected ${p.expected}, got ${p.actual}`,
  }),
  'cases.none': define<None>({
    fr: () => 'aucun',
    en: () => 'none',
  }),
  'cases.yes': define<None>({
    fr: () => 'oui',
    en: () => 'yes',
  }),
  'cases.no': define<None>({
    fr: () => 'non',
    en: () => 'no',
  }),
  'cases.contains': define<{ text: string }>({
    fr: (p) => `un message contenant «${NB}${p.text}${NB}»`,
    en: (p) => `a message containing "${p.text}"`,
  }),
  'cases.allOf': define<{ list: string }>({
    fr: (p) => `au moins ${p.list}`,
    en: (p) => `at least ${p.list}`,
  }),
  'cases.exactly': define<{ list: string }>({
    fr: (p) => `exactement ${p.list}`,
    en: (p) => `exactly ${p.list}`,
  }),
  'cases.noPlan': define<None>({
    fr: () => 'aucun plan proposé',
    en: () => 'no plan proposed',
  }),
  'cases.feasible': define<None>({
    fr: () => 'plan faisable',
    en: () => 'feasible plan',
  }),
  'cases.notFeasible': define<None>({
    fr: () => 'plan non faisable',
    en: () => 'plan not feasible',
  }),
  'cases.error.asOf': define<{ asOf: string }>({
    fr: (p) => `la politique ne peut pas être évaluée au ${p.asOf}`,
    en: (p) => `the policy cannot be evaluated as of ${p.asOf}`,
  }),
  'cases.error.account': define<None>({
    fr: () => 'le compte n’est pas valide',
    en: () => 'the account is not valid',
  }),
  'cases.error.accountFile': define<{ path: string }>({
    fr: (p) =>
      `le fichier de compte ${p.path} n’a pas été lu${NB}: lisez les fichiers de cas avec readPolicyCases (hlm-recovery/node) ou donnez le compte dans le cas`,
    en: (p) =>
      `the account file ${p.path} was not read: read case files with readPolicyCases (hlm-recovery/node), or give the account in the case`,
  }),
  'cases.error.line': define<{ text: string }>({
    fr: (p) => `✗ ${p.text}`,
    en: (p) => `✗ ${p.text}`,
  }),
  'cases.summary': define<{ passed: string; failed: string; total: string; n: number }>({
    fr: (p) => `${p.total} cas${NB}: ${p.passed} ${p.n > 1 ? 'réussis' : 'réussi'}, ${p.failed} en échec`,
    en: (p) => `${p.total} cases: ${p.passed} passed, ${p.failed} failed`,
  }),
  'testCmd.usage': define<None>({
    fr: () => `donnez la politique puis au moins un fichier ou dossier de cas${NB}: ${USAGE_FR}`,
    en: () => `give the policy, then at least one case file or folder: ${USAGE_EN}`,
  }),
  'testCmd.noCases': define<{ path: string }>({
    fr: (p) => `aucun fichier de cas (*.json) dans ${p.path}`,
    en: (p) => `no case file (*.json) in ${p.path}`,
  }),
});
