/**
 * Entry of the playground's browser bundle (built by scripts/build-docs.mjs): the core library
 * and `hlm-recovery/demo` in one ES module, so that docs/playground/playground.js imports both
 * from './hlm-recovery.js' and they share one copy of the money and calendar layers.
 *
 * `export *` is fine here, unlike in src/: this file lists no public names of its own, it only
 * joins the two public lists, which cannot drift from it.
 */
export * from '../src/index';
export * from '../src/demo/index';
