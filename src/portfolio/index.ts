/**
 * A whole portfolio: streaming evaluation and its summary.
 *
 * @module
 */
export { PortfolioTally, evaluatePortfolio, isUnreadable, resultRecord, unreadableResult } from './evaluate-portfolio';
export type { ErrorRecord, PortfolioResult, PortfolioSummary, UnreadableRecord } from './evaluate-portfolio';
export { comparePolicies } from './compare';
export type {
  AccountChange,
  CompareOptions,
  DecisionKey,
  PolicyComparison,
  PolicyOutcome,
  Transition,
  Workload,
} from './compare';
export { decisionChanges } from './changes';
export type {
  ChangeError,
  ChangeErrorReason,
  ChangeKind,
  ChangedField,
  ChangesOptions,
  ChangesSummary,
  Records,
  DecisionChange,
  DecisionSnapshot,
  ObligationChange,
  ObligationKey,
  RunCounts,
} from './changes';
export { portfolioKpis } from './kpis';
export type { KpiOptions, KpiSegment, PortfolioKpis } from './kpis';
