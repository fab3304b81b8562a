/**
 * The policy file: a landlord's recovery policy as JSON. This zod schema is the contract; the
 * TypeScript types and the JSON Schema (`policyJsonSchema`, shipped as
 * `schema/policy.schema.json`) are derived from it.
 *
 * The law is not in this file: it is built into the library, dated, and a policy can only be
 * stricter than it (see `validatePolicy`).
 *
 * @module
 */
import { z } from 'zod';
import { ChannelSchema, DateSchema, TenantChannelSchema } from '../account';
import { AMOUNT_PATTERN } from '../money';
import { ConditionSchema } from './conditions';
import { MESSAGE_VARIABLES } from './messages';
import { PromiseRulesSchema } from './promise-rules';

const ID = /^[a-z0-9][a-z0-9-]{0,62}$/;
const idSchema = (what: string) =>
  z
    .string()
    .regex(ID, { error: `a ${what} id in lower-case letters, digits and hyphens, e.g. "reminder-1"` })
    .meta({ description: `Identifier of the ${what}: lower-case letters, digits and hyphens.` });

const RATE = /^(0(\.\d{1,6})?|1(\.0{1,6})?)$/;

/** A named value the conditions can use as `{ "param": "name" }`. */
export const ParameterSchema = z
  .strictObject({
    value: z.union([z.string().max(100), z.number(), z.boolean()]).meta({
      description:
        'The value: an amount or rate as a decimal string ("5000.00", "0.30"), a whole number, a date, or true/false.',
    }),
    unit: z
      .enum(['EUR', 'ratio', 'days', 'months', 'count', 'years', 'date', 'boolean', 'text'])
      .meta({ description: 'Unit of the value.' }),
    description: z.string().max(500).optional().meta({ description: 'What it is for.' }),
  })
  .meta({ description: 'A policy parameter.' });

/**
 * An alert level.
 *
 * @example
 * ```ts
 * LevelSchema.safeParse({ id: 'none', rank: 0, label: 'À jour' }).success; // => true
 * ```
 */
export const LevelSchema = z
  .strictObject({
    id: idSchema('level'),
    rank: z
      .number()
      .int()
      .min(0)
      .max(100)
      .meta({ description: 'Severity: 0 for the base level, higher is more serious.' }),
    label: z
      .string()
      .min(1)
      .max(200)
      .meta({ description: 'Name shown to recovery officers, e.g. "Impayé constitué".' }),
    conditions: ConditionSchema.optional().meta({
      description: 'When the account is at least at this level. The base level (the first) has none.',
    }),
  })
  .meta({ description: 'An alert level.' });

/** Channel choice by tenant profile: the first rule that matches gives the channels. */
export const ChannelRuleSchema = z
  .strictObject({
    id: idSchema('channel rule'),
    conditions: ConditionSchema.meta({ description: 'The tenant profile this rule is for.' }),
    use: z
      .array(TenantChannelSchema)
      .min(1)
      .max(7)
      .meta({ description: 'Channels to use, in turn, for reminders to this profile.' }),
  })
  .meta({ description: 'A channel rule.' });

const DaySchema = z.enum(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
const TimeSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'a time written HH:MM, e.g. "09:00"' });

/**
 * Kinds of recovery steps.
 *
 * @example
 * ```ts
 * StepKindSchema.options.includes('commandement'); // => true
 * ```
 */
