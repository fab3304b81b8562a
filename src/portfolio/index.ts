/**
 * A whole portfolio: streaming evaluation and its summary.
 *
 * @module
 */
export { PortfolioTally, evaluatePortfolio, evaluateRecord, isUnreadable, resultRecord, unreadableResult } from './evaluate-portfolio';
export type { ErrorRecord, PortfolioResult, PortfolioSummary, UnreadableRecord } from './evaluate-portfolio';
export { DEMO_DEFAULT_AS_OF, DEMO_DEFAULT_SEED, generateDemoAccount, generateDemoPortfolio } from './demo';
export type { DemoAccountOptions, DemoPortfolioOptions } from './demo';
export { comparePolicies } from './compare';
export type { AccountChange, CompareOptions, DecisionKey, PolicyComparison, PolicyOutcome, Transition, Workload } from './compare';
export { portfolioKpis } from './kpis';
export type { KpiOptions, KpiSegment, PortfolioKpis } from './kpis';
