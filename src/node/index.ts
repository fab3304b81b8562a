/**
 * `hlm-recovery/node`: Node-only helpers for files and worker threads.
 *
 * @module
 */
export { formatOf, readAccounts } from './read-accounts';
export { caseFiles, readPolicyCases } from './read-cases';
export type { InputFormat, ReadOptions } from './read-accounts';
export { ACCOUNT_COLUMNS, ACCOUNT_COLUMNS_FR, LEDGER_COLUMNS, LEDGER_COLUMNS_FR } from './csv-layout';
export type { AccountColumn, LedgerColumn } from './csv-layout';
export { INPUT_DIALECTS } from './csv-line';
export type { InputDialect } from './csv-line';
export { INPUT_ENCODINGS } from './encoding';
export type { InputEncoding } from './encoding';
export { MAX_LINE_BYTES } from './lines';
export { DECISION_COLUMNS, DECISION_COLUMNS_FR, csvText, writeDecisions } from './write-decisions';
export type { DecisionColumn, OutputFormat, WriteOptions } from './write-decisions';
export { evaluateFile, evaluateFileTo } from './evaluate-file';
export type { EvaluateFileOptions, EvaluateFileToOptions, FileProgress } from './evaluate-file';
export { startServer, openApiDocument, DEFAULT_BODY_LIMITS } from './serve';
export type {
  BodyLimits,
  OpenApiDocument,
  OpenApiOptions,
  PolicyInfo,
  PolicyVersionInfo,
  Problem,
  RecoveryServer,
  ReloadResult,
  RequestLog,
  ServerOptions,
} from './serve';
