/**
 * The issues of the policy: the status line, and the list under the editor, each issue in the
 * page's language with its path and its line; clicking one (or Enter on it) asks the store to
 * `reveal` its path: the form focuses its field, the JSON view puts the cursor on its line.
 */
import { formatPath, type Issue, messageText } from '../../../../src/index';
import { getState, setState, useSelect } from '../store';
import { counted, t } from '../text';
import { lineOfPath } from './locations';
import { type Analysis, useAnalysis } from './validate';

/** Asks the page to show a path (an issue's, a field's). */
export function reveal(path: string): void {
  setState({ reveal: { path, seq: (getState().reveal?.seq ?? 0) + 1 } });
}

/** The line of an issue in the text it was found in. */
export const lineOfIssue = (issue: Issue, a: Analysis): number =>
  a.syntax ? a.syntax.line : lineOfPath(a.locations, issue.path);

/**
 * An issue's text: its message alone (`message`: the library's message, whose path is said
 * elsewhere), or with its line and its path (`full`).
 */
export function issueText(issue: Issue, a: Analysis, mode: 'message' | 'full', warning = false): string {
  if (a.syntax) return issue.message;
  const root = issue.path.length === 0;
  const said = root ? messageText('issue.root', {}, a.locale) : formatPath(issue.path);
  const prefix = [`${said}\u00a0: `, `${said}: `].find((p) => issue.message.startsWith(p));
  const message = prefix ? issue.message.slice(prefix.length) : issue.message;
  if (mode === 'message') return message;
  const params = {
    line: String(lineOfIssue(issue, a)),
    path: root ? t('playground.issue.root') : formatPath(issue.path),
    message,
  };
  return warning ? t('playground.editor.warning', params) : t('playground.issue.at', params);
}

/** The status of the policy: valid, how many problems, or not JSON. */
export function PolicyStatus() {
  const a = useAnalysis();
  const text = useSelect((s) => s.policyText);
  useSelect((s) => s.locale);
  let status: preact.JSX.Element;
  if (a === null || a.text !== text) status = <span class="pending">{t('playground.editor.status.checking')}</span>;
  else if (a.syntax) status = <span class="bad">{t('playground.json.invalid')}</span>;
  else if (a.issues.length > 0)
    status = <span class="bad">{counted('playground.editor.status.problems', a.issues.length)}</span>;
  else
    status = (
      <span class="ok">
        {a.warnings.length === 0
          ? t('playground.editor.status.valid')
          : counted('playground.policy.valid.warnings', a.warnings.length)}
      </span>
    );
  return (
    <p id="policy-status" role="status">
      {status}
    </p>
  );
}

/** The list of the issues and warnings, under the editor. */
export function IssueList() {
  const a = useAnalysis();
  useSelect((s) => s.locale);
  const items =
    a === null ? [] : [...a.issues.map((i) => [i, false] as const), ...a.warnings.map((w) => [w, true] as const)];
  return (
    <section class="issues" aria-labelledby="issues-heading">
      <h3 id="issues-heading">{t('playground.editor.issues.heading')}</h3>
      {items.length === 0 ? (
        <p id="issues-none">{t('playground.editor.issues.none')}</p>
      ) : (
        <>
          <p class="help">{t('playground.editor.issues.help')}</p>
          <ul id="issues">
            {a &&
              items.map(([issue, warning], i) => {
                const path = formatPath(issue.path);
                const line = lineOfIssue(issue, a);
                return (
                  <li
                    key={`${i}-${path}`}
                    class={warning ? 'warning' : 'error'}
                    data-path={path}
                    data-line={String(line)}
                  >
                    <button type="button" class="link" onClick={() => reveal(a.syntax ? '(root)' : path)}>
                      {issueText(issue, a, 'full', warning)}
                    </button>
                  </li>
                );
              })}
          </ul>
        </>
      )}
    </section>
  );
}
