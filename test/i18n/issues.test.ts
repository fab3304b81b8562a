/**
 * Validation issues in French: a corpus of bad inputs (accounts, policies, run options, amounts,
 * dates, CSV rows) goes through the library, and every issue is rendered in French with the
 * French of its `expected` text; the data of an issue and its English message do not change.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze, parseAccount, safeParseAccount } from '../../src/account';
import {
  addBusinessDays,
  addDays,
  addMonths,
  addWeeks,
  dateInParis,
  easterSunday,
  fromEpochDay,
  isBusinessDay,
  isWinterTruce,
  legalDeadline,
  parseDate,
  parseZone,
  publicHolidays,
  zoneOfDepartment,
} from '../../src/calendar';
import { ValidationError, formatPath, makeIssue, safely, type Issue } from '../../src/errors';
import { localizeExpected, localizeIssue, localizeIssues, parseLocale } from '../../src/i18n';
import { EXPECTED_FR, EXPECTED_PATTERNS, FORBIDDEN_CHARGES_FR } from '../../src/i18n/messages-issues';
import { JSON_MESSAGES, type JsonProblemCode } from '../../src/i18n/messages-json';
import { JsonSyntaxError, jsonProblemText, parseJsonText } from '../../src/json-text';
import { FORBIDDEN_CHARGES } from '../../src/law';
import { generateDemoAccount, generateDemoPortfolio } from '../../src/demo';
import { allocate, divide, min, money, multiply, ratio, sum } from '../../src/money';
import { MAX_LINE_BYTES } from '../../src/node';
import { LEDGER_LAYOUT, readHeader } from '../../src/node/csv-layout';
import { assessPlan, proposePlan, resolvePlanLimits } from '../../src/plans';
import { comparePolicies } from '../../src/portfolio';
import { prepareRun } from '../../src/rules';
import { errorResult } from '../../src/rules/run';
import { loadPolicy, validatePolicy } from '../../src/rules/validate';
import { baseAccount } from '../account/fixtures';
import { tempDir, viaReadAccounts } from '../node/inputs';
import { defaultPolicyJson } from '../rules/fixtures';

const NB = '\u00a0';

// ---------------------------------------------------------------------------------------------
// The corpus.

/** The issues of a call that throws a ValidationError (none when it does not throw). */
function thrown(call: () => unknown): readonly Issue[] {
  try {
    call();
  } catch (error) {
    if (error instanceof ValidationError) return error.issues;
    throw error;
  }
  return [];
}

/** An edited copy of a value. */
function edit<T>(value: T, change: (copy: any) => void): T {
  const copy = structuredClone(value);
  change(copy);
  return copy;
}

const account = baseAccount;
const situation = () => analyze(account(), { asOf: '2026-11-23' });
const policy = defaultPolicyJson;
const fact = (f: string, operator: string, value: unknown, extra: object = {}) => ({
  fact: f,
  operator,
  value,
  ...extra,
});
const watchTests = (condition: object) => edit(policy(), (p) => (p.levels[1].conditions = { all: [condition] }));

/** Bad accounts: missing fields, numbers for text, wrong dates, unknown keys, too much of everything. */
const BAD_ACCOUNTS: readonly unknown[] = [
  edit(account(), (a) => delete a.lease),
  edit(account(), (a) => {
    a.id = 7;
    a.lease.rent = 512.3;
    a.lease.signedOn = 20260101;
    a.lease.department = 93;
  }),
  edit(account(), (a) => (a.id = '')),
  edit(account(), (a) => (a.id = 'A\t1')),
  edit(account(), (a) => (a.id = 'x'.repeat(101))),
  edit(account(), (a) => {
    a.lease.rent = '512,30';
    a.lease.charges = '-5.00';
    a.lease.signedOn = '2026-02-30';
    a.lease.endedOn = '9999-12-31';
    a.lease.department = '20';
    a.lease.dueDay = 40;
    a.lease.rooms = 1.5;
    a.lease.cureDelay = {};
  }),
  edit(account(), (a) => {
    a.lease.cureDelay = { months: -1, years: 2 };
    a.household.members = [{}, { age: 200 }, { age: 3, role: 'cousin' }];
    a.household.language = 'FR';
    a.household.name = 'n'.repeat(5000);
    a.household.digital = { mobile: 'yes' };
    a.leas = {};
  }),
  edit(account(), (a) => {
    a.ledger[0].kind = 'fee';
    a.ledger[1].amount = '-600.00';
    a.ledger[2].settles = ['x'];
    a.ledger.push({ date: '2026-13-01', kind: 'rent', amount: '1e3' });
    a.ledger.push({ date: '2026-01-01', kind: 'rent' });
  }),
  edit(account(), (a) => (a.ledger = Array.from({ length: 150 }, () => ({ date: 'x', kind: 'rent', amount: '1' })))),
  edit(account(), (a) => {
    a.housingBenefit = { kind: 'APX', monthlyAmount: 100, paidTo: 'bank' };
    a.procedure = { commandementOn: '2026-02-30', assignationOn: 12 };
    a.promises = [{ madeOn: '2026-03-01', dueOn: '2026-02-01', amount: '10.00' }];
  }),
  edit(account(), (a) => (a.lease.rent = Number.POSITIVE_INFINITY)),
  edit(account(), (a) => (a.lease.rent = 10n)),
  edit(account(), (a) => (a.ledger = Array.from({ length: 300_000 }, () => 1))),
  JSON.parse('{"__proto__": 1, "id": "A-1"}'),
  { id: 'A-1', deep: JSON.parse(`${'['.repeat(200)}${']'.repeat(200)}`) },
  '{"id": "A-1", "lease": ',
  '{"id": "A-1",}',
  [],
  null,
  7,
];