export const StepKindSchema = z
  .enum([
    'prevention-contact',
    'reminder',
    'phone-call',
    'appointment',
    'home-visit',
    'formal-notice',
    'plan-proposal',
    'social-review',
    'fsl-referral',
    'caf-signal',
    'ccapex-referral',
    'commandement',
    'assignation',
    'surendettement-claim',
    'guarantor-notice',
    'cohesion-protocol',
    'case-review',
    'final-statement',
    'injonction-de-payer',
    'write-off',
    'payer-plan',
    'tiers-payant-answer',
  ])
  .meta({
    description:
      'prevention-contact (early friendly contact), reminder (relance), phone-call, appointment (convocation), home-visit, formal-notice (mise en demeure), plan-proposal (plan d’apurement), social-review (CESF review), fsl-referral, caf-signal (signalement CAF/MSA), ccapex-referral, commandement (commandement de payer, by a commissaire de justice), assignation (summons to court), surendettement-claim (declare the claim to the Banque de France surendettement commission), guarantor-notice (notify the commandement to the guarantor, loi 89-462 art. 24 I), cohesion-protocol (offer a protocole de cohésion sociale after the lease was terminated, CCH L.353-15-2, L.442-6-5), case-review (a person reviews the case: stop the automatic contacts), final-statement (décompte définitif of a departed tenant, the deposit offset, loi 89-462 art. 22), injonction-de-payer (requête en injonction de payer, CPC art. 1405), write-off (propose an admission en non-valeur), payer-plan (send the CAF/MSA the plan d’apurement it asked for, CCH R.824-7), tiers-payant-answer (answer the CAF/MSA’s offer of tiers payant within 2 months, CCH R.824-20).',
  });
/** What a step of the escalation ladder is (reminder, formal notice, commandement…). */
export type StepKind = z.output<typeof StepKindSchema>;

/**
 * The step kinds that are not a contact with the tenant: internal steps (CAF signalling, CCAPEX
 * and FSL referrals, the CESF review, the surendettement claim) and the legal acts a commissaire
 * de justice carries out. Every other kind contacts the tenant.
 *
 * @example
 * ```ts
 * INTERNAL_STEP_KINDS.has('caf-signal'); // => true
 * INTERNAL_STEP_KINDS.has('reminder');   // => false
 * ```
 */
export const INTERNAL_STEP_KINDS: ReadonlySet<StepKind> = new Set<StepKind>([
  'social-review',
  'fsl-referral',
  'caf-signal',
  'ccapex-referral',
  'commandement',
  'assignation',
  'surendettement-claim',
  'guarantor-notice',
  'case-review',
  'injonction-de-payer',
  'write-off',
  'payer-plan',
  'tiers-payant-answer',
]);

/**
 * Who carries out an action: `officer` (chargé de recouvrement: contacts, plans, mises en
 * demeure), `back-office` (signalements and declarations to the CAF/MSA, the CCAPEX, the
 * surendettement commission), `cesf` (the landlord's conseillère en économie sociale et familiale:
 * reviews, visits, FSL, protocole), `litigation` (the contentieux service instructing the
 * commissaire de justice or the court), `manager` (decisions on the case itself: review, write-off).
 *
 * @example
 * ```ts
 * RoleSchema.options; // => ['officer', 'back-office', 'cesf', 'litigation', 'manager']
 * ```
 */
export const RoleSchema = z.enum(['officer', 'back-office', 'cesf', 'litigation', 'manager']).meta({
  description:
    'Who carries out the action: officer (chargé de recouvrement), back-office, cesf (conseillère en économie sociale et familiale), litigation (contentieux) or manager.',
});
/** Who carries out an action. */
export type Role = z.output<typeof RoleSchema>;

/**
 * The role that carries out each step kind when the step does not name one.
 *
 * @example
 * ```ts
 * DEFAULT_ROLES['caf-signal']; // => 'back-office'
 * ```
 */
export const DEFAULT_ROLES: Readonly<Record<StepKind, Role>> = Object.freeze({
  'prevention-contact': 'officer',
  reminder: 'officer',
  'phone-call': 'officer',
  appointment: 'officer',
  'home-visit': 'cesf',
  'formal-notice': 'officer',
  'plan-proposal': 'officer',
  'social-review': 'cesf',
  'fsl-referral': 'cesf',
  'caf-signal': 'back-office',
  'ccapex-referral': 'back-office',
  commandement: 'litigation',
  assignation: 'litigation',
  'surendettement-claim': 'back-office',
  'guarantor-notice': 'litigation',
  'cohesion-protocol': 'cesf',
  'case-review': 'manager',
  'final-statement': 'officer',
  'injonction-de-payer': 'litigation',
  'write-off': 'manager',
  'payer-plan': 'back-office',
  'tiers-payant-answer': 'back-office',
});

