/**
 * Validation issues in the language of the reader. An issue's `code`, `path`, `expected` and
 * `received` are data: English, stable, the same whatever the locale. Its `message`, which a
 * person reads, is rendered again in the locale: in French, `<chemin> : attendu <ce qui était
 * attendu>, reçu <la valeur reçue>`, with the fix for a number given where text is expected.
 *
 * The French of `expected` comes from the table of `messages-issues.ts`; the problem of a JSON
 * syntax error it places at a line and column (`a JSON text (line 1, column 10: a comma before "}":
 * remove the last comma)`) is read back to its code and said by `messages-json.ts`, as the command
 * line says it. A text the table does not know still gets the French frame, with the English text
 * in quotes.
 *
 * @module
 */
import { describeValue, formatPath, type Issue } from '../errors';
import type { Locale } from './locale';
import { EXPECTED_FR, EXPECTED_PATTERNS, ISSUE_MESSAGES, NoFrench, sizeFr } from './messages-issues';

/** How deep composed texts are translated (a text placed at a line, for a path, with a unit…). */
const MAX_DEPTH = 8;

/** The French of an English `expected` text, or `undefined`. */
function french(english: string, depth: number): string | undefined {
  const exact = EXPECTED_FR.get(english);
  if (exact !== undefined) return exact;
  if (depth >= MAX_DEPTH) return undefined;
  const part = (text: string): string => {
    const fr = french(text, depth + 1);
    if (fr === undefined) throw new NoFrench(text);
    return fr;
  };
  for (const pattern of EXPECTED_PATTERNS) {
    const m = pattern.en.exec(english);
    if (m === null) continue;
    try {
      return pattern.fr(
        m.slice(1).map((c) => c ?? ''),
        part,
      );
    } catch (error) {
      // A part without French: another pattern may still read the text whole.
      if (!(error instanceof NoFrench)) throw error;
    }
  }
  return undefined;
}

/** The French of the `expected` texts met lately, by their English (`undefined`: none). */
const FRENCH = new Map<string, string | undefined>();
/** Most texts kept in {@link FRENCH}. */
const MAX_CACHED = 1_000;

/**
 * The `expected` text of an issue in a locale: as it is in English, from the table of
 * `messages-issues.ts` in French.
 *
 * @param expected - The `expected` of an issue, in English.
 * @param locale - `fr` or `en`.
 * @returns The text in the locale, or `undefined` when the table has no French for it.
 * @example
 * ```ts
 * localizeExpected('true or false', 'fr'); // => 'true ou false'
 * localizeExpected('a year from 1583 to 4099', 'fr'); // => 'une année de 1583 à 4099'
 * localizeExpected('something new', 'fr'); // => undefined
 * ```
 */
export function localizeExpected(expected: string, locale: Locale): string | undefined {
  if (locale === 'en') return expected;
  // A portfolio repeats the same few texts: each is read once.
  if (FRENCH.has(expected)) return FRENCH.get(expected);
  const fr = french(expected, 0);
  if (FRENCH.size >= MAX_CACHED) FRENCH.clear();
  FRENCH.set(expected, fr);
  return fr;
}

/** English words of `received` that the library writes itself, and their French. */
const LIBRARY_RECEIVED: readonly [RegExp, (m: RegExpExecArray) => string][] = [
  [
    /^a number too large to read \(beyond about 1\.8e308, such as 1e400\)$/,
    () => ISSUE_MESSAGES['issue.received.tooLarge'].fr({}),
  ],
  [
    /^a negative number too large to read \(beyond about -1\.8e308, such as -1e400\)$/,
    () => ISSUE_MESSAGES['issue.received.tooLargeNegative'].fr({}),
  ],
  [/^a value that cannot be written as JSON$/, () => ISSUE_MESSAGES['issue.received.unwritable'].fr({})],
  [/^\(nested data\)$/, () => ISSUE_MESSAGES['issue.received.nested'].fr({})],
  [/^\(more than (\d+) values\)$/, (m) => ISSUE_MESSAGES['issue.received.moreValues'].fr({ n: m[1]! })],
  [/^\(more than (\d+) bytes\)$/, (m) => ISSUE_MESSAGES['issue.received.moreBytes'].fr({ n: m[1]! })],
  [/^(\d+) more rows$/, (m) => ISSUE_MESSAGES['issue.received.moreRows'].fr({ n: m[1]! })],
];

