/**
 * Tests for policies: cases a policy team writes next to its policy (an account, a date, what the
 * decision must show), read, run and reported. Browser-safe: no file is read here (the Node reader
 * is `readPolicyCases` in `hlm-recovery/node`).
 *
 * @module
 */
export {
  EXPECT_FIELDS,
  ExpectSchema,
  MAX_CASES,
  PolicyCaseSchema,
  PolicyCasesFileSchema,
  casesJsonSchema,
} from './schema';
export type { CaseExpectations, ExpectField } from './schema';
export { parsePolicyCases } from './parse';
export type { PolicyCase } from './parse';
export { decisionFacts, runPolicyCases } from './run';
export type { CaseCheck, CaseError, CaseResult, CasesReport, CheckValue, RunCasesOptions } from './run';
export { formatCaseReport } from './format';
