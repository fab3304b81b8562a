/**
 * Internal modules the bench and the docs scripts use, which the package does not export: the
 * policy compiled for a department, json-rules-engine run on compiled conditions, the facts table
 * in Markdown. Built on demand by scripts/internals.mjs.
 */
export { compilePolicy } from '../src/rules/compile';
export { evaluateWithJsonRulesEngine } from '../src/rules/engine';
export { factsMarkdown } from '../src/rules/facts-doc';
