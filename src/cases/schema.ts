/**
 * The contract of a case file: what a policy team writes next to its policy to pin what the policy
 * must decide for typical households. One case, or `{ "cases": [ … ] }`; each case gives an
 * account (inline, or the path of an account file relative to the case file), an evaluation date
 * and the expectations on the decision. This zod schema is the contract; the TypeScript types and
 * the JSON Schema (`casesJsonSchema`, shipped as `schema/cases.schema.json`) are derived from it.
 *
 * @module
 */
import { z } from 'zod';
import { ChannelSchema, DateSchema, TenantChannelSchema } from '../account';
import { deepFreeze } from '../freeze';
import { OBLIGATION_CODES } from '../law';

/**
 * Most cases in one case file.
 *
 * @example
 * ```ts
 * MAX_CASES; // => 1000
 * ```
 */
export const MAX_CASES = 1_000;
/** Longest name of a case. */
export const MAX_CASE_NAME_LENGTH = 200;
/** Longest text `messageContains` looks for. */
export const MAX_MESSAGE_CONTAINS_LENGTH = 500;

const ID = /^[a-z0-9][a-z0-9-]{0,62}$/;
const idOf = (what: string) =>
  z
    .string()
    .regex(ID, { error: `a ${what} id in lower-case letters, digits and hyphens, e.g. "reminder-1"` })
    .meta({ description: `Identifier of a ${what} of the policy.` });

const ObligationCodeSchema = z.enum(OBLIGATION_CODES as unknown as [string, ...string[]]).meta({
  description: 'A code of a legal obligation of the decision (see OBLIGATION_CODES).',
});

/**
 * What the decision must show. Every field is optional; those given are each checked, and the case
 * passes when all of them hold.
 *
 * @example
 * ```ts
 * ExpectSchema.parse({ level: 'benefit-unpaid', nextStep: 'caf-signal', obligations: ['caf_signal'] });
 * ```
 */
export const ExpectSchema = z
  .strictObject({
    level: idOf('level').optional().meta({ description: 'The id of the alert level of the decision.' }),
    nextStep: idOf('step')
      .nullable()
      .optional()
      .meta({ description: 'The step id of the next action; null: no action is due.' }),
    channel: ChannelSchema.nullable().optional().meta({
      description: 'The channel of the next action (internal for a step not addressed to the tenant); null: no action.',
    }),
    date: DateSchema.nullable()
      .optional()
      .meta({ description: 'The date of the next action, YYYY-MM-DD; null: no action.' }),
    contactChannel: TenantChannelSchema.nullable().optional().meta({
      description:
        'The channel of the first contact with the tenant among the actions due (the first action that is not internal); null: no contact is due.',
    }),
    requiresHumanApproval: z
      .boolean()
      .optional()
      .meta({ description: 'Whether a person must approve the next action (GDPR art. 22).' }),
    obligations: z.array(ObligationCodeSchema).max(OBLIGATION_CODES.length).optional().meta({
      description: 'Obligation codes that must be among the decision’s obligations (others may be there too).',
    }),
    obligationsExactly: z
      .array(ObligationCodeSchema)
      .max(OBLIGATION_CODES.length)
      .optional()
      .meta({ description: 'The decision’s obligation codes, all of them and no other (order does not matter).' }),
    planFeasible: z.boolean().nullable().optional().meta({
      description:
        'Whether the plan the decision proposes is feasible (true) or not (false); null: the decision proposes no plan.',
    }),
    messageContains: z.string().min(1).max(MAX_MESSAGE_CONTAINS_LENGTH).optional().meta({
      description:
        'A text the message of the first contact with the tenant must contain (its subject or its text, case and spaces as written).',
    }),
  })
  .meta({ description: 'What the decision must show: each field given is checked.' });

/**
 * One case: a household, a day, and what the policy must decide.
 *
 * @example
 * ```ts
 * PolicyCaseSchema.parse({ name: 'Paid up', asOf: '2026-11-23', account: 'accounts/paid.json', expect: { level: 'none' } });
 * ```
 */
export const PolicyCaseSchema = z
  .strictObject({
    name: z
      .string()
      .min(1)
      .max(MAX_CASE_NAME_LENGTH)
      .meta({ description: 'The name of the case, unique in its file, as the report shows it.' }),
    description: z.string().max(2000).optional().meta({ description: 'Why the case is there, for the reader.' }),
    asOf: DateSchema.meta({
      description: 'The evaluation date, YYYY-MM-DD: a day covered by a version of the policy.',
    }),
    account: z
      .union([
        z
          .string()
          .min(1)
          .max(1000)
          .meta({ description: 'The path of a JSON account file, relative to the case file.' }),
        z
          .record(z.string(), z.unknown())
          .meta({ description: 'The account itself (schema/account.schema.json); checked when the case runs.' }),
      ])
      .meta({ description: 'The account: inline, or the path of a JSON account file relative to the case file.' }),
    expect: ExpectSchema,
  })
  .meta({ description: 'A case: an account, an evaluation date, and what the decision must show.' });

/**
 * A case file holding a list of cases: `{ "cases": [ … ] }` (a file of one case is the case itself).
 *
 * @example
 * ```ts
 * PolicyCasesFileSchema.safeParse({ cases: [] }).success; // => false: at least one case
 * ```
 */
export const PolicyCasesFileSchema = z
  .strictObject({
    $schema: z.string().max(1000).optional().meta({ description: 'The JSON Schema of the file, for editors.' }),
    cases: z.array(PolicyCaseSchema).min(1).max(MAX_CASES),
  })
  .meta({ description: 'A list of cases.' });

/** One case with a `$schema` for editors, as a case file of its own. */
const SingleCaseFileSchema = PolicyCaseSchema.extend({
  $schema: z.string().max(1000).optional().meta({ description: 'The JSON Schema of the file, for editors.' }),
});

/** What a case file expects of a decision, as parsed. */
export type CaseExpectations = z.output<typeof ExpectSchema>;

/** A field of {@link CaseExpectations}. */
export type ExpectField = keyof CaseExpectations;

/**
 * The expectation fields, in the order they are checked and reported.
 *
 * @example
 * ```ts
 * EXPECT_FIELDS[0]; // => 'level'
 * ```
 */
export const EXPECT_FIELDS: readonly ExpectField[] = Object.freeze(Object.keys(ExpectSchema.shape) as ExpectField[]);

/** The fields of a case, of a case file and of the expectations: for "did you mean". */
export const CASE_FIELDS: readonly string[] = Object.freeze(['$schema', ...Object.keys(PolicyCaseSchema.shape)]);
/** See {@link CASE_FIELDS}. */
export const CASES_FILE_FIELDS: readonly string[] = Object.freeze(Object.keys(PolicyCasesFileSchema.shape));

/**
 * JSON Schema (draft 2020-12) of a case file: one case, or `{ "cases": [ … ] }`.
 *
 * @example
 * ```ts
 * casesJsonSchema.title; // => 'hlm-recovery policy cases'
 * ```
 */
export const casesJsonSchema: Readonly<Record<string, unknown>> = deepFreeze(
  z.toJSONSchema(z.union([PolicyCasesFileSchema, SingleCaseFileSchema]).meta({ title: 'hlm-recovery policy cases' }), {
    io: 'input',
  }) as Record<string, unknown>,
);

export { SingleCaseFileSchema };
