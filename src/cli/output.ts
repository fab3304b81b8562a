/**
 * Where the command writes, and what it writes besides results: lines, issues, the summary of a
 * run, the progress line, and a decision told as a narrative.
 *
 * @module
 */
import { Writable, type Readable } from 'node:stream';
import type { Issue } from '../errors';
import type { PortfolioSummary } from '../portfolio';
import { formatCount, message, translator, type Locale } from '../i18n';
import { narrate } from '../rules/narrate';

/** Where the command reads and writes. */
export interface Io {
  readonly stdout: Writable & { isTTY?: boolean };
  readonly stderr: Writable & { isTTY?: boolean };
  /** Where `-` reads from: `process.stdin` for the command; absent, `-` is refused. */
  readonly stdin?: Readable & { isTTY?: boolean };
}

/** The errors of a stream that mean its reader went away (a closed pipe), not a failure to report. */
const CLOSED = new Set(['EPIPE', 'ECONNRESET', 'ERR_STREAM_DESTROYED', 'ERR_STREAM_PREMATURE_CLOSE']);

/**
 * Whether an error of an output stream means that its reader went away.
 *
 * @example
 * ```ts
 * isReaderGone({ code: 'EPIPE' });  // => true
 * isReaderGone({ code: 'ENOSPC' }); // => false
 * ```
 */
export function isReaderGone(error: unknown): boolean {
  return CLOSED.has((error as NodeJS.ErrnoException | undefined)?.code ?? '');
}

/**
 * Writing to an output stopped: its reader went away, or the output failed (a full disk).
 *
 * @example
 * ```ts
 * new OutputFailure('stdout', { code: 'EPIPE' }).readerGone; // => true
 * ```
 */
export class OutputFailure extends Error {
  /** Where the command was writing: `stdout`, or the file of `--out`. */
  readonly where: string;
  /** Whether the reader went away (exit code 141), rather than a failure to report (exit code 1). */
  readonly readerGone: boolean;

  constructor(where: string, cause: unknown) {
    super(`cannot write ${where}: ${(cause as Error)?.message ?? String(cause)}`, { cause });
    this.name = 'OutputFailure';
    this.where = where;
    this.readerGone = isReaderGone(cause);
  }
}

/**
 * An output that stops the run when its stream fails: it forwards every write, and once the stream
 * has failed or closed, the next write throws an {@link OutputFailure}, and a writer waiting for
 * 'drain' is released so that it reaches that write. Writers that wait for 'drain' only (as
 * `evaluateFileTo` does) thus end instead of waiting forever on a destroyed stream.
 *
 * @example
 * ```ts
 * const out = new GuardedOutput(process.stdout, 'stdout');
 * await evaluateFileTo('accounts.ndjson', policy, out, { asOf }); // throws OutputFailure once stdout is closed
 * ```
 */
export class GuardedOutput extends Writable {
  readonly #target: Writable;
  readonly #where: string;
  #failure: OutputFailure | undefined;
  readonly #detach: () => void;

  constructor(target: Writable, where: string) {
    super();
    this.#target = target;
    this.#where = where;
    const onError = (error: unknown) => this.#fail(error);
    const onClose = () =>
      this.#fail(Object.assign(new Error('the output was closed'), { code: 'ERR_STREAM_DESTROYED' }));
    const onDrain = () => this.emit('drain');
    target.on('error', onError);
    target.on('close', onClose);
    target.on('drain', onDrain);
    this.#detach = () => {
      target.off('error', onError);
      target.off('close', onClose);
      target.off('drain', onDrain);
    };
    if (target.destroyed) onClose();
  }

  /** Why writing stopped, once it has. */
  get failure(): OutputFailure | undefined {
    return this.#failure;
  }

  /** The stream written to. */
  get target(): Writable {
    return this.#target;
  }

  #fail(error: unknown): void {
    if (this.#failure !== undefined) return;
    this.#failure = new OutputFailure(this.#where, error);
    this.emit('drain');
  }

  /** Stops listening to the stream (whose later errors are then the host's to handle). */
  detach(): void {
    this.#detach();
  }

  // Forwarded as is: the target's own buffering and 'drain' give the back-pressure.
  override write(chunk: unknown, encoding?: unknown, callback?: unknown): boolean {
    if (this.#failure !== undefined) throw this.#failure;
    return (this.#target.write as (...args: unknown[]) => boolean)(
      ...[chunk, encoding, callback].filter((a) => a !== undefined),
    );
  }
}

