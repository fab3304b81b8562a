/**
 * The account: what a housing ERP exports about one tenancy. This zod schema is the contract;
 * the TypeScript types and the JSON Schema (`accountJsonSchema`) are derived from it.
 *
 * Field names are part of the public contract: fields may be added, never renamed.
 *
 * @module
 */
import { z } from 'zod';
import { safeParseDate, zoneOfDepartment } from '../calendar';
import { PAYER_EVENT_KINDS } from '../law';
import { AMOUNT_PATTERN, SIGNED_AMOUNT_PATTERN } from '../money/patterns';
import { expecting } from '../schema-issues';

/** Most postings accepted in one ledger (about 80 years of monthly activity). */
export const MAX_LEDGER_LENGTH = 100_000;
/** Most contacts, approvals or plan instalments accepted in one account. */
export const MAX_LIST_LENGTH = 10_000;

const AMOUNT_EXPECTED = 'an EUR amount as a decimal string with at most 2 decimals, e.g. "1234.56"';
const POSITIVE_AMOUNT_EXPECTED = 'a non-negative EUR amount as a decimal string with at most 2 decimals, e.g. "512.30"';
const DATE_EXPECTED = 'a real calendar date written YYYY-MM-DD, e.g. "2026-11-22"';

/** Longest account id accepted, in UTF-16 code units (JavaScript's `length`). */
export const MAX_ACCOUNT_ID_LENGTH = 100;

/**
 * The characters of an account id: anything printable, so ERP ids such as `"A-1029"`,
 * `"00012345/02"` or `"LOC 2019-17"` pass, but no control character (C0 with tab, line breaks
 * and NUL, DEL, C1), no line or paragraph separator (U+2028, U+2029), no invisible direction mark
 * or override (U+061C, U+200E, U+200F, U+202A–U+202E, U+2066–U+2069), no byte order mark
 * (U+FEFF) and no lone surrogate (broken UTF-16). An id travels into CSV cells, logs and letters:
 * these characters would split a row, hide or reorder what an officer reads.
 *
 * Written without the `u` flag and with surrogate pairs spelled out, so that the JSON Schema's
 * `pattern` means the same in validators that read it with or without Unicode semantics.
 *
 * @example
 * ```ts
 * ACCOUNT_ID_PATTERN.test('LOC 2019-17'); // => true
 * ACCOUNT_ID_PATTERN.test('A-1\n');       // => false
 * ```
 */
export const ACCOUNT_ID_PATTERN =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the pattern names the control characters it refuses.
  /^(?:[^\u0000-\u001F\u007F-\u009F\u061C\u200E\u200F\u2028-\u202E\u2066-\u2069\uFEFF\uD800-\uDFFF]|[\uD800-\uDBFF][\uDC00-\uDFFF])*$/;

/**
 * Tells whether a value is an account id the contract accepts: text of 1 to
 * {@link MAX_ACCOUNT_ID_LENGTH} characters matching {@link ACCOUNT_ID_PATTERN}. An error record
 * names a refused record by such an id only, never by a 10 MB text or a line break.
 *
 * @param value - Anything.
 * @returns `true` for an acceptable id.
 * @example
 * ```ts
 * isAccountId('C-1 '); // => true
 * isAccountId('A\n1'); // => false
 * ```
 */
export function isAccountId(value: unknown): value is string {
  return (
    typeof value === 'string' &&
    value.length > 0 &&
    value.length <= MAX_ACCOUNT_ID_LENGTH &&
    ACCOUNT_ID_PATTERN.test(value)
  );
}

const ID_TEXT_EXPECTED = 'an account id as text, e.g. "A-1029"';
const ID_EMPTY_EXPECTED = 'an account id of at least 1 character, e.g. "A-1029"';
const ID_LONG_EXPECTED = `an account id of at most ${MAX_ACCOUNT_ID_LENGTH} characters, e.g. "A-1029" or "00012345/02"`;
const ID_CHARACTERS_EXPECTED =
  'an account id without control characters (tab, line break, NUL…), invisible direction marks or broken Unicode, e.g. "A-1029" or "LOC 2019-17"';

/**
 * The account (tenancy) id of the ERP: 1 to {@link MAX_ACCOUNT_ID_LENGTH} characters of
 * {@link ACCOUNT_ID_PATTERN}.
 *
 * @example
 * ```ts
 * AccountIdSchema.safeParse('00012345/02').success; // => true
 * AccountIdSchema.safeParse('A\t1').success;        // => false: a tab is a control character
 * ```
 */
export const AccountIdSchema = z
  .string(expecting(ID_TEXT_EXPECTED, 'invalid_type'))
  .min(1, { ...expecting(ID_EMPTY_EXPECTED, 'too_small'), abort: true })
  .max(MAX_ACCOUNT_ID_LENGTH, { ...expecting(ID_LONG_EXPECTED, 'too_big'), abort: true })
  .regex(ACCOUNT_ID_PATTERN, expecting(ID_CHARACTERS_EXPECTED, 'invalid_value'))
  .meta({
    description: `Account (tenancy) identifier in the ERP: 1 to ${MAX_ACCOUNT_ID_LENGTH} characters, without control characters (tab, line break, NUL…), invisible direction marks (U+200E, U+202E…) or lone surrogates, e.g. "A-1029", "00012345/02" or "LOC 2019-17".`,
    examples: ['A-1029'],
  });

