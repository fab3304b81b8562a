/**
 * The page's side of the evaluation worker: the accounts chosen, the compact rows of their
 * decisions as they arrive, the progress, the decision opened, the comparison and the downloads.
 * The decisions are run again when the policy, the date or the language change (300 ms after the
 * last change; the worker drops the run they replace); the comparison when its tab is shown.
 */
import { useEffect, useState } from 'preact/hooks';
import { getState, subscribe as subscribeStore } from '../store';
import type { AccountsSource, ComparisonResult, FromWorker, Job, Row, RunParams, ToWorker } from './protocol';

/** The accounts offered: the examples, demo portfolios of these sizes, or files. */
export const DEMO_SIZES = [50, 500, 5_000, 50_000] as const;
export type SourceKey = 'samples' | `demo-${(typeof DEMO_SIZES)[number]}` | 'files';

export interface Progress {
  readonly done: number;
  readonly total: number;
}

/** What the results, comparison and tests tabs read. */
export interface ResultsState {
  readonly source: SourceKey;
  /** The names of the files read, for `files`. */
  readonly fileNames: readonly string[];
  readonly loading: boolean;
  /** Why the accounts could not be read (a CSV header off the layout, a file that is not JSON). */
  readonly loadProblem: string | null;
  readonly count: number;
  /** The rows so far (a new array each time rows arrive). */
  readonly rows: readonly Row[];
  /** Whether the run is finished. */
  readonly complete: boolean;
  /** Why the policy could not be run. */
  readonly runProblem: string | null;
  /** The date the decisions were made on, and whether it was moved (a policy that starts later). */
  readonly ranAsOf: string | null;
  readonly moved: boolean;
  readonly progress: Readonly<Partial<Record<Job, Progress>>>;
  /** The row opened, and its decision told. */
  readonly selected: number | null;
  readonly detail: Extract<FromWorker, { type: 'decision' }> | null;
  readonly comparison: ComparisonResult | null;
  readonly comparing: boolean;
  readonly compareProblem: string | null;
  /** The second policy file the edited one is compared with, or null for the default policy. */
  readonly baseline: { readonly name: string; readonly policy: unknown } | null;
  readonly downloadProblem: string | null;
}

let state: ResultsState = {
  source: 'samples',
  fileNames: [],
  loading: true,
  loadProblem: null,
  count: 0,
  rows: [],
  complete: false,
  runProblem: null,
  ranAsOf: null,
  moved: false,
  progress: {},
  selected: null,
  detail: null,
  comparison: null,
  comparing: false,
  compareProblem: null,
  baseline: null,
  downloadProblem: null,
};
const listeners = new Set<(s: ResultsState) => void>();

export const getResults = (): ResultsState => state;

function set(patch: Partial<ResultsState>): void {
  state = { ...state, ...patch };
  for (const l of listeners) l(state);
}

/** A component's view of a part of the results, rendered again when it changes. */
export function useResults<T>(select: (s: ResultsState) => T): T {
  const [value, setValue] = useState(() => select(state));
  useEffect(() => {
    setValue(() => select(state));
    const l = (s: ResultsState) => setValue(() => select(s));
    listeners.add(l);
    return () => {
      listeners.delete(l);
    };
  }, []);
  return value;
}

// ----- The worker.

let worker: Worker | null = null;
let seq = 0;
const latest: Record<Job | 'decision', number> = { load: 0, run: 0, compare: 0, download: 0, decision: 0 };
let rows: Row[] = [];
let pendingDownload: ((blob: Blob, name: string) => void) | null = null;
/** Whether the comparison must be made again (the policy, date, accounts or baseline changed). */
let compareStale = true;

function send(message: ToWorker): void {
  worker?.postMessage(message);
}

function params(): RunParams | null {
  const s = getState();
  if (s.policy === null) return null;
  return { policy: s.policy, asOf: s.asOf, locale: s.locale };
}

function onMessage(m: FromWorker): void {
  if (m.type === 'loaded') {
    if (m.id !== latest.load) return;
    set({ loading: false, loadProblem: m.problem, count: m.count });
    runNow();
  } else if (m.type === 'progress') {
    if (m.id !== latest[m.job]) return;
    set({ progress: { ...state.progress, [m.job]: { done: m.done, total: m.total } } });
  } else if (m.type === 'rows') {
    if (m.id !== latest.run) return;
    rows = rows.concat(m.rows);
    set({ rows });
  } else if (m.type === 'done') {
    if (m.id !== latest.run) return;
    set({ complete: true, ranAsOf: m.asOf, moved: m.moved });
    document.body.dataset.results = String(Number(document.body.dataset.results ?? 0) + 1);
  } else if (m.type === 'failed') {
    if (m.id !== latest[m.job]) return;
    if (m.job === 'run') set({ runProblem: m.message, complete: true });
    else if (m.job === 'compare') set({ compareProblem: m.message, comparing: false, comparison: null });
    else if (m.job === 'download') set({ downloadProblem: m.message });
  } else if (m.type === 'decision') {
    if (m.id !== latest.decision) return;
    set({ detail: m });
  } else if (m.type === 'compared') {
    if (m.id !== latest.compare) return;
    set({ comparison: m.result, comparing: false, compareProblem: null });
    document.body.dataset.compared = String(Number(document.body.dataset.compared ?? 0) + 1);
  } else if (m.type === 'file') {
    if (m.id !== latest.download) return;
    const done = pendingDownload;
    pendingDownload = null;
    const { download: _, ...progress } = state.progress;
    set({ progress });
    done?.(m.blob, m.name);
  }
}