/** A preview of a long value and its size in English (`"aaaa…" (50,000,000 characters)`), in French. */
function previewFr(text: string): string | undefined {
  const m = /^([\s\S]*…"?) \(([^()]+)\)$/.exec(text);
  const size = m === null ? undefined : sizeFr(m[2]!);
  return size === undefined ? undefined : `${m![1]} (${size})`;
}

/**
 * Describes a received value in French, as `describeValue` does in English: strings quoted, a
 * value cut short with its size, the words the library writes in `received` in French.
 */
function describeValueFr(value: unknown): string {
  const t = ISSUE_MESSAGES;
  if (value === undefined) return t['issue.received.absent'].fr({});
  if (typeof value === 'number') {
    if (Number.isNaN(value)) return 'NaN';
    if (value === Infinity) return t['issue.received.tooLarge'].fr({});
    if (value === -Infinity) return t['issue.received.tooLargeNegative'].fr({});
    return t['issue.received.number'].fr({ value: String(value) });
  }
  if (typeof value === 'function') return t['issue.received.function'].fr({});
  if (typeof value === 'symbol') return t['issue.received.symbol'].fr({});
  if (typeof value === 'string') {
    for (const [pattern, fr] of LIBRARY_RECEIVED) {
      const m = pattern.exec(value);
      if (m !== null) return fr(m);
    }
    // A value cut short by makeIssue: the issue keeps its preview and size, which the message shows as they are.
    const preview = previewFr(value);
    if (preview !== undefined) return preview;
  }
  const english = describeValue(value);
  if (typeof value === 'bigint') {
    // 'the bigint 12n', or 'the bigint 1000… (a bigint of 5,001 digits)'.
    const digits = english.slice('the bigint '.length);
    return t['issue.received.bigint'].fr({ value: previewFr(digits) ?? digits });
  }
  return previewFr(english) ?? english;
}

/** The fix that the English message gives for a number received where text is expected, by kind. */
const HINTS = (['amount', 'date', 'text'] as const).map((kind) => ({
  en: ISSUE_MESSAGES[`issue.hint.${kind}`].en({}),
  fr: ISSUE_MESSAGES[`issue.hint.${kind}`].fr({}),
}));

/** The French message of an issue. */
function frenchMessage(issue: Issue): string {
  const t = ISSUE_MESSAGES;
  const expected =
    localizeExpected(issue.expected, 'fr') ?? t['issue.expected.untranslated'].fr({ expected: issue.expected });
  const hint = HINTS.find((h) => issue.message.endsWith(`; ${h.en}`))?.fr ?? null;
  return t['issue.frame'].fr({
    path: issue.path.length === 0 ? t['issue.root'].fr({}) : formatPath(issue.path),
    expected,
    received: describeValueFr(issue.received),
    hint,
  });
}

/**
 * An issue with its message in a locale. The `code`, `path`, `expected` and `received` stay as
 * they are: data, in English, the same in every locale. In English the issue is returned as it
 * is; in French its message says the path, what was expected and the value received in French,
 * and, for a number given where text is expected, how to write it.
 *
 * @param issue - An issue of the library (its English message as `makeIssue` renders it).
 * @param locale - `fr` or `en`.
 * @returns The issue, its message in the locale (frozen).
 * @example
 * ```ts
 * const issue = makeIssue('invalid_amount', ['ledger', 3, 'amount'], 12.5, 'an EUR amount as a decimal string with at most 2 decimals, e.g. "1234.56"');
 * localizeIssue(issue, 'fr').message;
 * // => 'ledger[3].amount\u00a0: attendu un montant en euros écrit en texte décimal avec au plus 2 décimales, par exemple "1234.56", reçu le nombre 12.5\u00a0; écrivez les montants en texte décimal entre guillemets, par exemple "1234.56"'
 * localizeIssue(issue, 'en') === issue; // => true
 * ```
 */
export function localizeIssue(issue: Issue, locale: Locale): Issue {
  if (locale === 'en') return issue;
  const message = frenchMessage(issue);
  return message === issue.message ? issue : Object.freeze({ ...issue, message });
}

/**
 * Issues with their messages in a locale, in the same order. See {@link localizeIssue}.
 *
 * @param issues - Issues of the library.
 * @param locale - `fr` or `en`.
 * @returns The issues (a frozen list), each with its message in the locale.
 * @example
 * ```ts
 * localizeIssues(result.issues, 'fr').map((i) => i.message);
 * // => ['lease.rent\u00a0: attendu un montant en euros positif ou nul, …, reçu "512,30"']
 * ```
 */
export function localizeIssues(issues: readonly Issue[], locale: Locale): readonly Issue[] {
  if (locale === 'en') return issues;
  return Object.freeze(issues.map((issue) => localizeIssue(issue, locale)));
}