/**
 * A signed EUR amount, as a decimal string with at most 2 decimals (`"-12.50"`).
 *
 * @example
 * ```ts
 * SignedAmountSchema.safeParse('-15.00').success; // => true, for an adjustment in the tenant's favour
 * ```
 */
export const SignedAmountSchema = z
  .string(expecting(AMOUNT_EXPECTED, 'invalid_amount'))
  .regex(SIGNED_AMOUNT_PATTERN, { ...expecting(AMOUNT_EXPECTED, 'invalid_amount'), abort: true })
  .meta({ description: 'Signed EUR amount as a decimal string, e.g. "-12.50"', examples: ['-12.50'] });

/**
 * A non-negative EUR amount, as a decimal string with at most 2 decimals (`"512.30"`).
 *
 * @example
 * ```ts
 * AmountSchema.safeParse('512.30').success; // => true
 * AmountSchema.safeParse('512,30').success; // => false: a comma is not a decimal point here
 * ```
 */
export const AmountSchema = z
  .string(expecting(POSITIVE_AMOUNT_EXPECTED, 'invalid_amount'))
  .regex(AMOUNT_PATTERN, { ...expecting(POSITIVE_AMOUNT_EXPECTED, 'invalid_amount'), abort: true })
  .meta({ description: 'Non-negative EUR amount as a decimal string, e.g. "512.30"', examples: ['512.30'] });

/** The shape of a date before the calendar checks it: `YYYY-MM-DD`, digits only. */
export const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/**
 * An ISO calendar date `YYYY-MM-DD`, read in Europe/Paris, from 1900-01-01 to 2200-12-31. The
 * calendar checks it (`parseDate`), so an impossible date is `invalid_date` and a real date
 * outside the supported range (an ERP's `9999-12-31` placeholder) is `out_of_range`, naming the
 * range.
 *
 * @example
 * ```ts
 * DateSchema.safeParse('2026-02-29').success; // => false: 2026 is not a leap year
 * DateSchema.safeParse('9999-12-31').success; // => false: out_of_range, after 2200-12-31
 * ```
 */
export const DateSchema = z
  .string(expecting(DATE_EXPECTED, 'invalid_date'))
  .regex(DATE_PATTERN, { ...expecting(DATE_EXPECTED, 'invalid_date'), abort: true })
  .superRefine((value, ctx) => {
    const checked = safeParseDate(value);
    if (checked.ok) return;
    const issue = checked.issues[0]!;
    ctx.addIssue({ code: 'custom', message: issue.expected, params: { code: issue.code } });
  })
  .meta({ description: 'Calendar date YYYY-MM-DD (Europe/Paris)', format: 'date', examples: ['2026-11-22'] });

const NullableDate = (description: string) =>
  DateSchema.nullable()
    .optional()
    .meta({ description: `${description} Absent or null when it has not happened.` });

/**
 * Channels through which a step reaches the tenant, and `internal` for steps that are not
 * addressed to the tenant (CAF signalling, CCAPEX or FSL referral, social-worker review,
 * instructing the commissaire de justice).
 *
 * @example
 * ```ts
 * ChannelSchema.options.includes('home-visit'); // => true
 * ```
 */
export const ChannelSchema = z
  .enum(['letter', 'registered-letter', 'email', 'sms', 'phone', 'home-visit', 'appointment', 'internal'])
  .meta({
    description:
      'letter, registered-letter, email, sms, phone, home-visit or appointment (contacts with the tenant), or internal (a step not addressed to the tenant)',
  });
/** A channel of contact with the tenant (or `internal`), as parsed. */
export type Channel = z.output<typeof ChannelSchema>;

/**
 * The channels that reach the tenant: every channel but `internal`.
 *
 * @example
 * ```ts
 * TenantChannelSchema.safeParse('internal').success; // => false
 * ```
 */
export const TenantChannelSchema = ChannelSchema.exclude(['internal']).meta({
  description:
    'A channel that reaches the tenant: letter, registered-letter, email, sms, phone, home-visit or appointment.',
});
/** A channel that reaches the tenant. */
export type TenantChannel = z.output<typeof TenantChannelSchema>;

/**
 * The channels that are contacts with the tenant (every channel but `internal`).
 *
 * @example
 * ```ts
 * TENANT_CHANNELS.includes('internal'); // => false
 * ```
 */
export const TENANT_CHANNELS: readonly Channel[] = Object.freeze([...TenantChannelSchema.options]);

/** Longest delay of each unit of a {@link PeriodSchema}: 10 years. */
export const MAX_PERIOD_MONTHS = 120;
/** See {@link MAX_PERIOD_MONTHS}. */
export const MAX_PERIOD_WEEKS = 520;
/** See {@link MAX_PERIOD_MONTHS}. */
export const MAX_PERIOD_DAYS = 3650;

