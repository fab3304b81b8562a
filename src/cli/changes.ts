/**
 * `hlm-recovery changes previous.ndjson current.ndjson`: the officers' worklist of what is new
 * today, from two runs of `evaluate` (its NDJSON, or JSON, output). Formatting only: what changed
 * comes from `decisionChanges`. NDJSON and CSV are written as the entries come (one per line or
 * row); the text worklist, grouped by kind of change, is written at the end.
 *
 * @module
 */
import type { Readable, Writable } from 'node:stream';
import { ValidationError } from '../errors';
import { formatCount, formatDate, formatMoney, localizeIssues, translator, word, type Locale } from '../i18n';
import { readLocated } from '../node/read-accounts';
import {
  decisionChanges,
  type ChangesSummary,
  type DecisionChange,
  type DecisionSnapshot,
  type ObligationKey,
} from '../portfolio';
import { inputError, oneOf, parseCommandArgs, requireFile, requireStdin, said, usageError, type Said } from './args';
import { EXIT } from './exit-codes';
import { openOutFile } from './out-file';
import { GuardedOutput, countText, line, type Io } from './output';
import { csvText } from './reports';

/** The output formats of `changes`. */
type ChangesFormat = 'text' | 'ndjson' | 'csv';

/**
 * The columns of the `changes` CSV, one row per entry, by their English name and, for
 * `--dialect fr`, their French one.
 */
const COLUMNS = [
  ['kind', 'type'],
  ['accountId', 'compte'],
  ['run', 'execution'],
  ['line', 'ligne'],
  ['changed', 'changements'],
  ['levelMove', 'sens_niveau'],
  ['levelBefore', 'niveau_avant'],
  ['levelAfter', 'niveau_apres'],
  ['stepsBefore', 'etapes_avant'],
  ['stepsAfter', 'etapes_apres'],
  ['channelBefore', 'canal_avant'],
  ['channelAfter', 'canal_apres'],
  ['dateBefore', 'date_action_avant'],
  ['dateAfter', 'date_action_apres'],
  ['amountDueBefore', 'montant_du_avant'],
  ['amountDueAfter', 'montant_du_apres'],
  ['obligationsBefore', 'obligations_avant'],
  ['obligationsAfter', 'obligations_apres'],
  ['error', 'erreur'],
] as const;

/**
 * The lines of a run's file by the position of its records: blank lines are not records, so the
 * two part; only the places where they part are kept (a few numbers, not one per record).
 */
class LineTable {
  readonly #from: number[] = [];
  readonly #offset: number[] = [];
  #count = 0;

  /** Notes the line of the next record. */
  add(line: number): void {
    const index = this.#count++;
    const offset = line - index;
    if (this.#offset.at(-1) !== offset) {
      this.#from.push(index);
      this.#offset.push(offset);
    }
  }

  /** The line of the record at `index`, or `null` when none was read there. */
  lineOf(index: number): number | null {
    if (index >= this.#count || this.#from.length === 0) return null;
    let lo = 0;
    let hi = this.#from.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.#from[mid]! <= index) lo = mid;
      else hi = mid - 1;
    }
    return index + this.#offset[lo]!;
  }
}

/** One run's file: where it is read from, what it is called in messages, and its lines. */
interface RunInput {
  readonly source: string | Readable;
  readonly name: string | Said;
  readonly format: 'json' | 'ndjson';
  readonly lines: LineTable;
}

/** A file argument checked before anything is read: `-` is standard input (NDJSON). */
function runInput(file: string, io: Io): RunInput {
  const lines = new LineTable();
  if (file === '-') {
    const source = requireStdin(io.stdin, said('changes.what', {}));
    return { source, name: said('cli.standardInput', {}), format: 'ndjson', lines };
  }
  requireFile(file);
  const lower = file.toLowerCase();
  if (lower.endsWith('.csv')) throw usageError('changes.csvInput', { file });
  return { source: file, name: file, format: lower.endsWith('.json') ? 'json' : 'ndjson', lines };
}

/**
 * The records of a run's file, their lines noted; a file the readers refuse whole (UTF-16, say) is
 * an input error naming it.
 */
