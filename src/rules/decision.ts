/**
 * The decision: what a recovery officer sees each morning for a tenant. Its zod schema is the
 * one source of its TypeScript type and of `schema/decision.schema.json`. The parts computed by
 * lower layers, which import no zod (the obligations of `src/law`, the plans of `src/plans`),
 * keep their interfaces there; a compile-time check below fails when this schema and those
 * interfaces drift apart.
 *
 * @module
 */
import { z } from 'zod';
import { ChannelSchema, TenantChannelSchema } from '../account/schema';
import { OBLIGATION_CODES, type Obligation } from '../law';
import { AMOUNT_OUTPUT_PATTERN } from '../money';
import type { PlanProposalResult, PlanReason, PlanStatus, ScheduledInstalment } from '../plans';
import { RoleSchema, StepKindSchema } from './policy-schema';

/**
 * Version of the decision format; see CHANGELOG.md for what bumps it.
 *
 * @example
 * ```ts
 * DECISION_SCHEMA_VERSION; // => '2'
 * ```
 */
export const DECISION_SCHEMA_VERSION = '2';

const IsoDateOut = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .meta({ format: 'date', description: 'Calendar date YYYY-MM-DD (Europe/Paris).' });
const AmountOut = z
  .string()
  .regex(AMOUNT_OUTPUT_PATTERN)
  .meta({ description: 'EUR amount with 2 decimals, e.g. "1234.56".' });

/**
 * An obligation of the law, as a decision carries it (see `Obligation` in `src/law`).
 *
 * @example
 * ```ts
 * ObligationSchema.parse({ code: 'caf_signal', kind: 'deadline', date: '2027-01-15', basis: 'CCH R.824-30', status: 'upcoming' }).code; // => 'caf_signal'
 * ```
 */
export const ObligationSchema = z.strictObject({
  code: z.enum(OBLIGATION_CODES).meta({ description: 'What the obligation is; see docs/guides/read-a-decision.md.' }),
  kind: z
    .enum(['deadline', 'gate'])
    .meta({ description: 'deadline: last day to act; gate: first day something is allowed.' }),
  date: IsoDateOut,
  basis: z.string().meta({ description: 'The legal article.' }),
  status: z
    .enum(['upcoming', 'due', 'overdue', 'done', 'closed', 'open'])
    .meta({ description: 'Deadline: upcoming, due (today), overdue or done. Gate: closed or open.' }),
});

/**
 * To whom an action is addressed: `tenant`, `mandataire` (the tuteur, or the person who
 * represents a protected tenant), `tenant-and-mandataire` (a curatelle: the curateur assists the
 * tenant), `guarantor` (the caution), or the body an internal step goes to: `caf` (CAF/MSA),
 * `ccapex`, `fsl`, `cesf`, `surendettement-commission`, `landlord` (a decision of the landlord
 * itself: a case review, a write-off).
 *
 * @example
 * ```ts
 * AddresseeSchema.options.includes('mandataire'); // => true
 * ```
 */
export const AddresseeSchema = z
  .enum([
    'tenant',
    'mandataire',
    'tenant-and-mandataire',
    'guarantor',
    'caf',
    'ccapex',
    'fsl',
    'cesf',
    'surendettement-commission',
    'landlord',
  ])
  .meta({
    description:
      'tenant, mandataire (tutelle and other representation: the mandataire alone), tenant-and-mandataire (curatelle, sauvegarde with a mandataire named), guarantor, or the body an internal step goes to: caf, ccapex, fsl, cesf, surendettement-commission, landlord.',
  });

/**
 * An action due: a step of the ladder to carry out, by whom, to whom, through which channel, on
 * which day. A decision lists every action due, in the ladder's order; the back office signals
 * the CAF while the officer calls the tenant the same day.
 *
 * @example
 * ```ts
 * ActionSchema.safeParse(decision.actions[0]).success; // => true
 * ```
 */