/**
 * A delay in months, weeks and days (CPC art. 640–641).
 *
 * @example
 * ```ts
 * PeriodSchema.safeParse({ months: 2 }).success; // => true
 * ```
 */
export const PeriodSchema = z
  .strictObject({
    months: z.number().int().min(0).max(MAX_PERIOD_MONTHS).optional().meta({ description: 'Whole months.' }),
    weeks: z.number().int().min(0).max(MAX_PERIOD_WEEKS).optional().meta({ description: 'Whole weeks (7 days each).' }),
    days: z.number().int().min(0).max(MAX_PERIOD_DAYS).optional().meta({ description: 'Whole days.' }),
  })
  .refine((p) => (p.months ?? 0) + (p.weeks ?? 0) + (p.days ?? 0) > 0, {
    error: 'a delay of at least one day, e.g. { "months": 2 }',
  })
  .meta({ description: 'A delay, e.g. { "months": 2 } or { "weeks": 6 }.' });

const DepartmentSchema = z
  .string(expecting('a French department code such as "93", "2A" or "974"', 'unknown_department'))
  .refine(
    (code) => {
      try {
        zoneOfDepartment(code);
        return true;
      } catch {
        return false;
      }
    },
    expecting('a French department code such as "93", "2A" or "974"', 'unknown_department'),
  )
  .meta({ description: 'Department code of the dwelling ("93", "2A", "974"); it selects the public-holiday zone.' });

/** Last day of the month a rent may fall due on (the first is 1). */
export const MAX_DUE_DAY = 31;
/** Most rooms (pièces habitables) of a home (the fewest is 1). */
export const MAX_ROOMS = 30;

/**
 * The lease (bail) of the tenancy.
 *
 * @example
 * ```ts
 * LeaseSchema.safeParse({ signedOn: '2019-05-01', department: '93', rent: '512.30', charges: '85.00' }).success; // => true
 * ```
 */
export const LeaseSchema = z
  .strictObject({
    signedOn: DateSchema.meta({
      description:
        'Date the lease was signed. It chooses the cure delay of a commandement de payer: 6 weeks from 2023-07-29 (loi 2023-668), the lease’s own delay before.',
    }),
    department: DepartmentSchema,
    rent: AmountSchema.meta({ description: 'Current monthly rent hors charges (loyer principal), EUR.' }),
    charges: AmountSchema.meta({ description: 'Current monthly provision for recoverable charges, EUR.' }),
    dueDay: z
      .number()
      .int()
      .min(1)
      .max(MAX_DUE_DAY)
      .optional()
      .meta({ description: 'Day of the month the rent falls due (1–31; a short month uses its last day). Default 1.' }),
    cureDelay: PeriodSchema.optional().meta({
      description:
        'For leases signed before 2023-07-29 only: the delay of the clause résolutoire written in the lease (default 2 months). Ignored for newer leases, whose delay is 6 weeks by law.',
    }),
    rls: AmountSchema.optional().meta({
      description:
        'Monthly réduction de loyer de solidarité (RLS, CCH L.442-2-1), deducted from the rent on the quittance. Default 0.',
    }),
    endedOn: NullableDate('Day the tenant left (departed tenant, « locataire parti »).'),
    securityDeposit: AmountSchema.optional().meta({
      description:
        'Dépôt de garantie held, EUR: at most one month of rent hors charges in social housing (loi 89-462 art. 22; CCH L.442-3). When the tenant leaves, it is offset against the debt in the final statement. Absent: none held.',
    }),
    exitInventoryMatchesEntry: z.boolean().optional().meta({
      description:
        'For a departed tenant: the état des lieux de sortie matches the entry one. The deposit is returned within 1 month of the keys when true, 2 months otherwise (loi 89-462 art. 22). Absent: taken as not matching (2 months).',
    }),
    guarantor: z.boolean().optional().meta({
      description: 'A guarantor (caution) backs the lease: a commandement must be notified to them within 15 days.',
    }),
    rooms: z
      .number()
      .int()
      .min(1)
      .max(MAX_ROOMS)
      .optional()
      .meta({
        description:
          'Number of pièces habitables of the home, kitchen not counted (a « T3 » has 3). With the members of the household it tells whether the home is under-occupied: more rooms than occupants + 1 (CCH L.621-2, applied to HLM by L.442-3-1). Absent: unknown, never taken as under-occupied.',
        examples: [3],
      }),
  })
  .meta({ description: 'The lease (bail).' });

/** Oldest age accepted for a member, in years. */
export const MAX_AGE = 130;
/** The roles of a member of the household. */
export const MEMBER_ROLES = Object.freeze(['tenant', 'co-tenant', 'other'] as const);

/**
 * One member of the household.
 *
 * @example
 * ```ts
 * MemberSchema.safeParse({ age: 44 }).success; // => true
 * ```
 */
export const MemberSchema = z
  .strictObject({
    age: z.number().int().min(0).max(MAX_AGE).optional().meta({ description: 'Age in years, as of the export.' }),
    birthDate: DateSchema.optional().meta({ description: 'Birth date; preferred to `age` when both are given.' }),
    role: z
      .enum(MEMBER_ROLES)
      .optional()
      .meta({ description: 'tenant (titulaire du bail), co-tenant (cotitulaire) or other occupant.' }),
  })
  .refine((m) => m.age !== undefined || m.birthDate !== undefined, {
    error: 'an age or a birth date for each member',
  })
  .meta({ description: 'A person living in the home.' });

