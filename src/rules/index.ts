/**
 * The policy file and the rules engine.
 *
 * @module
 */
export {
  DEFAULT_ROLES,
  INTERNAL_STEP_KINDS,
  LevelSchema,
  MessageTemplateSchema,
  RoleSchema,
  PolicySchema,
  PolicySetSchema,
  StepKindSchema,
  StepSchema,
} from './policy-schema';
export type {
  Cadence,
  ChannelRule,
  Level,
  MessageTemplate,
  Policy,
  PolicyInput,
  Role,
  Step,
  StepKind,
} from './policy-schema';
export { MESSAGE_VARIABLES, smsSegments } from './messages';
export type { ActionMessage, MessageVariable, SmsCount, VariableKind } from './messages';
export { MAX_SMS_SEGMENTS } from './check-messages';
export { ConditionSchema, compileCondition } from './conditions';
export type { CompiledCondition, Condition, FactCondition, FactReader, JsonValue } from './conditions';
export type { TraceEntry } from './decision';
export { FACTS, FACT_NAMES } from './facts';
export type { FactContext, FactDefinition, FactType } from './facts';
export { OPERATORS, OPERATOR_NAMES } from './operators';
export type { OperatorDefinition, OperatorValueKind } from './operators';
export { createRulesEngine, evaluateWithJsonRulesEngine } from './engine';
export type { EngineExtension, NamedCondition } from './engine';
export { isLoadedPolicy, loadPolicy, validatePolicy } from './validate';
export type { LoadPolicyOptions, PolicyValidation, ValidatePolicyOptions } from './validate';
export type { HostFact, HostFactValue, HostOperator, PolicyExtension } from './extension';
export { policyInForce } from './versions';
export type { PolicySet } from './versions';
export { policyJsonSchema } from './json-schema';
export { evaluate } from './evaluate';
export type { EvaluateOptions } from './evaluate';
export { prepareRun, isUnreadable, assess, errorResult } from './run';
export type {
  Assessment,
  EngineName,
  ErrorRecord,
  PreparedRun,
  RecordResult,
  ExplainLevel,
  RunDescription,
  RunOptions,
  UnreadableRecord,
} from './run';
export { loadedPolicyOf } from './policy-source';
export type { LoadedPolicy, PolicySource } from './policy-source';
export {
  ActionSchema,
  AddresseeSchema,
  DECISION_SCHEMA_VERSION,
  DecisionSchema,
  ExplanationEntrySchema,
  NextActionSchema,
  ObligationSchema,
  PlanProposalSchema,
  PreventionSchema,
  TraceEntrySchema,
} from './decision';
export type { Action, Addressee, DeepReadonly, Decision, ExplanationEntry, NextAction, Prevention } from './decision';
export { defaultPolicy } from './default-policy';
export { compilePolicy } from './compile';
export type { CompiledPolicy } from './compile';
export { contentHash } from './hash';
export { decisionJsonSchema } from './decision-schema';
export { factsMarkdown } from './facts-doc';