export const ActionSchema = z.strictObject({
  step: z.string().meta({ description: 'Step id in the policy.' }),
  kind: StepKindSchema,
  label: z.string().meta({ description: 'The step label of the policy.' }),
  channel: ChannelSchema,
  date: IsoDateOut.meta({
    description: 'The day to carry it out: never before asOf, never a weekend or public holiday of the zone.',
  }),
  requiresHumanApproval: z
    .boolean()
    .meta({ description: 'A person must approve it first (GDPR art. 22); false once approved.' }),
  variables: z
    .record(z.string(), z.union([z.string(), z.number(), z.null()]))
    .meta({ description: 'Values to personalise the message.' }),
  message: z
    .strictObject({
      channel: TenantChannelSchema,
      subject: z.string().nullable().meta({ description: 'The subject of an e-mail; null for every other channel.' }),
      text: z.string().meta({
        description:
          "The text, plain (not HTML): the SMS, the e-mail, the letter, the officer's script for a call, the letter inviting to an appointment or announcing a visit. Amounts written 1 234,56 €, dates DD/MM/YYYY.",
      }),
    })
    .nullable()
    .meta({
      description:
        "The message of the policy's template for this step and channel (messages), rendered from the variables and the policy's parameters; null when the policy has none, and for an internal step.",
    }),
  role: RoleSchema,
  addressee: AddresseeSchema,
  interpreter: z
    .strictObject({
      language: z
        .string()
        .nullable()
        .meta({ description: 'ISO 639 code of the language (household.language); null when not known.' }),
    })
    .nullable()
    .meta({
      description:
        'The household needs an interpreter or a translated letter (vulnerability.interpreterNeeded): null when not, or when the action is not addressed to the tenant.',
    }),
});

/**
 * The next action: the first of the decision's `actions`, kept for hosts that read one action.
 *
 * @example
 * ```ts
 * NextActionSchema.safeParse(decision.nextAction).success; // => true, for a decision with a next step
 * ```
 */
export const NextActionSchema = ActionSchema;

/**
 * Advice that is not a recovery step. A decision lists its advice in the order of the codes here.
 *
 * @example
 * ```ts
 * PreventionSchema.shape.code.options[0]; // => 'restore-housing-benefit'
 * ```
 */
export const PreventionSchema = z.strictObject({
  code: z
    .enum([
      'restore-housing-benefit',
      'switch-to-tiers-payant',
      'spread-regularisation',
      'check-housing-benefit',
      'consider-mutation',
      'cesf-review',
    ])
    .meta({
      description:
        'restore-housing-benefit (the benefit stopped: find out why with the CAF/MSA and get it restored), switch-to-tiers-payant (the benefit goes to a tenant in arrears: ask for it to be paid to the landlord), spread-regularisation (spread an unpaid charges regularisation), check-housing-benefit (no benefit on file while the effort rate is above the cap), consider-mutation (suggest a smaller, cheaper home: under-occupied and above the cap, or recommended by the CESF; never in the first year of the lease), cesf-review (ask the CESF to review the budget). Always in this order.',
    }),
  message: z.string().meta({ description: 'What to do, in one or two sentences for a recovery officer.' }),
  basis: z.string().meta({ description: 'The article or the policy setting the advice rests on.' }),
});

/**
 * One evaluated fact condition, for the explanation.
 *
 * @example
 * ```ts
 * TraceEntrySchema.parse({ at: 'levels[1].conditions.all[0]', fact: 'arrears', operator: 'decimalGreaterThan', value: '0', factValue: '1194.60', result: true }).result; // => true
 * ```
 */
export const TraceEntrySchema = z.strictObject({
  at: z.string().meta({ description: 'Where the condition is in the policy, e.g. levels[2].conditions.all[0].' }),
  fact: z.string(),
  operator: z.string(),
  value: z.unknown().meta({ description: 'The value compared with, after any fact reference was read.' }),
  factValue: z
    .unknown()
    .optional()
    .meta({ description: "The fact's value (after path); absent when the engine does not know the fact." }),
  result: z.boolean(),
});