/** Bad policies: each domain check of validatePolicy, the schema, and broken JSON texts. */
const FIXTURES = join(__dirname, '..', 'fixtures', 'policies');
const BAD_POLICIES: readonly unknown[] = [
  ...readdirSync(FIXTURES)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => readFileSync(join(FIXTURES, f), 'utf8')),
  watchTests(fact('arrears', 'decimalGreaterThan', '0.00', { path: '$.a' })),
  watchTests(fact('monthsOfArrears', 'decimalGreaterThan', '1')),
  watchTests(fact('arrears', 'lessThan', 5)),
  watchTests(fact('guardianship', 'contains', true)),
  watchTests(fact('daysSinceFirstDefault', 'greaterThan', { param: 'highDebt' })),
  watchTests(fact('arrears', 'decimalGreaterThan', { param: 'earlyDays' })),
  watchTests(fact('arrears', 'decimalGreaterThan', { param: 'highDbt' })),
  watchTests(fact('arrears', 'decimalGreaterThan', { fact: 'balanse' })),
  watchTests(fact('arrears', 'decimalGreaterThan', { fact: 'monthsOfArrears' })),
  watchTests(fact('firstDefaultOn', 'dateBefore', '2026-02-30')),
  watchTests(fact('tenancy', 'in', ['current', { a: 1 }, null])),
  watchTests(fact('tenancy', 'in', ['current', null])),
  watchTests(fact('guardianship', 'equal', 'true')),
  watchTests(fact('monthsOfArrears', 'greaterThan', '2')),
  watchTests(fact('arrears', 'decimalGreaterThan', '1e3')),
  watchTests(fact('arear', 'bigger', '0')),
  // A host's own fact and operator, without the declaration that makes them known.
  watchTests(fact('erpSegment', 'isEven', true)),
  watchTests(fact('arrears', 'decimalGreaterThan', { fact: 'erpOutstanding' })),
  watchTests(fact('arrears', 'isMissing', false)),
  watchTests(fact('arrears', 'decimalGreaterThan', '0', { path: 'x' })),
  watchTests({ all: [fact('arrears', 'decimalGreaterThan', '0.00'), { any: [] }] }),
  watchTests({ all: [{ fact: 'arrears' }] }),
  edit(policy(), (p) => {
    p.levels[0].conditions = { all: [] };
    delete p.levels[5].conditions;
    p.levels[2].rank = 1;
    p.levels[3].id = 'watch';
    p.channels.rules[1].id = p.channels.rules[0].id;
  }),
  edit(policy(), (p) => {
    for (const s of p.steps) if (['commandement', 'assignation'].includes(s.kind)) s.humanApproval = false;
    p.steps[8].requires = ['expulsion_truce'];
    p.cadence.minDaysBetweenContacts = 31;
    p.cadence.maxDaysBetweenContacts = 30;
    p.cadence.contactHours = { from: '20:00', to: '20:00' };
    p.cadence.byLevel = { lat: { minDaysBetweenContacts: 5, maxDaysBetweenContacts: 20 } };
    p.effectiveTo = p.effectiveFrom;
  }),
  edit(policy(), (p) => {
    p.steps.push({
      ...p.steps.find((s: any) => s.kind === 'assignation'),
      id: 'injonction',
      kind: 'injonction-de-payer',
    });
    p.steps.find((s: any) => s.id === 'injonction').humanApproval = false;
  }),
  edit(policy(), (p) => {
    p.steps.find((s: any) => s.id === 'reminder').channel = 'internal';
    p.messages = p.messages.filter((m: any) => m.step !== 'reminder');
  }),
  edit(policy(), (p) => {
    p.parameters.a = { value: 12, unit: 'EUR' };
    p.parameters.b = { value: '1.1234567', unit: 'ratio' };
    p.parameters.c = { value: -1, unit: 'days' };
    p.parameters.d = { value: 1.5, unit: 'count' };
    p.parameters.e = { value: '2026-02-30', unit: 'date' };
    p.parameters.f = { value: 'yes', unit: 'boolean' };
    p.parameters.g = { value: 3, unit: 'text' };
    p.parameters.h = { value: -2, unit: 'years' };
    p.parameters.i = { value: 2.5, unit: 'months' };
  }),
  edit(policy(), (p) => {
    p.overrides = [
      { departments: ['75'], plans: { maxEffortRate: '0.0', minInstalment: '20.00' } },
      {
        departments: ['13'],
        parameters: { highDept: { value: '3000.00', unit: 'EUR' }, earlyDays: { value: '10', unit: 'EUR' } },
      },
      { departments: ['93'], parameters: { highDebt: { value: '1e3', unit: 'EUR' } } },
      { departments: ['XX'] },
    ];
  }),
  edit(policy(), (p) => {
    p.overrides = [{ departments: ['92'], parameters: { highDebt: { value: 1000, unit: 'EUR' } } }];
    p.levels[3].conditions = {
      all: [
        fact('arrears', 'decimalGreaterThanInclusive', { param: 'highDebt' }),
        fact('arrears', 'lessThan', { param: 'highDebt' }),
      ],
    };
  }),
  edit(policy(), (p) => (p.levels[5].conditions.all[1].value = 29)),
  edit(policy(), (p) => {
    const any = { any: [fact('hasMobile', 'equal', true), fact('hasEmail', 'equal', true)] };
    p.channels.rules.splice(
      2,
      0,
      { id: 'copy-a', conditions: any, use: ['sms'] },
      { id: 'copy-b', conditions: any, use: ['email'] },
    );
  }),
  edit(policy(), (p) => {
    const any = { any: [fact('arrears', 'decimalGreaterThan', '9000.00'), fact('guardianship', 'equal', true)] };
    p.levels[4].conditions = any;
    p.levels[5].conditions = any;
  }),
  edit(policy(), (p) => {
    p.channels.rules.splice(1, 0, { id: 'all-sms', conditions: { all: [] }, use: ['sms'] });
  }),
  edit(policy(), (p) => {
    p.plans = {
      maxDurationMonths: 120,
      maxEffortRate: '1.5',
      effortRateBinding: 'yes',
      minResteAVivrePerUnit: '-1.00',
    };
  }),
  edit(policy(), (p) => (p.plans = { minInstalment: '2000.00', brokenAfterUnpaid: 20, style: 'x', dueDateRule: 'y' })),
  edit(policy(), (p) => (p.plans = { minResteAVivrePerUnit: '-1.00' })),
  edit(policy(), (p) => (p.plans = { allowSmallerLastInstalment: 'no' })),
  edit(policy(), (p) => {
    p.messages = [
      { step: 'plan-proposal', sms: 'Solde : {{amountDueTxt}}, appelez le {{param:landlordPhone}}' },
      { step: 'reminder', sms: 'Appelez le {{param:landlordPhon}}' },
      {
        step: 'reminder',
        fromContact: 2,
        email: { subject: 'Solde : {{amountDue}}', text: 'Bonjour {{tenantName|}}' },
      },
      { step: 'reminder', fromContact: 3, sms: '{{landlordPhone}}' },
      { step: 'reminder', fromContact: 4, sms: '{{param:highDbt}}' },
      { step: 'reminder', fromContact: 5, sms: 'Bonjour {tenantName}' },
      { step: 'reminder', fromContact: 6, sms: 'Solde }} ici' },
      { step: 'reminder', fromContact: 7, sms: 'Solde {{amountDue' },
      { step: 'reminder', fromContact: 8, sms: '{{tenantName|a{b}}' },
      { step: 'reminder', fromContact: 9, sms: '{{param x}}' },
      { step: 'reminder', fromContact: 10, sms: '{{ 1x }}' },
      { step: 'reminder', fromContact: 11, email: { subject: 'Relance\nBcc: x', text: 'Solde' } },
      { step: 'final-statement', letter: 'Décompte', sms: 'Décompte' },
      { step: 'caf-signal', letter: 'x' },
      { step: 'remindr', letter: 'x' },
      { step: 'reminder', fromContact: 12 },
      { step: 'reminder', sms: 'Un' },
      { step: 'reminder', fromContact: 13, sms: `{{amountDueText}}${'a'.repeat(300)}` },
      { step: 'reminder', fromContact: 14, sms: `Reçu : {{amountDueText}}${'a'.repeat(120)}` },
      { step: 'reminder', fromContact: 15, sms: 'Bonjour {{tenantName}}' },
    ];
  }),
  edit(policy(), (p) => {
    p.parameters = { 'bad key': { value: 1, unit: 'days' }, fee: { value: 1, unit: 'days' } };
    p.levels[1].id = 'Watch';
    p.steps[0].kind = 'zzz';
    p.steps[1].id = 'Reminder';
    p.steps[2].label = 'frais de relance';
    p.cadence.minDaysBetweenContacts = 1.5;
    p.cadence.contactHours.from = '9h';
    p.channels.rules[0].use = 'x';
    p.channels.fallback = [];
    p.plans = { maxEffortRate: '0.3', minResteAVivrePerUnit: '425', minInstalment: '15' };
    p.overrides = [{ departments: ['XX'] }];
    p.id = 'Default';
    p.version = 7;
    p.penalty = { lateFee: '10.00' };
  }),
  edit(policy(), (p) => {
    p.steps.push({ ...p.steps[0], id: 'late-fee', label: 'Pénalité de retard' });
    p.parameters.reminderFee = { value: '5.00', unit: 'EUR' };
    p.parameters.quittanceFee = { value: '5.00', unit: 'EUR' };
    p.parameters.fraisAvisEcheance = { value: '5.00', unit: 'EUR' };
    p.parameters.recoveryCost = { value: '5.00', unit: 'EUR' };
  }),
  edit(policy(), (p) => {
    delete p.id;
    p.levels = Array.from({ length: 30 }, (_, i) => ({ id: `l${i}`, rank: i, label: '' }));
    p.label = 'x'.repeat(300);
  }),
  { versions: [] },
  { versions: 3 },
  {
    versions: [
      { ...policy(), effectiveTo: '2024-01-01' },
      { ...policy(), id: 'other', version: '2', effectiveFrom: '2024-01-01' },
    ],
  },
  { versions: [{ ...policy(), version: '2', effectiveFrom: '2025-01-01' }, policy()] },
  {
    versions: [
      { ...policy(), effectiveTo: '2025-01-01' },
      { ...policy(), version: '2', effectiveFrom: '2025-01-02' },
    ],
  },
  '{"a":',
  '{"a": 1,}',
  '[1, 2,]',
  "{'a': 1}",
  '{a: 1}',
  '{"a" 1}',
  '{"a": tru}',
  '{"a": True}',
  '{"a": NaN}',
  '{"a": 01}',
  '{"a": 1.}',
  '{"a": 1e}',
  '{"a": -}',
  '{"a": "x\\q"}',
  '{"a": "\\u12"}',
  '{"a": "x\ny"}',
  '{"a": "x\ty"}',
  '{"a": "x',
  '{"a": 1 /* c */}',
  '{"a": 1} x',
  '{"a": [1}',
  '{"a": 1 "b": 2}',
  '{"a": #}',
  '{"a": , "b": 1}',
  '{"a": [, 1]}',
  '{"a": 1, }',
  '{#}',
  '   ',
  'PK\u0003\u0004 binary',
  JSON.parse('{"constructor": {}}'),
  { levels: JSON.parse(`${'['.repeat(200)}${']'.repeat(200)}`) },
  { big: Array.from({ length: 100_001 }, () => 0) },
  7,
];