/** Coarse vulnerability flags. Flags only, never free text (GDPR data minimisation). */
export const VulnerabilitySchema = z
  .strictObject({
    guardianship: z.boolean().optional().meta({
      description:
        'Under a protective measure whose kind is not known: contacts go to the tenant and the mandataire. Prefer `household.protection`, which names the measure.',
    }),
    interpreterNeeded: z.boolean().optional().meta({
      description:
        'Needs an interpreter or translated letters: every contact action carries `interpreter` (see `household.language`).',
    }),
    disability: z.boolean().optional().meta({
      description:
        'A member lives with a disability (as noted by the landlord, no detail): the household is vulnerable, a CESF review or a home visit comes before any step with legal effect.',
    }),
    socialSupport: z
      .boolean()
      .optional()
      .meta({ description: 'Already followed by a social worker (travailleur social).' }),
  })
  .meta({ description: 'Coarse vulnerability flags, no free text.' });

/**
 * The latest assessment of the household's budget by the landlord's CESF (conseillère en
 * économie sociale et familiale). Its outcome only, as flags, never its notes (GDPR data
 * minimisation).
 *
 * @example
 * ```ts
 * CesfAssessmentSchema.safeParse({ assessedOn: '2026-10-12', recommendsMutation: true }).success; // => true
 * ```
 */
export const CesfAssessmentSchema = z
  .strictObject({
    assessedOn: DateSchema.meta({ description: 'Day the CESF assessed the household’s budget.' }),
    recommendsMutation: z.boolean().optional().meta({
      description:
        'The CESF recommends a move (mutation) to a smaller or cheaper home that fits the household. Default false.',
    }),
  })
  .meta({ description: 'Outcome of the latest CESF budget assessment, as flags; no notes.' });

/**
 * The kinds of judicial protection of an adult (C. civ. 425 and following): `tutelle` (the tuteur
 * represents the person), `curatelle` and `curatelle-renforcee` (the curateur assists the person,
 * who acts with them), `sauvegarde-de-justice` (the person keeps their capacity),
 * `habilitation-familiale` and `mandat-protection-future` (a relative or a chosen mandataire
 * represents the person).
 *
 * @example
 * ```ts
 * PROTECTIVE_MEASURES.includes('tutelle'); // => true
 * ```
 */
export const PROTECTIVE_MEASURES = Object.freeze([
  'tutelle',
  'curatelle',
  'curatelle-renforcee',
  'sauvegarde-de-justice',
  'habilitation-familiale',
  'mandat-protection-future',
] as const);

/** Longest name of a mandataire, in UTF-16 code units. */
export const MAX_MANDATAIRE_NAME_LENGTH = 200;
/** Longest postal address of a mandataire. */
export const MAX_POSTAL_ADDRESS_LENGTH = 500;
/** Longest phone number of a mandataire. */
export const MAX_PHONE_LENGTH = 40;
/** Longest email address of a mandataire. */
export const MAX_EMAIL_LENGTH = 200;

/**
 * The mandataire of a protected adult: how letters and calls reach them. Contact details only,
 * never notes about the person.
 *
 * @example
 * ```ts
 * MandataireSchema.safeParse({ name: 'UDAF 93, service des tutelles', phone: '01 48 00 00 00' }).success; // => true
 * ```
 */
export const MandataireSchema = z
  .strictObject({
    name: z.string().min(1).max(MAX_MANDATAIRE_NAME_LENGTH).optional().meta({
      description: 'How letters address the mandataire, e.g. "UDAF 93 — M. Leroy, mandataire judiciaire".',
    }),
    postalAddress: z
      .string()
      .min(1)
      .max(MAX_POSTAL_ADDRESS_LENGTH)
      .optional()
      .meta({ description: 'Postal address for letters.' }),
    phone: z.string().min(1).max(MAX_PHONE_LENGTH).optional().meta({ description: 'Phone number.' }),
    email: z.string().min(1).max(MAX_EMAIL_LENGTH).optional().meta({ description: 'Email address.' }),
  })
  .meta({ description: 'The mandataire (tuteur, curateur, person authorised) and how to reach them.' });

/**
 * A judicial protection of the tenant (mesure de protection juridique des majeurs). Every contact
 * and every plan goes to the mandataire: alone for a tutelle, an habilitation familiale or a
 * mandat de protection future (they represent the person); with the tenant for a curatelle (the
 * curateur assists); to the tenant for a sauvegarde de justice, and to the mandataire too when
 * one is named.
 *
 * @example
 * ```ts
 * ProtectionSchema.safeParse({ measure: 'tutelle', mandataire: { name: 'UDAF 93' } }).success; // => true
 * ```
 */