/**
 * One line of the explanation.
 *
 * @example
 * ```ts
 * ExplanationEntrySchema.shape.about.options; // => ['level', 'channel', 'step', 'law', 'plan', 'schedule']
 * ```
 */
export const ExplanationEntrySchema = z.strictObject({
  about: z.enum(['level', 'channel', 'step', 'law', 'plan', 'schedule']).meta({ description: 'What it explains.' }),
  text: z.string().meta({ description: 'A sentence a recovery officer can read to the tenant.' }),
  source: z.string().meta({ description: 'The rule or article it rests on (levels[3], loi 89-462 art. 24 II…).' }),
  trace: z
    .array(TraceEntrySchema)
    .optional()
    .meta({ description: "Conditions evaluated for it, with the facts' values." }),
});

const PlanReasonSchema = z.strictObject({
  code: z.enum([
    'no_resources',
    'effort_rate_exceeded',
    'reste_a_vivre_below_floor',
    'instalment_below_minimum',
    'duration_exceeded',
    'no_debt',
  ]),
  message: z.string(),
  figures: z.record(z.string(), z.union([z.string(), z.number()])),
});

const ScheduledInstalmentSchema = z.strictObject({ dueOn: IsoDateOut, amount: AmountOut });

/** A plan proposed to the household (see `PlanProposalResult` in `src/plans`). */
export const PlanProposalSchema = z.strictObject({
  feasible: z.boolean(),
  reasons: z.array(PlanReasonSchema),
  warnings: z.array(PlanReasonSchema).meta({
    description:
      'What the proposed plan exceeds without being refused for it: effort_rate_exceeded when the effort rate with the instalment is above the policy cap and the cap does not bind (plans.effortRateBinding false). Empty when the cap binds or is met, and when no plan is proposed.',
  }),
  debt: AmountOut,
  instalment: AmountOut.nullable(),
  months: z.number().int(),
  maxSustainableInstalment: AmountOut.nullable(),
  schedule: z.array(ScheduledInstalmentSchema),
});

const ExistingPlanSchema = z.strictObject({
  kind: z.enum(['amicable', 'caf', 'judicial', 'surendettement']),
  status: z.enum(['kept', 'late', 'broken', 'finished']).meta({
    description:
      'kept (no instalment due is unpaid), late (unpaid instalments within the policy tolerance), broken (recovery resumes; délais granted by a judge at the first unpaid instalment, loi 89-462 art. 24 VII) or finished (every instalment due, none unpaid: new arrears follow the ladder).',
  }),
  broken: z.boolean(),
  reason: z.string().nullable(),
  nextInstalment: ScheduledInstalmentSchema.nullable().meta({
    description: 'The first instalment still to pay (oldest unpaid, else next upcoming); null when none is left.',
  }),
});

/**
 * Why a decision may change on its `reviewOn` day, by code:
 *
 * - `contact-allowed`: a contact action is dated that day (the cadence, the cap of contacts per 7
 *   days, the contact days and the calendar put it there); `action-date`: an internal action is
 *   (the first business day);
 * - `deadline-due`: a legal deadline falls that day (upcoming → due); `deadline-overdue`: it fell
 *   the day before (due → overdue); `gate-opens`: a legal gate opens;
 * - `winter-truce-starts`, `winter-truce-ends`: the winter truce starts (1 November) or its last
 *   day has passed (CPCE L.412-6);
 * - `promise-due`: a pending promise to pay falls due; `promise-lapses`: its grace days passed
 *   unpaid, it is broken;
 * - `plan-instalment`: an instalment of the plan on file falls due;
 * - `day-count`: a fact counting days (`daysSinceFirstDefault`…) reaches the value that changes the
 *   result of a condition of the policy;
 * - `count-window`: a count over a rolling period the policy reads (contacts in 7 days…) gains or
 *   loses an item; `birthday`: a member's age changes (the policy, the consumption units or the
 *   vulnerability read it);
 * - `rent-due`: the next rent due day of a current tenancy;
 * - `benefit-unpaid`: the benefit impayé of the 2027 rule may be constituted (3 months after the
 *   arrears began, CCH R.824-2);
 * - `advice`: prevention advice that waits for a day (the lease's first year over, an unpaid item
 *   more than 10 days old);
 * - `law-change`: the law that judges the day changes (the 2027 rule of the benefit impayé starts,
 *   décret 2026-84); `policy-version`: the policy's version in force ends;
 * - `dated-record`: a record of the account dated after `asOf` (a posting, a contact, a procedure
 *   date…) counts from that day;
 * - `host-fact`: the policy reads a fact of the host's own, whose course in time is unknown.
 *
 * @example
 * ```ts
 * REVIEW_CODES.includes('rent-due'); // => true
 * ```
 */