/** A host operator (`isEven`), and declarations of host facts and operators wrong in every way. */
const HOST_IS_EVEN = { factTypes: ['integer'], value: 'true', evaluate: (n: number) => n % 2 === 0 } as const;
const HOST_SEGMENT = { type: 'string', description: 'Segment of the ERP.', get: () => null } as const;
const BAD_EXTENSIONS: readonly unknown[] = [
  'isEven',
  { fact: {}, facts: [], operators: 3 },
  { facts: { arrears: HOST_SEGMENT }, operators: { equal: HOST_IS_EVEN } },
  { facts: JSON.parse('{"__proto__": 1, "erp-segment": 2}'), operators: { isEven: 'n % 2' } },
  { facts: { erpSegment: { ...HOST_SEGMENT, type: 'money', unit: 3, description: '', get: 'x', got: 1 } } },
  {
    operators: {
      isEven: { ...HOST_IS_EVEN, factTypes: ['count'], value: 'bool', missing: 'no', evaluate: null, evaluat: 1 },
    },
  },
  { operators: { isEven: { ...HOST_IS_EVEN, factTypes: [] } } },
];

/** Bad options of a run, bad amounts, dates and options of the calendar, the money and the plans. */
const BAD_CALLS: readonly (() => unknown)[] = [
  () => prepareRun(policy(), { asOf: '2026-02-30' }),
  () => prepareRun(policy(), { asOf: 20261123 as never }),
  () => prepareRun(policy(), { asOf: '1800-01-01' }),
  () => prepareRun(policy(), { asOf: '2023-01-01' }),
  () => prepareRun(policy(), { asOf: '2026-11-23', engine: 'fast' as never }),
  () => prepareRun(watchTests(fact('arear', 'bigger', '0')), { asOf: '2026-11-23' }),
  () => money('12,5'),
  () => money(12.5 as never),
  () => money('12345678901234.00'),
  () => money(Number.NaN as never),
  () => sum('12' as never),
  () => divide('10.00', '0', 'half-even'),
  () => divide('10.00', '2', 'sideways' as never),
  () => divide('10.00', '2', undefined as never),
  () => multiply('10.00', '1e3', 'half-even'),
  () => multiply('10.00', '1.23456789012345678901234', 'half-even'),
  () => ratio('1.00', '0.00'),
  () => allocate('10.00', 0),
  () => allocate('10.00', 1.5),
  () => allocate('10.00', 'x' as never),
  () => allocate('10.00', 1_000_000),
  () => allocate('10.00', []),
  () => allocate('10.00', ['0', '0']),
  () => allocate('10.00', ['-1']),
  () => parseDate('2026-02-30'),
  () => parseDate('9999-12-31'),
  () => parseDate(20260101),
  () => parseDate('23/11/2026'),
  () => dateInParis('2026-03-29'),
  () => dateInParis(7),
  () => dateInParis('9999-03-29T10:00:00Z'),
  () => addDays('2026-01-01', 1.5),
  () => addDays('2200-12-31', 1),
  () => addBusinessDays('2200-12-01', 400, { zone: 'metropole' }),
  () => easterSunday(1000),
  () => fromEpochDay(1.5),
  () => zoneOfDepartment('20'),
  () => zoneOfDepartment(93 as never),
  () => parseZone('mars'),
  () => legalDeadline('2026-01-01', {} as never, { roll: 'none', zone: 'metropole' }),
  () => legalDeadline('2026-01-01', { months: 1.5 }, { roll: 'none', zone: 'metropole' }),
  () => legalDeadline('2026-01-01', { months: 1, years: 1 } as never, { roll: 'none', zone: 'metropole' }),
  () => legalDeadline('2026-01-01', 'x' as never, { roll: 'none', zone: 'metropole' }),
  () => legalDeadline('2026-01-01', { months: 1 }, { zone: 'metropole' } as never),
  () => legalDeadline('2026-01-01', { months: 1 }, { roll: 'x', zone: 'metropole' } as never),
  () => legalDeadline('2026-01-01', { months: 1 }, { roll: 'none' } as never),
  () => legalDeadline('2200-12-01', { months: 2 }, { roll: 'none', zone: 'metropole' }),
  () => isWinterTruce('2026-01-01', 'metropole', { period: { from: '11-01', to: '03-31' } } as never),
  () => isWinterTruce('2026-01-01', 'guadeloupe', { period: { from: '02-30', to: '03-31' } } as never),
  () => isWinterTruce('2026-01-01', 'guadeloupe', { period: { from: 1101, to: '03-31' } } as never),
  () => isWinterTruce('2026-01-01', 'guadeloupe', { period: { from: '11-01' } } as never),
  () => isWinterTruce('2026-01-01', 'guadeloupe', 'x' as never),
  () => ratio('1.00', '2.00', { decimals: 99 }),
  () =>
    allocate(
      '10.00',
      Array.from({ length: 10_001 }, () => 1),
    ),
  () => min(...([] as unknown as [string])),
  () => publicHolidays(1000, 'metropole'),
  () => isBusinessDay('2026-01-01', 'x' as never),
  () => isBusinessDay('2026-01-01', {} as never),
  () => isBusinessDay('2026-01-01', { zone: 'mars' } as never),
  () => generateDemoPortfolio(null as never),
  () => generateDemoPortfolio({ count: -1 }),
  () => generateDemoPortfolio({ seed: 1.5, count: 1 }),
  () => generateDemoAccount(1, 0, { asOf: '1999-01-01' }),
  () => assessPlan(situation(), { debt: '100.00', firstDueDate: '2026-12-05' } as never),
  () => assessPlan(situation(), { debt: '0.00', months: 2, firstDueDate: '2026-12-05' }),
  () => assessPlan(situation(), { debt: '100.00', instalment: '0.00', firstDueDate: '2026-12-05' }),
  () => assessPlan(situation(), { debt: '100.00', months: 2000, firstDueDate: '2026-12-05' }),
  () => assessPlan(situation(), { debt: '100.00', months: 2, firstDueDate: '2020-01-01' }),
  () => proposePlan(situation(), undefined, { firstDueDate: '2020-01-01' }),
  () => resolvePlanLimits({ maxDurationMonths: 120 }),
  () => resolvePlanLimits({ effortRateBinding: 'yes' } as never),
  () => resolvePlanLimits({ allowSmallerLastInstalment: 'no' } as never),
  () => resolvePlanLimits({ minResteAVivrePerUnit: '-1.00' }),
  () => resolvePlanLimits({ minInstalment: '0.00' }),
  () => resolvePlanLimits({ style: 'x' } as never),
  () => resolvePlanLimits({ dueDateRule: 'y' } as never),
  () => resolvePlanLimits({ brokenAfterUnpaid: 20 }),
  () => resolvePlanLimits({ maxEffortRate: '0' }),
  () => addWeeks('2026-01-01', 1.5),
  () => addMonths('2026-01-01', 1.5),
  () => addBusinessDays('2026-01-01', 1.5, { zone: 'metropole' }),
  () => easterSunday(1.5),
  () => isWinterTruce('2026-01-01', 'guadeloupe', { period: 'x' } as never),
  () => resolvePlanLimits({ minInstalment: '12,00' } as never),
  () => parseLocale('de'),
  // Host extensions: faults of the declaration, and a host fact of the wrong type.
  ...BAD_EXTENSIONS.map((extend) => () => validatePolicy(policy(), { extend: extend as never, locale: 'en' })),
  () => loadPolicy(policy(), { extend: { operators: { in: HOST_IS_EVEN } } }),
  () =>
    prepareRun(policy(), {
      asOf: '2026-11-23',
      engine: 'json-rules-engine',
      extend: ((engine: unknown) => engine) as never,
    }),
  ...(['integer', 'amount', 'date', 'boolean', 'string', 'string-list'] as const).map(
    (type) => () =>
      prepareRun(watchTests(fact('erpValue', 'isPresent', true)), {
        asOf: '2026-11-23',
        extend: { facts: { erpValue: { type, description: 'A value of the ERP.', get: () => ({ x: 1 }) as never } } },
      }).evaluate(account()),
  ),
];

