/**
 * The policy file and the rules engine.
 *
 * @module
 */
export { LevelSchema, PolicySchema, PolicySetSchema, StepKindSchema, StepSchema } from './policy-schema';
export type { Cadence, ChannelRule, Level, Policy, PolicyInput, Step, StepKind } from './policy-schema';
export { ConditionSchema, compileCondition } from './conditions';
export type { CompiledCondition, Condition, FactCondition, FactReader, JsonValue, TraceEntry } from './conditions';
export { FACTS, FACT_NAMES } from './facts';
export type { FactContext, FactDefinition, FactType } from './facts';
export { OPERATORS, OPERATOR_NAMES } from './operators';
export type { OperatorDefinition, OperatorValueKind } from './operators';
export { createRulesEngine, evaluateWithJsonRulesEngine } from './engine';
export type { EngineExtension, NamedCondition } from './engine';
export { loadPolicy, policyInForce, validatePolicy } from './validate';
export type { PolicySet, PolicyValidation } from './validate';
export { policyJsonSchema } from './json-schema';
export { evaluate, DECISION_SCHEMA_VERSION } from './evaluate';
export type { Decision, EvaluateOptions, ExplanationEntry, NextAction, Prevention } from './evaluate';
export { defaultPolicy } from './default-policy';
export { isLoadedPolicy } from './validate';
export { compilePolicy } from './compile';
export type { CompiledPolicy } from './compile';
export { contentHash } from './hash';
export { decisionJsonSchema } from './decision-schema';
export { factsMarkdown } from './facts-doc';