export const REVIEW_CODES = Object.freeze([
  'contact-allowed',
  'action-date',
  'deadline-due',
  'deadline-overdue',
  'gate-opens',
  'winter-truce-starts',
  'winter-truce-ends',
  'promise-due',
  'promise-lapses',
  'plan-instalment',
  'day-count',
  'count-window',
  'birthday',
  'rent-due',
  'benefit-unpaid',
  'advice',
  'law-change',
  'policy-version',
  'dated-record',
  'host-fact',
] as const);

/**
 * One reason a decision may change on its `reviewOn` day.
 *
 * @example
 * ```ts
 * ReviewReasonSchema.parse({ code: 'rent-due', subject: null, text: 'Le loyer…' }).code; // => 'rent-due'
 * ```
 */
export const ReviewReasonSchema = z.strictObject({
  code: z.enum(REVIEW_CODES).meta({
    description:
      'contact-allowed, action-date, deadline-due, deadline-overdue, gate-opens, winter-truce-starts, winter-truce-ends, promise-due, promise-lapses, plan-instalment, day-count, count-window, birthday, rent-due, benefit-unpaid, advice, law-change, policy-version, dated-record or host-fact (why the decision may change that day: an action dated that day, a legal deadline or gate, the winter truce, a promise, a plan instalment, a day count of the policy reaching a threshold, a rolling count, a birthday, the rent due day, the 2027 benefit impayé, prevention advice, the law or the policy version changing, a record of the account dated that day, a fact of the host).',
  }),
  subject: z.string().nullable().meta({
    description:
      'What it is about, for a program: the step id (contact-allowed, action-date), the obligation code (deadline-due, deadline-overdue, gate-opens, winter truce), the due date of the promise or instalment, the fact (day-count, count-window, host-fact), the advice code, the legal parameter id, the policy version, the record (ledger, contacts, procedure.commandementOn…); null for rent-due, birthday and benefit-unpaid.',
  }),
  text: z.string().meta({ description: 'The reason, for a recovery officer, in the locale of the decision.' }),
});

/**
 * When to evaluate the account again: the first day after `asOf` on which the decision (level,
 * actions' steps, channels and dates, obligations' statuses, prevention advice) can change with no
 * new data, and the reasons that fall on that day; `null` when nothing can change without new data.
 *
 * @example
 * ```ts
 * ReviewOnSchema.safeParse({ date: '2026-12-01', reasons: [{ code: 'rent-due', subject: null, text: '…' }] }).success; // => true
 * ```
 */
export const ReviewOnSchema = z
  .strictObject({
    date: IsoDateOut.meta({
      description:
        'The first day after asOf the decision may change with no new data: never later than a real change, sometimes earlier (a rent due day when the ERP posts nothing new).',
    }),
    reasons: z.array(ReviewReasonSchema).min(1).meta({
      description: 'The reasons that fall on that day, by code (in the order of the codes) then subject.',
    }),
  })
  .nullable()
  .meta({
    description:
      'When to evaluate the account again, for workflow engines: the first day after asOf on which the level, the actions (steps, channels, dates), the obligations (statuses) or the prevention advice can change with no new data, and why; null when nothing can change without new data (a departed tenant with nothing left to settle). An addition: a reader that ignores it reads the decision as before.',
  });

/**
 * The decision for one account: plain JSON, identical for identical inputs.
 *
 * @example
 * ```ts
 * DecisionSchema.safeParse(evaluate(account, defaultPolicy, { asOf: '2026-11-23' })).success; // => true
 * ```
 */