/** Files as an ERP exports them, broken in every way the readers name: read by `readAccounts`. */
async function fileIssues(): Promise<Issue[]> {
  const dir = tempDir('i18n-issues');
  const file = (name: string, ...lines: (string | Buffer)[]) => {
    const path = join(dir, name);
    writeFileSync(path, Buffer.concat(lines.map((l) => (typeof l === 'string' ? Buffer.from(`${l}\n`) : l))));
    return path;
  };
  const HEADER = 'id,signedOn,department,rent,charges,monthlyResources,benefitKind,memberAges,rls';
  const LEDGER = 'accountId,date,kind,amount';
  // Bad cells, rows and lines of an accounts file, and postings of no account.
  const cells = file(
    'cells.csv',
    HEADER,
    'C-1,2024-02-01,93,"512,30",100.00,1500.00,,,',
    'C-2,01/02/2024,93,500.00,100.00,1500.00,APX,44|x,',
    'C-3,2024-02-01,93,500.00,100.00',
    'C-4,2024-02-01,"93,500.00,100.00,1500.00,,,',
    'C-5,2024-02-01,93,5"00,100.00,1500.00,,,',
    'C-6,2024-02-01,93,"500.00"x,100.00,1500.00,,,',
    HEADER,
    '\uFEFFC-7,2024-02-01,93,500.00,100.00,1500.00,,,',
    'C-8,2024-02-01,93,500.00,100.00,1500.00,APL,,-5',
    'C-9,2024-02-01,93,500.00,100.00,1500.00,,,',
  );
  file(
    'cells.ledger.csv',
    LEDGER,
    'C-9,2026-01-01,rent,"12,50"',
    'C-9,01/01/2026,rent,500.00',
    'C-9,2026-01-01,fee,500.00',
    'C-0,2026-01-01,rent,500.00',
    'c-9 ,2026-01-01,rent,500.00',
    ',2026-01-01,rent,500.00',
  );
  // A ledger whose rows cannot be read.
  const rows = file('rows.csv', HEADER, 'R-1,2024-02-01,93,500.00,100.00,1500.00,,,');
  file('rows.ledger.csv', LEDGER, 'R-1,2026-01-01', 'R-1,"2026-01-01,rent,500.00', LEDGER, 'R-1,2026-01-01,rent,5"00');
  // A ledger with more unreadable rows than an error names.
  const many = file('many.csv', HEADER, 'M-1,2024-02-01,93,500.00,100.00,1500.00,,,');
  file('many.ledger.csv', LEDGER, ...Array.from({ length: 25 }, () => 'M-1,2026-01-01'));
  // French files: decimal commas, dates DD/MM/YYYY.
  const french = file(
    'comptes.csv',
    'compte;date_signature;departement;loyer;provision_charges;ressources_mensuelles',
    'F-1;31/02/2024;93;512.30;100,00;1 500,00',
    'F-2;2024-02-01;93;5x;100,00;1500',
    'F-3;2024-2-1;93;500,00;100,00;1500',
  );
  file('comptes.ledger.csv', 'compte;date;nature;montant', 'F-1;01/01/2026;loyer;1.500');
  // Headers: unknown, missing and repeated columns, one column.
  const header = file('header.csv', 'id;signedOn;departement;rent;rent;loyr');
  file('header.ledger.csv', LEDGER);
  const one = file('one.csv', 'id\tsignedOn\trent');
  file('one.ledger.csv', LEDGER);
  const badLedgerHeader = file('badledger.csv', HEADER);
  file('badledger.ledger.csv', 'accountId,date,knd,amount');
  // Encodings.
  const latin = file('latin.csv', HEADER, Buffer.from([0x4c, 0x2d, 0x31, 0x2c, 0xe9, 0x0a]));
  file('latin.ledger.csv', LEDGER);
  const c1 = file('c1.csv', HEADER, Buffer.from([0x4c, 0x2d, 0x31, 0x2c, 0x81, 0x0a]));
  file('c1.ledger.csv', LEDGER);
  const utf8 = file('utf8.csv', HEADER, 'U-1,2024-02-01,93,500.00,100.00,1500.00,,,Chloé');
  file('utf8.ledger.csv', LEDGER);
  const wide = file('wide.csv', Buffer.from('\uFEFFid,signedOn\n', 'utf16le'));
  file('wide.ledger.csv', LEDGER);
  const cp1252 = file('cp1252.csv', HEADER, Buffer.from([0x4c, 0x2d, 0x31, 0x2c, 0x80, 0x0a]));
  file('cp1252.ledger.csv', LEDGER);
  // JSON and NDJSON.
  const ndjson = file(
    'accounts.ndjson',
    '{"id": "N-1", "lease": ',
    '{"id": "N-2"}\u0000',
    Buffer.from([0x7b, 0xe9, 0x7d, 0x0a]),
    '{"id": "N-3"}\uFEFF{"id": "N-4"}',
  );
  const json = file('accounts.json', '[{"id": "J-1"}] x');
  const brokenJson = file('broken.json', '[{"id": "J-1",}]');
  const out: Issue[] = [];
  for (const [path, options] of [
    [cells, {}],
    [rows, {}],
    [many, {}],
    [french, { inputDialect: 'fr' }],
    [cells, { inputDialect: 'fr' }],
    [header, {}],
    [one, {}],
    [badLedgerHeader, {}],
    [latin, {}],
    [latin, { encoding: 'iso-8859-1' }],
    [c1, {}],
    [c1, { encoding: 'windows-1252' }],
    [c1, { encoding: 'iso-8859-1' }],
    [cp1252, { encoding: 'iso-8859-1' }],
    [utf8, { encoding: 'windows-1252' }],
    [wide, {}],
    [ndjson, {}],
    [json, {}],
    [brokenJson, {}],
    [join(dir, 'missing.csv'), {}],
    [join(dir, 'accounts.txt'), {}],
    [cells, { format: 'ndjson', encoding: 'windows-1252' }],
  ] as const) {
    try {
      for (const result of await viaReadAccounts(path, options as never)) if (!result.ok) out.push(...result.issues);
    } catch (error) {
      if (error instanceof ValidationError) out.push(...error.issues);
      else if (!(error as NodeJS.ErrnoException).code) throw error;
    }
  }
  return out;
}