async function* recordsOf(input: RunInput): AsyncGenerator<unknown> {
  try {
    for await (const { line: at, value } of readLocated(input.source, { format: input.format })) {
      input.lines.add(at);
      yield value;
    }
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    const why: Said = (locale) =>
      localizeIssues(error.issues, locale)
        .map((i) => i.message)
        .join(' ; ');
    throw inputError('cli.cannotRead', { path: input.name, why });
  }
}

/** An entry as written: its line in its run's file, its issues in the command's locale. */
function located(c: DecisionChange, runs: Record<'previous' | 'current', RunInput>, locale: Locale): DecisionChange {
  const lineOf = runs[c.run].lines.lineOf(c.index) ?? c.line;
  if (c.error === null) return { ...c, line: lineOf };
  return { ...c, line: lineOf, error: { ...c.error, issues: localizeIssues(c.error.issues, locale) } };
}

/** Writes text, waiting while the output is full. */
async function write(out: Writable, text: string): Promise<void> {
  if (out.write(text)) return;
  await new Promise<void>((resolve) => out.once('drain', resolve));
}

/** The words of one entry for a person, in the command's locale. */
class Words {
  readonly t: ReturnType<typeof translator>;

  constructor(
    readonly locale: Locale,
    readonly runs: Record<'previous' | 'current', RunInput>,
  ) {
    this.t = translator(locale);
  }

  count(n: number): string {
    return formatCount(n, this.locale);
  }

  date(d: string): string {
    return formatDate(d, this.locale);
  }

  money(a: string): string {
    return formatMoney(a, this.locale);
  }

  level(s: DecisionSnapshot): string {
    return this.t('changes.level', { rank: String(s.level.rank), label: s.level.label });
  }

  steps(s: DecisionSnapshot): string {
    if (s.steps.length === 0) return this.t('changes.noSteps', {});
    const steps = s.steps.join(' + ');
    return s.date === null ? steps : this.t('changes.stepsOn', { steps, date: this.date(s.date) });
  }

  channel(s: DecisionSnapshot): string {
    return s.channel === null ? this.t('changes.noChannel', {}) : word('channel', s.channel, this.locale);
  }

  status(o: { readonly status: string }): string {
    return word('obligationStatus', o.status, this.locale);
  }

  amount(c: DecisionChange): string | null {
    const a = c.before?.amountDue ?? null;
    const b = c.after?.amountDue ?? null;
    if (a !== null && b !== null && a !== b)
      return this.t('changes.moved', { before: this.money(a), after: this.money(b) });
    const one = b ?? a;
    return one === null ? null : this.money(one);
  }

  /** Why an entry is an error, in a few words. */
  reason(c: DecisionChange): string {
    const e = c.error!;
    if (e.reason === 'error-record')
      return this.t('changes.reason.errorRecord', {
        inputLine: e.inputLine === null ? null : String(e.inputLine),
      });
    if (e.reason === 'unreadable') return this.t('changes.reason.unreadable', {});
    if (e.reason === 'not-a-record') return this.t('changes.reason.notARecord', {});
    const first = e.duplicateOf === null ? null : this.runs[c.run].lines.lineOf(e.duplicateOf);
    return this.t('changes.reason.duplicate', { first: String(first ?? (e.duplicateOf ?? 0) + 1) });
  }
}

/** The group of the text worklist an entry goes in: each entry in one, the first that fits. */
const GROUPS = ['levelUp', 'levelDown', 'level', 'steps', 'channel', 'obligations', 'new', 'gone', 'errors'] as const;
type Group = (typeof GROUPS)[number];

function groupOf(c: DecisionChange): Group {
  if (c.kind === 'new') return 'new';
  if (c.kind === 'gone') return 'gone';
  if (c.kind === 'error') return 'errors';
  if (c.levelMove === 'up') return 'levelUp';
  if (c.levelMove === 'down') return 'levelDown';
  if (c.changed.includes('level')) return 'level';
  if (c.changed.includes('steps')) return 'steps';
  if (c.changed.includes('channel')) return 'channel';
  return 'obligations';
}

