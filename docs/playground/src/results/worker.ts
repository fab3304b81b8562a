/// <reference lib="webworker" />
/**
 * The Web Worker that evaluates the accounts, off the page's thread: it holds the accounts (the
 * records of the files read, or the demo portfolio generated account by account on demand), runs
 * the policy over them with `prepareRun` and posts one compact row per account in batches, with
 * the progress; it gives one full decision (its narrative and messages) when a row is opened, the
 * comparison of two policies (`comparePolicies`) and the files to download. A newer job of a kind
 * cancels the older one: the loops yield between batches, so a new message is read at once.
 */
import { ValidationError } from '../../../../src/errors';
import {
  comparePolicies,
  defaultPolicy,
  loadPolicy,
  localizeIssues,
  messageText,
  policyInForce,
  prepareRun,
  type Decision,
  type Locale,
  type PolicySet,
  type PreparedRun,
  type RecordResult,
} from '../../../../src/index';
import { DEMO_DEFAULT_SEED, generateDemoAccount } from '../../../../src/demo/index';
import { headText, resultText } from './csv';
import { assess, errorResult, isUnreadable } from '../../../../src/rules';
import { narrate } from '../../../../src/rules/narrate';
import type { AccountsSource, FromWorker, Job, Row, RunParams, ToWorker } from './protocol';
import { fileText, kindOf, readCsvText, readJsonText, readNdjsonText, type Records } from './read-files';

declare const self: DedicatedWorkerGlobalScope;

const post = (message: FromWorker) => self.postMessage(message);

/** The accounts: how many, each record, and its line in its file. */
interface Source {
  readonly count: number;
  get(i: number): unknown;
  line(i: number): number | null;
}

let source: Source = { count: 0, get: () => undefined, line: () => null };
/** The newest job of each kind: an older one stops at its next batch. */
const current: Record<Job, number> = { load: 0, run: 0, compare: 0, download: 0 };

/** Lets the worker read the messages that came meanwhile. */
const tick = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

// ----- The accounts.

function recordsSource(r: Records): Source {
  return { count: r.records.length, get: (i) => r.records[i], line: (i) => r.lines[i] ?? null };
}

/** The problems of a ValidationError, in the locale, joined. */
function said(error: unknown, locale: Locale): string {
  if (error instanceof ValidationError)
    return localizeIssues(error.issues, locale)
      .map((i) => i.message)
      .join(' ; ');
  if (error && typeof (error as { problemText?: unknown }).problemText === 'function') {
    const e = error as { line: number; column: number; problemText(l: Locale): string };
    return messageText(
      'playground.issue.syntax',
      { line: String(e.line), column: String(e.column), problem: e.problemText(locale) },
      locale,
    );
  }
  return String((error as Error)?.message ?? error);
}

/** The accounts of the files: CSV files with their ledger files, NDJSON and JSON files. */
function filesSource(files: readonly { name: string; bytes: ArrayBuffer }[]): Records {
  const out: Records = { records: [], lines: [] };
  const texts = files.map((f) => ({ name: f.name, kind: kindOf(f.name), text: fileText(f.bytes) }));
  const ledgers = texts.filter((f) => f.kind === 'ledger');
  for (const f of texts) {
    let r: Records;
    if (f.kind === 'ledger') continue;
    if (f.kind === 'csv') {
      const base = f.name.replace(/\.(csv|txt)$/i, '');
      const ledger = ledgers.find((l) => l.name.toLowerCase() === `${base.toLowerCase()}.ledger.csv`) ?? ledgers[0];
      r = readCsvText(f.name, f.text, ledger ? { name: ledger.name, text: ledger.text } : null);
    } else if (f.kind === 'ndjson') r = readNdjsonText(f.text);
    else r = readJsonText(f.text);
    out.records.push(...r.records);
    out.lines.push(...r.lines);
  }
  return out;
}

function load(id: number, from: AccountsSource, locale: Locale): void {
  current.load = id;
  try {
    if (from.kind === 'samples')
      source = recordsSource({ records: [...from.accounts], lines: from.accounts.map(() => null) });
    else if (from.kind === 'demo') {
      const asOf = from.asOf as never;
      source = {
        count: from.count,
        get: (i) => generateDemoAccount(DEMO_DEFAULT_SEED, i, { asOf }),
        line: () => null,
      };
    } else {
      if (!from.files.some((f) => kindOf(f.name) !== 'ledger'))
        throw new Error(messageText('playground.results.ledgerOnly', {}, locale));
      source = recordsSource(filesSource(from.files));
    }
    post({ type: 'loaded', id, count: source.count, problem: null });
  } catch (error) {
    source = { count: 0, get: () => undefined, line: () => null };
    post({ type: 'loaded', id, count: 0, problem: said(error, locale) });
  }
}

