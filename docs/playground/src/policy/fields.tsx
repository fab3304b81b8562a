/**
 * The plain inputs of the form: each edits the value at one path of the policy, carries that path
 * (`data-path`, what an issue clicked reaches), and shows the issues found at it, in the page's
 * language, under it.
 */
import type { ComponentChildren } from 'preact';
import { formatPath, type Issue, type PathSegment } from '../../../../src/index';
import { useSelect } from '../store';
import { t } from '../text';
import { setAt, setView } from './doc';
import { issueText } from './issues';
import { revealInJson } from './json-view';
import { useAnalysis } from './validate';

/** An element id for a path. */
export const fieldId = (path: readonly PathSegment[]): string => `f-${formatPath(path).replace(/[^A-Za-z0-9]+/g, '-')}`;

/** The issues at a path (`exact`), or at it and below it. */
export function useIssuesAt(
  path: readonly PathSegment[],
  exact = true,
): { issue: Issue; text: string; warning: boolean }[] {
  const a = useAnalysis();
  const text = useSelect((s) => s.policyText);
  useSelect((s) => s.locale);
  if (a === null || a.syntax || a.text !== text) return [];
  const key = formatPath(path);
  const under = (p: readonly PathSegment[]) => {
    const k = formatPath(p);
    return exact ? k === key : k === key || k.startsWith(`${key}.`) || k.startsWith(`${key}[`);
  };
  return [
    ...a.issues
      .filter((i) => under(i.path))
      .map((issue) => ({ issue, text: issueText(issue, a, 'message'), warning: false })),
    ...a.warnings
      .filter((i) => under(i.path))
      .map((issue) => ({ issue, text: issueText(issue, a, 'message'), warning: true })),
  ];
}

/** The issues at a path, under its field. */
export function FieldIssues({
  path,
  exact = true,
  id,
}: {
  path: readonly PathSegment[];
  exact?: boolean;
  id?: string;
}) {
  const found = useIssuesAt(path, exact);
  if (found.length === 0) return null;
  return (
    <ul class="field-issues" id={id}>
      {found.map(({ issue, text, warning }, i) => (
        <li key={i} class={warning ? 'warning' : 'error'} data-issue-path={formatPath(issue.path)}>
          {text}
        </li>
      ))}
    </ul>
  );
}

/** A link that shows a path in the JSON view (what the form does not edit). */
export function EditInJson({ path }: { path: readonly PathSegment[] }) {
  return (
    <button
      type="button"
      class="link edit-in-json"
      onClick={() => {
        setView('json');
        requestAnimationFrame(() => revealInJson(formatPath(path)));
      }}
    >
      {t('playground.editor.editInJson')}
    </button>
  );
}

interface FieldProps {
  readonly path: readonly PathSegment[];
  readonly label: string;
  /** The label is read by assistive technology only (the cell of a table says it). */
  readonly hideLabel?: boolean;
  readonly value: unknown;
  /** An empty input removes the value (an optional field). */
  readonly optional?: boolean;
  readonly class?: string;
  readonly children?: ComponentChildren;
}

function Labelled(
  props: FieldProps & { input: (id: string, invalid: boolean, described: string) => ComponentChildren },
) {
  const id = fieldId(props.path);
  const issues = useIssuesAt(props.path);
  const described = `${id}-issues`;
  return (
    <span class={`field ${props.class ?? ''}`}>
      {!props.hideLabel && <label for={id}>{props.label}</label>}
      {props.input(
        id,
        issues.some((i) => !i.warning),
        described,
      )}
      {props.children}
      <FieldIssues path={props.path} id={described} />
    </span>
  );
}

/** A whole number. */
export function IntegerField(props: FieldProps & { min?: number; max?: number }) {
  return (
    <Labelled
      {...props}
      input={(id, invalid, described) => (
        <input
          id={id}
          type="number"
          step={1}
          min={props.min}
          max={props.max}
          data-path={formatPath(props.path)}
          aria-label={props.hideLabel ? props.label : undefined}
          aria-invalid={invalid}
          aria-describedby={described}
          value={
            typeof props.value === 'number' ? String(props.value) : props.value === undefined ? '' : String(props.value)
          }
          onInput={(e) => {
            const v = e.currentTarget.value.trim();
            if (v === '') {
              if (props.optional) setAt(props.path, undefined);
              return;
            }
            const n = Number(v);
            if (Number.isFinite(n)) setAt(props.path, n);
          }}
        />
      )}
    />
  );
}

/** A text: a decimal amount or rate written as a string, a label, a time, a date. */
export function TextField(
  props: FieldProps & {
    type?: 'text' | 'date' | 'time';
    inputMode?: 'decimal' | 'text';
    size?: number;
    lines?: number;
  },
) {
  return (
    <Labelled
      {...props}
      input={(id, invalid, described) => {
        const common = {
          id,
          'data-path': formatPath(props.path),
          'aria-label': props.hideLabel ? props.label : undefined,
          'aria-invalid': invalid,
          'aria-describedby': described,
          value: props.value === undefined || props.value === null ? '' : String(props.value),
          onInput: (e: Event) => {
            const v = (e.currentTarget as HTMLInputElement | HTMLTextAreaElement).value;
            setAt(props.path, v === '' && props.optional ? undefined : v);
          },
        };
        return props.lines ? (
          <textarea {...common} rows={props.lines} spellcheck />
        ) : (
          <input {...common} type={props.type ?? 'text'} inputMode={props.inputMode} size={props.size} />
        );
      }}
    />
  );
}

/** A yes/no. */
export function CheckField(props: FieldProps) {
  const id = fieldId(props.path);
  const issues = useIssuesAt(props.path);
  return (
    <span class={`field check ${props.class ?? ''}`}>
      <input
        id={id}
        type="checkbox"
        data-path={formatPath(props.path)}
        aria-label={props.hideLabel ? props.label : undefined}
        aria-invalid={issues.some((i) => !i.warning)}
        aria-describedby={`${id}-issues`}
        checked={props.value === true}
        onChange={(e) => setAt(props.path, e.currentTarget.checked)}
      />
      {!props.hideLabel && <label for={id}>{props.label}</label>}
      <FieldIssues path={props.path} id={`${id}-issues`} />
    </span>
  );
}

/** A choice among values; `unset` offers "(default)", which removes the value. */
export function SelectField(
  props: FieldProps & { options: readonly { value: string; label: string }[]; unset?: string },
) {
  const current = props.value === undefined ? '' : String(props.value);
  const known = props.options.some((o) => o.value === current) || (current === '' && props.unset !== undefined);
  return (
    <Labelled
      {...props}
      input={(id, invalid, described) => (
        <select
          id={id}
          data-path={formatPath(props.path)}
          aria-label={props.hideLabel ? props.label : undefined}
          aria-invalid={invalid}
          aria-describedby={described}
          value={current}
          onChange={(e) => {
            const v = e.currentTarget.value;
            setAt(props.path, v === '' && props.unset !== undefined ? undefined : v);
          }}
        >
          {props.unset !== undefined && <option value="">{props.unset}</option>}
          {!known && <option value={current}>{current}</option>}
          {props.options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    />
  );
}
