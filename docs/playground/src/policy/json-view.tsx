/**
 * The JSON view of the policy: CodeMirror 6 with line numbers, JSON highlighting and folding,
 * completion and hover from the policy's JSON Schema (`codemirror-json-schema`), and the library's
 * own issues as lint diagnostics at their place (in the page's language). The text is the store's
 * `policyText`: typing writes it, and a change from elsewhere (the form, a file, the reset) is
 * applied to the editor as the smallest edit, so the cursor and the scroll stay.
 */
import { jsonLanguage, json } from '@codemirror/lang-json';
import { type Diagnostic, lintGutter, setDiagnostics } from '@codemirror/lint';
import { Compartment, EditorSelection, EditorState } from '@codemirror/state';
import { EditorView, hoverTooltip } from '@codemirror/view';
import { disableErrorLogging } from 'best-effort-json-parser';
import { basicSetup } from 'codemirror';
import { jsonCompletion, jsonSchemaHover, stateExtensions, updateSchema } from 'codemirror-json-schema';
import { useEffect, useRef } from 'preact/hooks';
import { formatPath as formatKey, type PathSegment, policyJsonSchema } from '../../../../src/index';
import { getState, setState, subscribe, useSelect } from '../store';
import { t } from '../text';
import { rangeOf } from './locations';
import { getAnalysis, onAnalysis, type Analysis } from './validate';
import { issueText } from './issues';

// codemirror-json-schema reads the text being typed with best-effort-json-parser, which logs each
// half-typed text as a console error: the editor's own issues say what is wrong instead.
disableErrorLogging();

type Schema = Parameters<typeof stateExtensions>[0];

/** The branch of the policy file's schema for one policy, and the one for a set of versions. */
const SCHEMAS = (() => {
  const root = policyJsonSchema as { anyOf: object[]; $defs?: object };
  const [one, set] = root.anyOf as [object, object];
  return {
    one: { ...one, $defs: root.$defs } as Schema,
    set: { ...set, $defs: root.$defs } as Schema,
  };
})();

/** The schema that fits the text: a set of versions when its root has `versions`. */
const schemaFor = (json: unknown): Schema =>
  json !== null && typeof json === 'object' && !Array.isArray(json) && !('versions' in json)
    ? SCHEMAS.one
    : SCHEMAS.set;

/** The diagnostics of a reading, when it is of the text the editor shows. */
function diagnostics(a: Analysis | null, text: string): Diagnostic[] {
  if (a === null || a.text !== text) return [];
  if (a.syntax) {
    const from = Math.min(a.syntax.offset, text.length);
    return [{ from, to: Math.min(from + 1, text.length), severity: 'error', message: a.issues[0]?.message ?? '' }];
  }
  const out: Diagnostic[] = [];
  for (const issue of a.issues)
    out.push({ ...rangeOf(a.locations, issue.path), severity: 'error', message: issueText(issue, a, 'message') });
  for (const w of a.warnings)
    out.push({ ...rangeOf(a.locations, w.path), severity: 'warning', message: issueText(w, a, 'message') });
  return out;
}

/** Shows the issues of a reading as the editor's diagnostics (mapped through later edits by CodeMirror). */
function showDiagnostics(v: EditorView, a: Analysis | null): void {
  const text = v.state.doc.toString();
  if (a === null || a.text !== text) return;
  v.dispatch(setDiagnostics(v.state, diagnostics(a, text)));
}

/** CodeMirror's own words in the page's language. */
const phrases = () => {
  const words = [
    'Go to line',
    'go',
    'Find',
    'Replace',
    'next',
    'previous',
    'all',
    'match case',
    'by word',
    'regexp',
    'replace',
    'replace all',
    'close',
    'current match',
    'replaced $ matches',
    'replaced match on line $',
    'on line',
    'Diagnostics',
    'No diagnostics',
    'Folded lines',
    'Unfolded lines',
    'Fold line',
    'Unfold line',
    'folded code',
    'unfold',
    'Selection deleted',
    'Completions',
    'Control character',
  ];
  return EditorState.phrases.of(
    Object.fromEntries(words.map((w) => [w, t('playground.editor.phrase', { phrase: w })])),
  );
};