/**
 * Texts of the library that the corpus does not reach cheaply (a 16 MiB line, a file the system
 * cannot open, an internal error, zod's own words), as the library writes them.
 */
async function textsByHand(): Promise<string[]> {
  const internal = errorResult({ id: 'A-1' }, 0, new Error('boom'));
  let keep: readonly Issue[] = [];
  try {
    await comparePolicies([], policy(), policy(), { asOf: '2026-11-23', keepChanges: -1 });
  } catch (error) {
    if (error instanceof ValidationError) keep = error.issues;
    else throw error;
  }
  return [
    ...(internal.ok ? [] : internal.issues.map((i) => i.expected)),
    ...keep.map((i) => i.expected),
    `one account per line, each line at most 16 MiB (${MAX_LINE_BYTES} bytes); this line is 20000000 bytes long and was skipped. Is the file really one account per line (NDJSON)? Check the export: put each account on its own line (line 3)`,
    `a row of at most 16 MiB (${MAX_LINE_BYTES} bytes); this line is 20000000 bytes long and was skipped — check the export (line 3)`,
    'a JSON document small enough to be read at once; for a portfolio this large, export NDJSON (one account per line), which is read line by line (line 1)',
    "a ledger file at /data/a.ledger.csv (EACCES: permission denied, open '/data/a.ledger.csv'): the postings are read from the file named like the accounts file with .ledger.csv in place of .csv, or from the file named by --ledger (the ledger option) — export the ledger there, or name it",
    '12 records in the batch from line 7',
    'a document of at most 10 values (objects, lists and single values)',
    'a JSON array of accounts; after line 3: the text ends before the JSON is complete: the file was cut short (line 3)',
    'a JSON array of accounts; Unexpected token } in JSON at position 7 (line 1)',
    'Invalid input',
    'Invalid key in record',
    'Invalid input: more than one option matched',
    "Invalid discriminator value. Expected 'a' | 'b'",
    'Invalid string: must match pattern /^[a-z]$/',
    'a string',
    'a number',
    'a bigint',
    'at most 5 characters',
    'at least 2 characters',
    'at most 3 items',
    'a value of at least 1',
    'one of 1, 2',
    'an account id of at most 100 characters, e.g. "A-1029" or "00012345/02"',
    'an amount with a decimal point ("512.30"), but this one has a decimal comma, as French files write it: pass --input-dialect fr (the option inputDialect: \'fr\')',
    'a JSON text (line 1, column 1: the text is empty: there is no JSON in it)',
    'settles only on a payment or a benefit (accounts.csv: the postings of the account of accounts.csv line 3)',
    'an object, for housingBenefit (accounts.csv line 3)',
    ...FORBIDDEN_CHARGES.map((c) => `no fee or penalty: ${c.label} is forbidden (${c.basis})`),
  ];
}