export const DecisionSchema = z
  .strictObject({
    schemaVersion: z.literal(DECISION_SCHEMA_VERSION),
    accountId: z.string(),
    asOf: IsoDateOut,
    policy: z.strictObject({ id: z.string(), version: z.string() }),
    provenance: z.strictObject({
      library: z.string(),
      lawTable: z.string(),
      policyId: z.string(),
      policyVersion: z.string(),
      policyHash: z
        .string()
        .meta({ description: "Hash of the policy's content (FNV-1a 64 of its canonical JSON), to replay and audit." }),
    }),
    level: z.strictObject({ id: z.string(), rank: z.number().int(), label: z.string() }),
    obligations: z.array(ObligationSchema),
    actions: z.array(ActionSchema).meta({
      description:
        'Every action due, in the order of the ladder: the internal steps that apply (each once per kind), then the first contact with the tenant. Empty when nothing is due.',
    }),
    nextAction: NextActionSchema.nullable().meta({
      description: 'The first of `actions`, or null: kept for hosts that read one action.',
    }),
    plan: z
      .strictObject({
        maxSustainableInstalment: AmountOut.nullable(),
        proposal: PlanProposalSchema.nullable(),
        existing: ExistingPlanSchema.nullable(),
      })
      .nullable(),
    prevention: z.array(PreventionSchema),
    reviewOn: ReviewOnSchema,
    explanation: z.array(ExplanationEntrySchema),
  })
  .meta({ title: 'hlm-recovery decision' });

/** Makes every property of a type, at any depth, read-only: the decision's parts as users receive them. */
export type DeepReadonly<T> = T extends (infer U)[]
  ? readonly DeepReadonly<U>[]
  : T extends object
    ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
    : T;

/** The decision for one account. Plain JSON, identical for identical inputs. */
export type Decision = DeepReadonly<z.output<typeof DecisionSchema>>;
/** An action due: what, by whom, to whom, how and when. */
export type Action = DeepReadonly<z.output<typeof ActionSchema>>;
/** The next action: the first of a decision's actions. */
export type NextAction = Action;
/** To whom an action is addressed. */
export type Addressee = z.output<typeof AddresseeSchema>;
/** Advice that is not a recovery step. */
export type Prevention = DeepReadonly<z.output<typeof PreventionSchema>>;
/** A code of why a decision may change on its `reviewOn` day. */
export type ReviewCode = (typeof REVIEW_CODES)[number];
/** When to evaluate the account again, and why; `null` when nothing can change without new data. */
export type ReviewOn = DeepReadonly<z.output<typeof ReviewOnSchema>>;
/** One line of the explanation. */
export type ExplanationEntry = DeepReadonly<z.output<typeof ExplanationEntrySchema>>;
/** One evaluated fact condition, for the explanation. */
export type TraceEntry = DeepReadonly<z.output<typeof TraceEntrySchema>>;

// The parts of a decision computed by lower layers: their interfaces and this schema must agree
// both ways (readonly aside), or this file does not compile.
type Same<A, B> = [DeepReadonly<A>] extends [DeepReadonly<B>]
  ? [DeepReadonly<B>] extends [DeepReadonly<A>]
    ? true
    : false
  : false;
type Assert<T extends true> = T;
type ExistingPlan = z.output<typeof ExistingPlanSchema>;
// biome-ignore lint/correctness/noUnusedVariables: a check for the compiler alone, never used as a type.
type Agreement = [
  Assert<Same<z.output<typeof ObligationSchema>, Obligation>>,
  Assert<Same<z.output<typeof PlanReasonSchema>, PlanReason>>,
  Assert<Same<z.output<typeof ScheduledInstalmentSchema>, ScheduledInstalment>>,
  Assert<Same<z.output<typeof PlanProposalSchema>, PlanProposalResult>>,
  Assert<Same<ExistingPlan, PlanStatus & { kind: ExistingPlan['kind'] }>>,
];
