/**
 * `hlm-recovery/node`: Node-only helpers for files and worker threads.
 *
 * @module
 */
export { formatOf, readAccounts } from './read-accounts';
export type { InputFormat, ReadOptions } from './read-accounts';
export { ACCOUNT_COLUMNS, LEDGER_COLUMNS } from './csv-layout';
export { MAX_LINE_BYTES } from './lines';
export { DECISION_COLUMNS, csvText, writeDecisions } from './write-decisions';
export type { OutputFormat, WriteOptions } from './write-decisions';
export { evaluateFile, evaluateFileTo } from './evaluate-file';
export type { EvaluateFileOptions, EvaluateFileToOptions, FileProgress } from './evaluate-file';
