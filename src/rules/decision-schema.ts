/**
 * The JSON Schema of a decision, for hosts that store or check decisions
 * (`hlm-recovery schema decision`). A test checks every decision of the suite against it.
 *
 * @module
 */

const date = { type: 'string', format: 'date', pattern: '^\\d{4}-\\d{2}-\\d{2}$' } as const;
const amount = { type: 'string', pattern: '^-?\\d+\\.\\d{2}$' } as const;
const obligation = {
  type: 'object',
  additionalProperties: false,
  required: ['code', 'kind', 'date', 'basis', 'status'],
  properties: {
    code: {
      enum: ['caf_signal', 'ccapex_referral', 'assignation_earliest', 'cure_period_end', 'guarantor_notice', 'prefect_notice', 'expulsion_truce', 'human_review'],
      description: 'What the obligation is; see docs/decision.md.',
    },
    kind: { enum: ['deadline', 'gate'], description: 'deadline: last day to act; gate: first day something is allowed.' },
    date,
    basis: { type: 'string', description: 'The legal article.' },
    status: { enum: ['upcoming', 'due', 'overdue', 'done', 'closed', 'open'] },
  },
} as const;

/**
 * JSON Schema (draft 2020-12) of a {@link Decision}.
 *
 * @example
 * ```ts
 * decisionJsonSchema.title; // => 'hlm-recovery decision'
 * ```
 */
export const decisionJsonSchema: Readonly<Record<string, unknown>> = Object.freeze({
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  title: 'hlm-recovery decision',
  type: 'object',
  additionalProperties: false,
  required: ['schemaVersion', 'accountId', 'asOf', 'policy', 'provenance', 'level', 'obligations', 'nextAction', 'plan', 'prevention', 'explanation'],
  properties: {
    schemaVersion: { const: '1' },
    accountId: { type: 'string' },
    asOf: date,
    policy: { type: 'object', required: ['id', 'version'], properties: { id: { type: 'string' }, version: { type: 'string' } } },
    provenance: {
      type: 'object',
      required: ['library', 'lawTable', 'policyId', 'policyVersion', 'policyHash'],
      properties: { library: { type: 'string' }, lawTable: { type: 'string' }, policyId: { type: 'string' }, policyVersion: { type: 'string' }, policyHash: { type: 'string' } },
    },
    level: { type: 'object', required: ['id', 'rank', 'label'], properties: { id: { type: 'string' }, rank: { type: 'integer' }, label: { type: 'string' } } },
    obligations: { type: 'array', items: obligation },
    nextAction: {
      oneOf: [
        { type: 'null' },
        {
          type: 'object',
          additionalProperties: false,
          required: ['step', 'kind', 'label', 'channel', 'date', 'requiresHumanApproval', 'variables'],
          properties: {
            step: { type: 'string' },
            kind: { type: 'string' },
            label: { type: 'string' },
            channel: { enum: ['letter', 'registered-letter', 'email', 'sms', 'phone', 'home-visit', 'appointment', 'internal'] },
            date,
            requiresHumanApproval: { type: 'boolean' },
            variables: { type: 'object', additionalProperties: { type: ['string', 'number', 'null'] } },
          },
        },
      ],
    },
    plan: {
      oneOf: [
        { type: 'null' },
        {
          type: 'object',
          required: ['maxSustainableInstalment', 'proposal', 'existing'],
          properties: { maxSustainableInstalment: { oneOf: [{ type: 'null' }, amount] }, proposal: { type: ['object', 'null'] }, existing: { type: ['object', 'null'] } },
        },
      ],
    },
    prevention: {
      type: 'array',
      items: { type: 'object', required: ['code', 'message', 'basis'], properties: { code: { type: 'string' }, message: { type: 'string' }, basis: { type: 'string' } } },
    },
    explanation: {
      type: 'array',
      items: {
        type: 'object',
        required: ['about', 'text', 'source'],
        properties: { about: { enum: ['level', 'channel', 'step', 'law', 'plan', 'schedule'] }, text: { type: 'string' }, source: { type: 'string' }, trace: { type: 'array' } },
      },
    },
  },
});