const labelled = () =>
  EditorView.contentAttributes.of({ 'aria-label': t('playground.editor.json.label'), id: 'policy-json' });

/** The editor, once per page (the policy tab keeps it while hidden). */
let view: EditorView | null = null;

/** Puts the cursor on a path's line (or a syntax error's place), scrolls it to the middle, focuses the editor. */
export function revealInJson(path: string): boolean {
  const a = getAnalysis();
  if (!view || !a || a.text !== view.state.doc.toString()) return false;
  let pos: number;
  if (a.syntax) pos = Math.min(a.syntax.offset, view.state.doc.length);
  else {
    const issue = [...a.issues, ...a.warnings].find((i) => formatKey(i.path) === path);
    const segments = issue ? issue.path : parsePath(path);
    pos = rangeOf(a.locations, segments).from;
  }
  view.dispatch({
    selection: EditorSelection.cursor(pos),
    effects: EditorView.scrollIntoView(pos, { y: 'center' }),
  });
  view.focus();
  return true;
}

/** `versions[0].levels[2].conditions` back to its segments. */
export function parsePath(path: string): PathSegment[] {
  const out: PathSegment[] = [];
  if (path === '(root)') return out;
  for (const m of path.matchAll(/([^.[\]]+)|\[(\d+)\]|\["((?:[^"\\]|\\.)*)"\]/g)) {
    if (m[2] !== undefined) out.push(Number(m[2]));
    else if (m[3] !== undefined) out.push(JSON.parse(`"${m[3]}"`) as string);
    else if (m[1] !== undefined) out.push(m[1]);
  }
  return out;
}

/** The smallest change that turns `before` into `after`. */
function smallestChange(before: string, after: string): { from: number; to: number; insert: string } {
  let start = 0;
  const max = Math.min(before.length, after.length);
  while (start < max && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let end = 0;
  while (end < max - start && before.charCodeAt(before.length - 1 - end) === after.charCodeAt(after.length - 1 - end))
    end++;
  return { from: start, to: before.length - end, insert: after.slice(start, after.length - end) };
}

export function JsonView() {
  const host = useRef<HTMLDivElement>(null);
  const locale = useSelect((s) => s.locale);
  const language = useRef(new Compartment());
  const label = useRef(new Compartment());

  useEffect(() => {
    if (!host.current) return;
    const first = getState().policyText;
    let schema = schemaFor(getAnalysis()?.json);
    view = new EditorView({
      parent: host.current,
      state: EditorState.create({
        doc: first,
        extensions: [
          basicSetup,
          json(),
          lintGutter(),
          jsonLanguage.data.of({ autocomplete: jsonCompletion() }),
          hoverTooltip(jsonSchemaHover()),
          stateExtensions(schema),
          language.current.of(phrases()),
          label.current.of(labelled()),
          EditorView.updateListener.of((u) => {
            if (u.docChanged) {
              const text = u.state.doc.toString();
              if (text !== getState().policyText) setState({ policyText: text });
            }
          }),
        ],
      }),
    });
    const stopStore = subscribe((s) => {
      if (!view) return;
      const shown = view.state.doc.toString();
      if (s.policyText !== shown) view.dispatch({ changes: smallestChange(shown, s.policyText) });
    });
    const stopAnalysis = onAnalysis((a) => {
      if (!view) return;
      const next = schemaFor(a.json);
      if (a.json !== undefined && next !== schema) {
        schema = next;
        updateSchema(view, schema);
      }
      showDiagnostics(view, a);
    });
    showDiagnostics(view, getAnalysis());
    return () => {
      stopStore();
      stopAnalysis();
      view?.destroy();
      view = null;
    };
  }, []);

  useEffect(() => {
    view?.dispatch({ effects: [language.current.reconfigure(phrases()), label.current.reconfigure(labelled())] });
  }, [locale]);

  return (
    <div class="json-view">
      <p class="help" id="policy-json-help">
        {t('playground.editor.json.help')}
      </p>
      <div ref={host} class="cm-host" aria-describedby="policy-json-help" />
    </div>
  );
}