// ----- The policy on a date.

let lastPolicy: { text: string; loaded: PolicySet } | null = null;

/** The policy loaded (kept while the same one comes again). */
function loaded(policy: unknown): PolicySet {
  const text = JSON.stringify(policy);
  if (lastPolicy?.text !== text) lastPolicy = { text, loaded: loadPolicy(policy) };
  return lastPolicy.loaded;
}

/**
 * The date a policy is run on: `asOf` when a version covers it; else the first day of the first
 * version that starts later (a candidate dated 2027-01-01 is previewed on that day); else the
 * first day of its last version.
 */
export function coveredDate(set: PolicySet, asOf: string): string {
  try {
    policyInForce(set, asOf);
    return asOf;
  } catch {
    const later = set.versions.map((v) => v.effectiveFrom).filter((d) => d > asOf);
    return later.length > 0 ? (later.sort()[0] as string) : (set.versions.at(-1)?.effectiveFrom ?? asOf);
  }
}

interface Prepared {
  readonly run: PreparedRun<Decision>;
  readonly asOf: string;
  readonly moved: boolean;
}

function prepared(params: RunParams, explain: 'none' | 'summary'): Prepared {
  const set = loaded(params.policy);
  const asOf = coveredDate(set, params.asOf);
  const run = prepareRun(set, { asOf: asOf as never, locale: params.locale, explain });
  return { run, asOf, moved: asOf !== params.asOf };
}

// ----- The rows.

const AGES = ['0-1', '1-3', '3-6', '6-12', '12+'] as const;

function errorText(r: RecordResult & { ok: false }, line: number | null, locale: Locale): string {
  const message = r.issues.map((i) => i.message).join(' ; ');
  const at = r.line ?? line;
  return at === null || at === undefined
    ? message
    : messageText('playground.results.errorAt', { line: String(at), message }, locale);
}

function errorRow(i: number, r: RecordResult & { ok: false }, line: number | null, locale: Locale): Row {
  return {
    i,
    line: r.line ?? line,
    id: r.accountId ?? '',
    ok: false,
    rank: -1,
    levelId: '',
    level: '',
    step: '',
    stepLabel: '',
    channel: '',
    date: '',
    department: '',
    approval: false,
    debt: 0,
    months: 0,
    ageing: [0, 0, 0, 0, 0],
    actions: [],
    error: errorText(r, line, locale),
  };
}

function rowOf(run: PreparedRun<Decision>, i: number, locale: Locale): Row {
  const record = source.get(i);
  const line = source.line(i);
  if (isUnreadable(record))
    return errorRow(i, run.evaluateRecord(record, i) as RecordResult & { ok: false }, line, locale);
  try {
    const { situation: s, decision: d } = assess(run, record);
    const next = d.nextAction;
    return {
      i,
      line,
      id: d.accountId,
      ok: true,
      rank: d.level.rank,
      levelId: d.level.id,
      level: d.level.label,
      step: next?.step ?? '',
      stepLabel: next?.label ?? '',
      channel: next?.channel ?? '',
      date: next?.date ?? '',
      department: s.department,
      approval: d.actions.some((a) => a.requiresHumanApproval),
      debt: Number(s.arrears),
      months: s.monthsOfArrears,
      ageing: AGES.map((k) => Number(s.ageing[k])),
      actions: d.actions.map((a) => ({ channel: a.channel, role: a.role })),
      error: '',
    };
  } catch (error) {
    return errorRow(i, errorResult(record, i, error, locale) as RecordResult & { ok: false }, line, locale);
  }
}

async function evaluateAll(id: number, params: RunParams): Promise<void> {
  current.run = id;
  let p: Prepared;
  try {
    p = prepared(params, 'none');
  } catch (error) {
    post({ type: 'failed', id, job: 'run', message: said(error, params.locale) });
    return;
  }
  const total = source.count;
  let batch: Row[] = [];
  let since = performance.now();
  post({ type: 'progress', id, job: 'run', done: 0, total });
  for (let i = 0; i < total; i++) {
    batch.push(rowOf(p.run, i, params.locale));
    if (performance.now() - since > 60 || i === total - 1) {
      post({ type: 'rows', id, rows: batch });
      post({ type: 'progress', id, job: 'run', done: i + 1, total });
      batch = [];
      await tick();
      if (current.run !== id) return;
      since = performance.now();
    }
  }
  post({ type: 'done', id, asOf: p.asOf, moved: p.moved });
}

// ----- One decision, told.