/** Every issue of the corpus but the CSV files, in English as the library writes them. */
function corpus(): Issue[] {
  const issues: Issue[] = [];
  for (const a of BAD_ACCOUNTS) {
    const r = safeParseAccount(a);
    if (!r.ok) issues.push(...r.issues);
  }
  for (const p of BAD_POLICIES) {
    const r = validatePolicy(p, { locale: 'en' });
    issues.push(...r.warnings);
    if (!r.ok) issues.push(...r.issues);
  }
  for (const call of BAD_CALLS) issues.push(...thrown(call));
  return issues;
}

/** Words that stay as they are in French: codes, names of the law, values. */
const SAME_IN_FRENCH = new Set(['true']);

/**
 * English words that a French `expected` text never holds once its quoted values, its codes in
 * braces and the words of others it quotes (JSON.parse's messages) are set aside.
 */
const ENGLISH =
  /\b(?:the|of|and|or|with|line|column|which|must|should|for|to|at|when|each|every|only|than|this|that|expected|received|e\.g\.)\b/;
const QUOTED_OF_OTHERS = [
  /JSON valide\u00a0: [^)]*\)/, // JSON.parse's message
  /sur une seule ligne\u00a0; .*$/, // JSON.parse's message
  /(?:Unexpected|Expected)\b.*? in JSON at position \d+|Unexpected end of JSON input/, // JSON.parse's message
];
function englishIn(french: string): string | null {
  let text = french.replace(/"(?:[^"\\]|\\.)*"|'[^']*'|\{[^}]*\}|\[[^\]]*\]/g, '');
  for (const other of QUOTED_OF_OTHERS) text = text.replace(other, '');
  return ENGLISH.exec(text)?.[0] ?? null;
}

/** Checks an issue rendered in French. */
function checkFrench(issue: Issue): void {
  const fr = localizeIssue(issue, 'fr');
  // The data of the issue is the same in every locale.
  expect(fr.code).toBe(issue.code);
  expect(fr.path).toBe(issue.path);
  expect(fr.expected).toBe(issue.expected);
  expect(fr.received).toBe(issue.received);
  expect(Object.isFrozen(fr)).toBe(true);
  // The French frame.
  const path = issue.path.length === 0 ? '(racine)' : formatPath(issue.path);
  expect(fr.message.startsWith(`${path}${NB}: attendu `)).toBe(true);
  expect(fr.message).toContain(', reçu ');
  expect(fr.message).not.toMatch(/; received |: expected |\bthe number\b|nothing \(the field is absent\)/);
  // No fallback: the French of the expected text, not the English in quotes.
  const expected = localizeExpected(issue.expected, 'fr');
  expect(expected, `no French for: ${issue.expected}`).toBeDefined();
  if (!SAME_IN_FRENCH.has(issue.expected)) expect(fr.message).not.toContain(issue.expected);
  expect(englishIn(expected!), expected).toBeNull();
  expect(fr.message).toContain(`attendu ${expected}, reçu `);
  // English unchanged.
  expect(localizeIssue(issue, 'en')).toBe(issue);
}

/** The expected texts of a list of issues that have no French, for the failure message. */
const untranslated = (issues: readonly Issue[]) =>
  [...new Set(issues.map((i) => i.expected))].filter((e) => localizeExpected(e, 'fr') === undefined);

