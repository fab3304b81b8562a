/**
 * The validation of the policy being edited, in the store: whenever `policyText` changes (300 ms
 * after the last keystroke) or the language does, the text is read with the library
 * (`parseJsonText`: a syntax error by line and column; `validatePolicy`: the schema, the facts and
 * the law, each issue at its path, in the page's language), and the store gets its `issues` and,
 * when it validates, its `policy`. It runs from the start, whichever tab is open.
 *
 * What the policy side needs besides (the syntax error's place, the warnings, where each path is
 * in the text) is kept here, in `analysis`, for the same text.
 */
import { useEffect, useState } from 'preact/hooks';
import { type Issue, JsonSyntaxError, type Locale, parseJsonText, validatePolicy } from '../../../../src/index';
import { getState, setState, subscribe } from '../store';
import { t } from '../text';
import { jsonLocations, type Locations } from './locations';

/** The reading of one text of the policy. */
export interface Analysis {
  /** The text read. */
  readonly text: string;
  /** The language its messages are in. */
  readonly locale: Locale;
  /** The syntax error, if the text is not JSON: its place and what is wrong, in the locale. */
  readonly syntax: {
    readonly line: number;
    readonly column: number;
    readonly offset: number;
    readonly problem: string;
  } | null;
  /** The issues (empty when the policy validates). */
  readonly issues: readonly Issue[];
  /** The warnings of a policy that validates, or of one that does not. */
  readonly warnings: readonly Issue[];
  /** Where each path is in the text. */
  readonly locations: Locations;
  /** The parsed JSON (whatever it is), or undefined after a syntax error. */
  readonly json: unknown;
}

let analysis: Analysis | null = null;
const listeners = new Set<(a: Analysis) => void>();

/** The last reading (null before the first). */
export const getAnalysis = (): Analysis | null => analysis;

/** A component's view of the last reading. */
export function useAnalysis(): Analysis | null {
  const [value, setValue] = useState(analysis);
  useEffect(() => {
    setValue(analysis);
    const listener = (a: Analysis) => setValue(a);
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
    };
  }, []);
  return value;
}

/** Calls `listener` after each reading; returns the function that stops it. */
export function onAnalysis(listener: (a: Analysis) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Reads a policy text in a locale (no state changed). */
export function analyse(text: string, locale: Locale): Analysis {
  const locations = jsonLocations(text);
  let json: unknown;
  try {
    json = parseJsonText(text, { what: 'a JSON policy file' });
  } catch (error) {
    if (!(error instanceof JsonSyntaxError)) throw error;
    const problem = error.problemText(locale);
    const offset = (locations.lineStarts[error.line - 1] ?? 0) + error.column - 1;
    const message = t(
      'playground.issue.syntax',
      { line: String(error.line), column: String(error.column), problem },
      locale,
    );
    return {
      text,
      locale,
      syntax: { line: error.line, column: error.column, offset, problem },
      issues: [{ ...(error.issues[0] as Issue), message }],
      warnings: [],
      locations,
      json: undefined,
    };
  }
  const result = validatePolicy(json, { locale });
  return {
    text,
    locale,
    syntax: null,
    issues: result.ok ? [] : result.issues,
    warnings: result.warnings,
    locations,
    json,
  };
}

/** Reads the text of the store now, and sets `issues` and `policy`. */
export function validateNow(): Analysis {
  const { policyText, locale } = getState();
  const a = analyse(policyText, locale);
  analysis = a;
  const valid = a.syntax === null && a.issues.length === 0;
  setState(valid ? { issues: a.issues, policy: a.json } : { issues: a.issues });
  for (const listener of listeners) listener(a);
  return a;
}

/**
 * Starts the validation: once now, then 300 ms after each change of the text, and at once on a
 * change of language (main.tsx, once).
 */
export function startPolicyValidation(delay = 300): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let text = getState().policyText;
  let locale = getState().locale;
  validateNow();
  subscribe((s) => {
    if (s.locale !== locale) {
      locale = s.locale;
      text = s.policyText;
      clearTimeout(timer);
      validateNow();
    } else if (s.policyText !== text) {
      text = s.policyText;
      clearTimeout(timer);
      timer = setTimeout(validateNow, delay);
    }
  });
}

/** Whether the last reading is of the text of the store now (no validation pending). */
export const upToDate = (): boolean => analysis !== null && analysis.text === getState().policyText;
