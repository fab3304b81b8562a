/**
 * The `--out` file, written whole or not at all: the decisions go to a temporary file beside it,
 * renamed over it only when the run is complete, so that a run that fails or is interrupted never
 * leaves a truncated decisions file that looks complete. A device or a pipe (`/dev/stdout`, a
 * FIFO) is written directly: it cannot be replaced.
 *
 * @module
 */
import {
  type Stats,
  chmodSync,
  createWriteStream,
  openSync,
  realpathSync,
  renameSync,
  statSync,
  unlinkSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { WriteStream } from 'node:fs';
import { InputError, inputError, said, whyUnreadableSaid, type Said } from './args';

/** The temporary files being written, removed if the process is interrupted. */
const PENDING = new Set<string>();

/** Told when the first temporary file is opened and when the last one is gone. */
let watcher: ((pending: boolean) => void) | undefined;

/**
 * Calls `watch(true)` when a temporary `--out` file is opened and `watch(false)` when none is
 * left: the command listens to signals only meanwhile, so that Ctrl-C keeps its usual effect
 * the rest of the time.
 *
 * @param watch - Told whether temporary files are being written.
 * @example
 * ```ts
 * watchPendingOutFiles((pending) => (pending ? process.on : process.off).call(process, 'SIGINT', onSignal));
 * ```
 */
export function watchPendingOutFiles(watch: (pending: boolean) => void): void {
  watcher = watch;
}

function addPending(path: string): void {
  PENDING.add(path);
  if (PENDING.size === 1) watcher?.(true);
}

function deletePending(path: string): void {
  if (PENDING.delete(path) && PENDING.size === 0) watcher?.(false);
}

/**
 * Removes the temporary files of the runs under way: for a signal (Ctrl-C, a timeout), before
 * the process ends. Synchronous, so that it can run in a signal handler.
 *
 * @example
 * ```ts
 * process.once('SIGTERM', () => { removePendingOutFiles(); process.kill(process.pid, 'SIGTERM'); });
 * ```
 */
export function removePendingOutFiles(): void {
  for (const path of PENDING) {
    try {
      unlinkSync(path);
    } catch {
      // Already gone.
    }
  }
  PENDING.clear();
  watcher?.(false);
}

/** An `--out` file being written. */
export interface OutFile {
  /** Where to write. */
  readonly stream: WriteStream;
  /** Ends the stream and puts the file in place; rejects if the last writes fail. */
  commit(): Promise<void>;
  /** Drops what was written: the temporary file is removed, the `--out` file left as it was. */
  abort(): void;
}

/** The error of a file stream ended after it was closed or destroyed. */
class ClosedBeforeEnd extends Error {
  constructor() {
    super('the output was closed before the end');
    this.name = 'ClosedBeforeEnd';
  }
}

/**
 * Why a file cannot be written, in plain words, from the error of the system, in the command's
 * locale.
 *
 * @param error - The error of the system.
 * @param folder - The folder the file is in, when the error concerns it.
 * @returns The reason and the fix.
 * @example
 * ```ts
 * whyUnwritableSaid({ code: 'ENOENT' }, 'out')('fr'); // => 'le dossier out n’existe pas\u00a0; créez-le, ou choisissez un autre --out'
 * whyUnwritableSaid({ code: 'ENOENT' }, 'out')('en'); // => 'the folder out does not exist; create it, or choose another --out'
 * ```
 */
export function whyUnwritableSaid(error: unknown, folder?: string): Said {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT' && folder !== undefined) return said('cli.unwritable.noFolder', { folder });
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS')
    return folder === undefined ? said('cli.unwritable.denied', {}) : said('cli.unwritable.deniedIn', { folder });
  if (code === 'ENOSPC') return said('cli.unwritable.noSpace', {});
  if (code === 'EDQUOT') return said('cli.unwritable.quota', {});
  if (code === 'EFBIG') return said('cli.unwritable.tooLarge', {});
  if (error instanceof ClosedBeforeEnd) return said('cli.unwritable.closedBeforeEnd', {});
  return whyUnreadableSaid(error);
}

/**
 * Why a file cannot be written, in English: {@link whyUnwritableSaid} rendered in English.
 *
 * @example
 * ```ts
 * whyUnwritable({ code: 'ENOENT' }, 'out'); // => 'the folder out does not exist; create it, or choose another --out'
 * ```
 */
export function whyUnwritable(error: unknown, folder?: string): string {
  return whyUnwritableSaid(error, folder)('en');
}

function cannotWrite(path: string, error: unknown, folder?: string): InputError {
  return inputError('cli.cannotWriteOut', { path, why: whyUnwritableSaid(error, folder) });
}

/** The stream of a file opened by its descriptor, once the descriptor is open. */
function streamOf(path: string, fd: number): WriteStream {
  return createWriteStream(path, { fd, highWaterMark: 1 << 16 });
}

/**
 * Opens the `--out` file: a temporary file beside it, or the device itself.
 *
 * @param path - The `--out` path.
 * @returns The stream, and how to commit or abort.
 * @throws {@link InputError} at once for a folder, a missing folder, a folder that may not be written.
 * @example
 * ```ts
 * const file = openOutFile('decisions.ndjson'); // writes .decisions.ndjson.<pid>-0.partial
 * await evaluateFileTo('accounts.ndjson', policy, file.stream, { asOf });
 * await file.commit();                          // renamed to decisions.ndjson (file.abort() on failure)
 * openOutFile('out');
 * // throws InputError: impossible d’écrire --out out : c’est un dossier ; donnez un nom de fichier, par exemple --out out/decisions.ndjson
 * ```
 */
export function openOutFile(path: string): OutFile {
  let existing: Stats | undefined;
  try {
    existing = statSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw cannotWrite(path, error);
  }
  if (existing?.isDirectory()) throw inputError('cli.outIsFolder', { path, example: join(path, 'decisions.ndjson') });

  if (existing !== undefined && !existing.isFile()) {
    // A device or a pipe: written in place, as a shell redirection would.
    let fd: number;
    try {
      fd = openSync(path, 'w');
    } catch (error) {
      throw cannotWrite(path, error);
    }
    const stream = streamOf(path, fd);
    return {
      stream,
      commit: () => endStream(stream),
      abort: () => stream.destroy(),
    };
  }

  // A symbolic link is followed: the file it names is replaced, the link kept.
  const target = existing === undefined ? path : realpathSync(path);
  const folder = dirname(target);
  let temp = '';
  let fd = -1;
  for (let n = 0; fd === -1; n++) {
    temp = join(folder, `.${basename(target)}.${process.pid}-${n}.partial`);
    try {
      fd = openSync(temp, 'wx', existing === undefined ? 0o666 : existing.mode & 0o777);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST' && n < 100) continue;
      throw cannotWrite(path, error, folder);
    }
  }
  addPending(temp);
  const stream = streamOf(temp, fd);
  const remove = () => {
    deletePending(temp);
    try {
      unlinkSync(temp);
    } catch {
      // Already gone.
    }
  };
  return {
    stream,
    async commit() {
      try {
        await endStream(stream);
        // The mode of the file replaced, whatever the umask gave the temporary file.
        if (existing !== undefined) chmodSync(temp, existing.mode & 0o777);
        renameSync(temp, target);
        deletePending(temp);
      } catch (error) {
        remove();
        throw error instanceof InputError ? error : cannotWrite(path, error, folder);
      }
    },
    abort() {
      stream.destroy();
      remove();
    },
  };
}

/** Ends a file stream and waits until its descriptor is closed; rejects with its error. */
function endStream(stream: WriteStream): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    if (stream.destroyed) {
      reject(stream.errored ?? new ClosedBeforeEnd());
      return;
    }
    stream.once('error', reject);
    stream.once('close', () => (stream.errored ? reject(stream.errored) : resolve()));
    stream.end();
  });
}