/** Evaluates the accounts loaded with the policy now (the older run is dropped). */
export function runNow(): void {
  const p = params();
  if (p === null || state.loading) return;
  latest.run = ++seq;
  rows = [];
  set({ rows, complete: false, runProblem: null, selected: null, detail: null });
  send({ type: 'run', id: latest.run, params: p });
  compareStale = true;
  if (getState().tab === 'comparison') compareNow();
}

/** Compares the edited policy with the baseline over the same accounts. */
export function compareNow(): void {
  const p = params();
  if (p === null || state.loading) return;
  compareStale = false;
  latest.compare = ++seq;
  set({ comparing: true, compareProblem: null });
  send({ type: 'compare', id: latest.compare, params: p, baseline: state.baseline?.policy ?? null });
}

/** Loads accounts in the worker, then runs the policy over them. */
export function loadAccounts(key: SourceKey, from: AccountsSource, fileNames: readonly string[] = []): void {
  latest.load = ++seq;
  latest.run = ++seq; // drops the rows of the run in progress
  rows = [];
  set({
    source: key,
    fileNames,
    loading: true,
    loadProblem: null,
    rows,
    complete: false,
    selected: null,
    detail: null,
    comparison: null,
  });
  const transfer = from.kind === 'files' ? from.files.map((f) => f.bytes) : [];
  worker?.postMessage(
    { type: 'load', id: latest.load, source: from, locale: getState().locale } satisfies ToWorker,
    transfer,
  );
}

let samples: unknown[] = [];

/** Loads one of the offered sources. */
export function loadSource(key: Exclude<SourceKey, 'files'>): void {
  if (key === 'samples') loadAccounts(key, { kind: 'samples', accounts: samples });
  else loadAccounts(key, { kind: 'demo', count: Number(key.slice(5)), asOf: getState().asOf });
}

/** Reads files the user dropped or picked. */
export async function loadFiles(files: readonly File[]): Promise<void> {
  const read = await Promise.all(files.map(async (f) => ({ name: f.name, bytes: await f.arrayBuffer() })));
  loadAccounts(
    'files',
    { kind: 'files', files: read },
    files.map((f) => f.name),
  );
}

/** Opens a row: its decision is asked of the worker. */
export function openRow(index: number | null): void {
  set({ selected: index, detail: null });
  const p = params();
  if (index === null || p === null) return;
  latest.decision = ++seq;
  send({ type: 'decision', id: latest.decision, index, params: p });
}

/** The second policy the edited one is compared with (null: the default policy). */
export function setBaseline(baseline: ResultsState['baseline']): void {
  set({ baseline, comparison: null });
  compareNow();
}

/** Asks the worker for the decisions as a file; resolves with it. */
export function downloadDecisions(format: 'csv-fr' | 'csv' | 'ndjson'): Promise<{ blob: Blob; name: string }> {
  const p = params();
  if (p === null) return Promise.reject(new Error('no policy'));
  latest.download = ++seq;
  set({ downloadProblem: null });
  return new Promise((resolve) => {
    pendingDownload = (blob, name) => resolve({ blob, name });
    send({ type: 'download', id: latest.download, params: p, format });
  });
}

/** Saves a file the page made: a Blob and a link with `download`. */
export function saveFile(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Starts the worker and the first run (once, from the results tab). */
export function startResults(): void {
  if (worker !== null) return;
  worker = new Worker(new URL('./worker.js', import.meta.url), { type: 'module' });
  worker.onmessage = (e: MessageEvent<FromWorker>) => onMessage(e.data);
  worker.onerror = (e) => set({ runProblem: e.message, loading: false, complete: true });
  let { policy, asOf, locale, tab } = getState();
  let timer: ReturnType<typeof setTimeout> | undefined;
  subscribeStore((s) => {
    if (s.asOf !== asOf && state.source.startsWith('demo-')) {
      // A demo portfolio's ledgers run up to its date: generated again for the new one, then run.
      asOf = s.asOf;
      policy = s.policy;
      locale = s.locale;
      clearTimeout(timer);
      loadSource(state.source as Exclude<SourceKey, 'files' | 'samples'>);
    } else if (s.policy !== policy || s.asOf !== asOf || s.locale !== locale) {
      const now = s.locale !== locale;
      policy = s.policy;
      asOf = s.asOf;
      locale = s.locale;
      clearTimeout(timer);
      timer = setTimeout(runNow, now ? 0 : 300);
    }
    if (s.tab !== tab) {
      tab = s.tab;
      if (tab === 'comparison' && compareStale) compareNow();
    }
  });
  fetch('samples.json')
    .then((r) => r.json())
    .then((json: unknown[]) => {
      samples = json;
      if (state.source === 'samples' && latest.load === 0) loadSource('samples');
    })
    .catch(() => set({ loading: false, loadProblem: 'samples.json' }));
}