/** The lines of one entry of the text worklist. */
function entryLines(c: DecisionChange, w: Words): string[] {
  const t = w.t;
  const lineText = c.line === null ? null : String(c.line);
  if (c.kind === 'error') {
    const out = [
      t('changes.error', {
        run: t(c.run === 'previous' ? 'changes.run.previous' : 'changes.run.current', {}),
        line: lineText,
        accountId: c.accountId,
        reason: w.reason(c),
      }),
    ];
    if (c.error!.reason !== 'duplicate')
      for (const issue of c.error!.issues) out.push(t('changes.issue', { text: issue.message }));
    if (c.before !== null) out.push(t('changes.otherBefore', { level: w.level(c.before), steps: w.steps(c.before) }));
    if (c.after !== null) out.push(t('changes.otherAfter', { level: w.level(c.after), steps: w.steps(c.after) }));
    return out;
  }
  const out = [t('changes.account', { accountId: c.accountId!, line: lineText, amount: w.amount(c) })];
  if (c.kind === 'new') {
    const a = c.after!;
    out.push(
      t('changes.decision', {
        level: w.level(a),
        steps: w.steps(a),
        channel: a.channel === null ? null : w.channel(a),
      }),
    );
    return out;
  }
  if (c.kind === 'gone') {
    out.push(t('changes.was', { level: w.level(c.before!), steps: w.steps(c.before!) }));
    return out;
  }
  const a = c.before!;
  const b = c.after!;
  for (const field of c.changed) {
    if (field === 'level') out.push(t('changes.detail.level', { before: w.level(a), after: w.level(b) }));
    if (field === 'steps') out.push(t('changes.detail.steps', { before: w.steps(a), after: w.steps(b) }));
    if (field === 'channel') out.push(t('changes.detail.channel', { before: w.channel(a), after: w.channel(b) }));
  }
  for (const o of c.obligations) {
    if (o.before === null)
      out.push(
        t('changes.detail.obligationAdded', { code: o.code, date: w.date(o.after!.date), status: w.status(o.after!) }),
      );
    else if (o.after === null)
      out.push(
        t('changes.detail.obligationRemoved', {
          code: o.code,
          date: w.date(o.before.date),
          status: w.status(o.before),
        }),
      );
    else
      out.push(
        t('changes.detail.obligationMoved', {
          code: o.code,
          beforeDate: w.date(o.before.date),
          beforeStatus: w.status(o.before),
          afterDate: w.date(o.after.date),
          afterStatus: w.status(o.after),
        }),
      );
  }
  return out;
}

/** The text worklist: the counts, then each group with its entries. */
function worklistText(groups: ReadonlyMap<Group, string[][]>, s: ChangesSummary, w: Words): string[] {
  const t = w.t;
  const n = (x: number) => w.count(x);
  const out = [
    t('changes.header', {
      from: s.previous.asOf === null ? null : w.date(s.previous.asOf),
      to: s.current.asOf === null ? null : w.date(s.current.asOf),
    }),
    t('changes.runs', {
      previous: n(s.previous.records),
      previousErrors: n(s.previous.errors),
      current: n(s.current.records),
      currentErrors: n(s.current.errors),
    }),
    t('changes.counts', {
      compared: n(s.compared),
      unchanged: n(s.unchanged),
      changed: n(s.changed),
      added: n(s.new),
      gone: n(s.gone),
      errors: n(s.errors),
    }),
  ];
  if (groups.size === 0) {
    out.push('', t('changes.none', {}));
    return out;
  }
  for (const group of GROUPS) {
    const entries = groups.get(group);
    if (entries === undefined) continue;
    out.push('', t(`changes.group.${group}`, { count: n(entries.length) }));
    for (const lines of entries) out.push(...lines);
  }
  return out;
}

/** The cells of a list of obligations, as the decisions CSV writes them. */
const obligationCells = (list: readonly ObligationKey[] | undefined) =>
  (list ?? []).map((o) => `${o.code} ${o.date} ${o.status}`).join(' | ');

/** The CSV row of an entry (amounts with a decimal comma in the French dialect). */
function csvRow(c: DecisionChange, w: Words, fr: boolean): string[] {
  const a = c.before ?? undefined;
  const b = c.after ?? undefined;
  const amount = (s: DecisionSnapshot | undefined) =>
    s?.amountDue == null ? '' : fr ? s.amountDue.replace('.', ',') : s.amountDue;
  const level = (s: DecisionSnapshot | undefined) => (s === undefined ? '' : `${s.level.rank} ${s.level.label}`);
  const error =
    c.error === null
      ? ''
      : [w.reason(c), ...(c.error.reason === 'duplicate' ? [] : c.error.issues.map((i) => i.message))].join(' | ');
  return [
    c.kind,
    c.accountId ?? '',
    c.run,
    c.line === null ? '' : String(c.line),
    c.changed.join('|'),
    c.levelMove ?? '',
    level(a),
    level(b),
    a?.steps.join(' + ') ?? '',
    b?.steps.join(' + ') ?? '',
    a?.channel ?? '',
    b?.channel ?? '',
    a?.date ?? '',
    b?.date ?? '',
    amount(a),
    amount(b),
    obligationCells(a?.obligations),
    obligationCells(b?.obligations),
    error,
  ];
}