export const ProtectionSchema = z
  .strictObject({
    measure: z.enum(PROTECTIVE_MEASURES).meta({
      description:
        'tutelle, curatelle, curatelle-renforcee, sauvegarde-de-justice, habilitation-familiale or mandat-protection-future (C. civ. 425 and following).',
    }),
    mandataire: MandataireSchema.optional(),
  })
  .meta({ description: 'Judicial protection of the tenant and the mandataire to address.' });

/** Digital access of the household. */
export const DigitalSchema = z
  .strictObject({
    email: z.boolean().optional().meta({ description: 'Has an email address on file.' }),
    mobile: z.boolean().optional().meta({ description: 'Has a mobile phone number on file (SMS possible).' }),
    comfortable: z.boolean().optional().meta({
      description:
        'At ease with digital tools (as noted by the landlord). false: the household never gets an SMS or an email as a contact, whatever the policy’s channel rules (a built-in protection; so too when `email` and `mobile` are both false). Absent: unknown, the channel rules decide.',
    }),
  })
  .meta({ description: 'Digital access.' });

/** Longest name of the household (how letters address the tenant). */
export const MAX_HOUSEHOLD_NAME_LENGTH = 200;
/** Most members of one household. */
export const MAX_MEMBERS = 30;
/** Most preferred channels of one household. */
export const MAX_PREFERRED_CHANNELS = 8;
/** A language code of ISO 639 (two or three lower-case letters). */
export const LANGUAGE_PATTERN = /^[a-z]{2,3}$/;

/**
 * The household (ménage).
 *
 * @example
 * ```ts
 * HouseholdSchema.safeParse({ monthlyResources: '1450.00' }).success; // => true
 * ```
 */
export const HouseholdSchema = z
  .strictObject({
    name: z
      .string()
      .min(1)
      .max(MAX_HOUSEHOLD_NAME_LENGTH)
      .optional()
      .meta({ description: 'How letters address the tenant, e.g. "Mme Martin". Used in message variables only.' }),
    monthlyResources: AmountSchema.meta({
      description: 'Monthly resources of everyone living in the home, before housing benefit, EUR.',
    }),
    members: z
      .array(MemberSchema)
      .max(MAX_MEMBERS)
      .optional()
      .meta({ description: 'People living in the home; they give the consumption units (UC) for the reste à vivre.' }),
    digital: DigitalSchema.optional(),
    preferredChannels: z
      .array(ChannelSchema)
      .max(MAX_PREFERRED_CHANNELS)
      .optional()
      .meta({ description: 'Channels the household asked for, most preferred first.' }),
    vulnerability: VulnerabilitySchema.optional(),
    protection: ProtectionSchema.optional().meta({
      description:
        'Judicial protection of the tenant (tutelle, curatelle…) and the mandataire: contacts and plans are addressed to the mandataire. Absent: none known (see also `vulnerability.guardianship`).',
    }),
    language: z
      .string()
      .regex(LANGUAGE_PATTERN, expecting('a language code of ISO 639, e.g. "ar", "tr" or "wo"', 'invalid_value'))
      .optional()
      .meta({
        description:
          'Language of the household when it is not French, as an ISO 639 code ("ar", "tr", "ru"…): letters are translated and appointments have an interpreter in it when `vulnerability.interpreterNeeded` is true.',
        examples: ['ar'],
      }),
    cesfAssessment: CesfAssessmentSchema.optional().meta({
      description:
        'Outcome of the latest CESF budget assessment (only one dated on or before the evaluation day counts). Absent: none logged.',
    }),
  })
  .meta({ description: 'The household (ménage).' });

/** The kinds of housing benefit. */
export const HOUSING_BENEFIT_KINDS = Object.freeze(['APL', 'ALS', 'ALF'] as const);
/** Whom a housing benefit is paid to. */
export const BENEFIT_PAYEES = Object.freeze(['landlord', 'tenant'] as const);

/**
 * Housing benefit: APL, ALS or ALF.
 *
 * @example
 * ```ts
 * HousingBenefitSchema.safeParse({ kind: 'APL', monthlyAmount: '230.00', paidTo: 'landlord' }).success; // => true
 * ```
 */
export const HousingBenefitSchema = z
  .strictObject({
    kind: z.enum(HOUSING_BENEFIT_KINDS).meta({
      description:
        'APL (aide personnalisée au logement), ALS (allocation de logement sociale) or ALF (allocation de logement familiale).',
    }),
    monthlyAmount: AmountSchema.meta({ description: 'Monthly amount, EUR.' }),
    paidTo: z.enum(BENEFIT_PAYEES).meta({
      description: 'landlord = tiers payant (paid to the landlord and deducted from the rent), or tenant.',
    }),
    stoppedOn: NullableDate('Day the payment of the benefit stopped or was suspended.'),
  })
  .meta({ description: 'Housing benefit (aide au logement).' });

/**
 * Kinds of ledger postings.
 *
 * @example
 * ```ts
 * PostingKindSchema.safeParse('payment').success; // => true
 * ```
 */
export const PostingKindSchema = z
  .enum(['rent', 'charges', 'charges-regularisation', 'payment-reversal', 'payment', 'benefit', 'adjustment'])
  .meta({
    description:
      'Owed: rent, charges, charges-regularisation (régularisation de charges), payment-reversal (a rejected payment). Paid: payment, benefit. adjustment carries its own sign (positive = owed).',
  });
