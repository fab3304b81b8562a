// Builds scripts/internals.ts (internal modules of the library, not exported by the package) into
// node_modules/.cache (where its dependencies resolve) and imports it: for the bench and the docs
// scripts.
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'tsup';

/** The internal modules, freshly built from the sources. */
export async function internals() {
  const outDir = fileURLToPath(new URL(`../node_modules/.cache/hlm-internals-${process.pid}`, import.meta.url));
  await build({
    config: false,
    entry: { internals: fileURLToPath(new URL('./internals.ts', import.meta.url)) },
    outDir,
    format: ['esm'],
    platform: 'node',
    target: 'es2022',
    splitting: false,
    dts: false,
    sourcemap: false,
    clean: false,
    silent: true,
  });
  return import(pathToFileURL(join(outDir, 'internals.js')).href);
}
