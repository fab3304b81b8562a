/**
 * Where the worker threads' entry file is: `hlm-recovery/node/worker`, resolved through the
 * package's own `exports` (a package can name itself), so it is found from the ESM and the
 * CommonJS builds alike, wherever the bundler put the code that starts the workers.
 *
 * @module
 */
import { createRequire } from 'node:module';
import { dirname, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/**
 * The URL of the built worker entry file, or `null` when this code does not run from the built
 * package itself (the sources under a test runner, a host's own bundle): a worker of another
 * build would run other code than the caller's.
 *
 * @returns The entry file's URL, or `null`.
 */
export function workerEntry(): URL | null {
  try {
    const here = fileURLToPath(import.meta.url);
    const entry = createRequire(import.meta.url).resolve('hlm-recovery/node/worker');
    const dist = dirname(dirname(entry));
    return here.startsWith(dist + sep) ? pathToFileURL(entry) : null;
  } catch {
    return null;
  }
}
