/**
 * The page's shared state: the policy being edited (its text, its last valid value, its issues),
 * the evaluation date and the language. The policy side writes it; the accounts, results,
 * comparison and tests tabs read it. One small store with subscribers, no library.
 */
import type { Issue, Locale } from '../../../src/index';
import { useEffect, useState } from 'preact/hooks';

/** What every part of the page may read. */
export interface PlaygroundState {
  /** The language of the page (French by default, kept between visits). */
  readonly locale: Locale;
  /** The evaluation date (ISO), shared by the decisions, the comparison and the tests. */
  readonly asOf: string;
  /** The policy file as the user edits it (JSON text, the whole file: `{ id, versions: [...] }`). */
  readonly policyText: string;
  /** The last policy that validated (the plain object of `policyText` then), or null if none yet. */
  readonly policy: unknown | null;
  /** The issues of `policyText` now (empty when it validates), each with its path. */
  readonly issues: readonly Issue[];
  /** The tab shown. */
  readonly tab: TabId;
  /** A field the user asked to reach (an issue clicked): its path, e.g. `versions[0].levels[2].threshold`. */
  readonly reveal: { readonly path: string; readonly seq: number } | null;
}

export const TABS = ['policy', 'results', 'comparison', 'tests'] as const;
export type TabId = (typeof TABS)[number];

type Listener = (state: PlaygroundState) => void;

let state: PlaygroundState;
const listeners = new Set<Listener>();

/** Sets the first state (main.tsx, once). */
export function initState(first: PlaygroundState): void {
  state = first;
}

/** The state now. */
export const getState = (): PlaygroundState => state;

/** Changes some fields and tells every subscriber (only when something changed). */
export function setState(patch: Partial<PlaygroundState>): void {
  const next = { ...state, ...patch };
  if ((Object.keys(patch) as (keyof PlaygroundState)[]).every((k) => Object.is(state[k], next[k]))) return;
  state = next;
  for (const listener of listeners) listener(state);
}

/** Calls `listener` on each change; returns the function that stops it. */
export function subscribe(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** A component's view of one part of the state, rendered again when that part changes. */
export function useSelect<T>(select: (s: PlaygroundState) => T): T {
  const [value, setValue] = useState(() => select(state));
  useEffect(() => {
    setValue(() => select(state));
    return subscribe((s) => setValue(() => select(s)));
  }, []);
  return value;
}