/** Gates of the law a step may require to be open. */
export const PrerequisiteSchema = z
  .enum(['assignation_earliest', 'expulsion_truce'])
  .meta({ description: 'A legal gate that must be open before the step (see the obligations).' });

/**
 * One step of the escalation ladder.
 *
 * @example
 * ```ts
 * StepSchema.safeParse({ id: 'call', kind: 'phone-call', label: 'Call the tenant', channel: 'phone', humanApproval: false }).success; // => true
 * ```
 */
export const StepSchema = z
  .strictObject({
    id: idSchema('step'),
    kind: StepKindSchema,
    label: z.string().min(1).max(200).meta({ description: 'Name shown to recovery officers.' }),
    conditions: ConditionSchema.optional().meta({ description: 'When the step applies; always, when absent.' }),
    requires: z
      .array(PrerequisiteSchema)
      .max(5)
      .optional()
      .meta({ description: 'Legal gates that must be open. The library enforces the law whatever this says.' }),
    channel: z
      .union([ChannelSchema, z.literal('profile')])
      .meta({ description: 'The channel, or "profile" to use the channel rules (reminders in turn).' }),
    humanApproval: z.boolean().meta({
      description:
        'A person must approve the step before it is carried out (required for steps with legal effect, GDPR art. 22).',
    }),
    repeat: z
      .boolean()
      .optional()
      .meta({ description: 'The step may be proposed again after it was done (reminders). Default false.' }),
    role: RoleSchema.optional().meta({
      description: 'Who carries it out; default by kind (a reminder: officer, a CAF signalling: back-office…).',
    }),
  })
  .meta({ description: 'A step of the escalation ladder.' });

/** Contact cadence. */
export const CadenceSchema = z
  .strictObject({
    minDaysBetweenContacts: z
      .number()
      .int()
      .min(1)
      .max(90)
      .meta({ description: 'Fewest days between two contacts with the tenant (7 in practice).' }),
    maxDaysBetweenContacts: z
      .number()
      .int()
      .min(1)
      .max(180)
      .meta({ description: 'Most days without a contact while something is owed.' }),
    byLevel: z
      .record(
        z.string(),
        z.strictObject({
          minDaysBetweenContacts: z.number().int().min(1).max(90),
          maxDaysBetweenContacts: z.number().int().min(1).max(180),
        }),
      )
      .optional()
      .meta({ description: 'The same two delays for particular levels, by level id.' }),
    maxContactsPer7Days: z
      .number()
      .int()
      .min(1)
      .max(14)
      .meta({ description: 'Most contacts with the tenant in any 7 days, all channels together.' }),
    contactDays: z
      .array(DaySchema)
      .min(1)
      .max(7)
      .meta({ description: 'Days on which the tenant may be contacted (never a public holiday of the zone).' }),
    contactHours: z
      .strictObject({ from: TimeSchema, to: TimeSchema })
      .meta({ description: 'Hours for phone calls and visits (code conso D.223-9 as practice: 10:00–20:00).' }),
  })
  .meta({ description: 'How often and when the tenant is contacted.' });

/** Plan limits (see `assessPlan`). */
export const PlanLimitsSchema = z
  .strictObject({
    maxEffortRate: z
      .string()
      .regex(RATE, { error: 'a ratio from 0 to 1 as a decimal string, e.g. "0.30"' })
      .optional()
      .meta({
        description:
          'Highest effort rate with the instalment, e.g. "0.30"; refuses a plan only when effortRateBinding is true.',
      }),
    effortRateBinding: z.boolean().optional().meta({
      description:
        'false (default): an effort rate above maxEffortRate is a warning shown with the plan, and the reste à vivre per consumption unit sizes the plan; true: the cap binds as before and a plan above it is refused. Effort-rate formula: CCH R.441-3-1 (arrêté du 10 mars 2011); the 30 % threshold is practice, not law (DOMAIN.md §5).',
    }),
    minResteAVivrePerUnit: z
      .string()
      .regex(AMOUNT_PATTERN, { error: 'an amount such as "425.00"' })
      .optional()
      .meta({ description: 'Lowest reste à vivre per consumption unit per month, EUR.' }),
    minInstalment: z
      .string()
      .regex(AMOUNT_PATTERN, { error: 'an amount such as "15.00"' })
      .optional()
      .meta({ description: 'Lowest monthly instalment, EUR.' }),
    maxDurationMonths: z
      .number()
      .int()
      .min(1)
      .max(84)
      .optional()
      .meta({ description: 'Longest plan in months (1–84).' }),
    allowSmallerLastInstalment: z
      .boolean()
      .optional()
      .meta({ description: 'The last instalment may be below the minimum.' }),
    style: z.enum(['shortest', 'caf-36']).optional().meta({ description: 'shortest, or caf-36 (1/36 for 36 months).' }),
    dueDateRule: z
      .enum(['none', 'next-business-day'])
      .optional()
      .meta({ description: 'How a due date on a weekend or holiday moves.' }),
    brokenAfterUnpaid: z
      .number()
      .int()
      .min(1)
      .max(12)
      .optional()
      .meta({ description: 'Unpaid instalments that break a plan.' }),
  })
  .meta({ description: "Limits of a repayment plan (plan d'apurement)." });

