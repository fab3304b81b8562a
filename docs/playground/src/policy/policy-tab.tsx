/**
 * The policy tab: the status of the policy, its file (back to the default, upload or drop,
 * download), the form and the JSON view of the same text, and the list of its issues. An issue
 * clicked (the store's `reveal`) is shown in the view that shows: its field in the form, or its
 * line in the JSON (the form has no field for it: the JSON view then).
 */
import './policy.css';
import { useEffect, useRef, useState } from 'preact/hooks';
import { DEFAULT_POLICY_TEXT } from './default-text';
import { getState, setState, subscribe, useSelect } from '../store';
import { t } from '../text';
import { getView, setView, useView, type View } from './doc';
import { PolicyForm, revealInForm } from './form';
import { IssueList, PolicyStatus } from './issues';
import { JsonView, revealInJson } from './json-view';

/** Shows a path: in the view shown, or in the JSON when the form has no place for it. */
function show(path: string): void {
  if (getView() === 'form' && path !== '(root)' && revealInForm(path)) return;
  if (getView() === 'form') {
    // A path in another version: the form draws it on the next frame.
    requestAnimationFrame(() => {
      if (path !== '(root)' && revealInForm(path)) return;
      setView('json');
      requestAnimationFrame(() => revealInJson(path));
    });
    return;
  }
  revealInJson(path);
}

/** Reads a file the user picked or dropped into the editor. */
async function open(file: File, say: (text: string) => void): Promise<void> {
  try {
    const text = await file.text();
    setState({ policyText: text });
    say(t('playground.editor.uploaded', { file: file.name }));
  } catch {
    say(t('playground.editor.uploadFailed', { file: file.name }));
  }
}

/** Downloads the policy as it is written now. */
function download(): void {
  const blob = new Blob([getState().policyText], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = t('playground.editor.fileName');
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

function ViewSwitch({ view }: { view: View }) {
  const views: View[] = ['form', 'json'];
  return (
    <fieldset class="view-switch">
      <legend class="visually-hidden">{t('playground.editor.views')}</legend>
      {views.map((v) => (
        <button key={v} type="button" id={`policy-view-${v}`} aria-pressed={view === v} onClick={() => setView(v)}>
          {t(`playground.editor.view.${v}`)}
        </button>
      ))}
    </fieldset>
  );
}

export function PolicyTab() {
  const view = useView();
  useSelect((s) => s.locale);
  const [said, say] = useState('');
  const [dragging, setDragging] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const zone = useRef<HTMLDivElement>(null);

  // A policy file dropped anywhere on the tab is opened (the upload button is the keyboard's way).
  useEffect(() => {
    const el = zone.current;
    if (!el) return;
    const over = (e: DragEvent) => {
      if (!e.dataTransfer?.types.includes('Files')) return;
      e.preventDefault();
      setDragging(true);
    };
    const leave = () => setDragging(false);
    const drop = (e: DragEvent) => {
      setDragging(false);
      const file = e.dataTransfer?.files[0];
      if (!file) return;
      e.preventDefault();
      void open(file, say);
    };
    el.addEventListener('dragover', over);
    el.addEventListener('dragleave', leave);
    el.addEventListener('drop', drop);
    return () => {
      el.removeEventListener('dragover', over);
      el.removeEventListener('dragleave', leave);
      el.removeEventListener('drop', drop);
    };
  }, []);

  useEffect(() => {
    let seq = getState().reveal?.seq ?? 0;
    return subscribe((s) => {
      if (s.reveal && s.reveal.seq !== seq) {
        seq = s.reveal.seq;
        const path = s.reveal.path;
        if (s.tab === 'policy') show(path);
        else {
          // Asked from another tab: the policy tab opens, then shows it.
          setState({ tab: 'policy' });
          requestAnimationFrame(() => show(path));
        }
      }
    });
  }, []);

  return (
    <div ref={zone} class={`policy-tab ${dragging ? 'dragging' : ''}`}>
      <div class="toolbar policy-toolbar">
        <PolicyStatus />
        <ViewSwitch view={view} />
        <button
          type="button"
          id="reset-policy"
          onClick={() => {
            if (getState().policyText === DEFAULT_POLICY_TEXT) return;
            setState({ policyText: DEFAULT_POLICY_TEXT });
          }}
        >
          {t('playground.editor.reset')}
        </button>
        <span class="upload">
          <button type="button" id="upload-policy" onClick={() => input.current?.click()}>
            {t('playground.editor.upload')}
          </button>
          <input
            id="policy-file"
            ref={input}
            type="file"
            accept=".json,application/json"
            class="visually-hidden"
            tabIndex={-1}
            aria-label={t('playground.editor.upload')}
            onChange={(e) => {
              const file = e.currentTarget.files?.[0];
              if (file) void open(file, say);
              e.currentTarget.value = '';
            }}
          />{' '}
          <span class="help">{t('playground.editor.drop')}</span>
        </span>
        <button type="button" id="download-policy" onClick={download}>
          {t('playground.editor.download')}
        </button>
      </div>
      <p class="said" role="status" id="policy-file-status">
        {said}
      </p>
      <div hidden={view !== 'form'} id="policy-form-view">
        {/* Drawn only while it shows: typing in the JSON view does not redraw a hidden form. */}
        {view === 'form' && <PolicyForm />}
      </div>
      <div hidden={view !== 'json'} id="policy-json-view">
        <JsonView />
      </div>
      <IssueList />
    </div>
  );
}
