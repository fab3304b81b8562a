/**
 * Running cases (issue #22, "Tests for policies"): each expectation compared with the decision,
 * passing and failing with what was expected and what the decision shows, in French and English;
 * a case that cannot run fails with its reason and never stops the others.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatCaseReport, parsePolicyCases, runPolicyCases, type CaseExpectations } from '../../src/cases';
import { ValidationError } from '../../src/errors';
import { defaultPolicy, loadPolicy } from '../../src/rules';
import { repoFile } from '../cli/io';

const account = JSON.parse(readFileSync(repoFile('examples/accounts/a-1029-two-months-behind.json'), 'utf8'));
const asOf = '2026-11-23';

/** The one case's result, with these expectations on A-1029 as of 2026-11-23. */
function run(expectations: CaseExpectations, locale: 'fr' | 'en' = 'en') {
  const cases = parsePolicyCases({ name: 'A-1029', asOf, account, expect: expectations });
  return runPolicyCases(defaultPolicy, cases, { locale });
}

// What A-1029 shows as of 2026-11-23 (the decision pinned in examples/policies/cases/default).
const HOLDS: CaseExpectations = {
  level: 'benefit-unpaid',
  nextStep: 'caf-signal',
  channel: 'internal',
  date: '2026-11-23',
  contactChannel: 'sms',
  requiresHumanApproval: false,
  obligations: ['caf_signal'],
  obligationsExactly: ['winter_truce', 'caf_signal'],
  planFeasible: true,
  messageContains: '734,60 €',
};

// For each field, a value the decision does not show, and what it does show.
const FAILS: readonly [keyof CaseExpectations, unknown, unknown][] = [
  ['level', 'late', 'benefit-unpaid'],
  ['nextStep', null, 'caf-signal'],
  ['channel', 'sms', 'internal'],
  ['date', '2026-11-24', '2026-11-23'],
  ['contactChannel', null, 'sms'],
  ['requiresHumanApproval', true, false],
  ['obligations', ['caf_signal', 'ccapex_referral'], ['caf_signal', 'winter_truce']],
  ['obligationsExactly', ['caf_signal'], ['caf_signal', 'winter_truce']],
  ['planFeasible', false, true],
  ['messageContains', '734.60', expect.stringContaining('734,60 €')],
];

describe('runPolicyCases', () => {
  it('passes when every expectation holds, one check per field given, in a fixed order', () => {
    const report = run(HOLDS);
    expect([report.total, report.passed, report.failed]).toEqual([1, 1, 0]);
    const [r] = report.results;
    expect(r!.passed).toBe(true);
    expect(r!.checks.map((c) => c.field)).toEqual([
      'level',
      'nextStep',
      'channel',
      'date',
      'contactChannel',
      'requiresHumanApproval',
      'obligations',
      'obligationsExactly',
      'planFeasible',
      'messageContains',
    ]);
    expect(r!.checks.every((c) => c.passed)).toBe(true);
    expect(r!.checks[0]).toEqual({
      field: 'level',
      expected: 'benefit-unpaid',
      actual: 'benefit-unpaid',
      passed: true,
    });
  });

  it.each(FAILS)('fails on %s, with what was expected and what the decision shows', (field, wrong, actual) => {
    const report = run({ ...HOLDS, [field]: wrong });
    expect([report.passed, report.failed]).toEqual([0, 1]);
    const failing = report.results[0]!.checks.filter((c) => !c.passed);
    expect(failing).toEqual([{ field, expected: wrong, actual, passed: false }]);
  });

  it('passes a case that expects nothing due on a paid-up account (null is a value)', () => {
    const paid = { ...account, ledger: [] };
    expect(run({}).passed).toBe(1);
    const cases = parsePolicyCases({
      name: 'Nothing due',
      asOf,
      account: paid,
      expect: { level: 'none', nextStep: null, channel: null, date: null, planFeasible: null, obligationsExactly: [] },
    });
    expect(runPolicyCases(defaultPolicy, cases).results[0]!.checks.map((c) => [c.field, c.actual, c.passed])).toEqual([
      ['level', 'none', true],
      ['nextStep', null, true],
      ['channel', null, true],
      ['date', null, true],
      ['obligationsExactly', [], true],
      ['planFeasible', null, true],
    ]);
  });

  it('fails a case whose account is invalid, or whose date no version covers, with the reason, and runs the others', () => {
    const cases = parsePolicyCases({
      cases: [
        {
          name: 'Invalid account',
          asOf,
          account: { ...account, lease: { ...account.lease, rent: '512,30' } },
          expect: { level: 'none' },
        },
        { name: 'Before the policy', asOf: '2023-06-01', account, expect: { level: 'none' } },
        { name: 'Fine', asOf, account, expect: { level: 'benefit-unpaid' } },
        { name: 'Not read', asOf, account: 'accounts/a.json', expect: { level: 'none' } },
      ],
    });
    const report = runPolicyCases(defaultPolicy, cases, { locale: 'en' });
    expect([report.passed, report.failed]).toEqual([1, 3]);
    const [invalid, early, fine, unread] = report.results;
    expect(invalid!.error!.kind).toBe('account');
    expect(invalid!.error!.issues[0]!.path).toEqual(['lease', 'rent']);
    expect(invalid!.error!.message).toMatch(
      /^the account is not valid: lease\.rent: expected a non-negative EUR amount/,
    );
    expect(invalid!.checks).toEqual([]);
    expect(early!.error!.kind).toBe('asOf');
    expect(early!.error!.message).toBe(
      'the policy cannot be evaluated as of 1 Jun 2023: asOf: expected a date covered by a version of the policy (2024-01-01 – …); received "2023-06-01"',
    );
    expect(fine!.passed).toBe(true);
    expect(unread!.error!.kind).toBe('accountFile');
    // French: the reasons in French too.
    const fr = runPolicyCases(defaultPolicy, cases, { locale: 'fr' });
    expect(fr.results[0]!.error!.message).toMatch(
      /^le compte n’est pas valide\u00a0: lease\.rent\u00a0: attendu un montant/,
    );
    expect(fr.results[1]!.error!.message).toMatch(
      /^la politique ne peut pas être évaluée au 01\/06\/2023\u00a0: asOf\u00a0: attendu une date couverte/,
    );
  });

  it('throws for an invalid policy or locale, rather than failing every case', () => {
    const cases = parsePolicyCases({ name: 'x', asOf, account, expect: {} });
    expect(() => runPolicyCases({ ...defaultPolicy.versions[0]!, levels: [] } as never, cases)).toThrow(
      ValidationError,
    );
    expect(() => runPolicyCases(defaultPolicy, cases, { locale: 'de' })).toThrow(ValidationError);
    // A policy file's JSON is loaded; a loaded one is used as it is.
    expect(runPolicyCases(JSON.parse(JSON.stringify(defaultPolicy)), cases).passed).toBe(1);
    expect(runPolicyCases(loadPolicy(JSON.parse(JSON.stringify(defaultPolicy))), cases).passed).toBe(1);
  });
});