/** Department overrides. */
export const OverrideSchema = z
  .strictObject({
    departments: z
      .array(z.string().regex(/^(\d{2}|2A|2B|97\d)$/, { error: 'a department code such as "93", "2A" or "974"' }))
      .min(1)
      .meta({ description: 'Departments the override applies to.' }),
    parameters: z.record(z.string(), ParameterSchema).optional().meta({ description: 'Parameters replaced there.' }),
    plans: PlanLimitsSchema.optional(),
  })
  .meta({ description: 'Settings for some departments (a local charter, an FSL rule).' });

const TEMPLATE_SYNTAX = `Plain text with placeholders: {{variable}} (a variable of the action: ${Object.keys(MESSAGE_VARIABLES).join(', ')}), {{param:name}} (a policy parameter), {{variable|text when it is null}}. Amounts are written 1 234,56 €, dates DD/MM/YYYY.`;

/** A template's text: one string, or its lines (joined by line breaks). */
const TemplateTextSchema = z
  .union([z.string().min(1).max(10_000), z.array(z.string().max(1_000)).min(1).max(300)])
  .meta({ description: `One text, or its lines (joined by line breaks). ${TEMPLATE_SYNTAX}` });

/**
 * The message templates of one step: one per channel, used from a given contact with the tenant
 * in the current arrears on. Placeholders: `{{amountDueText}}`, `{{param:landlordPhone}}`,
 * `{{tenantName|Madame, Monsieur}}` (see `MESSAGE_VARIABLES`).
 *
 * @example
 * ```ts
 * MessageTemplateSchema.safeParse({ step: 'reminder', sms: 'Solde : {{amountDueText}}' }).success; // => true
 * ```
 */
export const MessageTemplateSchema = z
  .strictObject({
    step: z
      .string()
      .regex(ID, { error: 'a step id in lower-case letters, digits and hyphens, e.g. "reminder"' })
      .meta({ description: 'Id of the step these templates are for.' }),
    locale: z.enum(['fr', 'en']).optional().meta({
      description:
        "The language of these templates: fr (the default) or en. A run in a locale uses, for a step and a channel, the templates of its language when there are any, those of the other language otherwise (the tenant always gets a message); the values are written the way the template's language writes them: 1 234,56 €, 23/11/2026, oui in French; €1,234.56, 23 Nov 2026, yes in English.",
    }),
    fromContact: z.number().int().min(1).max(99).optional().meta({
      description:
        'Used from this contact with the tenant in the current arrears on: 1 (default) from the first, 2 from the second… For a step and a channel, the template with the highest fromContact not above the contact number applies.',
    }),
    sms: z
      .string()
      .min(1)
      .max(1_000)
      .optional()
      .meta({
        description: `The SMS (a warning when it can exceed 2 SMS: GSM-7 160 then 153 septets each, UCS-2 70 then 67 characters each). ${TEMPLATE_SYNTAX}`,
      }),
    email: z
      .strictObject({
        subject: z
          .string()
          .min(1)
          .max(200)
          .meta({ description: `The subject, one line. ${TEMPLATE_SYNTAX}` }),
        text: TemplateTextSchema,
      })
      .optional()
      .meta({ description: 'The e-mail: its subject and its plain text.' }),
    letter: TemplateTextSchema.optional().meta({ description: 'The letter.' }),
    'registered-letter': TemplateTextSchema.optional().meta({ description: 'The registered letter.' }),
    phone: TemplateTextSchema.optional().meta({ description: 'The script the officer follows on the phone.' }),
    appointment: TemplateTextSchema.optional().meta({
      description: 'The letter that invites the tenant to an appointment.',
    }),
    'home-visit': TemplateTextSchema.optional().meta({ description: 'The letter that announces a home visit.' }),
  })
  .meta({ description: 'The message templates of one step, by channel.' });