describe('validation issues in French', () => {
  const issues = corpus();

  it('the corpus covers many kinds of issue', () => {
    expect(issues.length).toBeGreaterThan(300);
    expect(new Set(issues.map((i) => i.code)).size).toBeGreaterThanOrEqual(25);
  });

  it('has the French of every expected text of the corpus: no fallback', () => {
    expect(untranslated(issues)).toEqual([]);
  });

  it('renders every issue of the corpus in the French frame, its data unchanged', () => {
    for (const issue of issues) checkFrench(issue);
  });

  it('renders the issues of CSV files in French too: cells, rows, headers, encodings, the ledger', async () => {
    const csv = await fileIssues();
    expect(csv.length).toBeGreaterThan(15);
    expect(untranslated(csv)).toEqual([]);
    for (const issue of csv) checkFrench(issue);
  });

  it('has the French of the texts the corpus does not reach', async () => {
    const texts = await textsByHand();
    expect(texts.filter((t) => localizeExpected(t, 'fr') === undefined)).toEqual([]);
    for (const text of texts) expect(englishIn(localizeExpected(text, 'fr')!), text).toBeNull();
  });

  it('every forbidden charge of the law has its French', () => {
    for (const charge of FORBIDDEN_CHARGES) expect(FORBIDDEN_CHARGES_FR[charge.label]).toBeDefined();
  });

  it('writes French typography: a no-break space before ":", ";" and "?", never a plain one', () => {
    const texts = [...EXPECTED_FR.values(), ...issues.map((i) => localizeIssue(i, 'fr').message)];
    for (const text of texts) {
      // A quoted value (the received one, an example, a label of Excel) or a code may hold anything.
      const words = text.replace(/"(?:[^"\\]|\\.)*"|\{[^}]*\}/g, '""');
      expect(words, text).not.toMatch(/ [:;?]|[^\s\u00a0\u202f"'([{|][;?](?=\s|$)/u);
    }
  });

  it('each pattern is anchored', () => {
    for (const p of EXPECTED_PATTERNS) expect(p.en.source).toMatch(/^\^[\s\S]*\$$/);
  });
});

describe('exact French messages of the common cases', () => {
  const fr = (issues: readonly Issue[]) => localizeIssues(issues, 'fr').map((i) => i.message);
  const accountIssues = (change: (a: any) => void) => {
    const r = safeParseAccount(edit(account(), change));
    return r.ok ? [] : r.issues;
  };

  it('a missing field', () => {
    expect(fr(accountIssues((a) => delete a.lease))).toEqual([
      `lease${NB}: attendu un objet, reçu rien (le champ est absent)`,
    ]);
  });

  it('an amount given as a number, with how to write it', () => {
    expect(fr(accountIssues((a) => (a.lease.rent = 512.3)))).toEqual([
      `lease.rent${NB}: attendu un montant en euros positif ou nul, écrit en texte décimal avec au plus 2 décimales, par exemple "512.30", reçu le nombre 512.3${NB}; écrivez les montants en texte décimal entre guillemets, par exemple "1234.56"`,
    ]);
  });

  it('an amount with a decimal comma', () => {
    expect(fr(accountIssues((a) => (a.ledger[0].amount = '500,00')))).toEqual([
      `ledger[0].amount${NB}: attendu un montant en euros écrit en texte décimal avec au plus 2 décimales, par exemple "1234.56", reçu "500,00"`,
    ]);
  });

  it('an invalid date, a date out of range, a date given as a number', () => {
    expect(
      fr(
        accountIssues((a) => {
          a.lease.signedOn = '2026-02-30';
          a.lease.endedOn = '9999-12-31';
          a.ledger[0].date = 20260101;
        }),
      ),
    ).toEqual([
      `lease.signedOn${NB}: attendu une date réelle du calendrier écrite AAAA-MM-JJ, par exemple "2026-11-22", reçu "2026-02-30"`,
      `lease.endedOn${NB}: attendu une date du 1900-01-01 au 2200-12-31, la plage prise en charge, reçu "9999-12-31"`,
      `ledger[0].date${NB}: attendu une date réelle du calendrier écrite AAAA-MM-JJ, par exemple "2026-11-22", reçu le nombre 20260101${NB}; écrivez les dates en texte entre guillemets, par exemple "2026-11-22"`,
    ]);
  });

  it('a text given as a number, an unknown key, a value out of a list', () => {
    expect(
      fr(
        accountIssues((a) => {
          a.id = 7;
          a.lease.rnt = '500.00';
          a.ledger[0].kind = 'loyer';
        }),
      ),
    ).toEqual([
      `id${NB}: attendu un identifiant de compte en texte, par exemple "A-1029", reçu le nombre 7${NB}; écrivez la valeur entre guillemets, comme un texte`,
      `lease.rnt${NB}: attendu aucun champ de ce nom ici${NB}: vérifiez son orthographe d’après les champs documentés, reçu "500.00"`,
      `ledger[0].kind${NB}: attendu l’une des valeurs "rent", "charges", "charges-regularisation", "payment-reversal", "payment", "benefit", "adjustment", reçu "loyer"`,
    ]);
  });

  it('an unknown fact and an unknown operator in a policy, with a did-you-mean', () => {
    const r = validatePolicy(watchTests(fact('arear', 'decimalGreaterThen', '0')));
    expect(r.ok ? [] : r.issues.map((i) => i.message)).toEqual([
      `levels[1].conditions.all[0].fact${NB}: attendu un fait connu (vouliez-vous dire "arrears"${NB}?)${NB}; les faits sont listés dans docs/facts.md, reçu "arear"`,
      `levels[1].conditions.all[0].operator${NB}: attendu un opérateur connu (vouliez-vous dire "decimalGreaterThan"${NB}?), reçu "decimalGreaterThen"`,
    ]);
  });

  it('an unknown column of a CSV file, with a did-you-mean', () => {
    expect(fr(thrown(() => readHeader('accountId,date,kind,amont', LEDGER_LAYOUT)))).toEqual([
      `ledger.header${NB}: attendu une colonne du fichier des écritures, par son nom anglais ou français (docs/csv-layout.md) — vouliez-vous dire "amount"${NB}?${NB}; l’en-tête a été lu avec "," comme séparateur, reçu "amont"`,
      `ledger.header${NB}: attendu les colonnes obligatoires accountId (compte), date (date), kind (nature), amount (montant)${NB}; manquantes${NB}: amount${NB}; l’en-tête a été lu avec "," comme séparateur, reçu ["accountId","date","kind","amont"]`,
    ]);
  });

  it('an unknown parameter of an override, with a did-you-mean', () => {
    const r = validatePolicy(
      edit(
        policy(),
        (p) => (p.overrides = [{ departments: ['13'], parameters: { highDept: { value: '3000.00', unit: 'EUR' } } }]),
      ),
    );
    expect(r.ok ? [] : r.issues.map((i) => i.message)).toEqual([
      `overrides[0].parameters.highDept${NB}: attendu un paramètre défini dans "parameters" (vouliez-vous dire "highDebt"${NB}?), reçu "highDept"`,
    ]);
  });

  it('a step with legal effect that no person approves', () => {
    const r = validatePolicy(
      edit(policy(), (p) => (p.steps.find((s: any) => s.kind === 'commandement').humanApproval = false)),
    );
    expect(r.ok ? [] : r.issues.map((i) => i.message)).toEqual([
      `steps[9].humanApproval${NB}: attendu true${NB}: un commandement de payer a un effet juridique sur le locataire et ne doit pas reposer uniquement sur un traitement automatisé (RGPD art. 22), reçu false`,
    ]);
  });

  it('a policy file that is not valid JSON, at the root', () => {
    const r = validatePolicy('{"id": "x",}');
    expect(r.ok ? [] : r.issues.map((i) => i.message)).toEqual([
      `(racine)${NB}: attendu un fichier de politique JSON (ligne 1, colonne 12${NB}: une virgule avant "}"${NB}: retirez la dernière virgule), reçu "{\\"id\\": \\"x\\",}"`,
    ]);
  });

  it('a long value received, cut short with its size in French', () => {
    const [issue] = accountIssues((a) => (a.household.name = 'n'.repeat(5000)));
    expect(localizeIssue(issue!, 'fr').message).toMatch(/, reçu "n{149}…" \(5\u202f000 caractères\)$/);
    const [list] = thrown(() => money(Array.from({ length: 300 }, () => 1) as never));
    expect(localizeIssue(list!, 'fr').message).toMatch(/, reçu \[1,1,[1,]*… \(une liste de 300 éléments\)$/);
  });

  it('a number too large to read', () => {
    const [issue] = accountIssues((a) => (a.lease.rent = JSON.parse('1e400')));
    expect(localizeIssue(issue!, 'fr').message).toMatch(
      /, reçu un nombre trop grand pour être lu \(au-delà d’environ 1\.8e308, comme 1e400\)\u00a0; écrivez les montants/,
    );
  });

  it('an expected text the table does not know: the French frame, the English in quotes', () => {
    const issue = makeIssue('custom', ['x'], 1, 'something new');
    expect(localizeIssue(issue, 'fr').message).toBe(`x${NB}: attendu «${NB}something new${NB}», reçu le nombre 1`);
    expect(localizeExpected('something new', 'fr')).toBeUndefined();
  });
});

describe('JSON syntax errors in French: the problem as the catalogue says it', () => {
  /** A broken policy text for each problem json-text.ts says (the cut-short text outside any bracket and JSON.parse's words are reached by none). */
  const BROKEN_TEXTS = [
    'PK\u0003\u0004\u0014\u0000',
    '\n',
    '{"id": "x", "levels": [',
    '{"id": "x"} {}',
    '{\n  // the id\n  "id": "x"\n}',
    '{"label": "Impayé',
    '{"label": "a\nb"}',
    '{"label": "a\tb"}',
    '{"path": "C:\\dir"}',
    '{"label": "\\u00e"}',
    '{"rank": -}',
    '{"department": 01}',
    '{"rent": 512.}',
    '{"rate": 1e}',
    '{"id": }',
    '{"steps": [,]}',
    '{"id": \'x\'}',
    '{"rank": NaN}',
    '{"humanApproval": True}',
    '{"channel": letter}',
    '{"id": @}',
    "{'id': 'x'}",
    '{id: "x"}',
    '{"id": "x",, "rank": 1}',
    '{"id" "x"}',
    '{"id": "x",}',
    '{"levels": [1, 2,]}',
    '{\n  "id": "x"\n  "rank": 1\n}',
    '{"levels": [1 2]}',
    '{"levels": [{"id": "a"]}',
    '{"levels": [1, 2}',
  ];
  const errors = BROKEN_TEXTS.map((text) => {
    try {
      parseJsonText(text, { what: 'a JSON policy file' });
    } catch (error) {
      if (error instanceof JsonSyntaxError) return error;
      throw error;
    }
    throw new Error(`no syntax error in ${JSON.stringify(text)}`);
  });

  it('the texts reach every problem', () => {
    const reached = new Set(errors.map((e) => e.problemCode));
    const all = Object.keys(JSON_MESSAGES) as JsonProblemCode[];
    expect(all.filter((code) => !reached.has(code))).toEqual(['json.cutShort', 'json.parser']);
  });

  it.each(BROKEN_TEXTS.map((text, i) => [text, errors[i]!] as const))(
    '%j: the French problem in the French issue, the English one unchanged',
    (text, error) => {
      const en = validatePolicy(text, { locale: 'en' });
      const fr = validatePolicy(text);
      expect(en.ok || fr.ok).toBe(false);
      if (en.ok || fr.ok) return;
      const [issue] = en.issues;
      expect(issue!.expected).toBe(`a JSON policy file (line ${error.line}, column ${error.column}: ${error.problem})`);
      checkFrench(issue!);
      const problem = jsonProblemText(error, 'fr');
      expect(fr.issues[0]!.message).toContain(
        `attendu un fichier de politique JSON (ligne ${error.line}, colonne ${error.column}${NB}: ${problem}), reçu `,
      );
      expect(issue!.message).toContain(
        `expected a JSON policy file (line ${error.line}, column ${error.column}: ${error.problem}); received `,
      );
    },
  );

  it('an accounts file that is not JSON: the problem in French at its line and column, or after the last line', () => {
    for (const error of errors) {
      const at = `a JSON array of accounts; line ${error.line}, column ${error.column}: ${error.problem} (line ${error.line})`;
      expect(localizeExpected(at, 'fr')).toBe(
        `une liste JSON de comptes${NB}; ligne ${error.line}, colonne ${error.column}${NB}: ${jsonProblemText(error, 'fr')} (ligne ${error.line})`,
      );
      const after = `a JSON array of accounts; after line 3: ${error.problem} (line 3)`;
      expect(localizeExpected(after, 'fr')).toBe(
        `une liste JSON de comptes${NB}; après la ligne 3${NB}: ${jsonProblemText(error, 'fr')} (ligne 3)`,
      );
    }
  });

  it("a problem that is none of json-text.ts (JSON.parse's own words): the English in quotes, in the French frame", () => {
    expect(localizeExpected('a JSON text (line 1, column 1: Unexpected token)', 'fr')).toBeUndefined();
  });
});

describe('validatePolicy in a locale', () => {
  const typo = watchTests(fact('arear', 'decimalGreaterThan', '0'));

  it('writes French by default, English when asked, the data the same', () => {
    const fr = validatePolicy(typo);
    const en = validatePolicy(typo, { locale: 'en' });
    expect(fr.ok || en.ok).toBe(false);
    if (fr.ok || en.ok) return;
    expect(fr.issues[0]!.message).toMatch(/^levels\[1\]\.conditions\.all\[0\]\.fact\u00a0: attendu un fait connu/);
    expect(en.issues[0]!.message).toMatch(/^levels\[1\]\.conditions\.all\[0\]\.fact: expected a known fact/);
    const data = (i: Issue) => ({ code: i.code, path: i.path, expected: i.expected, received: i.received });
    expect(fr.issues.map(data)).toEqual(en.issues.map(data));
    expect(validatePolicy(typo, { locale: 'fr-FR' })).toEqual(fr);
  });

  it('localizes the warnings of a valid policy, and returns the same frozen set', () => {
    const p = edit(policy(), (x) => (x.cadence.minDaysBetweenContacts = 6));
    const fr = validatePolicy(p);
    expect(fr.ok).toBe(true);
    expect(fr.warnings[0]!.message).toMatch(
      /^cadence\.minDaysBetweenContacts\u00a0: attendu au moins 7 jours entre deux contacts/,
    );
    expect(validatePolicy(p, { locale: 'en' }).warnings[0]!.message).toMatch(
      /^cadence\.minDaysBetweenContacts: expected at least 7 days/,
    );
  });

  it('refuses a locale it does not write', () => {
    expect(() => validatePolicy(typo, { locale: 'de' })).toThrow(ValidationError);
  });

  it('loadPolicy keeps its English error', () => {
    expect(() => loadPolicy(typo)).toThrow(/^levels\[1\]\.conditions\.all\[0\]\.fact: expected a known fact/);
  });

  it('an English issue stays the same object; localizing twice changes nothing', () => {
    const r = safely(() => parseAccount({}));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(localizeIssues(r.issues, 'en')).toBe(r.issues);
    const once = localizeIssues(r.issues, 'fr');
    expect(once.map((i) => i.message)).toEqual(localizeIssues(r.issues, 'fr').map((i) => i.message));
  });
});