describe('formatCaseReport', () => {
  const cases = parsePolicyCases(
    {
      cases: [
        { name: 'Holds', asOf, account, expect: HOLDS },
        {
          name: 'Wrong',
          asOf,
          account,
          expect: { level: 'late', date: '2026-11-24', planFeasible: null, requiresHumanApproval: false },
        },
        { name: 'Invalid', asOf, account: { id: 'X' }, expect: {} },
      ],
    },
    'cases/base.json',
  );

  it('says each case ✓ or ✗, each expectation of a failed one, and a summary, in English', () => {
    expect(formatCaseReport(runPolicyCases(defaultPolicy, cases, { locale: 'en' }), 'en')).toEqual([
      'cases/base.json:',
      '  ✓ Holds (10 checks)',
      '  ✗ Wrong (as of 23 Nov 2026)',
      '    ✗ alert level (level): expected late, got benefit-unpaid',
      '    ✗ date of the next step (date): expected 24 Nov 2026, got 23 Nov 2026',
      '    ✓ human approval (requiresHumanApproval): no',
      '    ✗ repayment plan (planFeasible): expected no plan proposed, got feasible plan',
      '  ✗ Invalid (as of 23 Nov 2026)',
      expect.stringMatching(/^ {4}✗ the account is not valid: lease: expected an object; received nothing/),
      '3 cases: 1 passed, 2 failed',
    ]);
  });

  it('and in French, French first: dates, yes/no and a no-break space before the colon', () => {
    expect(formatCaseReport(runPolicyCases(defaultPolicy, cases, { locale: 'fr' }))).toEqual([
      'cases/base.json\u00a0:',
      '  ✓ Holds (10 vérifications)',
      '  ✗ Wrong (au 23/11/2026)',
      '    ✗ niveau d’alerte (level)\u00a0: attendu late, obtenu benefit-unpaid',
      '    ✗ date de la prochaine étape (date)\u00a0: attendu 24/11/2026, obtenu 23/11/2026',
      '    ✓ validation humaine (requiresHumanApproval)\u00a0: non',
      '    ✗ plan d’apurement (planFeasible)\u00a0: attendu aucun plan proposé, obtenu plan faisable',
      '  ✗ Invalid (au 23/11/2026)',
      expect.stringMatching(/^ {4}✗ le compte n’est pas valide\u00a0: lease\u00a0: attendu un objet, reçu rien/),
      '3 cas\u00a0: 1 réussi, 2 en échec',
    ]);
  });

  it('says lists, texts and null as a person reads them', () => {
    const report = run({
      obligationsExactly: [],
      messageContains: 'zzz',
      nextStep: null,
      obligations: ['ccapex_referral'],
    });
    expect(formatCaseReport(report, 'en').slice(1, -1)).toEqual([
      '  ✗ next step (nextStep): expected none, got caf-signal',
      '  ✗ legal obligations (obligations): expected at least ccapex_referral, got caf_signal, winter_truce',
      '  ✗ legal obligations (obligationsExactly): expected exactly none, got caf_signal, winter_truce',
      expect.stringMatching(
        /^ {2}✗ message to the tenant \(messageContains\): expected a message containing "zzz", got "Bonjour, un solde de 734,60 €/,
      ),
    ]);
  });
});
