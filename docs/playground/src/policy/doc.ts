/**
 * The policy as the form reads and edits it: the JSON of the store's `policyText` (whatever it
 * holds, valid or not), and edits that set one value at a path and write the text again with a
 * 2-space indent. Which view shows (form or JSON) is kept here too.
 */
import { useMemo, useEffect, useState } from 'preact/hooks';
import type { PathSegment } from '../../../../src/index';
import { getState, setState, useSelect } from '../store';

/** A JSON object, as the form walks it. */
export type Json = Record<string, unknown>;

/** The JSON of a text, or undefined when it is not JSON. */
export function parseText(text: string): unknown {
  try {
    return JSON.parse(text.replace(/^\uFEFF/, '')) as unknown;
  } catch {
    return undefined;
  }
}

/** The JSON of the text being edited (parsed again only when the text changes). */
export function useDoc(): unknown {
  const text = useSelect((s) => s.policyText);
  return useMemo(() => parseText(text), [text]);
}

export const isObject = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v);

/** The value at a path, or undefined. */
export function valueAt(root: unknown, path: readonly PathSegment[]): unknown {
  let v: unknown = root;
  for (const s of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string | number, unknown>)[s];
  }
  return v;
}

/** The text of a policy object, as the editor writes it. */
export const policyTextOf = (root: unknown): string => `${JSON.stringify(root, null, 2)}\n`;

/**
 * Sets the value at a path of the policy being edited (undefined removes it; missing objects on
 * the way are made), and writes the text again. Nothing happens while the text is not JSON.
 */
export function setAt(path: readonly PathSegment[], value: unknown): void {
  const root = parseText(getState().policyText);
  if (root === undefined || path.length === 0) return;
  let parent: unknown = root;
  for (let i = 0; i < path.length - 1; i++) {
    const s = path[i] as PathSegment;
    const p = parent as Record<string | number, unknown>;
    if (p[s] === null || typeof p[s] !== 'object') p[s] = typeof path[i + 1] === 'number' ? [] : {};
    parent = p[s];
  }
  const last = path[path.length - 1] as PathSegment;
  if (Array.isArray(parent) && typeof last === 'number') {
    if (value === undefined) parent.splice(last, 1);
    else parent[last] = value;
  } else if (parent !== null && typeof parent === 'object') {
    const p = parent as Record<string, unknown>;
    if (value === undefined) delete p[String(last)];
    else p[String(last)] = value;
  }
  setState({ policyText: policyTextOf(root) });
}

// ----- Which view shows: the form or the JSON.

export type View = 'form' | 'json';
let view: View = 'form';
const viewListeners = new Set<(v: View) => void>();

export const getView = (): View => view;
export function setView(next: View): void {
  if (next === view) return;
  view = next;
  for (const l of viewListeners) l(view);
}
export function useView(): View {
  const [v, set] = useState(view);
  useEffect(() => {
    set(view);
    viewListeners.add(set);
    return () => {
      viewListeners.delete(set);
    };
  }, []);
  return v;
}