/** The kind of a ledger posting, as parsed. */
export type PostingKind = z.output<typeof PostingKindSchema>;

/**
 * The posting kinds the tenant owes (the others are paid, but `adjustment`, which carries its
 * own sign: positive = owed).
 *
 * @example
 * ```ts
 * OWED_POSTING_KINDS.has('payment-reversal'); // => true: a rejected payment is owed again
 * ```
 */
export const OWED_POSTING_KINDS: ReadonlySet<PostingKind> = new Set<PostingKind>([
  'rent',
  'charges',
  'charges-regularisation',
  'payment-reversal',
]);

/** Longest posting id, in a posting and in the `settles` of a payment. */
export const MAX_POSTING_ID_LENGTH = 100;
/** Most debts one payment may name in `settles`. */
export const MAX_SETTLED_POSTINGS = 1000;

/**
 * One dated posting of the tenant's ledger (compte locataire).
 *
 * @example
 * ```ts
 * PostingSchema.safeParse({ date: '2026-11-01', kind: 'rent', amount: '512.30' }).success; // => true
 * ```
 */
export const PostingSchema = z
  .strictObject({
    id: z
      .string()
      .min(1)
      .max(MAX_POSTING_ID_LENGTH)
      .optional()
      .meta({ description: 'Posting identifier in the ERP; a payment may name it in `settles`.' }),
    date: DateSchema.meta({
      description:
        'Posting date. A debt is owed from this day (end-of-day balances); a benefit paid to the landlord is dated with the rent it pays.',
    }),
    kind: PostingKindSchema,
    amount: SignedAmountSchema.meta({
      description: 'EUR amount. Positive for every kind but adjustment, whose sign says which way it goes.',
    }),
    settles: z.array(z.string().min(1).max(MAX_POSTING_ID_LENGTH)).max(MAX_SETTLED_POSTINGS).optional().meta({
      description:
        'For a payment or a benefit: ids of the debts the tenant chose to pay (C. civ. 1342-10). Otherwise the oldest debts are paid first.',
    }),
  })
  .superRefine((p, ctx) => {
    if (p.kind !== 'adjustment' && p.amount.startsWith('-')) {
      ctx.addIssue({
        code: 'custom',
        path: ['amount'],
        message: 'a positive amount: the kind says which way it goes (only an adjustment carries a sign)',
        params: { code: 'invalid_amount' },
      });
    }
    if (p.settles !== undefined && p.kind !== 'payment' && p.kind !== 'benefit') {
      ctx.addIssue({
        code: 'custom',
        path: ['settles'],
        message: 'settles only on a payment or a benefit',
        params: { code: 'invalid_value' },
      });
    }
  })
  .meta({ description: 'A ledger posting.' });
/** One posting of the tenant ledger (compte locataire), as parsed. */
export type Posting = z.output<typeof PostingSchema>;

/** Longest name of a policy step, in a contact or an approval. */
export const MAX_STEP_LENGTH = 100;
/** What came of a contact. */
export const CONTACT_OUTCOMES = Object.freeze([
  'reached',
  'no-answer',
  'promise-to-pay',
  'refused',
  'returned',
  'appointment-kept',
  'appointment-missed',
] as const);

/**
 * One contact with the tenant, or an internal step, already made.
 *
 * @example
 * ```ts
 * Object.keys(ContactSchema.shape); // => ['date', 'channel', 'step', 'outcome']
 * ```
 */
export const ContactSchema = z
  .strictObject({
    date: DateSchema.meta({ description: 'Day of the contact.' }),
    channel: ChannelSchema,
    step: z
      .string()
      .min(1)
      .max(MAX_STEP_LENGTH)
      .meta({ description: 'Policy step it carried out, e.g. "reminder-1".' }),
    outcome: z.enum(CONTACT_OUTCOMES).optional().meta({ description: 'What came of it.' }),
  })
  .meta({ description: 'A contact made.' });

/**
 * One instalment of a repayment plan.
 *
 * @example
 * ```ts
 * InstalmentSchema.safeParse({ dueOn: '2026-12-01', amount: '66.79' }).success; // => true
 * ```
 */
export const InstalmentSchema = z
  .strictObject({
    dueOn: DateSchema.meta({ description: 'Due date.' }),
    amount: AmountSchema.meta({ description: 'Amount due on top of the current rent, EUR.' }),
  })
  .meta({ description: 'An instalment (échéance) of the plan.' });

/** The kinds of repayment plan. */
export const REPAYMENT_PLAN_KINDS = Object.freeze(['amicable', 'caf', 'judicial', 'surendettement'] as const);

/**
 * The repayment plan in force. French: « plan d'apurement ».
 *
 * @example
 * ```ts
 * RepaymentPlanSchema.safeParse({ kind: 'amicable', agreedOn: '2026-11-23', debt: '150.00', instalments: [{ dueOn: '2026-12-01', amount: '150.00' }] }).success; // => true
 * ```
 */