function decisionOf(id: number, index: number, params: RunParams): void {
  const record = source.get(index);
  try {
    const p = prepared(params, 'summary');
    const r = p.run.evaluateRecord(record, index);
    if (!r.ok) {
      post({
        type: 'decision',
        id,
        index,
        narrative: [],
        messages: [],
        error: errorText(r, source.line(index), params.locale),
      });
      return;
    }
    const d = r.decision;
    post({
      type: 'decision',
      id,
      index,
      narrative: narrate(d, params.locale),
      messages: d.actions
        .filter((a) => a.message !== null)
        .map((a) => ({
          step: a.label,
          channel: a.channel,
          subject: a.message?.subject ?? null,
          text: a.message?.text ?? '',
        })),
      error: null,
    });
  } catch (error) {
    post({ type: 'decision', id, index, narrative: [], messages: [], error: said(error, params.locale) });
  }
}

// ----- The comparison.

async function compare(id: number, params: RunParams, baselinePolicy: unknown | null): Promise<void> {
  current.compare = id;
  try {
    const candidate = loaded(params.policy);
    const baseline = baselinePolicy === null ? defaultPolicy : loadPolicy(baselinePolicy);
    const asOf = coveredDate(candidate, params.asOf);
    const total = source.count;
    let cancelled = false;
    async function* accounts() {
      let since = performance.now();
      for (let i = 0; i < total; i++) {
        yield source.get(i);
        if (performance.now() - since > 60) {
          post({ type: 'progress', id, job: 'compare', done: i + 1, total });
          await tick();
          if (current.compare !== id) {
            cancelled = true;
            return;
          }
          since = performance.now();
        }
      }
    }
    post({ type: 'progress', id, job: 'compare', done: 0, total });
    const report = await comparePolicies(accounts(), baseline, candidate, { asOf, keepChanges: 20_000 });
    if (cancelled || current.compare !== id) return;
    // The labels of each policy's version in force (none for a baseline that does not cover the
    // date: comparePolicies said so); the levels of both in one table, keyed by rank and id.
    const inForce = (set: PolicySet) => {
      try {
        return policyInForce(set, asOf);
      } catch {
        return null;
      }
    };
    const versions = { baseline: inForce(baseline as PolicySet), candidate: inForce(candidate) };
    const levelLabels = Object.fromEntries(
      [versions.baseline, versions.candidate].flatMap(
        (v) => v?.levels.map((l) => [`${l.rank} ${l.id}`, l.label]) ?? [],
      ),
    );
    const stepsOf = (v: (typeof versions)['baseline']) =>
      Object.fromEntries(v?.steps.map((s) => [s.id, s.label]) ?? []);
    const stepLabels = { baseline: stepsOf(versions.baseline), candidate: stepsOf(versions.candidate) };
    post({ type: 'progress', id, job: 'compare', done: total, total });
    post({ type: 'compared', id, result: { report, asOf, moved: asOf !== params.asOf, levelLabels, stepLabels } });
  } catch (error) {
    post({ type: 'failed', id, job: 'compare', message: said(error, params.locale) });
  }
}

// ----- The decisions to download.

async function download(id: number, params: RunParams, format: 'csv-fr' | 'csv' | 'ndjson'): Promise<void> {
  current.download = id;
  try {
    const fr = format === 'csv-fr';
    const out = format === 'ndjson' ? 'ndjson' : 'csv';
    const p = prepared(params, out === 'ndjson' ? 'summary' : 'none');
    const parts: string[] = [headText(out, fr)];
    const total = source.count;
    let chunk: string[] = [];
    let since = performance.now();
    for (let i = 0; i < total; i++) {
      const r = p.run.evaluateRecord(source.get(i), i);
      const line = source.line(i);
      const result: RecordResult = !r.ok && r.line === undefined && line !== null ? { ...r, line } : r;
      chunk.push(resultText(result, out, fr));
      if (performance.now() - since > 60) {
        parts.push(chunk.join(''));
        chunk = [];
        post({ type: 'progress', id, job: 'download', done: i + 1, total });
        await tick();
        if (current.download !== id) return;
        since = performance.now();
      }
    }
    parts.push(chunk.join(''));
    post({ type: 'progress', id, job: 'download', done: total, total });
    const type = out === 'ndjson' ? 'application/x-ndjson' : 'text/csv;charset=utf-8';
    const name = `decisions-${p.asOf}${fr ? '-fr' : ''}.${out}`;
    post({ type: 'file', id, blob: new Blob(parts, { type }), name });
  } catch (error) {
    post({ type: 'failed', id, job: 'download', message: said(error, params.locale) });
  }
}

self.onmessage = (e: MessageEvent<ToWorker>) => {
  const m = e.data;
  if (m.type === 'load') load(m.id, m.source, m.locale);
  else if (m.type === 'run') void evaluateAll(m.id, m.params);
  else if (m.type === 'decision') decisionOf(m.id, m.index, m.params);
  else if (m.type === 'compare') void compare(m.id, m.params, m.baseline);
  else if (m.type === 'download') void download(m.id, m.params, m.format);
};