const CHANGES_OPTIONS = {
  format: { type: 'string' },
  dialect: { type: 'string' },
  out: { type: 'string' },
} as const;

/**
 * Runs `hlm-recovery changes <previous> <current>`: the worklist of what changed between two runs
 * of `evaluate`, in text (grouped by kind of change, the default), NDJSON (one entry a line) or
 * CSV (one row per entry).
 *
 * @param args - The arguments after `changes`.
 * @param io - Where to read (`-`) and write.
 * @param locale - The language of the text worklist, of the issues and of the messages.
 * @returns The exit code: 0, 1 for an input that cannot be read (or an output that cannot be
 *   written), 2 for a wrong usage, 3 when either run has error records (every one listed).
 * @throws {@link UsageError} and {@link InputError}, which `main` reports with their exit code.
 * @example
 * ```ts
 * await commandChanges(['yesterday.ndjson', 'today.ndjson', '--format', 'csv', '--dialect', 'fr'], io, 'fr'); // => 0
 * ```
 */
export async function commandChanges(args: string[], io: Io, locale: Locale): Promise<number> {
  const { values, positionals } = parseCommandArgs('changes', args, CHANGES_OPTIONS);
  if (positionals.length !== 2) throw usageError('changes.twoFiles', {});
  if (positionals[0] === '-' && positionals[1] === '-') throw usageError('changes.bothStdin', {});
  const format = oneOf<ChangesFormat>('--format', values.format, ['text', 'ndjson', 'csv']) ?? 'text';
  const dialect = oneOf('--dialect', values.dialect, ['fr', 'standard'] as const);
  const fr = dialect === 'fr';
  const runs = { previous: runInput(positionals[0]!, io), current: runInput(positionals[1]!, io) };
  const w = new Words(locale, runs);
  const file = values.out === undefined ? undefined : openOutFile(values.out);
  const fileOut = file === undefined ? undefined : new GuardedOutput(file.stream, `--out ${values.out}`);
  const out: Writable = fileOut ?? io.stdout;
  try {
    const changes = decisionChanges(recordsOf(runs.previous), recordsOf(runs.current));
    const groups = new Map<Group, string[][]>();
    if (format === 'csv')
      await write(out, csvText([COLUMNS.map(([en, frName]) => (fr ? frName : en))], dialect ? { dialect } : {}));
    let step = await changes.next();
    while (!step.done) {
      const c = located(step.value, runs, locale);
      if (format === 'ndjson') await write(out, `${JSON.stringify(c)}\n`);
      else if (format === 'csv')
        // The header is written: each row as a first row, its BOM dropped.
        await write(out, csvText([csvRow(c, w, fr)], dialect ? { dialect } : {}).replace(/^\uFEFF/, ''));
      else {
        const group = groupOf(c);
        const list = groups.get(group) ?? [];
        list.push(entryLines(c, w));
        groups.set(group, list);
      }
      step = await changes.next();
    }
    const summary = step.value;
    if (format === 'text') for (const text of worklistText(groups, summary, w)) line(out, text);
    if (fileOut?.failure !== undefined) throw fileOut.failure;
    fileOut?.detach();
    // The --out file is put in place only now that every entry is written.
    await file?.commit();
    const { previous, current } = summary;
    if (previous.asOf !== null && current.asOf !== null && previous.asOf > current.asOf)
      line(io.stderr, w.t('changes.orderWarning', { previous: w.date(previous.asOf), current: w.date(current.asOf) }));
    if (summary.errors === 0) return EXIT.done;
    line(
      io.stderr,
      w.t('changes.errorNote', {
        errors: countText(summary.errors, locale),
        previous: countText(previous.errors, locale),
        current: countText(current.errors, locale),
      }),
    );
    return EXIT.errorRecords;
  } catch (error) {
    fileOut?.detach();
    file?.abort();
    throw error;
  }
}