export const RepaymentPlanSchema = z
  .strictObject({
    kind: z.enum(REPAYMENT_PLAN_KINDS).meta({
      description:
        'amicable (agreed with the landlord), caf (approved by the CAF/MSA, R.824-11), judicial (délais de paiement granted by a judge, loi 89-462 art. 24 V) or surendettement (Banque de France plan).',
    }),
    agreedOn: DateSchema.meta({ description: 'Day the plan was agreed, approved or granted.' }),
    debt: AmountSchema.meta({ description: 'Debt the plan repays, EUR.' }),
    instalments: z.array(InstalmentSchema).min(1).max(MAX_LIST_LENGTH).meta({ description: 'The schedule.' }),
  })
  .meta({ description: "Repayment plan (plan d'apurement)." });

/** What a judgment decided. */
export const JUDGMENTS = Object.freeze(['resiliation', 'delais', 'rejected'] as const);

/**
 * Dates of the pre-litigation and litigation procedure.
 *
 * @example
 * ```ts
 * ProcedureSchema.safeParse({ cafSignalledOn: '2026-10-01' }).success; // => true
 * ```
 */
export const ProcedureSchema = z
  .strictObject({
    cafSignalledOn: NullableDate('Day the impayé was signalled to the CAF/MSA.'),
    ccapexReferredOn: NullableDate(
      'Day the case was referred to the CCAPEX (commission de coordination des actions de prévention des expulsions locatives).',
    ),
    fslReferredOn: NullableDate('Day a request was made to the FSL (fonds de solidarité pour le logement).'),
    commandementOn: NullableDate('Day the commandement de payer visant la clause résolutoire was served.'),
    guarantorNotifiedOn: NullableDate('Day the commandement was notified to the guarantor (caution).'),
    assignationOn: NullableDate('Day the assignation (summons to court) was served.'),
    hearingOn: NullableDate('Day of the hearing (audience).'),
    prefectNotifiedOn: NullableDate('Day the assignation was notified to the prefect (loi 89-462 art. 24 III).'),
    judgmentOn: NullableDate('Day of the judgment.'),
    judgment: z.enum(JUDGMENTS).nullable().optional().meta({
      description:
        'resiliation (lease terminated, expulsion ordered), delais (délais de paiement granted, clause suspended: see repaymentPlan of kind judicial) or rejected.',
    }),
    commandementToLeaveOn: NullableDate('Day the commandement de quitter les lieux was served.'),
    finalStatementOn: NullableDate(
      'Day the final statement (décompte définitif) was sent to a departed tenant, the deposit offset against the debt (loi 89-462 art. 22).',
    ),
    formalNoticeOn: NullableDate('Day the mise en demeure (formal notice) was sent.'),
    injonctionOn: NullableDate('Day the requête en injonction de payer was filed (CPC art. 1405 and following).'),
    writeOffOn: NullableDate('Day the debt was written off (admission en non-valeur).'),
    surendettementRecevableOn: NullableDate(
      'Day the Banque de France declared the surendettement file recevable (enforcement suspended, code conso L.722-2).',
    ),
  })
  .meta({ description: 'Procedure dates.' });

/** A person's decision on a step. */
export const APPROVAL_DECISIONS = Object.freeze(['approved', 'refused'] as const);

/**
 * A person's decision on a step with legal effect (GDPR art. 22).
 *
 * @example
 * ```ts
 * ApprovalSchema.safeParse({ step: 'commandement', date: '2026-11-20', decision: 'approved' }).success; // => true
 * ```
 */
export const ApprovalSchema = z
  .strictObject({
    step: z.string().min(1).max(MAX_STEP_LENGTH).meta({ description: 'The policy step decided on.' }),
    date: DateSchema.meta({ description: 'Day of the decision.' }),
    decision: z.enum(APPROVAL_DECISIONS).meta({ description: 'approved or refused.' }),
  })
  .meta({ description: 'A human decision on a step.' });

/**
 * A promise to pay (promesse de paiement) the tenant made to the landlord: how much, by when,
 * through which channel it was given. Judged kept or broken from the ledger's payments, with the
 * tolerance the policy sets (`promises` in the policy).
 *
 * @example
 * ```ts
 * PromiseSchema.safeParse({ madeOn: '2026-11-16', dueOn: '2026-11-30', amount: '300.00', channel: 'phone' }).success; // => true
 * ```
 */
export const PromiseSchema = z
  .strictObject({
    madeOn: DateSchema.meta({ description: 'Day the tenant made the promise.' }),
    dueOn: DateSchema.meta({ description: 'Day the tenant promised to pay by.' }),
    amount: AmountSchema.meta({ description: 'Amount promised, EUR.' }),
    channel: ChannelSchema.optional().meta({ description: 'How the promise was given (phone, appointment…).' }),
  })
  .superRefine((p, ctx) => {
    if (p.dueOn < p.madeOn) {
      ctx.addIssue({
        code: 'custom',
        path: ['dueOn'],
        message: `a due date on or after the day the promise was made (${p.madeOn})`,
        params: { code: 'out_of_range' },
      });
    }
  })
  .meta({ description: 'A promise to pay (promesse de paiement).' });

