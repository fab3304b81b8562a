/**
 * Entry point of the `hlm-recovery` command.
 *
 * @module
 */
import { main } from './main';

runCommand();

function runCommand(): void {
  void main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr }).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`hlm-recovery: unexpected error: ${(error as Error)?.message ?? String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
