/**
 * Entry point of the `hlm-recovery` command: `main` on the process's streams, its exit code, and
 * what the process itself must handle: a stdout whose reader goes away after `main` has returned
 * (exit code 141, quietly), a failing stderr (ignored: nowhere left to write), and a signal that
 * ends a run writing an `--out` file (its temporary file is removed first).
 *
 * @module
 */
import { EXIT } from './exit-codes';
import { main } from './main';
import { message } from '../i18n';
import { removePendingOutFiles, watchPendingOutFiles, whyUnwritableSaid } from './out-file';
import { isReaderGone } from './output';

runCommand();

function runCommand(): void {
  let finished = false;
  let stdoutClosed = false;
  let unreported: unknown;
  // The language main speaks: French unless the arguments say `--lang en`.
  const args = process.argv.slice(2);
  const at = args.indexOf('--lang');
  const locale = args.includes('--lang=en') || (at !== -1 && args[at + 1] === 'en') ? 'en' : 'fr';
  const cannotWrite = (error: unknown) => {
    process.stderr.write(
      `${message('command.cannotWrite', { where: 'stdout', why: whyUnwritableSaid(error)(locale) }, locale)}\n`,
    );
    process.exitCode = EXIT.invalidInput;
  };
  // During the run, main sees these errors too (and reports them); these handlers keep an error
  // that comes after it from crashing the process.
  process.stdout.on('error', (error: unknown) => {
    if (isReaderGone(error)) {
      stdoutClosed = true;
      process.exitCode = EXIT.outputClosed;
    } else if (finished) {
      if (process.exitCode !== EXIT.invalidInput) cannotWrite(error);
    } else {
      unreported ??= error;
    }
  });
  process.stderr.on('error', () => undefined);
  // While an --out file is being written, a signal first removes its temporary file, then ends
  // the process by the same signal, as if it had not been caught: the host sees it.
  const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
  const onSignal = (signal: NodeJS.Signals) => {
    for (const s of signals) process.off(s, onSignal);
    removePendingOutFiles();
    process.kill(process.pid, signal);
  };
  watchPendingOutFiles((pending) => {
    for (const s of signals) {
      process.off(s, onSignal);
      if (pending) process.on(s, onSignal);
    }
  });
  void main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin }).then(
    (code) => {
      finished = true;
      if (stdoutClosed) process.exitCode = EXIT.outputClosed;
      else if (unreported !== undefined && (code === EXIT.done || code === EXIT.errorRecords)) cannotWrite(unreported);
      else process.exitCode = code;
    },
    (error: unknown) => {
      finished = true;
      process.stderr.write(`hlm-recovery: unexpected error: ${(error as Error)?.message ?? String(error)}\n`);
      process.exitCode = EXIT.invalidInput;
    },
  );
}