/**
 * What the payer of the housing benefit (CAF or MSA) asked or decided after the impayé was
 * signalled, as dated events (CCH R.824-7 to R.824-12, R.824-20, R.824-28 for impayés signalled
 * until 2026-12-31; CCH L.824-2 for the CCAPEX's decisions from 2027-01-01).
 *
 * @example
 * ```ts
 * PayerEventSchema.safeParse({ date: '2026-10-15', kind: 'plan-requested' }).success; // => true
 * ```
 */
export const PayerEventSchema = z
  .strictObject({
    date: DateSchema.meta({
      description:
        'Day of the event: the day the payer’s letter or decision was received, or the day the landlord acted.',
    }),
    kind: z.enum(PAYER_EVENT_KINDS).meta({
      description:
        'plan-requested (the payer asks the landlord for a plan d’apurement, R.824-7 1°), plan-sent (the landlord sent it), plan-approved (the payer approved it), plan-reviewed (the six-monthly check of its execution, R.824-9), formal-notice (the payer’s mise en demeure to the landlord when no plan came, R.824-8), fsl-referral (the payer referred the case straight to the FSL, R.824-11), default-plan (the payer set the default plan of 1/36 of the debt over 36 months, R.824-8, R.824-12), aid-kept and aid-suspended (the payer’s decision on the aid, R.824-28), tiers-payant-offered and tiers-payant-answered (the payer offered to pay the aid to the landlord, who has 2 months to answer, R.824-20), ccapex-kept and ccapex-suspended (from 2027: the CCAPEX’s decision on the aid as notified to the payer, CCH L.824-2).',
    }),
  })
  .meta({ description: 'An event of the housing-benefit payer’s procedure after the signal.' });

/**
 * Everything a housing ERP exports about one tenancy.
 *
 * @example
 * ```ts
 * AccountSchema.safeParse({ id: 'A' }).success; // => false: lease and household are required
 * ```
 */
export const AccountSchema = z
  .strictObject({
    $schema: z.string().optional().meta({ description: 'Optional JSON Schema reference, for editors.' }),
    id: AccountIdSchema,
    lease: LeaseSchema,
    household: HouseholdSchema,
    housingBenefit: HousingBenefitSchema.nullable()
      .optional()
      .meta({ description: 'Housing benefit, if any (null or absent: none).' }),
    ledger: z
      .array(PostingSchema)
      .max(MAX_LEDGER_LENGTH)
      .meta({ description: 'Every posting of the tenant account, in any order.' }),
    contacts: z.array(ContactSchema).max(MAX_LIST_LENGTH).optional().meta({ description: 'Contacts already made.' }),
    repaymentPlan: RepaymentPlanSchema.nullable()
      .optional()
      .meta({ description: "Repayment plan (plan d'apurement) in force, if any." }),
    procedure: ProcedureSchema.optional(),
    approvals: z
      .array(ApprovalSchema)
      .max(MAX_LIST_LENGTH)
      .optional()
      .meta({ description: 'Decisions taken by a person on proposed steps.' }),
    promises: z
      .array(PromiseSchema)
      .max(MAX_LIST_LENGTH)
      .optional()
      .meta({ description: 'Promises to pay the tenant made, in any order.' }),
    payerEvents: z.array(PayerEventSchema).max(MAX_LIST_LENGTH).optional().meta({
      description: 'What the CAF/MSA (or, from 2027, the CCAPEX) asked or decided after the impayé was signalled.',
    }),
  })
  .meta({ title: 'hlm-recovery account', description: 'One tenancy as exported by a housing ERP.' });

/** A parsed account. */
export type Account = z.output<typeof AccountSchema>;
/** An account as the ERP writes it (before parsing). */
export type AccountInput = z.input<typeof AccountSchema>;
/** The lease (bail), as parsed. */
export type Lease = z.output<typeof LeaseSchema>;
/** The judicial protection of the tenant, as parsed. */
export type Protection = z.output<typeof ProtectionSchema>;
/** The household (ménage), as parsed. */
export type Household = z.output<typeof HouseholdSchema>;
/** The outcome of a CESF budget assessment, as parsed. */
export type CesfAssessment = z.output<typeof CesfAssessmentSchema>;
/** The housing benefit (APL, ALS or ALF), as parsed. */
export type HousingBenefit = z.output<typeof HousingBenefitSchema>;
/** A past contact with the tenant, as parsed. */
export type Contact = z.output<typeof ContactSchema>;
/** The repayment plan in force (plan d'apurement), as parsed. */
export type RepaymentPlan = z.output<typeof RepaymentPlanSchema>;
/** The dates of the pre-litigation and litigation procedure, as parsed. */
export type Procedure = z.output<typeof ProcedureSchema>;
/** A promise to pay, as parsed. */
export type PaymentPromise = z.output<typeof PromiseSchema>;
/** An event of the housing-benefit payer's procedure, as parsed. */
export type PayerEvent = z.output<typeof PayerEventSchema>;
/** A person's decision on a step with legal effect (GDPR art. 22), as parsed. */
export type Approval = z.output<typeof ApprovalSchema>;
