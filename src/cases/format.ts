/**
 * `formatCaseReport`: the results of the cases as a person reads them, one line per case passed,
 * each expectation of a failed case with what was expected and what the decision shows, and a
 * summary line.
 *
 * @module
 */
import { formatCount, formatDate } from '../i18n/format';
import { word } from '../i18n/words';
import { DEFAULT_LOCALE, parseLocale, type Locale } from '../i18n/locale';
import { message } from '../i18n/catalogue';
import type { CaseCheck, CasesReport, CheckValue } from './run';

/**
 * The report as lines of text: for each case file (when the cases came from files) its name, then
 * `✓ name (n checks)` for a case that passed, or `✗ name (as of date)` and each expectation
 * (`✓ level: benefit-unpaid`, `✗ nextStep: expected caf-signal, got plan-proposal`) or the reason
 * it could not run; last, the summary.
 *
 * @param report - The result of `runPolicyCases`.
 * @param locale - The language, French by default (the report's own locale is not assumed).
 * @returns The lines, without newlines.
 * @example
 * ```ts
 * formatCaseReport(runPolicyCases(defaultPolicy, cases, { locale: 'en' }), 'en').at(-1);
 * // => '9 cases: 9 passed, 0 failed'
 * ```
 */
export function formatCaseReport(report: CasesReport, locale: Locale | (string & {}) = DEFAULT_LOCALE): string[] {
  const l = parseLocale(locale, ['locale']);
  const lines: string[] = [];
  let file: string | undefined;
  for (const r of report.results) {
    if (r.file !== undefined && r.file !== file) {
      file = r.file;
      lines.push(message('cases.file', { file }, l));
    }
    const indent = file === undefined ? '' : '  ';
    if (r.passed) {
      const checks =
        r.checks.length === 0
          ? message('cases.noCheck', {}, l)
          : message('cases.checks', { n: r.checks.length, count: formatCount(r.checks.length, l) }, l);
      lines.push(`${indent}${message('cases.passed', { name: r.name, checks }, l)}`);
      continue;
    }
    lines.push(`${indent}${message('cases.failed', { name: r.name, asOf: formatDate(r.asOf, l) }, l)}`);
    if (r.error !== undefined) lines.push(`${indent}  ${message('cases.error.line', { text: r.error.message }, l)}`);
    for (const check of r.checks) lines.push(`${indent}  ${checkLine(check, l)}`);
  }
  lines.push(
    message(
      'cases.summary',
      {
        total: formatCount(report.total, l),
        passed: formatCount(report.passed, l),
        failed: formatCount(report.failed, l),
        n: report.passed,
      },
      l,
    ),
  );
  return lines;
}

function checkLine(check: CaseCheck, locale: Locale): string {
  const actual = checkValueText(check.field, check.actual, locale, false);
  const field = message(`cases.field.${check.field}`, {}, locale);
  if (check.passed) return message('cases.checkPassed', { field, actual }, locale);
  const expected = checkValueText(check.field, check.expected, locale, true);
  return message('cases.checkFailed', { field, expected, actual }, locale);
}

/**
 * A value of a check as a person reads it: dates and yes/no in the locale, a channel in words with
 * its code (`interne (internal)`), lists by commas, null as none. The report and the editor's Tests
 * tab both show values this way.
 *
 * @internal
 * @example
 * ```ts
 * checkValueText('channel', 'sms', 'fr', false); // => 'SMS (sms)'
 * checkValueText('date', '2026-11-23', 'fr', true); // => '23/11/2026'
 * ```
 */
export function checkValueText(
  field: CaseCheck['field'],
  value: CheckValue,
  locale: Locale,
  isExpected: boolean,
): string {
  if (field === 'planFeasible')
    return message(value === null ? 'cases.noPlan' : value ? 'cases.feasible' : 'cases.notFeasible', {}, locale);
  if (value === null) return message('cases.none', {}, locale);
  if (typeof value === 'boolean') return message(value ? 'cases.yes' : 'cases.no', {}, locale);
  if (Array.isArray(value)) {
    const list = value.length === 0 ? message('cases.none', {}, locale) : value.join(', ');
    if (!isExpected) return list;
    return message(field === 'obligationsExactly' ? 'cases.exactly' : 'cases.allOf', { list }, locale);
  }
  const text = value as string;
  if (field === 'date') return formatDate(text, locale);
  if (field === 'channel' || field === 'contactChannel') {
    const said = word('channel', text, locale);
    return said === text ? text : `${said} (${text})`;
  }
  if (field === 'messageContains')
    return isExpected ? message('cases.contains', { text }, locale) : JSON.stringify(text);
  return text;
}