/** The message templates of one step, as validated. */
export type MessageTemplate = z.output<typeof MessageTemplateSchema>;

/**
 * One version of a landlord's recovery policy.
 *
 * @example
 * ```ts
 * PolicySchema.safeParse(defaultPolicy.versions[0]).success; // => true
 * ```
 */
export const PolicySchema = z
  .strictObject({
    $schema: z.string().optional().meta({ description: 'JSON Schema of the file, for editors.' }),
    id: idSchema('policy'),
    version: z.string().min(1).max(40).meta({ description: 'Version label, e.g. "2026.1".' }),
    label: z.string().max(200).optional().meta({ description: 'Name of the policy.' }),
    effectiveFrom: DateSchema.meta({ description: 'First day this version applies.' }),
    effectiveTo: DateSchema.nullable()
      .optional()
      .meta({ description: 'First day it no longer applies; absent or null while in force.' }),
    parameters: z
      .record(z.string().regex(/^[a-zA-Z][a-zA-Z0-9]{0,62}$/), ParameterSchema)
      .optional()
      .meta({ description: 'Named values used in conditions as { "param": "name" }.' }),
    levels: z
      .array(LevelSchema)
      .min(1)
      .max(20)
      .meta({ description: 'Alert levels, base level first, by rising rank.' }),
    channels: z
      .strictObject({
        rules: z.array(ChannelRuleSchema).max(50).meta({ description: 'Channel rules; the first that matches wins.' }),
        fallback: z.array(TenantChannelSchema).min(1).max(7).meta({ description: 'Channels when no rule matches.' }),
      })
      .meta({ description: 'Channel choice by tenant profile.' }),
    cadence: CadenceSchema,
    steps: z
      .array(StepSchema)
      .min(1)
      .max(50)
      .meta({ description: 'The escalation ladder, most urgent first: the first step that applies is proposed.' }),
    plans: PlanLimitsSchema.optional(),
    promises: PromiseRulesSchema.optional(),
    overrides: z.array(OverrideSchema).max(110).optional().meta({ description: 'Settings by department.' }),
    messages: z.array(MessageTemplateSchema).max(200).optional().meta({
      description:
        'Message templates by step and channel: each action of a decision gets its message rendered from them (null without one).',
    }),
  })
  .meta({ title: 'hlm-recovery policy', description: "A social landlord's rent-arrears recovery policy." });

/** A policy as written in its file. */
export type PolicyInput = z.input<typeof PolicySchema>;
/** A parsed policy. */
export type Policy = z.output<typeof PolicySchema>;
/** An alert level of a policy, as validated. */
export type Level = z.output<typeof LevelSchema>;
/** A step of the escalation ladder, as validated. */
export type Step = z.output<typeof StepSchema>;
export type ChannelRule = z.output<typeof ChannelRuleSchema>;
export type Cadence = z.output<typeof CadenceSchema>;

/**
 * Several dated versions of a policy.
 *
 * @example
 * ```ts
 * PolicySetSchema.safeParse({ versions: defaultPolicy.versions }).success; // => true
 * ```
 */
export const PolicySetSchema = z
  .strictObject({
    $schema: z.string().optional(),
    versions: z
      .array(PolicySchema)
      .min(1)
      .max(100)
      .meta({ description: 'Versions, whose periods must neither overlap nor leave gaps.' }),
  })
  .meta({ title: 'hlm-recovery policy set', description: 'Dated versions of one policy.' });