/** A count in a report: grouped the French way in French, plain digits in English tables. */
export function countText(n: number, locale: Locale): string {
  return locale === 'en' ? String(n) : formatCount(n, locale);
}

/** Writes one line. */
export function line(out: Writable, text = ''): void {
  out.write(`${text}\n`);
}

/** Writes each issue's message on a line, after the file it is in. */
export function printIssues(out: Writable, issues: readonly Issue[], file?: string): void {
  for (const issue of issues) line(out, `${file ? `${file}: ` : ''}${issue.message}`);
}

/** The summary of a run: counts by level, next step and channel, approvals and deadlines; the error records last. */
export function printSummary(out: Writable, s: PortfolioSummary, seconds?: number, locale: Locale = 'en'): void {
  const t = translator(locale);
  const count = (n: number) => countText(n, locale);
  line(
    out,
    t('summary.header', {
      accounts: count(s.accounts),
      decisions: count(s.decisions),
      errors: count(s.errors),
      seconds: seconds ? (locale === 'en' ? seconds.toFixed(1) : seconds.toFixed(1).replace('.', ',')) : null,
    }),
  );
  const table = (title: string, counts: Readonly<Record<string, number>>) => {
    line(out, title);
    const width = Math.max(...Object.keys(counts).map((k) => k.length), 8);
    for (const [k, n] of Object.entries(counts)) {
      const share = ((100 * n) / Math.max(1, s.decisions)).toFixed(1);
      line(
        out,
        `  ${k.padEnd(width)}  ${String(n).padStart(8)}  ${(locale === 'en' ? share : share.replace('.', ',')).padStart(5)}${locale === 'en' ? ' ' : '\u00a0'}%`,
      );
    }
  };
  table(t('summary.levels', {}), s.byLevel);
  table(t('summary.steps', {}), s.byAction);
  table(t('summary.channels', {}), s.byChannel);
  line(
    out,
    t('summary.approvals', {
      approval: count(s.awaitingApproval),
      due: count(s.obligationsDue),
      overdue: count(s.obligationsOverdue),
    }),
  );
  if (s.errors > 0) line(out, errorRecordsNote(s.errors, s.accounts, locale));
}

/**
 * The line that says why the exit code is 3: how many records are error records, and where to look.
 *
 * @example
 * ```ts
 * errorRecordsNote(1, 5); // => '1 of 5 records are error records, each naming its line and the field at fault (exit code 3)'
 * ```
 */
export function errorRecordsNote(errors: number, accounts: number, locale: Locale = 'en'): string {
  const count = (n: number) => countText(n, locale);
  return message('summary.errorRecords', { errors: count(errors), accounts: count(accounts) }, locale);
}

/** The progress line on stderr: count, rate and time left, only when stderr is a terminal. */
export function progressLine(io: Io, quiet: boolean, locale: Locale = 'en') {
  const show = !quiet && io.stderr.isTTY === true;
  const start = performance.now();
  let shown = 0;
  return {
    /** `done` accounts so far; `fraction` of the input read, when known. */
    update(done: number, fraction?: number): void {
      if (!show || done - shown < 10_000) return;
      shown = done;
      const seconds = (performance.now() - start) / 1000;
      const left =
        fraction !== undefined && fraction > 0 && fraction < 1
          ? String(Math.ceil((seconds * (1 - fraction)) / fraction))
          : null;
      const count = (n: number) => countText(n, locale);
      const text = message(
        'progress.line',
        { done: count(done), rate: count(Math.round(done / seconds)), left },
        locale,
      );
      io.stderr.write(`\r${text}   `);
    },
    end(): void {
      if (shown > 0) io.stderr.write('\n');
      shown = 0;
    },
  };
}

export { narrate };
